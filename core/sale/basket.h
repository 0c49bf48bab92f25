#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/barcode/scancode.h"
#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/sale/basketline.h"
#include "core/sale/catalog.h"
#include "core/sale/config.h"
#include "core/sale/pricing.h"
#include "core/sale/promotions.h"

namespace lane::core {

struct Receipt;
struct ReceiptLine;

/// How a customer's age was verified for the whole basket.
struct AgeVerification
{
    std::string userId;
    std::optional<Date> dateOfBirth; // empty when verified visually
    bool visuallyVerified = false;

    bool operator==(const AgeVerification &) const = default;
};

/// Everything a basket holds, as plain data: what the store persists and restores.
struct BasketData
{
    std::vector<BasketLine> lines; // every line ever added, voided ones included
    std::vector<TransactionDiscount> discounts;
    std::optional<AgeVerification> ageVerification;
    std::vector<std::string> approvals; // manager approval ids (returns without receipt)
    bool returnWithoutReceipt = false;  // flags the sale for review
    LineId nextLineId = 1;
    std::uint32_t nextDiscountId = 1;

    bool operator==(const BasketData &) const = default;
};

/// The lines of one sale and their prices. Every mutation validates, changes the data
/// and reprices the whole basket (promotions, discounts, tax), or changes nothing.
class Basket
{
public:
    Basket(const Catalog &catalog, const SaleConfig &config, const Clock &clock,
           std::vector<Promotion> promotions = {});

    const BasketData &data() const { return m_data; }
    const Pricing &pricing() const { return m_pricing; }
    const SaleConfig &config() const { return *m_config; }
    const BasketLine *line(LineId id) const;
    bool empty() const; // no active line
    /// Replaces the contents (restoring a suspended or persisted sale) and reprices.
    void restore(BasketData data);
    void setPromotions(std::vector<Promotion> promotions);
    /// Room for `lines` lines, so adding one never moves the others (latency).
    void reserve(std::size_t lines) { m_data.lines.reserve(lines); }
    const std::vector<Promotion> &promotions() const { return m_promotions.promotions(); }

    /// Scanned code: a GTIN, an in-store price/weight code, or GS1 data (01, 310n, 392n,
    /// 17). An expired item (AI 17 before the business day) is Error "item.expired".
    Result<LineId> addScan(const ScanCode &code, std::int64_t quantityMilli = kOneUnit);
    /// Keyed codes. For weighed items `quantityMilli` is the gross weight in grams and
    /// the tare (given, or the item's) is subtracted.
    Result<LineId> addPlu(std::string_view plu, std::int64_t quantityMilli = kOneUnit,
                          std::optional<std::int64_t> tareGrams = std::nullopt);
    Result<LineId> addSku(std::string_view sku, std::int64_t quantityMilli = kOneUnit,
                          std::optional<std::int64_t> tareGrams = std::nullopt);

    /// Quantity in milli-units; counted items only in whole units (multiples of 1000).
    Status setQuantity(LineId id, std::int64_t quantityMilli);
    /// Voids the line (and its deposit line); it stays in the data with who and why.
    Status voidLine(LineId id, std::string userId, std::string reason);
    Status overridePrice(LineId id, Money unitPrice, std::string reasonCode, std::string userId);
    Status setLineDiscount(LineId id, Discount discount);
    Result<std::uint32_t> addTransactionDiscount(Discount discount);
    Status voidTransactionDiscount(std::uint32_t id, std::string userId, std::string reason);

    /// Lines still waiting for an age check.
    std::vector<LineId> pendingAgeChecks() const;
    /// Records the check for every pending line; with a date of birth the customer must
    /// be old enough for each on the business day ("age.too_young" otherwise).
    Status verifyAge(AgeVerification verification);

    /// Returns `quantityMilli` of a line of an earlier sale at the price actually paid.
    Result<LineId> addReturn(const Receipt &original, LineId originalLine,
                             std::int64_t quantityMilli);
    /// Returns an item without a receipt at the current price; needs a manager approval.
    Result<LineId> addReturnWithoutReceipt(std::string_view sku, std::int64_t quantityMilli,
                                           std::string approvalId);

    /// The store's business day for "now" (UTC + SaleConfig::utcOffset).
    Date businessDate() const;

private:
    Result<LineId> addItem(Item item, std::int64_t quantityMilli, EntryMethod entry,
                           std::optional<std::int64_t> tareGrams, const ScanCode *scan);
    BasketLine *findLine(LineId id);
    Result<LineId> addReturnLine(const Receipt &original, const ReceiptLine &sold,
                                 std::int64_t quantityMilli, std::optional<LineId> parent);
    void reprice();

    const Catalog *m_catalog;
    const SaleConfig *m_config;
    const Clock *m_clock;
    PromotionEngine m_promotions;
    PromotionMemo m_promotionMemo; // what the last reprice solved, for the next one
    BasketData m_data;
    Pricing m_pricing;
};

} // namespace lane::core
