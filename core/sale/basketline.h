#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/barcode/scancode.h"
#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/sale/item.h"

namespace lane::core {

/// Stable identity of a basket line inside one transaction (1, 2, 3... never reused).
using LineId = std::uint32_t;

/// Quantities are integer milli-units everywhere: a counted item sold once is 1000, two
/// are 2000 (counted lines only take whole units); a weighed line holds net grams, which
/// are milli-kilograms. So "quantity x unit price / 1000" is the amount for both.
inline constexpr std::int64_t kOneUnit = 1000;

enum class LineKind { Sale, Deposit, Return };
enum class EntryMethod { Scan, Plu, Sku, Return };

/// Why and by whom a line was voided. Voided lines stay in the basket for the journal.
struct LineVoid
{
    std::string userId;
    std::string reason;
    TimePoint at;

    bool operator==(const LineVoid &) const = default;
};

/// A manual price change: who, why, and what the price was before.
struct PriceOverride
{
    Money originalUnitPrice{0, Currency{}};
    std::string reasonCode;
    std::string userId;

    bool operator==(const PriceOverride &) const = default;
};

/// A manual discount: percent in basis points (1000 = 10%) or a fixed amount.
struct Discount
{
    enum class Kind { Percent, Amount } kind = Kind::Percent;
    std::int64_t basisPoints = 0;
    Money amount{0, Currency{}};
    std::string reasonCode;
    std::string userId;

    bool operator==(const Discount &) const = default;
};

/// An age-restricted line: the UI asks, the basket records who verified and how.
struct AgeCheck
{
    int minimumAge = 0;
    bool verified = false;
    std::string verifiedBy;          // user id of the cashier/supervisor
    std::optional<Date> dateOfBirth; // from an ID document
    bool visuallyVerified = false;   // customer obviously old enough

    bool operator==(const AgeCheck &) const = default;
};

/// Where a returned line comes from.
struct ReturnOrigin
{
    std::string receiptId;                // Receipt::transactionId of the original sale
    std::optional<LineId> originalLineId; // empty for a return without receipt
    std::string approvalId;               // manager approval (required without receipt)

    bool operator==(const ReturnOrigin &) const = default;
};

/// One line of the basket as entered. Plain data with value semantics: the store
/// persists it as it is; amounts that depend on the whole basket live in Pricing.
struct BasketLine
{
    LineId id = 0;
    LineKind kind = LineKind::Sale;
    EntryMethod entry = EntryMethod::Scan;
    Item item;                        // snapshot of the catalog item when the line was added
    std::int64_t quantityMilli = 0;   // see kOneUnit; net grams for weighed lines
    std::int64_t tareGrams = 0;       // weighed: tare already subtracted from quantityMilli
    Money unitPrice{0, Currency{}};   // effective unit price (per kg when weighed)
    std::optional<Money> fixedAmount; // price printed in the barcode (amount for the line)
    std::optional<PriceOverride> priceOverride;
    std::optional<Discount> discount;
    std::optional<AgeCheck> ageCheck;
    std::optional<LineVoid> voided;
    std::optional<LineId> parentLineId; // a deposit line follows this line
    std::optional<ReturnOrigin> returnOrigin;
    std::string scannedCode;           // raw scan, for the journal
    std::optional<Date> expiry;        // GS1 AI 17
    std::optional<std::string> batch;  // GS1 AI 10
    std::optional<std::string> serial; // GS1 AI 21
    TimePoint addedAt;

    bool active() const { return !voided.has_value(); }
    /// Whole units of a counted line (quantityMilli / 1000); 1 for weighed or fixed lines.
    std::int64_t units() const
    {
        return (item.weighed || fixedAmount) ? 1 : quantityMilli / kOneUnit;
    }

    bool operator==(const BasketLine &) const = default;
};

/// A discount on the whole transaction, shared among discountable lines.
struct TransactionDiscount
{
    std::uint32_t id = 0;
    Discount discount;
    std::optional<LineVoid> voided;

    bool operator==(const TransactionDiscount &) const = default;
};

} // namespace lane::core
