#include "app/lane/saleviewmodel.h"

#include <QDateTime>
#include <QTimeZone>

#include "app/lane/sessionviewmodel.h"
#include "core/barcode/scancode.h"

namespace lane::app {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString quantityText(const core::ReceiptLine &line, const QString &unitPrice)
{
    if (line.weighed) {
        const auto grams = line.quantityMilli;
        return QStringLiteral("%1.%2 kg x %3/kg")
            .arg(grams / 1000)
            .arg(grams % 1000, 3, 10, QLatin1Char('0'))
            .arg(unitPrice);
    }
    return QStringLiteral("%1 x %2").arg(line.quantityMilli / core::kOneUnit).arg(unitPrice);
}
} // namespace

SaleViewModel::SaleViewModel(MoneyFormatter *formatter, QObject *parent)
    : QObject(parent)
    , m_formatter(formatter)
{
    // Money text follows the display language.
    connect(m_formatter, &MoneyFormatter::languageChanged, this, &SaleViewModel::refresh);
    connect(m_formatter, &MoneyFormatter::languageChanged, this, &SaleViewModel::quickCashChanged);
}

SaleViewModel::~SaleViewModel() = default;

void SaleViewModel::setLaneIdentity(QString store, QString pos)
{
    m_store = std::move(store);
    m_pos = std::move(pos);
}

void SaleViewModel::setOperator(QString id, QString name)
{
    m_operatorId = std::move(id);
    m_operatorName = std::move(name);
}

QString SaleViewModel::userId() const
{
    return m_session ? m_session->userId() : m_operatorId;
}

void SaleViewModel::reloadSuspended()
{
    m_suspended = m_repository->suspended();
    Q_EMIT suspendedChanged();
}

void SaleViewModel::restoreOpenSale()
{
    if (!m_repository || !m_catalog || !m_clock) {
        return;
    }
    if (auto snapshot = m_repository->loadOpen()) {
        auto restored = core::Transaction::restore(std::move(*snapshot), *m_catalog, m_config,
                                                   *m_clock, {}, m_events);
        if (restored.ok()) {
            m_tx.emplace(std::move(restored).value());
            showInfo(tr("The sale that was open before the restart is back."));
        } else {
            showError(restored.error());
        }
    }
    reloadSuspended();
    refresh();
}

bool SaleViewModel::ready()
{
    if (m_session) {
        m_session->noteActivity();
        if (!m_session->signedOn() || m_session->locked()) {
            reject(tr("Sign on before selling."));
            return false;
        }
    }
    if (!m_catalog || !m_clock) {
        reject(tr("The item catalog is not available. Call support."));
        return false;
    }
    if (m_paymentsBlocked) {
        reject(tr("An interrupted card payment is not resolved yet. Press Check payments and "
                  "sell on when the terminal has answered."));
        return false;
    }
    return true;
}

bool SaleViewModel::ensureTransaction()
{
    if (m_tx && m_tx->state() == core::TransactionState::Open) {
        return true;
    }
    if (m_tx && m_tx->state() != core::TransactionState::Finalized
        && m_tx->state() != core::TransactionState::Voided) {
        reject(tr("Finish the payment first."));
        return false;
    }
    if (m_salesGate) {
        if (const auto allowed = m_salesGate(); !allowed.ok()) {
            showError(allowed.error());
            return false;
        }
    }
    // A new sale: the change of the previous one is no longer shown.
    m_changeDue.clear();
    m_terminalReceipt.clear();
    core::TransactionHeader header;
    const auto now = m_clock->now();
    const auto stamp
        = QDateTime::fromMSecsSinceEpoch(
              std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count(),
              QTimeZone::utc())
              .toString(QStringLiteral("yyyyMMddhhmmsszzz"));
    header.transactionId = QStringLiteral("%1-%2-%3-%4")
                               .arg(m_store, m_pos, stamp)
                               .arg(++m_localSequence)
                               .toStdString();
    header.storeId = m_store.toStdString();
    header.posId = m_pos.toStdString();
    header.cashierId = userId().toStdString();
    header.cashierName = (m_session ? m_session->userName() : m_operatorName).toStdString();
    header.startedAt = now;
    m_tx.emplace(std::move(header), *m_catalog, m_config, *m_clock, std::vector<core::Promotion>{},
                 m_events);
    return true;
}

void SaleViewModel::scan(const QString &raw)
{
    if (!ready()) {
        return;
    }
    core::ScanRules rules;
    if (m_clock) {
        // GS1 dates (expiry, best before) are YYMMDD: the century comes from the store's year.
        const auto storeDay
            = std::chrono::floor<std::chrono::days>(m_clock->now() + m_config.utcOffset);
        rules.referenceYear = int(std::chrono::year_month_day(storeDay).year());
    }
    const auto parsed = core::parseScan(raw.trimmed().toStdString(), rules);
    if (!parsed.ok()) {
        reject(tr("Barcode %1 cannot be read. Key the number or the PLU.").arg(raw.trimmed()));
        return;
    }
    const core::ScanCode &code = parsed.value();
    if (code.gtin14.empty()) {
        reject(tr("Barcode %1 is not an item.").arg(raw.trimmed()));
        return;
    }
    const auto item = m_catalog->findByBarcode(code.gtin14);
    if (!item) {
        reject(tr("Unknown barcode %1. Key the PLU or put the item aside.").arg(raw.trimmed()));
        return;
    }
    std::int64_t quantity = core::kOneUnit;
    if (item->weighed && !code.variable) {
        const auto grams = m_peripherals ? m_peripherals->stableWeightGrams() : std::nullopt;
        if (!grams || *grams <= 0) {
            reject(
                tr("Put %1 on the scale and wait until the weight is stable.").arg(qs(item->name)));
            return;
        }
        quantity = *grams;
    }
    if (!ensureTransaction()) {
        return;
    }
    afterAdd(m_tx->addScan(code, quantity));
}

void SaleViewModel::enterCode(const QString &code, int quantity)
{
    const QString digits = code.trimmed();
    if (digits.isEmpty()) {
        return;
    }
    if (!ready()) {
        return;
    }
    const auto item = m_catalog->findByPlu(digits.toStdString());
    if (!item) {
        if (digits.size() >= 8) {
            scan(digits); // a barcode keyed by hand
            return;
        }
        reject(tr("PLU %1 is not in the catalog.").arg(digits));
        return;
    }
    std::int64_t milli = std::int64_t(std::max(quantity, 1)) * core::kOneUnit;
    if (item->weighed) {
        const auto grams = m_peripherals ? m_peripherals->stableWeightGrams() : std::nullopt;
        if (!grams || *grams <= 0) {
            reject(
                tr("Put %1 on the scale and wait until the weight is stable.").arg(qs(item->name)));
            return;
        }
        milli = *grams + item->tareGrams; // the basket takes gross grams and subtracts tare
    }
    if (!ensureTransaction()) {
        return;
    }
    afterAdd(m_tx->addPlu(digits.toStdString(), milli));
}

void SaleViewModel::addSku(const QString &sku)
{
    if (!ready() || !ensureTransaction()) {
        return;
    }
    afterAdd(m_tx->addSku(sku.toStdString()));
}

void SaleViewModel::afterAdd(const core::Result<core::LineId> &added)
{
    if (!added.ok()) {
        showError(added.error());
        if (m_peripherals) {
            m_peripherals->alert();
        }
        Q_EMIT rejected(m_message);
        return;
    }
    if (const auto *line = m_tx->basket().line(added.value())) {
        m_lastItemName = qs(line->item.name);
        if (const auto *priced = m_tx->pricing().line(line->id)) {
            m_lastItemPrice = fmt(priced->net);
        }
        if (m_peripherals) {
            m_peripherals->showOnCustomerDisplay(m_lastItemName, m_lastItemPrice);
        }
    }
    clearMessage();
    persist();
    refresh();
}

std::optional<core::LineId> SaleViewModel::lineAt(int row) const
{
    const BasketRow *r = m_basket.row(row);
    if (!r || !m_tx) {
        return std::nullopt;
    }
    return r->lineId;
}

void SaleViewModel::setLineQuantity(int row, int quantity)
{
    const auto id = lineAt(row);
    if (!id || !ready()) {
        return;
    }
    const auto status = m_tx->setQuantity(*id, std::int64_t(quantity) * core::kOneUnit);
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::voidLine(int row, const QString &reason)
{
    const auto id = lineAt(row);
    if (!id || !ready()) {
        return;
    }
    const auto status = m_tx->voidLine(*id, userId().toStdString(), reason.toStdString());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::overrideLinePrice(int row, const QString &amount, const QString &approverId,
                                      const QString &reason)
{
    const auto id = lineAt(row);
    if (!id || !ready()) {
        return;
    }
    const auto price = m_formatter->parse(amount);
    if (!price || price->isNegative()) {
        reject(tr("%1 is not a valid price.").arg(amount));
        return;
    }
    const auto status
        = m_tx->overridePrice(*id, *price, reason.toStdString(), approverId.toStdString());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::discountLine(int row, int percent, const QString &approverId)
{
    const auto id = lineAt(row);
    if (!id || !ready()) {
        return;
    }
    if (percent <= 0 || percent > 100) {
        reject(tr("A discount is between 1 and 100 percent."));
        return;
    }
    core::Discount discount;
    discount.kind = core::Discount::Kind::Percent;
    discount.basisPoints = std::int64_t(percent) * 100;
    discount.reasonCode = "manual";
    discount.userId = approverId.toStdString();
    const auto status = m_tx->setLineDiscount(*id, std::move(discount));
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

QString SaleViewModel::pendingAgeItem() const
{
    if (!m_tx) {
        return {};
    }
    const auto pending = m_tx->basket().pendingAgeChecks();
    if (pending.empty()) {
        return {};
    }
    const auto *line = m_tx->basket().line(pending.front());
    return line ? qs(line->item.name) : QString();
}

int SaleViewModel::pendingMinimumAge() const
{
    if (!m_tx) {
        return 0;
    }
    int age = 0;
    for (const auto id : m_tx->basket().pendingAgeChecks()) {
        if (const auto *line = m_tx->basket().line(id); line && line->item.minimumAge) {
            age = std::max(age, *line->item.minimumAge);
        }
    }
    return age;
}

void SaleViewModel::confirmAge(int year, int month, int day)
{
    if (!m_tx || !ready()) {
        return;
    }
    core::AgeVerification verification;
    verification.userId = userId().toStdString();
    verification.dateOfBirth = core::Date{year, month, day};
    const auto status = m_tx->verifyAge(std::move(verification));
    if (!status.ok()) {
        showError(status.error());
        refuseAge();
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::confirmAgeVisually()
{
    if (!m_tx || !ready()) {
        return;
    }
    core::AgeVerification verification;
    verification.userId = userId().toStdString();
    verification.visuallyVerified = true;
    const auto status = m_tx->verifyAge(std::move(verification));
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::refuseAge()
{
    if (!m_tx) {
        return;
    }
    for (const auto id : m_tx->basket().pendingAgeChecks()) {
        (void)m_tx->voidLine(id, userId().toStdString(), "age check failed");
    }
    persist();
    refresh();
}

void SaleViewModel::persist()
{
    if (!m_tx) {
        return;
    }
    if (!m_repository) {
        showInfo(tr("No store is open: this basket is not saved."));
        return;
    }
    const auto status = m_repository->saveOpen(m_tx->snapshot());
    if (!status.ok()) {
        m_message = tr("The basket could not be saved (%1). Call support before going on.")
                        .arg(qs(status.error().code));
        m_messageIsError = true;
        Q_EMIT messageChanged();
    }
}

void SaleViewModel::refresh()
{
    std::vector<BasketRow> rows;
    if (m_tx) {
        const core::Receipt receipt = m_tx->receipt();
        for (const auto &line : receipt.lines) {
            BasketRow row;
            row.lineId = line.lineId;
            row.name = qs(line.name);
            row.quantity = quantityText(line, fmt(line.unitPrice));
            row.amount = fmt(line.amount);
            row.voided = line.voided;
            row.kind = line.kind == core::LineKind::Deposit  ? QStringLiteral("deposit")
                       : line.kind == core::LineKind::Return ? QStringLiteral("return")
                                                             : QStringLiteral("sale");
            QStringList savings;
            if (!line.lineDiscount.isZero()) {
                savings << tr("Discount %1").arg(fmt(-line.lineDiscount));
            }
            for (const auto &saving : receipt.savings) {
                if (saving.attachedTo == line.lineId) {
                    savings << QStringLiteral("%1 %2").arg(qs(saving.label), fmt(-saving.amount));
                }
            }
            if (line.priceOverride) {
                savings
                    << tr("Price changed from %1").arg(fmt(line.priceOverride->originalUnitPrice));
            }
            row.savings = savings.join(QStringLiteral(" · "));
            rows.push_back(std::move(row));
        }
    }
    m_basket.setRows(std::move(rows));
    Q_EMIT changed();
}

void SaleViewModel::showError(const core::Error &error)
{
    m_message = errorText(error);
    m_messageIsError = true;
    Q_EMIT messageChanged();
}

void SaleViewModel::showInfo(const QString &text)
{
    m_message = text;
    m_messageIsError = false;
    Q_EMIT messageChanged();
}

void SaleViewModel::reject(const QString &text)
{
    m_message = text;
    m_messageIsError = true;
    Q_EMIT messageChanged();
    if (m_peripherals) {
        m_peripherals->alert();
    }
    Q_EMIT rejected(text);
}

void SaleViewModel::clearMessage()
{
    if (!m_message.isEmpty()) {
        m_message.clear();
        m_messageIsError = false;
        Q_EMIT messageChanged();
    }
}

QString SaleViewModel::errorText(const core::Error &error) const
{
    const std::string &c = error.code;
    if (c == "item.expired") {
        return tr("This item is past its expiry date and cannot be sold.");
    }
    if (c == "age.too_young") {
        return tr("The customer is too young for this item. It was removed.");
    }
    if (c.rfind("transaction.", 0) == 0) {
        return tr("Not possible at this step of the sale.");
    }
    if (c.rfind("item.", 0) == 0 || c.rfind("barcode.", 0) == 0) {
        return tr("This item cannot be sold here (%1).").arg(qs(c));
    }
    if (c.rfind("tender.", 0) == 0) {
        return tr("This payment was refused (%1).").arg(qs(c));
    }
    if (c == "business_day.closed") {
        return tr("The business day is closed (Z report done). A manager must open the next "
                  "business day before anything is sold.");
    }
    if (c == "payment.unresolved") {
        return tr("An earlier card payment was interrupted. Press Check payments and wait for "
                  "the terminal's answer.");
    }
    if (c == "payment.busy") {
        return tr("A card payment is already running on the terminal.");
    }
    if (c.rfind("payment.", 0) == 0) {
        return tr("The card payment failed (%1). Ask for another card or cash.").arg(qs(c));
    }
    return tr("The action was refused (%1).").arg(qs(c));
}

QString SaleViewModel::state() const
{
    if (!m_tx) {
        return QStringLiteral("idle");
    }
    switch (m_tx->state()) {
    case core::TransactionState::Open:
        return m_tx->basket().empty() ? QStringLiteral("idle") : QStringLiteral("open");
    case core::TransactionState::Tendering:
        return QStringLiteral("tendering");
    case core::TransactionState::Paid:
        return QStringLiteral("paid");
    case core::TransactionState::Finalized:
        return QStringLiteral("finished");
    case core::TransactionState::Voided:
    case core::TransactionState::Suspended:
        return QStringLiteral("idle");
    }
    return QStringLiteral("idle");
}

QString SaleViewModel::subtotal() const
{
    return fmt(m_tx ? m_tx->pricing().subtotal : core::Money::zero(m_config.currency));
}
QString SaleViewModel::savings() const
{
    return fmt(m_tx ? -m_tx->pricing().savings : core::Money::zero(m_config.currency));
}
QString SaleViewModel::tax() const
{
    return fmt(m_tx ? m_tx->pricing().tax : core::Money::zero(m_config.currency));
}
QString SaleViewModel::total() const
{
    return fmt(m_tx ? m_tx->total() : core::Money::zero(m_config.currency));
}
QString SaleViewModel::paid() const
{
    return fmt(m_tx ? m_tx->paid() : core::Money::zero(m_config.currency));
}
QString SaleViewModel::balance() const
{
    return fmt(m_tx ? m_tx->balance() : core::Money::zero(m_config.currency));
}

} // namespace lane::app
