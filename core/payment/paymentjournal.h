#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/base/result.h"
#include "core/payment/payment.h"

namespace lane::core {

/// Persisted life of one payment. Intent is written before anything reaches the terminal.
enum class PaymentState {
    Intent,     // durable before the command is sent
    Sent,       // the terminal acknowledged the command
    InProgress, // intermediate status seen
    Approved,
    Declined,
    Aborted,
    NotCharged, // reconciliation proved nothing was charged
    Reversed,   // approved, then voided by a reversal
    Unknown,    // sent, no final answer: must be reconciled before selling on
};

bool isResolved(PaymentState state);
std::string_view toString(PaymentState state);
std::optional<PaymentState> paymentStateFromString(std::string_view text);
std::optional<PaymentOperation> paymentOperationFromString(std::string_view text);

/// One row of the payment journal. Card data: masked PAN only.
struct PaymentRecord
{
    std::string id;
    std::string saleId;
    std::string tenderId;
    PaymentOperation operation = PaymentOperation::Sale;
    Money amount{0, Currency{}};
    std::string provider;
    PaymentState state = PaymentState::Intent;
    std::string lastStep;
    std::string approvalCode;
    std::string traceNumber;
    std::string receiptNumber;
    std::string maskedPan;
    std::string cardBrand;
    std::string terminalId;
    std::optional<int> resultCode;
    std::string message;    // cashier-facing text of the last step
    std::string approverId; // manual fallback: who allowed it
    bool manual = false;
    bool recovered = false;                // resolved by reconciliation after an interruption
    std::string reversalOf;                // Reversal: id of the payment voided
    std::vector<std::string> receiptLines; // terminal's slip; journaled with card numbers masked
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

/// Durable record of payments. Every call is durable when it returns OK (synchronous commit),
/// so a crash right after it loses nothing.
class PaymentJournal
{
public:
    virtual ~PaymentJournal() = default;
    /// Inserts a new payment in state Intent (or a manual payment already Approved).
    virtual Status writeIntent(const PaymentRecord &record) = 0;
    /// Stores the record's new state and fields and appends `step` to its history.
    virtual Status recordStep(const PaymentRecord &record, std::string_view step) = 0;
    virtual Result<std::vector<PaymentRecord>> findUnresolved() const = 0;
    virtual Result<std::optional<PaymentRecord>> find(std::string_view id) const = 0;
    virtual Result<std::vector<PaymentRecord>> findBySale(std::string_view saleId) const = 0;
    /// Receipt number of the latest payment this provider resolved with a terminal receipt.
    virtual Result<std::optional<std::string>>
    lastTerminalReceipt(std::string_view provider) const = 0;
    /// Step history of one payment, oldest first ("sent", "intermediate: Insert card"...).
    virtual Result<std::vector<std::string>> steps(std::string_view id) const = 0;
};

/// In-memory journal for tests and demos.
class MemoryPaymentJournal final : public PaymentJournal
{
public:
    Status writeIntent(const PaymentRecord &record) override;
    Status recordStep(const PaymentRecord &record, std::string_view step) override;
    Result<std::vector<PaymentRecord>> findUnresolved() const override;
    Result<std::optional<PaymentRecord>> find(std::string_view id) const override;
    Result<std::vector<PaymentRecord>> findBySale(std::string_view saleId) const override;
    Result<std::optional<std::string>>
    lastTerminalReceipt(std::string_view provider) const override;
    Result<std::vector<std::string>> steps(std::string_view id) const override;

    /// Test hook: the next write fails like a full disk.
    void failNextWrite() { m_failNext = true; }

private:
    struct Entry
    {
        PaymentRecord record;
        std::uint64_t seq = 0;
        std::uint64_t resolvedSeq = 0;
        std::vector<std::string> steps;
    };
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
    std::uint64_t m_seq = 0;
    std::int64_t m_open = 0; // unresolved entries
    bool m_failNext = false;
};

} // namespace lane::core
