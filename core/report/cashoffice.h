#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/events.h"
#include "core/base/result.h"
#include "core/report/denominations.h"
#include "core/store/store.h"

namespace lane::core {

enum class CashMovementKind { PaidIn, PaidOut, Pickup };
std::string_view toString(CashMovementKind kind);

/// How strict closing is: a variance whose absolute value is above the tolerance (in minor
/// units, per tender) needs a manager's approval with a reason.
struct CashControlConfig
{
    std::int64_t varianceToleranceMinor = 0;
};

/// The store's cash control settings: `cash.variance_tolerance` (minor units, default 0).
/// Errors: "report.bad_setting" naming the setting and its value.
Result<CashControlConfig> cashControlConfig(Store &store);

/// A manager's approval of a variance (from core/auth's Authorizer, Action::ShiftClose).
struct VarianceApproval
{
    std::string approvalId;
    std::string approverId;
    std::string reason;
};

/// An open or closed drawer shift.
struct ShiftInfo
{
    std::int64_t id = 0;
    std::string cashierId;
    std::int64_t openedUtcNs = 0;
    std::int64_t floatMinor = 0;
    bool closed = false;
};

/// Expected against counted for one tender at close.
struct TenderVariance
{
    std::string tender; // "cash", "card", "voucher", "giftcard"
    std::int64_t expectedMinor = 0;
    std::int64_t countedMinor = 0;
    std::int64_t varianceMinor = 0; // counted - expected
    bool operator==(const TenderVariance &) const = default;
};

/// What closing a shift found.
struct ShiftCloseResult
{
    std::int64_t shiftId = 0;
    std::vector<TenderVariance> tenders; // cash first
    std::int64_t cashSalesMinor = 0;     // cash tendered in sales and returns
    std::int64_t changeMinor = 0;
    std::int64_t paidInMinor = 0;
    std::int64_t paidOutMinor = 0;
    std::int64_t pickupsMinor = 0;
    bool approved = false; // a manager approved a variance above the tolerance
    std::int64_t journalSeq = 0;
};

/// What the cashier declares at close: the blind cash count by denomination, and the
/// totals of other tenders counted from slips or the terminal's settlement (a tender left
/// out is taken as counted = expected).
struct ShiftCloseRequest
{
    std::string userId;
    CashCount cash;
    std::map<std::string, std::int64_t> countedOther; // tender -> counted minor
    std::optional<VarianceApproval> approval;
};

/// Cash control for the lane's drawer: shifts opened with a counted float, paid-in,
/// paid-out and pickups with reasons, and a blind count at close reconciled per tender
/// against the sales the shift covered. Every step is journaled in the same transaction
/// as its rows.
class CashOffice
{
public:
    CashOffice(Store &store, EventSink &events, CashControlConfig config = {})
        : m_store(&store)
        , m_events(&events)
        , m_config(config)
    {}

    /// Errors: "shift.already_open" and the count's errors (cash.*).
    Result<ShiftInfo> openShift(const std::string &cashierId, const CashCount &floatCount);
    /// Errors: "shift.not_open", "cash.bad_amount", "cash.reason_required".
    Result<std::int64_t> moveCash(CashMovementKind kind, const Money &amount,
                                  const std::string &reason, const std::string &userId);
    /// Errors: "shift.not_open", "shift.variance_needs_approval" (nothing is written),
    /// "shift.self_approval", "cash.*".
    Result<ShiftCloseResult> closeShift(const ShiftCloseRequest &request);
    Result<std::optional<ShiftInfo>> openShiftInfo();

private:
    Store *m_store;
    EventSink *m_events;
    CashControlConfig m_config;
};

} // namespace lane::core
