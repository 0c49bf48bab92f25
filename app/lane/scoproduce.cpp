// The produce lookup of ScoViewModel: items without a barcode, found by picture, initial
// consonant or letter, weighed on the produce scale or counted.
#include "app/lane/languagecontroller.h"
#include "app/lane/moneyformatter.h"
#include "app/lane/saleviewmodel.h"
#include "app/lane/scoviewmodel.h"
#include "core/base/hangul.h"

namespace lane::app {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

QString initialConsonants(const QString &text)
{
    return QString::fromStdString(core::HangulInitials::initialsOf(text.toStdString()));
}

void ScoViewModel::openProduce()
{
    noteActivity();
    if (m_screen == QLatin1String("attract")) {
        start();
    }
    m_search.clear();
    m_produceBuilt = false; // the catalog may have new prices since the grid was built
    setScreen(QStringLiteral("produce"));
}

void ScoViewModel::closeProduce()
{
    noteActivity();
    setScreen(QStringLiteral("shopping"));
}

void ScoViewModel::typeSearch(const QString &key)
{
    noteActivity();
    m_search += key;
    publish();
}

void ScoViewModel::backspaceSearch()
{
    noteActivity();
    m_search.chop(1);
    publish();
}

void ScoViewModel::clearSearch()
{
    noteActivity();
    m_search.clear();
    publish();
}

QStringList ScoViewModel::searchKeys() const
{
    if (m_language && m_language->language() == QLatin1String("ko")) {
        return QString::fromUtf16(u"ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ")
            .split(QString(), Qt::SkipEmptyParts);
    }
    return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ").split(QString(), Qt::SkipEmptyParts);
}

void ScoViewModel::refreshProduce()
{
    const QString key
        = m_search + QLatin1Char('\n') + (m_language ? m_language->language() : QString());
    if (m_produceBuilt && key == m_produceKey) {
        return;
    }
    m_produceKey = key;
    m_produceBuilt = true;
    ++m_produceBuilds;
    QVariantList list = buildProduce();
    if (list != m_produce) {
        m_produce = std::move(list);
        Q_EMIT produceChanged();
    }
}

QVariantList ScoViewModel::buildProduce() const
{
    QVariantList list;
    if (!m_catalog) {
        return list;
    }
    const QString needle = m_search.toLower();
    for (const auto &plu : m_settings.producePlus) {
        const auto item = m_catalog->findByPlu(plu);
        if (!item) {
            continue; // the lane file names a PLU the catalog lacks: the config check says so
        }
        const QString name = qs(item->name);
        if (!needle.isEmpty() && !name.toLower().contains(needle)
            && !initialConsonants(name).contains(needle) && !qs(plu).startsWith(needle)) {
            continue;
        }
        const QString price = m_formatter->format(item->price);
        list << QVariantMap{
            {QStringLiteral("plu"), qs(plu)},
            {QStringLiteral("name"), name},
            {QStringLiteral("initial"), name.left(1)},
            {QStringLiteral("weighed"), item->weighed},
            {QStringLiteral("price"),
             item->weighed ? tr("%1 per kg").arg(price) : tr("%1 each").arg(price)},
        };
    }
    return list;
}

void ScoViewModel::chooseProduce(const QString &plu, int count)
{
    noteActivity();
    if (blocked()) {
        setNotice(tr("Please wait for the attendant before adding more items."));
        return;
    }
    const int rowsBefore = m_sale->basket()->count();
    m_sale->enterCode(plu, std::max(count, 1));
    if (m_sale->basket()->count() > rowsBefore) {
        m_search.clear();
        setScreen(QStringLiteral("shopping"));
    }
    publish();
}

} // namespace lane::app
