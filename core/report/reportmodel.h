#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/base/money.h"

namespace lane::core {

/// A count and an amount in minor units (the report's currency).
struct CountAmount
{
    std::int64_t count = 0;
    std::int64_t minor = 0;
    bool operator==(const CountAmount &) const = default;
};

/// Tax per rate over the covered sales and returns: base + tax = gross.
struct TaxRateTotal
{
    std::string label;
    std::int64_t basisPoints = 0;
    std::int64_t baseMinor = 0;
    std::int64_t taxMinor = 0;
    std::int64_t grossMinor = 0;
    bool operator==(const TaxRateTotal &) const = default;
};

/// One row of a breakdown (tender, cashier, hour, department, item).
struct BreakdownRow
{
    std::string key;                // "cash", cashier id, "09", department code, sku
    std::string name;               // display name where one exists (cashier, item, department)
    std::int64_t count = 0;         // transactions (tenders, cashiers, hours) or lines
    std::int64_t quantityMilli = 0; // departments and items
    std::int64_t minor = 0;         // net amount
    bool operator==(const BreakdownRow &) const = default;
};

/// What the figures were computed from, so each one can be traced to journal entries.
struct ReportCoverage
{
    std::int64_t firstSaleId = 0; // covered sale ids: firstSaleId..lastSaleId (0 = none)
    std::int64_t lastSaleId = 0;
    std::string firstReceipt;
    std::string lastReceipt;
    std::int64_t firstJournalSeq = 0; // journal entries firstJournalSeq..lastJournalSeq
    std::int64_t lastJournalSeq = 0;
    std::map<std::string, std::int64_t> journalCounts; // entry type -> entries in the range
    bool operator==(const ReportCoverage &) const = default;
};

/// An X, Z or date-range report as plain data: what the printer, the PDF, CSV/JSON and the
/// manager screens (charts) all render from.
struct Report
{
    enum class Kind { X, Z, Range };
    Kind kind = Kind::X;
    std::string device;
    Currency currency;
    std::string fromDate; // business dates covered (YYYY-MM-DD)
    std::string toDate;
    std::int64_t generatedUtcNs = 0;
    std::int64_t zNumber = 0; // Z only
    ReportCoverage coverage;

    CountAmount sales;                // finalized sales: count, sum of totals
    CountAmount returns;              // return transactions: count, amount refunded (positive)
    CountAmount voids;                // voided transactions: count, basket value (subtotal)
    CountAmount lineVoids;            // lines voided inside kept transactions: count, gross
    CountAmount noSales;              // drawer openings without a sale (journal no_sale)
    CountAmount priceOverrides;       // journal price_override entries (minor = 0)
    std::int64_t grossSalesMinor = 0; // sales' subtotals before discounts
    std::int64_t discountsMinor = 0;  // line, promotion and transaction savings
    std::int64_t netSalesMinor = 0;   // sales minus returns, after discounts (incl. tax)
    std::int64_t taxMinor = 0;
    std::int64_t changeMinor = 0;        // cash given back
    std::int64_t cashRoundingMinor = 0;  // cash rounding differences
    std::int64_t averageBasketMinor = 0; // sales.minor / customers, half up
    std::int64_t customers = 0;          // = sales.count

    std::vector<TaxRateTotal> taxes;
    std::vector<BreakdownRow> tenders;     // key = tender kind, minor = applied
    std::vector<BreakdownRow> cashiers;    // count = sales, minor = net
    std::vector<BreakdownRow> hours;       // key = store-time hour "00".."23"
    std::vector<BreakdownRow> departments; // count = lines, minor = net of lines
    std::vector<BreakdownRow> topItems;    // by net amount, at most kTopItems

    // Z only: totals since the device's first sale, carried forward and never reset.
    std::int64_t grandNetBeforeMinor = 0;
    std::int64_t grandNetMinor = 0;
    std::int64_t grandGrossBeforeMinor = 0;
    std::int64_t grandGrossMinor = 0;

    static constexpr std::size_t kTopItems = 10;
    bool operator==(const Report &) const = default;
};

std::string_view toString(Report::Kind kind);

} // namespace lane::core
