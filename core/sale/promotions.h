#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/sale/basketline.h"
#include "core/sale/config.h"
#include "core/sale/pricing.h"

namespace lane::core {

/// When a promotion runs: an absolute period plus weekly days and daily hours, all in
/// store time (UTC + SaleConfig::utcOffset). Empty parts do not restrict.
struct TimeWindow
{
    std::optional<TimePoint> start; // inclusive, UTC
    std::optional<TimePoint> end;   // exclusive, UTC
    std::uint8_t daysOfWeek = 0x7f; // bit 0 = Monday ... bit 6 = Sunday
    int fromMinute = 0;             // minutes after local midnight, inclusive
    int toMinute = 24 * 60;         // exclusive; from > to spans midnight

    bool contains(TimePoint utc, std::chrono::minutes utcOffset) const;
};

/// A promotion rule. Items are matched by SKU, or by department when `department` is set.
struct Promotion
{
    enum class Kind {
        NForPrice,         // `quantity` units of `skus` for `price` (3 for 5000)
        BuyXGetY,          // buy `quantity` of `skus`, get `getQuantity` of `getSkus`
                           // (or of `skus` when empty) `basisPoints` off (10000 = free)
        MixAndMatch,       // any `quantity` units of the group `skus` for `price`
        DepartmentPercent, // `basisPoints` off every unit of `department`
    };
    std::string id;
    std::string name; // printed on the saving line
    Kind kind = Kind::NForPrice;
    std::vector<std::string> skus;
    std::vector<std::string> getSkus;
    std::string department;
    int quantity = 1;
    int getQuantity = 0;
    Money price{0, Currency{}};
    std::int64_t basisPoints = 0;
    std::vector<TimeWindow> windows; // any of them; none = always

    bool activeAt(TimePoint utc, std::chrono::minutes utcOffset) const;
};

/// Chooses which promotions apply to a basket so the customer pays the least.
///
/// Rule: every unit (one counted item, or one whole weighed/fixed-price line) is used by
/// at most one promotion instance. Lines that are voided, returns, deposits, not
/// discountable, price-overridden or manually discounted take no promotion.
/// Unit-based kinds (n-for, buy-x-get-y, mix-and-match) take counted units only;
/// department percent also takes weighed lines.
/// Method: promotions that share no eligible unit are solved independently. Inside a
/// group, a depth-first branch-and-bound applies one "canonical" instance at a time (the
/// instance's best units for it: the dearest units; buy-x-get-y discounts the cheapest
/// of the chosen units), trying every promotion at every step, dearest saving first, so
/// the first leaf is the greedy answer; a bound (sum over remaining units of the most
/// any promotion could take off that unit) and a table of visited remainders prune it.
/// It stops after SaleConfig::promotionSearchNodes nodes and keeps the best found, so
/// the answer is exact for ordinary baskets and never worse than greedy. Ties keep the
/// first found, and the search order depends only on the basket and the promotion list,
/// so the answer is deterministic.
class PromotionEngine
{
public:
    explicit PromotionEngine(std::vector<Promotion> promotions = {});
    const std::vector<Promotion> &promotions() const { return m_promotions; }
    std::vector<PromotionApplication> apply(const std::vector<BasketLine> &lines,
                                            const SaleConfig &config, TimePoint now) const;

private:
    std::vector<Promotion> m_promotions;
    // SKU -> (promotion index, 1 buy/group member | 2 get member), built once.
    std::vector<std::pair<std::string, std::pair<std::size_t, int>>> m_bySku;
    std::vector<std::pair<std::string, std::size_t>> m_byDepartment; // department percent
};

} // namespace lane::core
