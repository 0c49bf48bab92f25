#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/money.h"
#include "core/sale/basketline.h"
#include "core/sale/config.h"
#include "core/sale/pricing.h"
#include "core/sale/tender.h"
#include "core/sale/transactionheader.h"

namespace lane::core {

/// A receipt line: what was sold (or voided, or returned) and what it finally cost.
struct ReceiptLine
{
    LineId lineId = 0;
    LineKind kind = LineKind::Sale;
    std::string sku;
    std::string name;
    std::int64_t quantityMilli = 0;
    bool weighed = false;
    std::int64_t tareGrams = 0;
    Money unitPrice{0, Currency{}};
    Money amount{0, Currency{}}; // gross: quantity x unit price (negative for returns)
    Money lineDiscount{0, Currency{}};
    Money paid{0, Currency{}}; // after discounts, promotions and transaction discounts
    std::string taxClass;
    std::string taxLabel;
    bool voided = false;
    std::string voidReason;
    bool returnable = true;
    std::optional<LineId> parentLineId; // deposit lines
    std::optional<AgeCheck> ageCheck;   // age-restricted lines
    std::optional<PriceOverride> priceOverride;
    std::optional<ReturnOrigin> returnOrigin;
    /// Kept by the store for returns: how much of this line was already returned.
    std::int64_t returnedQuantityMilli = 0;

    bool operator==(const ReceiptLine &) const = default;
};

/// A saving printed under the line it belongs to (the last line it used).
struct ReceiptSaving
{
    std::string label;
    Money amount{0, Currency{}}; // positive
    std::vector<LineId> lineIds;
    LineId attachedTo = 0; // 0: transaction level

    bool operator==(const ReceiptSaving &) const = default;
};

/// The model every rendering comes from: printer, screen, journal, and the sale record
/// a return is made against (SaleRecord).
struct Receipt
{
    TransactionHeader header;
    TransactionState state = TransactionState::Open;
    Currency currency;
    TaxMode taxMode = TaxMode::Inclusive;
    std::int32_t utcOffsetMinutes = 0; // store time = UTC + offset, for printing
    std::vector<ReceiptLine> lines;
    std::vector<ReceiptSaving> savings;              // promotions, by attached line
    std::vector<ReceiptSaving> transactionDiscounts; // attachedTo = 0
    std::vector<TaxSummaryLine> taxes;
    Money subtotal{0, Currency{}};
    Money savingsTotal{0, Currency{}};
    Money tax{0, Currency{}};
    Money total{0, Currency{}};        // before cash rounding
    Money cashRounding{0, Currency{}}; // only when paid in cash
    Money amountDue{0, Currency{}};    // total + cashRounding
    Money paid{0, Currency{}};         // sum of applied tenders
    Money change{0, Currency{}};
    std::vector<Tender> tenders;
    bool returnWithoutReceipt = false;
    std::vector<std::string> approvals;

    const ReceiptLine *line(LineId id) const
    {
        for (const auto &l : lines) {
            if (l.lineId == id) {
                return &l;
            }
        }
        return nullptr;
    }

    bool operator==(const Receipt &) const = default;
};

/// A finished sale as the store loads it for a return.
using SaleRecord = Receipt;

} // namespace lane::core
