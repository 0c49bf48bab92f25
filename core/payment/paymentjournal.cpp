#include "core/payment/paymentjournal.h"

#include <algorithm>

#include "core/payment/cardslip.h"

namespace lane::core {

bool isResolved(PaymentState state)
{
    switch (state) {
    case PaymentState::Approved:
    case PaymentState::Declined:
    case PaymentState::Aborted:
    case PaymentState::NotCharged:
    case PaymentState::Reversed:
        return true;
    case PaymentState::Intent:
    case PaymentState::Sent:
    case PaymentState::InProgress:
    case PaymentState::Unknown:
        return false;
    }
    return false;
}

namespace {
constexpr std::pair<PaymentState, std::string_view> kStates[] = {
    {PaymentState::Intent, "intent"},          {PaymentState::Sent, "sent"},
    {PaymentState::InProgress, "in_progress"}, {PaymentState::Approved, "approved"},
    {PaymentState::Declined, "declined"},      {PaymentState::Aborted, "aborted"},
    {PaymentState::NotCharged, "not_charged"}, {PaymentState::Reversed, "reversed"},
    {PaymentState::Unknown, "unknown"},
};
constexpr std::pair<PaymentOperation, std::string_view> kOperations[] = {
    {PaymentOperation::Sale, "sale"},
    {PaymentOperation::Refund, "refund"},
    {PaymentOperation::Reversal, "reversal"},
    {PaymentOperation::EndOfDay, "end_of_day"},
};
} // namespace

std::string_view toString(PaymentState state)
{
    for (const auto &[s, name] : kStates)
        if (s == state)
            return name;
    return "unknown";
}

std::optional<PaymentState> paymentStateFromString(std::string_view text)
{
    for (const auto &[s, name] : kStates)
        if (name == text)
            return s;
    return std::nullopt;
}

std::string_view toString(PaymentOperation op)
{
    for (const auto &[o, name] : kOperations)
        if (o == op)
            return name;
    return "sale";
}

std::optional<PaymentOperation> paymentOperationFromString(std::string_view text)
{
    for (const auto &[o, name] : kOperations)
        if (name == text)
            return o;
    return std::nullopt;
}

std::string_view toString(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Approved:
        return "approved";
    case PaymentOutcome::Declined:
        return "declined";
    case PaymentOutcome::Aborted:
        return "aborted";
    case PaymentOutcome::NotSent:
        return "not_sent";
    case PaymentOutcome::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::string_view toString(PaymentStage stage)
{
    switch (stage) {
    case PaymentStage::Sent:
        return "sent";
    case PaymentStage::InsertCard:
        return "insert_card";
    case PaymentStage::PinEntry:
        return "pin_entry";
    case PaymentStage::WaitingForHost:
        return "waiting_for_host";
    case PaymentStage::RemoveCard:
        return "remove_card";
    case PaymentStage::PleaseWait:
        return "please_wait";
    case PaymentStage::Other:
        return "other";
    }
    return "other";
}

Status MemoryPaymentJournal::writeIntent(const PaymentRecord &record)
{
    if (std::exchange(m_failNext, false))
        return makeError("payment.journal.write", "payment journal write failed (simulated)");
    if (m_index.contains(record.id))
        return makeError("payment.journal.duplicate", "payment " + record.id + " already exists");
    m_index.emplace(record.id, m_entries.size());
    m_open += isResolved(record.state) ? 0 : 1;
    Entry e{record,
            ++m_seq,
            isResolved(record.state) ? m_seq : 0,
            {std::string(toString(record.state))}};
    m_entries.push_back(std::move(e));
    return {};
}

Status MemoryPaymentJournal::recordStep(const PaymentRecord &record, std::string_view step)
{
    if (std::exchange(m_failNext, false))
        return makeError("payment.journal.write", "payment journal write failed (simulated)");
    if (const auto it = m_index.find(record.id); it != m_index.end()) {
        auto &e = m_entries[it->second];
        m_open += (isResolved(e.record.state) ? 0 : -1) + (isResolved(record.state) ? 0 : 1);
        std::vector<std::string> lines = std::move(e.record.receiptLines);
        e.record = record;
        if (record.receiptLines.empty()) {
            e.record.receiptLines = std::move(lines); // a later step keeps the slip
        } else {
            CardSlip::sanitize(e.record.receiptLines);
        }
        e.seq = ++m_seq;
        if (isResolved(record.state) && e.resolvedSeq == 0)
            e.resolvedSeq = m_seq; // first resolution only: later marks keep the order
        e.steps.emplace_back(step);
        return {};
    }
    return makeError("payment.journal.missing", "payment " + record.id + " is not in the journal");
}

Result<std::vector<PaymentRecord>> MemoryPaymentJournal::findUnresolved() const
{
    std::vector<PaymentRecord> out;
    if (m_open == 0)
        return out;
    for (const auto &e : m_entries)
        if (!isResolved(e.record.state))
            out.push_back(e.record);
    return out;
}

Result<std::optional<PaymentRecord>> MemoryPaymentJournal::find(std::string_view id) const
{
    if (const auto it = m_index.find(std::string(id)); it != m_index.end())
        return std::optional<PaymentRecord>(m_entries[it->second].record);
    return std::optional<PaymentRecord>();
}

Result<std::vector<PaymentRecord>> MemoryPaymentJournal::findBySale(std::string_view saleId) const
{
    std::vector<PaymentRecord> out;
    for (const auto &e : m_entries)
        if (e.record.saleId == saleId)
            out.push_back(e.record);
    return out;
}

Result<std::optional<std::string>>
MemoryPaymentJournal::lastTerminalReceipt(std::string_view provider) const
{
    const Entry *best = nullptr;
    for (const auto &e : m_entries)
        if (e.record.provider == provider && e.resolvedSeq && !e.record.receiptNumber.empty()
            && !e.record.manual && (!best || e.resolvedSeq > best->resolvedSeq))
            best = &e;
    if (!best)
        return std::optional<std::string>();
    return std::optional<std::string>(best->record.receiptNumber);
}

Result<std::vector<std::string>> MemoryPaymentJournal::steps(std::string_view id) const
{
    for (const auto &e : m_entries)
        if (e.record.id == id)
            return e.steps;
    return makeError("payment.journal.missing",
                     "payment " + std::string(id) + " is not in the journal");
}

} // namespace lane::core
