#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/sale/transactionheader.h"
#include "core/store/store.h"

namespace lane::core {

/// The settlement month runs from `settlementDay` (1-28) to the day before it next month,
/// e.g. 25: 2026-10-25..2026-11-24 is the month starting 2026-10-25.
struct StatisticsConfig
{
    int settlementDay = 1;
};

/// A hole or a repeat in a device's receipt numbers, found while processing sales.
struct ReceiptIssue
{
    std::string device; // "S0123-02"
    std::string kind;   // "gap" (fromSeq..toSeq missing) or "duplicate" (fromSeq seen again)
    std::int64_t fromSeq = 0;
    std::int64_t toSeq = 0;
    std::int64_t saleId = 0; // the sale after the gap, or the repeated one
    bool operator==(const ReceiptIssue &) const = default;
};

/// What one incremental run did.
struct StatisticsRun
{
    std::int64_t salesProcessed = 0;
    std::int64_t linesProcessed = 0;
    std::int64_t lastSaleId = 0;
    std::vector<ReceiptIssue> issues; // found in this run
};

enum class StatPeriod { Day, Week, Month };
std::string_view toString(StatPeriod period);

/// Sales of one product in one period (sales minus returns, voided lines excluded).
struct ProductStat
{
    std::string periodStart; // day, Monday, or the 1st of the month (YYYY-MM-DD)
    std::string sku;
    std::int64_t quantityMilli = 0;
    std::int64_t netMinor = 0;
    std::int64_t lines = 0;
    bool operator==(const ProductStat &) const = default;
};

/// Settlement totals of one day or settlement month.
struct SettlementStat
{
    std::string periodStart;
    std::int64_t sales = 0;
    std::int64_t returns = 0;
    std::int64_t voids = 0;
    std::int64_t netMinor = 0;
    std::int64_t taxMinor = 0;
    std::int64_t cashMinor = 0; // cash applied (tendered minus change)
    std::int64_t cardMinor = 0;
    std::int64_t voucherMinor = 0; // vouchers and gift cards
    std::int64_t changeMinor = 0;
    bool operator==(const SettlementStat &) const = default;
};

/// Product statistics per day, week (Monday-Sunday) and month, and settlement totals per
/// day and settlement month, kept in aggregate tables keyed by period. A run reads only
/// sales after the last one it processed (stat_state), so repeated runs give the same
/// answer; it reports gaps and repeats in each device's receipt numbers.
class SalesStatistics
{
public:
    SalesStatistics(Store &store, StatisticsConfig config = {})
        : m_store(&store)
        , m_config(config)
    {}

    Result<StatisticsRun> update();
    Result<std::vector<ProductStat>> products(StatPeriod period, const std::string &periodStart);
    /// Day rows (period Day) or settlement months (period Month) starting in from..to.
    Result<std::vector<SettlementStat>> settlements(StatPeriod period, const std::string &from,
                                                    const std::string &to);
    Result<std::vector<ReceiptIssue>> issues();

    static Date weekStart(const Date &d);
    static Date monthStart(const Date &d);
    static Date settlementMonthStart(const Date &d, int settlementDay);

private:
    Status rebuildSettlementMonths(int settlementDay);

    Store *m_store;
    StatisticsConfig m_config;
};

} // namespace lane::core
