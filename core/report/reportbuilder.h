#pragma once

#include <cstdint>

#include "core/base/result.h"
#include "core/report/reportmodel.h"
#include "core/sale/transactionheader.h"
#include "core/store/store.h"

namespace lane::core {

/// Where the previous Z left off on this device (all zero before the first Z).
struct ZPosition
{
    std::int64_t zNumber = 0;
    std::int64_t lastSaleId = 0;
    std::int64_t zJournalSeq = 0;
    std::int64_t grandNetMinor = 0;
    std::int64_t grandGrossMinor = 0;
    std::string businessDate;
};

/// Computes report figures from the store's sale tables and journal. Reads only; callers
/// that need a consistent snapshot (the Z) run it inside their transaction.
class ReportBuilder
{
public:
    explicit ReportBuilder(Store &store)
        : m_store(&store)
    {}

    Result<ZPosition> lastZ();
    /// Everything since the last Z up to now: the X report (or the figures of the next Z).
    Result<Report> sinceLastZ(Report::Kind kind = Report::Kind::X);
    /// Sales of business dates from..to (inclusive) and journal entries of those days.
    Result<Report> range(const Date &from, const Date &to);

private:
    template<typename A>
    Status fill(Report &r, const char *saleFilter, const A &a, const A &b);
    Status fillJournal(Report &r, const char *journalFilter, std::int64_t a, std::int64_t b);
    Report blank(Report::Kind kind) const;

    Store *m_store;
};

} // namespace lane::core
