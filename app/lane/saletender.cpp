// Transaction-level actions of SaleViewModel: suspend/resume, void, returns, no-sale and
// the tender screen with receipt printing.
#include "app/lane/saleviewmodel.h"
#include "app/lane/sessionviewmodel.h"

#include <QDateTime>

namespace lane::app {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/// The notes a cashier is handed most often, smallest first, in minor units.
std::vector<std::int64_t> quickNotes(const core::Currency &currency)
{
    const std::string_view code = currency.alpha();
    if (code == "KRW") {
        return {1000, 5000, 10000, 50000};
    }
    if (code == "EUR" || code == "USD") {
        return {500, 1000, 2000, 5000};
    }
    const auto major = currency.minorPerMajor();
    return {5 * major, 10 * major, 20 * major, 50 * major};
}
} // namespace

void SaleViewModel::suspend()
{
    if (!ready() || !m_tx || m_tx->basket().empty()) {
        return;
    }
    if (!m_repository) {
        reject(tr("No store is open: baskets cannot be suspended."));
        return;
    }
    const auto status = m_tx->suspend(userId().toStdString());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    const auto stored = m_repository->suspend(m_tx->snapshot());
    if (!stored.ok()) {
        showError(stored.error());
        return;
    }
    m_tx.reset();
    reloadSuspended();
    m_lastItemName.clear();
    m_lastItemPrice.clear();
    showInfo(tr("Basket suspended. Resume it from Functions."));
    refresh();
}

void SaleViewModel::resume(int index)
{
    if (!ready() || !m_repository) {
        return;
    }
    if (m_tx && !m_tx->basket().empty() && m_tx->state() == core::TransactionState::Open) {
        reject(tr("Finish or suspend the current basket first."));
        return;
    }
    if (index < 0 || index >= int(m_suspended.size())) {
        return;
    }
    auto snapshot
        = m_repository->takeSuspended(m_suspended[std::size_t(index)].header.transactionId);
    if (!snapshot.ok()) {
        showError(snapshot.error());
        return;
    }
    auto restored = core::Transaction::restore(std::move(snapshot).value(), *m_catalog, m_config,
                                               *m_clock, {}, m_events);
    if (!restored.ok()) {
        showError(restored.error());
        return;
    }
    m_tx.emplace(std::move(restored).value());
    // The store may hand the basket back already reopened; otherwise reopen it here.
    if (m_tx->state() == core::TransactionState::Suspended) {
        const auto status = m_tx->resume(userId().toStdString());
        if (!status.ok()) {
            showError(status.error());
        }
    }
    reloadSuspended();
    persist();
    clearMessage();
    refresh();
}

void SaleViewModel::voidTransaction(const QString &reason, const QString &approverId)
{
    if (!ready() || !m_tx) {
        return;
    }
    const auto status = m_tx->voidTransaction(approverId.toStdString(), reason.toStdString());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    if (m_repository) {
        const auto recorded = m_repository->record(*m_tx);
        if (!recorded.ok()) {
            showError(recorded.error());
            return;
        }
    }
    m_tx.reset();
    m_lastItemName.clear();
    m_lastItemPrice.clear();
    showInfo(tr("Transaction voided."));
    refresh();
}

void SaleViewModel::returnByReceipt(const QString &receiptNumber)
{
    if (!ready()) {
        return;
    }
    const auto number = receiptNumber.trimmed().toStdString();
    if (number.empty() || !m_repository) {
        reject(tr("Receipt %1 not found.").arg(receiptNumber));
        return;
    }
    const auto sale = m_repository->findSale(number);
    if (!sale.ok()) {
        reject(tr("Receipt %1 not found.").arg(receiptNumber));
        return;
    }
    if (!ensureTransaction()) {
        return;
    }
    int added = 0;
    for (const auto &line : sale.value().lines) {
        const auto remaining = line.quantityMilli - line.returnedQuantityMilli;
        if (line.voided || line.kind != core::LineKind::Sale || !line.returnable
            || remaining <= 0) {
            continue;
        }
        const auto result = m_tx->addReturn(sale.value(), line.lineId, remaining);
        if (!result.ok()) {
            showError(result.error());
            break;
        }
        ++added;
    }
    if (added == 0 && !m_messageIsError) {
        reject(tr("Nothing on receipt %1 can be returned.").arg(receiptNumber));
    }
    persist();
    refresh();
}

void SaleViewModel::noSale(const QString &reason, const QString &approverId)
{
    if (!ready()) {
        return;
    }
    if (!m_peripherals) {
        reject(tr("No cash drawer is connected."));
        return;
    }
    if (m_repository) {
        const auto recorded
            = m_repository->recordNoSale(approverId.toStdString(), reason.toStdString());
        if (!recorded.ok()) {
            showError(recorded.error());
            return;
        }
    }
    const auto opened = m_peripherals->openDrawer(true);
    if (!opened.ok()) {
        showError(opened.error());
        return;
    }
    showInfo(tr("Drawer opened (no sale)."));
}

bool SaleViewModel::startTender()
{
    if (!ready() || !m_tx) {
        return false;
    }
    if (m_tx->state() == core::TransactionState::Tendering) {
        return true;
    }
    if (!m_tx->basket().pendingAgeChecks().empty()) {
        reject(tr("Check the customer's age first."));
        refresh();
        return false;
    }
    const auto status = m_tx->startTendering();
    if (!status.ok()) {
        showError(status.error());
        return false;
    }
    if (m_peripherals) {
        m_peripherals->showOnCustomerDisplay(tr("Total"), fmt(m_tx->balance()));
    }
    persist();
    clearMessage();
    refresh();
    return true;
}

void SaleViewModel::backToBasket()
{
    if (!m_tx) {
        return;
    }
    const auto status = m_tx->backToBasket();
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    refresh();
}

void SaleViewModel::payExactCash()
{
    if (!m_tx || !ready()) {
        return;
    }
    const auto status = m_tx->payCash(m_tx->cashDue());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    finishIfPaid();
}

void SaleViewModel::payCash(const QString &amount)
{
    if (!m_tx || !ready()) {
        return;
    }
    const auto money = m_formatter->parse(amount);
    if (!money || money->isNegative() || money->isZero()) {
        reject(tr("%1 is not a valid amount.").arg(amount));
        return;
    }
    const auto status = m_tx->payCash(*money);
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    finishIfPaid();
}

void SaleViewModel::payQuickCash(int index)
{
    const auto notes = quickNotes(m_config.currency);
    if (!m_tx || index < 0 || index >= int(notes.size()) || !ready()) {
        return;
    }
    const auto status = m_tx->payCash(core::Money(notes[std::size_t(index)], m_config.currency));
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    finishIfPaid();
}

void SaleViewModel::payVoucher(const QString &amount, const QString &reference)
{
    if (!m_tx || !ready()) {
        return;
    }
    const auto money = m_formatter->parse(amount);
    if (!money || money->isNegative() || money->isZero() || reference.trimmed().isEmpty()) {
        reject(tr("Enter the voucher value and its number."));
        return;
    }
    const auto status
        = m_tx->payVoucher(core::TenderKind::Voucher, *money, reference.trimmed().toStdString());
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    persist();
    finishIfPaid();
}

void SaleViewModel::finishIfPaid()
{
    if (m_tx->state() != core::TransactionState::Paid) {
        refresh();
        return;
    }
    if (!m_repository) {
        reject(tr("No store is open: the sale cannot be recorded. Call support."));
        refresh();
        return;
    }
    // Durable first: only a recorded sale prints and says "done".
    auto recorded = m_repository->record(*m_tx);
    if (!recorded.ok()) {
        m_message = tr("The sale could not be recorded (%1). Do not hand over goods; call "
                       "support.")
                        .arg(qs(recorded.error().code));
        m_messageIsError = true;
        Q_EMIT messageChanged();
        refresh();
        return;
    }
    const auto finalized = m_tx->finalize();
    if (!finalized.ok()) {
        showError(finalized.error());
    }
    const core::Receipt &receipt = recorded.value().receipt;
    const QString number = qs(recorded.value().receiptNumber);
    m_lastReceiptNumber = number;
    m_changeDue = receipt.change.isZero() ? QString() : fmt(receipt.change);
    m_lastReceipt = receipt;
    ++m_receiptRevision;
    if (m_peripherals) {
        const bool cash
            = std::any_of(receipt.tenders.begin(), receipt.tenders.end(),
                          [](const core::Tender &t) { return t.kind == core::TenderKind::Cash; });
        if (cash) {
            const auto opened = m_peripherals->openDrawer(false);
            if (!opened.ok()) {
                showError(opened.error());
            }
        }
        const auto printed
            = m_peripherals->printReceipt(receipt, recorded.value().receiptNumber, false);
        const auto slip = printed.ok() && !m_terminalReceipt.empty() ? m_peripherals->printSlip(
                              recorded.value().receiptNumber + "-card", m_terminalReceipt)
                                                                     : core::Status{};
        if (!printed.ok()) {
            m_message = tr("Sale recorded, but the receipt did not print (%1). Fix the printer, "
                           "then Reprint.")
                            .arg(qs(printed.error().code));
            m_messageIsError = true;
            Q_EMIT messageChanged();
        } else if (!slip.ok()) {
            m_message = tr("Sale complete. Receipt %1 printed, but the card slip did not (%2): "
                           "the terminal can reprint it.")
                            .arg(number, qs(slip.error().code));
            m_messageIsError = true;
            Q_EMIT messageChanged();
        } else {
            showInfo(tr("Sale complete. Receipt %1.").arg(number));
        }
        m_peripherals->showOnCustomerDisplay(tr("Change"), m_changeDue);
    } else {
        showInfo(tr("Sale complete. Receipt %1.").arg(number));
    }
    m_terminalReceipt.clear();
    m_lastItemName.clear();
    m_lastItemPrice.clear();
    refresh();
    Q_EMIT saleFinished(number);
}

void SaleViewModel::reprintLastReceipt()
{
    if (!m_lastReceipt) {
        reject(tr("There is no receipt to reprint yet."));
        return;
    }
    if (!m_peripherals) {
        reject(tr("No printer is connected."));
        return;
    }
    const auto printed
        = m_peripherals->printReceipt(*m_lastReceipt, m_lastReceiptNumber.toStdString(), true);
    if (!printed.ok()) {
        showError(printed.error());
        return;
    }
    showInfo(tr("Copy of receipt %1 printed.").arg(m_lastReceiptNumber));
}

void SaleViewModel::drawerClosed()
{
    if (!m_changeDue.isEmpty()) {
        m_changeDue.clear();
        Q_EMIT changed();
    }
}

QVariantList SaleViewModel::quickCash() const
{
    QVariantList list;
    for (const auto minor : quickNotes(m_config.currency)) {
        list << fmt(core::Money(minor, m_config.currency));
    }
    return list;
}

QVariantList SaleViewModel::tenders() const
{
    QVariantList list;
    if (!m_tx) {
        return list;
    }
    for (const auto &tender : m_tx->tenders()) {
        QString kind;
        switch (tender.kind) {
        case core::TenderKind::Cash:
            kind = tr("Cash");
            break;
        case core::TenderKind::Card:
            kind = tr("Card");
            if (tender.card) {
                kind
                    += QStringLiteral(" ") + cardLabel(tender.card->scheme, tender.card->maskedPan);
            }
            break;
        case core::TenderKind::Voucher:
        case core::TenderKind::GiftCard:
            kind = tr("Voucher");
            break;
        }
        list << QVariantMap{{QStringLiteral("kind"), kind},
                            {QStringLiteral("amount"), fmt(tender.applied)}};
    }
    return list;
}

QVariantList SaleViewModel::suspendedBaskets() const
{
    QVariantList list;
    for (const auto &snapshot : m_suspended) {
        int lines = 0;
        for (const auto &line : snapshot.basket.lines) {
            lines += line.active() ? 1 : 0;
        }
        core::TimePoint at = snapshot.header.startedAt;
        for (const auto &change : snapshot.history) {
            if (change.to == core::TransactionState::Suspended) {
                at = change.at;
            }
        }
        const auto ms
            = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
        QString total;
        if (m_catalog && m_clock) {
            // Priced by the engine, as the basket showed when it was suspended.
            auto priced = core::Transaction::restore(snapshot, *m_catalog, m_config, *m_clock);
            if (priced.ok()) {
                total = fmt(priced.value().total());
            }
        }
        list << QVariantMap{
            {QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("cashier"), qs(snapshot.header.cashierName)},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("total"), total}};
    }
    return list;
}

QString SaleViewModel::lastReceiptNumber() const
{
    return m_lastReceiptNumber;
}

} // namespace lane::app
