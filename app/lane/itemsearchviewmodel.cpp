#include "app/lane/itemsearchviewmodel.h"

#include "app/lane/moneyformatter.h"
#include "core/base/hangul.h"
#include "core/store/sqlitecatalog.h"

namespace lane::app {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/// A picture for the department tile; the name is always shown beside it.
QString departmentSymbol(const std::string &code)
{
    if (code == "dairy")
        return QStringLiteral("🥛");
    if (code == "produce")
        return QStringLiteral("🍎");
    if (code == "food")
        return QStringLiteral("🍜");
    if (code == "drinks")
        return QStringLiteral("🧃");
    if (code == "liquor")
        return QStringLiteral("🍶");
    if (code == "snacks")
        return QStringLiteral("🍪");
    if (code == "bakery")
        return QStringLiteral("🍞");
    if (code == "meat")
        return QStringLiteral("🥩");
    if (code == "fish")
        return QStringLiteral("🐟");
    return QStringLiteral("🛒");
}
} // namespace

ItemSearchViewModel::ItemSearchViewModel(MoneyFormatter *formatter, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
{}

void ItemSearchViewModel::setCatalog(core::SqliteCatalog *catalog, core::Database *database)
{
    m_catalog = catalog;
    m_database = database;
    m_departments.clear();
    Q_EMIT departmentsChanged();
}

QVariantMap ItemSearchViewModel::entry(const std::string &sku, const std::string &name,
                                       std::int64_t priceMinor, bool weighed) const
{
    QString price = m_formatter->formatMinor(priceMinor);
    if (weighed) {
        price += QStringLiteral("/kg");
    }
    return {{QStringLiteral("sku"), qs(sku)},
            {QStringLiteral("name"), qs(name)},
            {QStringLiteral("price"), price}};
}

void ItemSearchViewModel::press(const QString &key)
{
    for (const QChar ch : key) {
        m_composer.press(ch);
    }
    search();
}

void ItemSearchViewModel::backspace()
{
    m_composer.backspace();
    search();
}

void ItemSearchViewModel::clear()
{
    m_composer.clear();
    m_department.clear();
    m_results.clear();
    m_error.clear();
    Q_EMIT changed();
}

void ItemSearchViewModel::search()
{
    m_department.clear();
    m_results.clear();
    m_error.clear();
    const QString text = m_composer.text().trimmed();
    if (m_catalog && !text.isEmpty()) {
        // "ㅂㄴㄴ" (initial consonants, as cashiers type a name quickly) finds "바나나".
        const std::string utf8 = text.toStdString();
        const auto found = core::HangulInitials::hasInitialJamo(utf8)
                               ? m_catalog->searchByInitials(utf8, m_limit)
                               : m_catalog->searchByName(utf8, m_limit);
        if (found.ok()) {
            for (const auto &item : found.value()) {
                m_results << entry(item.sku, item.name, item.price.minor(), item.weighed);
            }
        } else {
            m_error = tr("The search failed (%1).").arg(qs(found.error().code));
        }
    }
    Q_EMIT changed();
}

QVariantList ItemSearchViewModel::departments() const
{
    if (!m_departments.isEmpty() || !m_database) {
        return m_departments;
    }
    // The department table names them when the catalog import filled it.
    auto st = m_database->prepare(
        "SELECT i.department, COALESCE(d.name, i.department), COUNT(*) FROM item i "
        "LEFT JOIN department d ON d.code = i.department GROUP BY i.department "
        "ORDER BY i.department");
    if (!st) {
        return m_departments;
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row || !*row) {
            break;
        }
        const std::string code = (*st)->columnText(0);
        m_departments << QVariantMap{{QStringLiteral("code"), qs(code)},
                                     {QStringLiteral("name"), qs((*st)->columnText(1))},
                                     {QStringLiteral("symbol"), departmentSymbol(code)},
                                     {QStringLiteral("items"), qint64((*st)->columnInt(2))}};
    }
    return m_departments;
}

void ItemSearchViewModel::showDepartment(const QString &code)
{
    m_composer.clear();
    m_results.clear();
    m_error.clear();
    m_department = code;
    if (m_database && m_catalog) {
        auto st = m_database->prepare(std::string("SELECT ") + core::SqliteCatalog::kItemColumns
                                      + " FROM item i WHERE i.department = ?1 ORDER BY i.name "
                                        "LIMIT ?2");
        core::Status bound = st ? (*st)->bindAll(code.toStdString(), std::int64_t(m_limit))
                                : core::Status(st.error());
        if (!bound.ok()) {
            m_error = tr("The department cannot be read (%1).").arg(qs(bound.error().code));
        } else {
            for (;;) {
                auto row = (*st)->step();
                if (!row.ok()) {
                    m_error = tr("The department cannot be read (%1).").arg(qs(row.error().code));
                    break;
                }
                if (!*row) {
                    break;
                }
                const core::Item item = m_catalog->readItem(**st);
                m_results << entry(item.sku, item.name, item.price.minor(), item.weighed);
            }
        }
    }
    Q_EMIT changed();
}

} // namespace lane::app
