// Card payments of SaleViewModel: the tender screen starts a payment on the terminal through
// the PaymentService (journaled before the terminal sees anything), shows the terminal's live
// status, and turns the final journal record into a card tender or a plain-words message.
// After a restart, interrupted payments are reconciled with the terminal before anything is
// sold, and an approval the basket missed is added to it.
#include "app/lane/saleviewmodel.h"

#include <algorithm>

#include "app/lane/sessionviewmodel.h"
#include "core/payment/maskedpan.h"

namespace lane::app {

namespace {
QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString SaleViewModel::cardLabel(const std::string &brand, const std::string &maskedPan)
{
    QString text = qs(brand);
    const auto pan = core::MaskedPan::fromMasked(maskedPan);
    if (pan && !pan->lastFour().empty()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("****")
                + qs(pan->lastFour());
    }
    return text;
}

void SaleViewModel::setCardPayments(core::PaymentService *service, core::PaymentJournal *journal)
{
    m_payments = service;
    m_paymentJournal = journal;
}

void SaleViewModel::setCardState(bool busy, const QString &stage, const QString &status)
{
    m_cardBusy = busy;
    m_cardStage = stage;
    m_cardStatus = status;
    Q_EMIT cardChanged();
}

void SaleViewModel::payCard(const QString &amount)
{
    if (!m_tx || !ready()) {
        return;
    }
    if (!m_payments) {
        reject(tr("No card terminal is connected. Take cash or a voucher."));
        return;
    }
    if (m_cardBusy) {
        reject(tr("A card payment is already running on the terminal."));
        return;
    }
    if (m_tx->state() != core::TransactionState::Tendering) {
        reject(tr("Go to payment first."));
        return;
    }
    const auto money
        = amount.trimmed().isEmpty() ? std::optional(m_tx->balance()) : m_formatter->parse(amount);
    if (!money || money->isNegative() || money->isZero()) {
        reject(tr("%1 is not a valid amount.").arg(amount));
        return;
    }
    if (*money > m_tx->balance()) {
        reject(tr("A card pays at most the balance of %1.").arg(fmt(m_tx->balance())));
        return;
    }
    core::CardTender tender;
    tender.saleId = m_tx->header().transactionId;
    tender.tenderId = "card-" + std::to_string(m_tx->tenders().size() + 1);
    tender.amount = *money;
    // The basket is durable in Tendering before the terminal is asked: a crash from here on
    // restores this sale and reconciles the payment against it.
    persist();
    const auto started = m_payments->startSale(
        tender, core::PaymentCallbacks{
                    [this](const core::PaymentProgress &progress) { cardProgress(progress); },
                    [this](const core::PaymentRecord &record) {
                        cardFinished(record);
                    }});
    if (!started.ok()) {
        showError(started.error());
        return;
    }
    clearMessage();
    setCardState(true, QStringLiteral("sent"),
                 tr("Card payment of %1: follow the terminal.").arg(fmt(*money)));
}

void SaleViewModel::cancelCard()
{
    if (!m_payments || !m_cardBusy) {
        return;
    }
    const auto status = m_payments->abort();
    if (!status.ok()) {
        showError(status.error());
        return;
    }
    setCardState(true, QStringLiteral("cancelling"),
                 tr("Cancelling on the terminal: wait for its answer."));
}

void SaleViewModel::cardProgress(const core::PaymentProgress &progress)
{
    QString stage;
    QString text;
    switch (progress.stage) {
    case core::PaymentStage::Sent:
        stage = QStringLiteral("sent");
        text = tr("Sent to the terminal.");
        break;
    case core::PaymentStage::InsertCard:
        stage = QStringLiteral("insert");
        text = tr("Customer: insert, tap or swipe the card.");
        break;
    case core::PaymentStage::PinEntry:
        stage = QStringLiteral("pin");
        text = tr("Customer: enter the PIN on the terminal.");
        break;
    case core::PaymentStage::WaitingForHost:
        stage = QStringLiteral("host");
        text = tr("Authorising with the bank: wait.");
        break;
    case core::PaymentStage::RemoveCard:
        stage = QStringLiteral("remove");
        text = tr("Customer: remove the card.");
        break;
    case core::PaymentStage::PleaseWait:
    case core::PaymentStage::Other:
        stage = QStringLiteral("wait");
        text = progress.text.empty() ? tr("Terminal working: wait.")
                                     : tr("Terminal: %1").arg(qs(progress.text));
        break;
    }
    setCardState(true, stage, text);
}

void SaleViewModel::cardFinished(const core::PaymentRecord &record)
{
    setCardState(false, QString(), QString());
    const QString amount = fmt(record.amount);
    switch (record.state) {
    case core::PaymentState::Approved: {
        adoptApprovedPayments();
        if (!record.receiptLines.empty()) {
            m_terminalReceipt = record.receiptLines;
        }
        if (m_tx && m_tx->state() == core::TransactionState::Paid) {
            finishIfPaid();
        } else {
            showInfo(tr("Card %1 approved for %2. Balance %3.")
                         .arg(cardLabel(record.cardBrand, record.maskedPan), amount,
                              fmt(m_tx ? m_tx->balance() : record.amount)));
            refresh();
        }
        return;
    }
    case core::PaymentState::Declined:
        m_message = tr("Card declined, nothing was charged. Ask for another card or take cash.");
        break;
    case core::PaymentState::Aborted:
        m_message = tr("Card payment of %1 cancelled, nothing was charged. Try again or take "
                       "cash.")
                        .arg(amount);
        break;
    case core::PaymentState::NotCharged:
        m_message = tr("The terminal did not take the payment of %1, nothing was charged. Check "
                       "that it is on and connected, then try again.")
                        .arg(amount);
        break;
    default:
        // Sent, and even the service's own check with the terminal found no final answer:
        // the customer may or may not have been charged. Nothing is sold until it is known.
        m_message = tr("The terminal did not confirm the card payment of %1 and cannot be "
                       "asked now. Do not charge again and do not hand over the goods: check "
                       "the terminal, then press Check payments.")
                        .arg(amount);
        m_paymentsBlocked = true;
        Q_EMIT cardChanged();
        m_messageIsError = true;
        Q_EMIT messageChanged();
        if (m_peripherals) {
            m_peripherals->alert();
        }
        refresh();
        return;
    }
    m_messageIsError = true;
    Q_EMIT messageChanged();
    if (m_peripherals) {
        m_peripherals->alert();
    }
    refresh();
}

void SaleViewModel::reconcilePayments()
{
    if (!m_payments) {
        return;
    }
    m_paymentsBlocked = true;
    setCardState(true, QStringLiteral("checking"),
                 tr("Checking an interrupted card payment with the terminal."));
    m_payments->reconcile([this](core::ReconcileReport report) { reconciled(report); });
}

void SaleViewModel::reconciled(const core::ReconcileReport &report)
{
    m_paymentsBlocked = !report.clear;
    setCardState(false, QString(), QString());
    adoptApprovedPayments();
    QStringList lines;
    for (const auto &record : report.resolved) {
        if (record.state == core::PaymentState::Approved) {
            lines << tr("The terminal had approved %1 (%2) before the interruption: it is kept "
                        "as paid. Do not charge again.")
                         .arg(fmt(record.amount), cardLabel(record.cardBrand, record.maskedPan));
        } else {
            lines << tr("The interrupted card payment of %1 was not charged. Take the payment "
                        "again.")
                         .arg(fmt(record.amount));
        }
    }
    for (const auto &record : report.unresolved) {
        lines << tr("The card payment of %1 cannot be checked: the terminal does not answer. "
                    "Check the terminal, then press Check payments.")
                     .arg(fmt(record.amount));
    }
    if (!lines.isEmpty()) {
        m_message = lines.join(QLatin1Char('\n'));
        m_messageIsError = !report.clear;
        Q_EMIT messageChanged();
    }
    if (m_tx && m_tx->state() == core::TransactionState::Paid) {
        finishIfPaid();
        if (!lines.isEmpty()) {
            // What the check found stays on screen above how the sale ended.
            m_message = lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + m_message;
            Q_EMIT messageChanged();
        }
        return;
    }
    refresh();
}

void SaleViewModel::adoptApprovedPayments()
{
    if (!m_paymentJournal || !m_tx
        || (m_tx->state() != core::TransactionState::Tendering
            && m_tx->state() != core::TransactionState::Open)) {
        return;
    }
    const auto records = m_paymentJournal->findBySale(m_tx->header().transactionId);
    if (!records.ok()) {
        showError(records.error());
        return;
    }
    bool added = false;
    for (const auto &record : records.value()) {
        if (record.state != core::PaymentState::Approved
            || record.operation != core::PaymentOperation::Sale) {
            continue;
        }
        const bool known = std::any_of(
            m_tx->tenders().begin(), m_tx->tenders().end(), [&](const core::Tender &tender) {
                return tender.card && tender.card->reference == record.id;
            });
        if (known) {
            continue;
        }
        if (m_tx->state() == core::TransactionState::Open) {
            // The basket went back to items after the payment was sent: the approval still
            // belongs to it, so it goes back to paying.
            if (const auto tendering = m_tx->startTendering(); !tendering.ok()) {
                showError(tendering.error());
                return;
            }
        }
        core::CardApproval approval;
        approval.maskedPan = record.maskedPan;
        approval.scheme = record.cardBrand;
        approval.authCode = record.approvalCode;
        approval.terminalId = record.terminalId;
        approval.reference = record.id; // the journal id: one tender per approved payment
        const auto status = m_tx->addCardTender(record.amount, approval);
        if (!status.ok()) {
            showError(status.error());
            continue;
        }
        added = true;
    }
    if (added) {
        persist();
    }
}

} // namespace lane::app
