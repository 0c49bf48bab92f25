// The shopper flow of ScoViewModel: attract screen, scanning, produce lookup, bagging,
// payment and idle handling. Attendant actions live in scoattendant.cpp.
#include "app/lane/scoviewmodel.h"

#include "app/lane/languagecontroller.h"
#include "app/lane/moneyformatter.h"
#include "app/lane/saleviewmodel.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scovoucher.h"
#include "devices/scale/scale.h"

namespace lane::app {

namespace {
const QString kKioskId = QStringLiteral("sco");

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
} // namespace

ScoViewModel::ScoViewModel(SaleViewModel *sale, MoneyFormatter *formatter, QObject *parent)
    : QObject(parent)
    , m_sale(sale)
    , m_formatter(formatter)
    , m_approval(new ScoApproval(this))
{
    m_sale->setOperator(kKioskId, tr("Self-checkout"));
    connect(m_sale, &SaleViewModel::changed, this, &ScoViewModel::onSaleChanged);
    connect(m_sale, &SaleViewModel::saleFinished, this, &ScoViewModel::onSaleFinished);
    connect(&m_timer, &QTimer::timeout, this, &ScoViewModel::tick);
    m_timer.start(1000);
}

ScoViewModel::~ScoViewModel() = default;

void ScoViewModel::setSettings(core::ScoSettings settings, int idleSeconds, QString defaultLanguage)
{
    m_settings = std::move(settings);
    m_idleSeconds = idleSeconds;
    m_defaultLanguage = std::move(defaultLanguage);
    m_bagging = ScoBagging(m_settings);
    m_produceBuilt = false;
    publish();
}

void ScoViewModel::setCatalog(const core::Catalog *catalog)
{
    m_catalog = catalog;
    m_produceBuilt = false;
    publish();
}

void ScoViewModel::setLanguageController(LanguageController *language)
{
    m_language = language;
    if (m_language) {
        // Titles, instructions, search keys and produce labels are in the lane's language.
        connect(m_language, &LanguageController::languageChanged, this, &ScoViewModel::publish);
    }
    publish();
}

void ScoViewModel::publish()
{
    refreshProduce();
    Published p;
    p.screen = m_screen;
    p.notice = m_notice;
    p.instruction = instruction();
    p.search = m_search;
    p.attendantName = attendantName();
    p.searchKeys = searchKeys();
    p.tenders = tenders();
    p.interventions = interventions();
    p.largeText = m_largeText;
    p.highContrast = m_highContrast;
    p.hasSavings = hasSavings();
    p.blocked = blocked();
    p.helpCalled = helpCalled();
    p.baggingPending = baggingPending();
    p.attendantMode = attendantMode();
    p.attendantLogin = m_attendantLogin;
    p.approvalPending = approvalPending();
    p.approvalText = approvalText();
    p.printReceipt = printReceipt();
    p.interventionCount = interventionCount();
    p.skipsLeft = skipsLeft();
    p.idleSecondsLeft = idleSecondsLeft();
    const Published old = std::exchange(m_published, std::move(p));
    const Published &n = m_published;
    if (old.screen != n.screen) {
        Q_EMIT screenChanged();
    }
    if (old.notice != n.notice) {
        Q_EMIT noticeChanged();
    }
    if (old.instruction != n.instruction) {
        Q_EMIT instructionChanged();
    }
    if (old.largeText != n.largeText || old.highContrast != n.highContrast) {
        Q_EMIT displayChanged();
    }
    if (old.search != n.search || old.searchKeys != n.searchKeys) {
        Q_EMIT searchChanged();
    }
    if (old.hasSavings != n.hasSavings) {
        Q_EMIT totalsChanged();
    }
    if (old.interventions != n.interventions || old.interventionCount != n.interventionCount
        || old.blocked != n.blocked || old.helpCalled != n.helpCalled) {
        Q_EMIT interventionsChanged();
    }
    if (old.baggingPending != n.baggingPending || old.skipsLeft != n.skipsLeft) {
        Q_EMIT baggingChanged();
    }
    if (old.idleSecondsLeft != n.idleSecondsLeft) {
        Q_EMIT idleChanged();
    }
    if (old.attendantMode != n.attendantMode || old.attendantLogin != n.attendantLogin
        || old.attendantName != n.attendantName || old.approvalPending != n.approvalPending
        || old.approvalText != n.approvalText) {
        Q_EMIT attendantChanged();
    }
    if (old.tenders != n.tenders || old.printReceipt != n.printReceipt) {
        Q_EMIT paymentChanged();
    }
}

void ScoViewModel::setEventSink(core::EventSink *events)
{
    m_events = events;
    m_log.setEventSink(events);
}

void ScoViewModel::setJournal(ScoJournal *journal)
{
    m_journal = journal;
    m_log.setJournal(journal);
}

void ScoViewModel::setBaggingScale(devices::scale::Scale *scale)
{
    if (!scale) {
        return;
    }
    connect(scale, &devices::scale::Scale::weightChanged, this,
            [this](qint64 grams, bool stable) { onBaggingWeight(grams, stable); });
    // The bagging scale answers when asked; a few readings a second catch every bag.
    connect(&m_scalePoll, &QTimer::timeout, scale, [scale] {
        if (scale->isEnabled()) {
            scale->requestWeight();
        }
    });
    m_scalePoll.start(250);
}

void ScoViewModel::setScreen(const QString &screen)
{
    if (m_screen != screen) {
        m_screen = screen;
        publish();
    }
}

void ScoViewModel::setNotice(const QString &text)
{
    m_notice = text;
    publish();
}

void ScoViewModel::setLargeText(bool on)
{
    m_largeText = on;
    noteActivity();
    publish();
}

void ScoViewModel::setHighContrast(bool on)
{
    m_highContrast = on;
    noteActivity();
    publish();
}

bool ScoViewModel::printReceipt() const
{
    return !m_peripherals || m_peripherals->printReceipts();
}

void ScoViewModel::setPrintReceipt(bool print)
{
    if (m_peripherals) {
        m_peripherals->setPrintReceipts(print);
    }
    noteActivity();
    publish();
}

QStringList ScoViewModel::tenders() const
{
    QStringList list;
    for (const auto &t : m_settings.tenders) {
        if (t != "cash" || m_cashAvailable) {
            list << qs(t);
        }
    }
    return list;
}

bool ScoViewModel::hasSavings() const
{
    const auto *tx = m_sale->transaction();
    return tx && !tx->pricing().savings.isZero();
}

std::string ScoViewModel::transactionId() const
{
    const auto *tx = m_sale->transaction();
    return tx ? tx->header().transactionId : std::string();
}

QString ScoViewModel::instruction() const
{
    if (blocked()) {
        return tr("Please wait. An attendant is coming to help you.");
    }
    if (m_screen == QLatin1String("payment")) {
        return tr("Choose how you pay.");
    }
    if (baggingPending()) {
        return tr("Place the item in the bagging area.");
    }
    if (m_sale->basket()->count() == 0) {
        return tr("Scan your first item, or look up an item without a barcode.");
    }
    return tr("Scan the next item, or press Pay.");
}

void ScoViewModel::noteActivity()
{
    m_lastActivity = now();
    if (m_screen == QLatin1String("idle")) {
        setScreen(m_sale->state() == QLatin1String("tendering") ? QStringLiteral("payment")
                                                                : QStringLiteral("shopping"));
    }
}

void ScoViewModel::chooseLanguage(const QString &language)
{
    if (m_language) {
        (void)m_language->setLanguage(language);
    }
    noteActivity();
    publish();
}

void ScoViewModel::start()
{
    noteActivity();
    if (m_screen != QLatin1String("attract") && m_screen != QLatin1String("finished")) {
        return;
    }
    m_log.newTransaction();
    m_bagging.reset(m_lastBaggingGrams.value_or(0));
    setPrintReceipt(true);
    m_notice.clear();
    m_sale->clearMessage();
    setScreen(QStringLiteral("shopping"));
}

bool ScoViewModel::blocked() const
{
    for (const auto &i : m_log.all()) {
        if (!i.open || i.type == InterventionType::Help) {
            continue;
        }
        if (i.type == InterventionType::AgeCheck && m_settings.scanWhileAgePending) {
            continue;
        }
        return true;
    }
    return false;
}

void ScoViewModel::scan(const QString &raw)
{
    const QString code = raw.trimmed();
    noteActivity();
    if (code.isEmpty()) {
        return;
    }
    // Serial and HID POS scanners send the AIM identifier ("]C0") before the data.
    const QString data = code.startsWith(QLatin1Char(']')) && code.size() > 3 ? code.mid(3) : code;
    if (!m_settings.badgePrefix.empty() && data.startsWith(qs(m_settings.badgePrefix))) {
        if (m_pendingOverride) {
            (void)approvePendingWithBadge(data); // the approver's badge, not a sign-on
            return;
        }
        (void)signOnAttendantBadge(data);
        return; // a badge is never an item, whether it signs on or not
    }
    if (looksLikeVoucher(data.toStdString())) {
        scanVoucher(data);
        return; // nor is a voucher
    }
    if (m_screen == QLatin1String("attract") || m_screen == QLatin1String("finished")) {
        start();
    }
    if (m_screen == QLatin1String("payment") && !attendantMode()) {
        setNotice(tr("You are paying now. Press Back to add more items."));
        if (m_peripherals) {
            m_peripherals->alert();
        }
        return;
    }
    if (blocked() && !attendantMode()) {
        setNotice(tr("Please wait for the attendant before scanning more items."));
        return;
    }
    m_notice.clear();
    if (m_screen == QLatin1String("produce")) {
        setScreen(QStringLiteral("shopping"));
    }
    m_sale->scan(code);
    publish();
}

void ScoViewModel::onSaleChanged()
{
    const auto *tx = m_sale->transaction();
    if (!tx) {
        return;
    }
    if (tx->header().transactionId != m_seenTransaction) {
        // A new transaction: what stands on the bagging scale now is the baseline.
        m_seenTransaction = tx->header().transactionId;
        m_seenLine = 0;
        m_seenVoided.clear();
        m_bagging.reset(m_lastBaggingGrams.value_or(m_bagging.baselineGrams()));
    }
    for (const auto &line : tx->basket().data().lines) {
        const bool bagged = line.kind == core::LineKind::Sale && !line.parentLineId;
        if (line.id > m_seenLine) {
            m_seenLine = line.id;
            if (bagged && line.active() && m_settings.securityScale) {
                const auto exact = line.item.weighed
                                       ? std::optional(line.quantityMilli + line.tareGrams)
                                       : std::nullopt;
                m_bagging.expect(line.item.sku, line.item.weighed ? 1 : line.units(), exact, now());
            }
        }
        if (!line.active() && m_seenVoided.insert(line.id).second && bagged
            && m_settings.securityScale) {
            m_bagging.expectRemoval(line.item.sku, line.item.weighed ? 1 : line.units());
        }
    }
    if (m_sale->pendingMinimumAge() > 0) {
        raise(InterventionType::AgeCheck,
              tr("%1 (%2+)").arg(m_sale->pendingAgeItem()).arg(m_sale->pendingMinimumAge()));
    }
    publish();
}

void ScoViewModel::onSaleFinished()
{
    m_finishedAt = now();
    resolveAll(InterventionType::Help, "sale_finished");
    setScreen(QStringLiteral("finished"));
}

void ScoViewModel::onBaggingWeight(std::int64_t grams, bool stable)
{
    if (!stable) {
        return;
    }
    m_lastBaggingGrams = grams;
    const QString state = m_sale->state();
    const bool inSale = state == QLatin1String("open") || state == QLatin1String("tendering");
    if (!m_settings.securityScale || !inSale || m_screen == QLatin1String("attract")) {
        return;
    }
    handleVerdict(m_bagging.weigh(grams, now()));
}

void ScoViewModel::handleVerdict(BaggingVerdict verdict)
{
    const auto g = [this] {
        return m_lastBaggingGrams.value_or(0) - m_bagging.baselineGrams();
    };
    switch (verdict) {
    case BaggingVerdict::Ok:
        // The shopper put things right (took the extra item out, bagged the item).
        resolveAll(InterventionType::UnexpectedItem, "shopper_corrected");
        resolveAll(InterventionType::ItemRemoved, "shopper_corrected");
        resolveAll(InterventionType::NotBagged, "shopper_corrected");
        break;
    case BaggingVerdict::Waiting:
        break;
    case BaggingVerdict::UnexpectedItem:
        raise(InterventionType::UnexpectedItem, tr("%1 g more than expected").arg(g()));
        break;
    case BaggingVerdict::ItemRemoved:
        raise(InterventionType::ItemRemoved, tr("%1 g left the bagging area").arg(-g()));
        break;
    case BaggingVerdict::NotBagged:
        raise(InterventionType::NotBagged, m_sale->lastItemName());
        break;
    }
    publish();
}

void ScoViewModel::raise(InterventionType type, const QString &reason)
{
    const bool wasOpen = m_log.openOf(type) != nullptr;
    m_log.raise(type, reason.toStdString(), transactionId(), now());
    if (!wasOpen) {
        if (m_peripherals && type != InterventionType::AgeCheck) {
            m_peripherals->alert();
        }
        publish();
    }
}

void ScoViewModel::resolveAll(InterventionType type, const std::string &resolution)
{
    if (!m_log.openOf(type)) {
        return;
    }
    m_log.resolveAll(type, resolution, m_attendant ? m_attendant->id : std::string(), now());
    publish();
}

void ScoViewModel::callHelp()
{
    noteActivity();
    raise(InterventionType::Help, m_screen);
    setNotice(tr("An attendant has been called."));
}

void ScoViewModel::skipBagging()
{
    noteActivity();
    const auto skipped = m_bagging.skip();
    if (!skipped.ok()) {
        setNotice(skipped.error().code == "sco.skip_limit"
                      ? tr("Skip bagging cannot be used again. Place the item in the bagging area.")
                      : tr("This item must be placed in the bagging area."));
        return;
    }
    if (m_events) {
        m_events->emit(core::Severity::Info, "sco.skip_bagging", "shopper skipped bagging",
                       {{"transaction", transactionId()},
                        {"skips_left", std::int64_t(m_bagging.skipsLeft())}});
    }
    resolveAll(InterventionType::NotBagged, "skipped");
    setNotice(QString());
}

void ScoViewModel::pay()
{
    noteActivity();
    if (blocked()) {
        setNotice(tr("Please wait for the attendant."));
        return;
    }
    if (m_log.openOf(InterventionType::AgeCheck)) {
        setNotice(tr("An attendant must approve an item before you pay."));
        return;
    }
    if (baggingPending()) {
        setNotice(tr("Place the last item in the bagging area first."));
        return;
    }
    if (m_sale->startTender()) {
        m_notice.clear();
        setScreen(QStringLiteral("payment"));
    }
}

void ScoViewModel::backToShopping()
{
    noteActivity();
    m_sale->backToBasket();
    setScreen(QStringLiteral("shopping"));
}

void ScoViewModel::payCard()
{
    noteActivity();
    if (!tenders().contains(QStringLiteral("card"))) {
        return;
    }
    m_sale->payCard(QString());
}

void ScoViewModel::payVoucher(const QString &amount, const QString &reference)
{
    noteActivity();
    if (tenders().contains(QStringLiteral("voucher"))) {
        m_sale->payVoucher(amount, reference);
    }
}

void ScoViewModel::payCash(const QString &amount)
{
    noteActivity();
    if (tenders().contains(QStringLiteral("cash"))) {
        m_sale->payCash(amount);
    }
}

int ScoViewModel::idleSecondsLeft() const
{
    if (m_screen != QLatin1String("idle")) {
        return 0;
    }
    const auto left = std::chrono::seconds(m_settings.idlePromptSeconds) - (now() - m_promptSince);
    return int(
        std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::seconds>(left).count()));
}

void ScoViewModel::continueShopping()
{
    noteActivity();
}

void ScoViewModel::cancelShopping()
{
    const bool idle = m_screen == QLatin1String("idle");
    if (idle) { // raised while the transaction still has its id
        raise(InterventionType::IdleTimeout,
              tr("No answer for %1 s").arg(m_settings.idlePromptSeconds));
    }
    if (m_sale->transaction() && m_sale->basket()->count() > 0) {
        m_sale->voidTransaction(idle ? QStringLiteral("idle timeout")
                                     : QStringLiteral("cancelled by shopper"),
                                kKioskId);
    }
    if (idle) {
        resolveAll(InterventionType::IdleTimeout, "cancelled");
    }
    backToAttract();
}

void ScoViewModel::done()
{
    backToAttract();
}

void ScoViewModel::backToAttract()
{
    resolveAll(InterventionType::Help, "shopper_left");
    m_search.clear();
    m_notice.clear();
    m_sale->clearMessage();
    m_attendantLogin = false;
    if (m_language) {
        (void)m_language->setLanguage(m_defaultLanguage);
    }
    m_largeText = false;
    m_highContrast = false;
    setScreen(QStringLiteral("attract"));
    publish();
}

void ScoViewModel::tick()
{
    const auto t = now();
    if (m_settings.securityScale && m_screen != QLatin1String("attract")) {
        const auto verdict = m_bagging.tick(t);
        if (verdict == BaggingVerdict::NotBagged) {
            handleVerdict(verdict);
        }
    }
    // Looked up by name: the card flow's busy flag is the POS card payment's property.
    if (attendantMode() || m_attendantLogin || m_sale->cardBusy()) {
        return; // nobody walks away from an attendant or a running card payment
    }
    if (m_screen == QLatin1String("finished")) {
        if (t - m_finishedAt >= std::chrono::seconds(10)) {
            backToAttract();
        }
        return;
    }
    if (m_screen == QLatin1String("idle")) {
        if (t - m_promptSince >= std::chrono::seconds(m_settings.idlePromptSeconds)) {
            cancelShopping();
        } else {
            publish(); // the countdown
        }
        return;
    }
    if (m_screen == QLatin1String("attract") || m_log.anyOpen()) {
        return; // an open intervention waits for the attendant, not for a timeout
    }
    if (t - m_lastActivity >= std::chrono::seconds(m_idleSeconds)) {
        if (m_sale->basket()->count() == 0) {
            backToAttract();
            return;
        }
        m_promptSince = t;
        setScreen(QStringLiteral("idle"));
    }
}

} // namespace lane::app
