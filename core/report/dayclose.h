#pragma once

#include <string>
#include <vector>

#include "core/base/events.h"
#include "core/base/result.h"
#include "core/report/reportmodel.h"
#include "core/sale/transactionheader.h"
#include "core/store/store.h"

namespace lane::core {

/// The check the sale path calls before it starts or commits a sale: after a Z the business
/// day is closed and new sales are refused (Error "business_day.closed") until the next
/// day is opened with DayClose::openBusinessDay.
Status checkSalesAllowed(Store &store);

/// One precondition of the Z as the manager's close screen lists it: the open basket, card
/// payments without a result, open shifts and the business day. `code` is the error code
/// checkZAllowed would return ("z.sale_in_progress"...), empty when the check passes.
struct ZCheck
{
    std::string name; // "basket", "payments", "shifts", "business_day"
    bool ok = true;
    std::string code;
    std::string message;
    bool operator==(const ZCheck &) const = default;
};

/// What a Z produced: the report (with its Z number and grand totals), its printed text
/// and the journal entry that records it.
struct ZResult
{
    Report report;
    std::string text;
    std::int64_t journalSeq = 0;
};

/// End of day: the Z report and the business day. A Z is one SQLite transaction (report
/// figures, Z record, closed business day, journal entry): a crash leaves no Z or a whole
/// one. Z numbers are per device and only increase; grand totals carry forward.
class DayClose
{
public:
    DayClose(Store &store, EventSink &events)
        : m_store(&store)
        , m_events(&events)
    {}

    /// Why a Z cannot run now: "z.sale_in_progress" (a basket is open), "z.payment_unresolved"
    /// (a card payment has no final state), "z.shift_open", "business_day.closed".
    Status checkZAllowed();
    /// Every precondition with its state, in the order checkZAllowed tests them.
    Result<std::vector<ZCheck>> zChecks();
    /// Runs the Z for the open business day and closes it.
    Result<ZResult> runZ(const std::string &userId);
    /// Opens `date` for sales; it must be after the last closed day. Journals
    /// business_day.open. Errors: "business_day.already_open", "business_day.not_after".
    Status openBusinessDay(const Date &date, const std::string &userId);
    /// The business date sales go to now: the open day, else the store's date for now.
    Result<std::string> currentBusinessDate();
    /// The stored printed text of Z number `zNumber` (reprint); empty when there is none.
    Result<std::string> zText(std::int64_t zNumber);

private:
    Store *m_store;
    EventSink *m_events;
};

} // namespace lane::core
