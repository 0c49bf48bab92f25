#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/money.h"
#include "core/sale/basketline.h"

namespace lane::core {

/// One applied promotion: its saving and the lines (and units) it used. Instances of the
/// same promotion over the same lines are merged ("3 for 5000" twice -> count 2).
struct PromotionApplication
{
    std::string promotionId;
    std::string name;
    int count = 1;                       // instances merged into this application
    Money saving{0, Currency{}};         // positive amount taken off
    std::vector<LineId> lineIds;         // ascending
    std::vector<std::int64_t> unitsUsed; // per lineIds entry, whole units (1 for weighed)
    std::vector<Money> lineShares;       // per lineIds entry, adds up to saving
};

/// What one line costs after everything, recomputed on every basket change.
struct LinePricing
{
    LineId lineId = 0;
    Money gross{0, Currency{}};               // quantity x unit price (or fixed amount)
    Money lineDiscount{0, Currency{}};        // manual line discount (positive)
    Money promotionSavings{0, Currency{}};    // this line's share of all promotions
    Money transactionDiscount{0, Currency{}}; // share of transaction discounts
    Money net{0, Currency{}};                 // gross - the three above (negative: return)
    Money tax{0, Currency{}};                 // tax in (inclusive) or on top of (exclusive) net
    std::string taxClass;
};

/// Tax per rate: base + tax = gross, and the gross of all rates is the total.
struct TaxSummaryLine
{
    std::string taxClass;
    std::string label;
    std::int64_t basisPoints = 0;
    bool exempt = false;
    Money base{0, Currency{}}; // net of tax
    Money tax{0, Currency{}};
    Money gross{0, Currency{}}; // base + tax

    bool operator==(const TaxSummaryLine &) const = default;
};

/// The basket's figures. total = sum of line nets (+ tax when exclusive).
struct Pricing
{
    std::vector<LinePricing> lines; // active lines only, in line order
    std::vector<PromotionApplication> promotions;
    std::vector<Money> transactionDiscounts; // per TransactionDiscount (0 when voided)
    std::vector<TaxSummaryLine> taxes;       // ordered by tax class as configured
    Money subtotal{0, Currency{}};           // sum of gross
    Money savings{0, Currency{}};            // line discounts + promotions + transaction
    Money tax{0, Currency{}};
    Money total{0, Currency{}}; // what the customer owes (before cash rounding)

    const LinePricing *line(LineId id) const
    {
        for (const auto &l : lines) {
            if (l.lineId == id) {
                return &l;
            }
        }
        return nullptr;
    }
};

} // namespace lane::core
