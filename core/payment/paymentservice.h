#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/base/result.h"
#include "core/payment/paymentjournal.h"
#include "core/payment/paymentprovider.h"

namespace lane::core {

/// A card tender of a sale: what the sale engine asks to be paid by card.
struct CardTender
{
    std::string saleId;
    std::string tenderId;
    Money amount{0, Currency{}};
};

/// What the app hears about a running payment. `finished` is called once with the final
/// journal record (state Approved, Declined, Aborted, NotCharged, or Unknown when even
/// reconciliation could not reach the terminal); `record.message` is the cashier text.
struct PaymentCallbacks
{
    std::function<void(const PaymentProgress &)> progress;
    std::function<void(const PaymentRecord &)> finished;
};

/// Result of reconciling interrupted payments with the terminal.
struct ReconcileReport
{
    bool clear = true; // nothing unresolved remains: selling may go on
    std::vector<PaymentRecord> resolved;
    std::vector<PaymentRecord> unresolved;
    std::vector<std::string> messages; // plain words for the cashier, one per payment
};

struct PaymentServiceOptions
{
    std::string deviceId = "pos"; // store code + POS number, prefixes payment ids
};

/// The persisted payment state machine: journals the intent before the provider sees
/// anything, records every step, refuses new payments while an interrupted one is open, and
/// reconciles those with the terminal (never a double charge, never a lost approval).
/// Emits one `payment.finished` event per payment with outcome and stage timings.
/// Callbacks run on the caller's event loop; the service must outlive running operations.
class PaymentService
{
public:
    PaymentService(PaymentProvider &provider, PaymentJournal &journal, const Clock &clock,
                   EventSink &events, PaymentServiceOptions options = {});

    /// Starts a card sale for the tender; returns the payment id. Refused while another
    /// payment runs or an interrupted one is unresolved (call reconcile first).
    Result<std::string> startSale(const CardTender &tender, PaymentCallbacks callbacks);
    Result<std::string> startRefund(const CardTender &tender, PaymentCallbacks callbacks);
    /// Voids an approved payment (the terminal's last one) by its receipt number.
    Result<std::string> startReversal(std::string_view paymentId, PaymentCallbacks callbacks);
    /// Asks the terminal to abort the running payment; `finished` reports what happened.
    Status abort();

    /// Resolves every unresolved payment with the terminal. Call at start-up and whenever a
    /// payment ended Unknown; nothing may be sold until the report is `clear`.
    void reconcile(std::function<void(ReconcileReport)> done);

    /// Manual fallback for a standalone terminal: the cashier keys the approval code from
    /// the terminal's slip. `approverId` is the id of the permission grant (supervisor
    /// approval) from the auth module; empty is refused. Journaled like any payment.
    Result<PaymentRecord> recordManualApproval(const CardTender &tender,
                                               std::string_view approvalCode,
                                               std::string_view approverId);

    /// Runs the terminal's end-of-day (ZVT 06 50: it settles the day's card payments with
    /// the host and prints its totals). No money moves, so nothing enters the payment journal:
    /// `done` gets the terminal's answer once, and the caller journals it in the store
    /// (journalTerminalEndOfDay). Refused like a payment while one runs or is unresolved.
    Status startEndOfDay(Currency currency, std::function<void(PaymentResult)> done);

    bool busy() const { return m_active.has_value() || m_reconciling || m_endOfDay; }

private:
    struct Active
    {
        PaymentRecord record;
        PaymentCallbacks callbacks;
        TimePoint started{};
        std::optional<TimePoint> firstTerminal; // first intermediate status
        std::optional<TimePoint> host;          // first "waiting for host"
        std::uint64_t generation = 0;
    };

    Result<std::string> begin(PaymentRecord record, std::string receiptToReverse,
                              PaymentCallbacks callbacks);
    Status refuseIfBlocked() const;
    void onProgress(std::uint64_t generation, const PaymentProgress &progress);
    void onDone(std::uint64_t generation, PaymentResult result);
    void persist(PaymentRecord &record, std::string_view step);
    void resolve(const std::vector<PaymentRecord> &unresolved, Result<LastTransaction> last,
                 std::function<void(ReconcileReport)> done);
    void emitFinished(const PaymentRecord &record, const Active *timings);
    std::string newId();

    PaymentProvider &m_provider;
    PaymentJournal &m_journal;
    const Clock &m_clock;
    EventSink &m_events;
    PaymentServiceOptions m_options;
    std::optional<Active> m_active;
    bool m_reconciling = false;
    bool m_endOfDay = false;
    std::uint64_t m_generation = 0;
    std::uint64_t m_counter = 0;
};

} // namespace lane::core
