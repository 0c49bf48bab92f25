#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
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

/// What one basket's last reprice solved, per group of interacting promotions, so that the
/// next reprice solves again only the groups whose units or promotions changed (a scan
/// usually touches one group). Plain data copied with the basket; an empty memo only
/// means everything is solved again. Entries are keyed by the group's whole input, so a
/// kept answer is the one the search would give.
struct PromotionMemo
{
    struct Group
    {
        std::vector<std::int64_t> key;      // promotions, their unit classes and counts
        std::vector<std::int64_t> solution; // instances, classes numbered within the group
        bool used = false;
    };
    std::uint64_t engine = 0; // PromotionEngine::id() the groups were solved by
    std::vector<Group> groups;
};

/// Chooses which promotions apply to a basket so the customer pays the least.
///
/// Rule: every unit (one counted item, or one whole weighed/fixed-price line) is used by
/// at most one promotion instance. Lines that are voided, returns, deposits, not
/// discountable, price-overridden or manually discounted take no promotion.
/// Unit-based kinds (n-for, buy-x-get-y, mix-and-match) take counted units only;
/// department percent also takes weighed lines.
/// Method (promotions.cpp): department percentages have no threshold, so every unit no
/// other promotion takes simply gets the best one of its department. The search places
/// only the threshold kinds, scoring an instance by its gain over leaving its units to
/// the department discount. Threshold promotions that share no unit are solved apart.
/// Inside a group a depth-first branch-and-bound applies one instance at a time, built
/// from the units left in a few fixed orders (best value first; for buy-x-get-y also
/// units without department discount first; units fewer promotions want first), largest
/// gain first, so the first path is the greedy answer. A bound (per remaining unit, the
/// most any promotion could still add) and a table of remainders already seen prune it.
/// After the greedy path it stops at SaleConfig::promotionSearchNodes nodes and keeps
/// the best found: never worse than greedy, and equal to an exhaustive search on the
/// random small baskets of the tests. Ties keep the first found; the order depends only
/// on the basket and the promotion list, so the answer is deterministic.
/// Buy-x-get-y discounts the cheapest units of each instance.
class PromotionEngine
{
public:
    explicit PromotionEngine(std::vector<Promotion> promotions = {});
    const std::vector<Promotion> &promotions() const { return m_promotions; }
    /// Unique per promotion list (copies share it): what a PromotionMemo belongs to.
    std::uint64_t id() const { return m_id; }
    std::vector<PromotionApplication> apply(const std::vector<BasketLine> &lines,
                                            const SaleConfig &config, TimePoint now) const;
    /// The same into `out`, reusing its storage (the basket reprices on every change), and
    /// with a `memo` taking the groups of promotions the last call solved for the same
    /// basket: the answer is the same with or without it.
    void applyInto(const std::vector<BasketLine> &lines, const SaleConfig &config, TimePoint now,
                   std::vector<PromotionApplication> &out, PromotionMemo *memo = nullptr) const;

private:
    std::vector<Promotion> m_promotions;
    std::uint64_t m_id = 0;
    /// A promotion naming a SKU: 1 as a buy/group member, 2 as a get member.
    struct SkuRef
    {
        std::size_t promotion = 0;
        int role = 1;
    };
    // The one index, built once: per SKU the promotions naming it and per department its
    // percentages, both in list order (ties go to the first listed). One hash per unit
    // class on every reprice.
    std::unordered_map<std::string, std::vector<SkuRef>> m_bySku;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byDepartment;
};

} // namespace lane::core
