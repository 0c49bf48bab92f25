#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <random>

#include "core/sale/basket.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;
using namespace std::chrono;

namespace {

Promotion nFor(std::string id, std::vector<std::string> skus, int n, std::int64_t price)
{
    Promotion p;
    p.id = id;
    p.name = id;
    p.kind = Promotion::Kind::NForPrice;
    p.skus = std::move(skus);
    p.quantity = n;
    p.price = krw(price);
    return p;
}

Promotion mix(std::string id, std::vector<std::string> skus, int n, std::int64_t price)
{
    Promotion p = nFor(std::move(id), std::move(skus), n, price);
    p.kind = Promotion::Kind::MixAndMatch;
    return p;
}

Promotion buyGet(std::string id, std::vector<std::string> skus, int x, int y, std::int64_t bp,
                 std::vector<std::string> getSkus = {})
{
    Promotion p;
    p.id = id;
    p.name = id;
    p.kind = Promotion::Kind::BuyXGetY;
    p.skus = std::move(skus);
    p.getSkus = std::move(getSkus);
    p.quantity = x;
    p.getQuantity = y;
    p.basisPoints = bp;
    return p;
}

Promotion dept(std::string id, std::string department, std::int64_t bp)
{
    Promotion p;
    p.id = id;
    p.name = id;
    p.kind = Promotion::Kind::DepartmentPercent;
    p.department = std::move(department);
    p.basisPoints = bp;
    return p;
}

class PromotionTest : public ::testing::Test
{
protected:
    PromotionTest()
    {
        auto add = [&](const char *sku, std::int64_t price, const char *department) {
            auto s = catalog.add(item(sku, sku, krw(price), "V", department));
            LANE_ASSERT(s.ok());
        };
        add("A", 1000, "snacks");
        add("B", 1000, "snacks");
        add("C", 1000, "bakery");
        add("D", 2000, "snacks");
        add("J1", 1200, "juice");
        add("J2", 1500, "juice");
        add("J3", 1000, "juice");
        add("SHAMPOO", 6000, "care");
        add("COND", 4000, "care");
        Item apple = item("APPLE", "APPLE", krw(9900), "V", "produce");
        apple.weighed = true;
        apple.plu = "4001";
        (void)catalog.add(apple);
        Item nd = item("ND", "ND", krw(1000), "V", "snacks");
        nd.discountable = false;
        (void)catalog.add(nd);
    }

    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog;
    SaleConfig config = koreanConfig();

    std::int64_t totalOf(std::vector<Promotion> promos,
                         std::vector<std::pair<const char *, std::int64_t>> lines)
    {
        Basket b(catalog, config, clock, std::move(promos));
        for (const auto &[sku, q] : lines) {
            auto id = b.addSku(sku, q);
            LANE_ASSERT(id.ok());
        }
        return b.pricing().total.minor();
    }
};

struct PromoCase
{
    const char *name;
    std::vector<Promotion> promotions;
    std::vector<std::pair<const char *, std::int64_t>> lines;
    std::int64_t expectedTotal;
};

class PromotionCases : public PromotionTest, public ::testing::WithParamInterface<PromoCase>
{};

TEST_P(PromotionCases, HandComputedTotals)
{
    const auto &c = GetParam();
    EXPECT_EQ(totalOf(c.promotions, c.lines), c.expectedTotal);
}

INSTANTIATE_TEST_SUITE_P(
    Promotions, PromotionCases,
    ::testing::Values(
        // 4 x D (2,000): 3 for 5,000 once + 1 at 2,000 = 7,000
        PromoCase{"NForPrice", {nFor("3for5000", {"D"}, 3, 5000)}, {{"D", 4000}}, 7000},
        // 6 x D: two instances = 10,000
        PromoCase{"NForPriceTwice", {nFor("3for5000", {"D"}, 3, 5000)}, {{"D", 6000}}, 10000},
        // 2 x D: not enough for the deal = 4,000
        PromoCase{"NForPriceShort", {nFor("3for5000", {"D"}, 3, 5000)}, {{"D", 2000}}, 4000},
        // A "deal" dearer than the shelf price is never applied: 3 x A = 3,000
        PromoCase{"NForPriceNoSaving", {nFor("3for3500", {"A"}, 3, 3500)}, {{"A", 3000}}, 3000},
        // D 2,000 + A 1,000 + B 1,000, buy 2 get 1 free: cheapest (1,000) free = 3,000
        PromoCase{"BuyTwoGetOneFree",
                  {buyGet("b2g1", {"A", "B", "D"}, 2, 1, 10000)},
                  {{"D", 1000}, {"A", 1000}, {"B", 1000}},
                  3000},
        // 2 x A, buy 1 get 1 half price: 1,000 + 500 = 1,500
        PromoCase{"BuyOneGetOneHalf", {buyGet("b1g1", {"A"}, 1, 1, 5000)}, {{"A", 2000}}, 1500},
        // 2 shampoo (12,000) + conditioner free (4,000 off) = 12,000
        PromoCase{"BuyShampooGetConditioner",
                  {buyGet("care", {"SHAMPOO"}, 2, 1, 10000, {"COND"})},
                  {{"SHAMPOO", 2000}, {"COND", 1000}},
                  12000},
        // J1 1,200 + J2 1,500 + J3 1,000 = 3,700; any 3 for 3,000 = 3,000
        PromoCase{"MixAndMatch",
                  {mix("juice3", {"J1", "J2", "J3"}, 3, 3000)},
                  {{"J1", 1000}, {"J2", 1000}, {"J3", 1000}},
                  3000},
        // 2 x J2 + J1 + J3 = 5,200: the dearest three (1,500+1,500+1,200=4,200) for 3,000,
        // J3 at 1,000 -> 4,000
        PromoCase{"MixAndMatchTakesTheDearest",
                  {mix("juice3", {"J1", "J2", "J3"}, 3, 3000)},
                  {{"J2", 2000}, {"J1", 1000}, {"J3", 1000}},
                  4000},
        // 20% off snacks: A 1,000 -> 800, D 2,000 -> 1,600, C (bakery) 1,000 = 3,400
        PromoCase{"DepartmentPercent",
                  {dept("snacks20", "snacks", 2000)},
                  {{"A", 1000}, {"D", 1000}, {"C", 1000}},
                  3400},
        // Not discountable items take no promotion: ND 2 x 1,000 = 2,000
        PromoCase{"NotDiscountable", {dept("snacks20", "snacks", 2000)}, {{"ND", 2000}}, 2000},
        // Greedy fails: A, B, C at 1,000. P1 any 3 of A,B,C for 2,100 (saves 900) is the
        // biggest single deal, but P2 A+B for 1,200 (saves 800) plus P3 50% off bakery C
        // (saves 500) saves 1,300: 3,000 - 1,300 = 1,700 (greedy would charge 2,100).
        PromoCase{"GreedyFailsMix",
                  {mix("P1", {"A", "B", "C"}, 3, 2100), mix("P2", {"A", "B"}, 2, 1200),
                   dept("P3", "bakery", 5000)},
                  {{"A", 1000}, {"B", 1000}, {"C", 1000}},
                  1700},
        // Greedy fails with n-for: 4 x A. P1 "3 for 1,800" saves 1,200 (largest single),
        // leaving one A at 1,000 -> 2,800. P2 "2 for 1,300" twice saves 700 + 700 = 1,400
        // -> 2,600.
        PromoCase{"GreedyFailsNFor",
                  {nFor("P1", {"A"}, 3, 1800), nFor("P2", {"A"}, 2, 1300)},
                  {{"A", 4000}},
                  2600},
        // Greedy fails with buy-x-get-y: 3 x D at 2,000 = 6,000. "Buy 2 get 1 free" saves
        // 2,000 (the largest single deal; 30% off all three D would save 1,800). Better:
        // "2 for 2,500" saves 1,500 and 30% off the third D saves 600 = 2,100
        // -> 6,000 - 2,100 = 3,900 (greedy: 4,000).
        PromoCase{"GreedyFailsBuyGet",
                  {buyGet("b2g1", {"D"}, 2, 1, 10000), nFor("2for2500", {"D"}, 2, 2500),
                   dept("snacks30", "snacks", 3000)},
                  {{"D", 3000}},
                  3900}),
    [](const auto &c) { return std::string(c.param.name); });

TEST_F(PromotionTest, GreedyAloneWouldChargeMore)
{
    // With no room to search beyond the first (greedy) path these baskets come out at the
    // greedy totals; the default search finds the better assignment.
    // A, B, C at 1,000: "any 3 for 2,100" saves 900 (largest), but "A+B for 1,200" (800)
    // plus "C for 500" (500) saves 1,300: 1,700 instead of 2,100.
    const std::vector<Promotion> mixCase
        = {mix("P1", {"A", "B", "C"}, 3, 2100), mix("P2", {"A", "B"}, 2, 1200),
           nFor("P3", {"C"}, 1, 500)};
    // 4 x A at 1,000: "3 for 1,800" saves 1,200 (largest), "2 for 1,300" twice saves
    // 1,400: 2,600 instead of 2,800.
    const std::vector<Promotion> nForCase
        = {nFor("P1", {"A"}, 3, 1800), nFor("P2", {"A"}, 2, 1300)};
    // 3 x D at 2,000: "buy 2 get 1 free" saves 2,000 (largest), "2 for 2,500" (1,500)
    // plus "1 for 1,400" (600) saves 2,100: 3,900 instead of 4,000.
    const std::vector<Promotion> buyGetCase
        = {buyGet("b2g1", {"D"}, 2, 1, 10000), nFor("2for2500", {"D"}, 2, 2500),
           nFor("1for1400", {"D"}, 1, 1400)};
    const std::vector<std::pair<const char *, std::int64_t>> abc
        = {{"A", 1000}, {"B", 1000}, {"C", 1000}};
    EXPECT_EQ(totalOf(mixCase, abc), 1700);
    EXPECT_EQ(totalOf(nForCase, {{"A", 4000}}), 2600);
    EXPECT_EQ(totalOf(buyGetCase, {{"D", 3000}}), 3900);
    config.promotionSearchNodes = 1;
    EXPECT_EQ(totalOf(mixCase, abc), 2100);
    EXPECT_EQ(totalOf(nForCase, {{"A", 4000}}), 2800);
    EXPECT_EQ(totalOf(buyGetCase, {{"D", 3000}}), 4000);
}

TEST_F(PromotionTest, DepartmentPercentTakesWeighedLines)
{
    Basket b(catalog, config, clock, {dept("fruit10", "produce", 1000)});
    ASSERT_TRUE(b.addPlu("4001", 1000, 0).ok()); // 1 kg at 9,900
    // 10% of 9,900 = 990 -> 8,910
    EXPECT_EQ(b.pricing().total.minor(), 8910);
    ASSERT_EQ(b.pricing().promotions.size(), 1u);
    EXPECT_EQ(b.pricing().promotions[0].unitsUsed[0], 1);
}

TEST_F(PromotionTest, RecomputedOnEveryChangeAndAttachedToTheLinesUsed)
{
    Basket b(catalog, config, clock, {nFor("3for5000", {"D"}, 3, 5000)});
    auto l1 = b.addSku("D", 2000);
    ASSERT_TRUE(l1.ok());
    EXPECT_TRUE(b.pricing().promotions.empty());
    auto l2 = b.addSku("D", 1000);
    ASSERT_TRUE(l2.ok());
    ASSERT_EQ(b.pricing().promotions.size(), 1u);
    const auto &app = b.pricing().promotions[0];
    EXPECT_EQ(app.lineIds, (std::vector<LineId>{*l1, *l2}));
    EXPECT_EQ(app.unitsUsed, (std::vector<std::int64_t>{2, 1}));
    // 1,000 saving shared by value: 4,000 : 2,000 -> 667 / 333
    EXPECT_EQ(app.lineShares[0].minor(), 667);
    EXPECT_EQ(app.lineShares[1].minor(), 333);
    ASSERT_TRUE(b.voidLine(*l2, "c7", "no").ok());
    EXPECT_TRUE(b.pricing().promotions.empty());
    EXPECT_EQ(b.pricing().total.minor(), 4000);
}

// Units left over after the shares are rounded down go to the largest remainders, the
// earliest line first when remainders tie; the shares always add up to the saving.
TEST_F(PromotionTest, LeftoverUnitsOfASavingGoToTheEarliestLinesOnTies)
{
    Basket b(catalog, config, clock, {nFor("3for5000", {"D"}, 3, 5000)});
    std::vector<LineId> ids;
    for (int k = 0; k < 3; ++k) {
        auto id = b.addSku("D", 1000);
        ASSERT_TRUE(id.ok());
        ids.push_back(*id);
    }
    ASSERT_EQ(b.pricing().promotions.size(), 1u);
    const auto &app = b.pricing().promotions[0];
    EXPECT_EQ(app.lineIds, ids);
    // 1,000 over three equal lines: 333 each and one left, to the first line.
    ASSERT_EQ(app.lineShares.size(), 3u);
    EXPECT_EQ(app.lineShares[0].minor(), 334);
    EXPECT_EQ(app.lineShares[1].minor(), 333);
    EXPECT_EQ(app.lineShares[2].minor(), 333);
}

TEST_F(PromotionTest, OverriddenOrDiscountedLinesTakeNoPromotion)
{
    Basket b(catalog, config, clock, {dept("snacks20", "snacks", 2000)});
    auto a = b.addSku("A");
    auto d = b.addSku("D");
    ASSERT_TRUE(a.ok() && d.ok());
    ASSERT_TRUE(b.overridePrice(*a, krw(900), "MATCH", "m1").ok());
    ASSERT_TRUE(b.setLineDiscount(*d, {Discount::Kind::Amount, 0, krw(100), "DENT", "m1"}).ok());
    EXPECT_TRUE(b.pricing().promotions.empty());
    EXPECT_EQ(b.pricing().total.minor(), 900 + 1900);
}

TEST_F(PromotionTest, SameInstancesMergeIntoOneSavingLine)
{
    Basket b(catalog, config, clock, {nFor("2forD", {"D"}, 2, 3000)});
    ASSERT_TRUE(b.addSku("D", 4000).ok());
    ASSERT_EQ(b.pricing().promotions.size(), 1u);
    EXPECT_EQ(b.pricing().promotions[0].count, 2);
    EXPECT_EQ(b.pricing().promotions[0].saving.minor(), 2000);
}

struct WindowCase
{
    const char *name;
    TimePoint at;
    bool active;
};

class TimeWindows : public ::testing::TestWithParam<WindowCase>
{};

TEST_P(TimeWindows, HappyHourWeekdays)
{
    // Weekdays 17:00-19:00 store time (UTC+9), during November 2026.
    TimeWindow w;
    w.start = sys_days{2026y / November / 1} - hours(9);
    w.end = sys_days{2026y / December / 1} - hours(9);
    w.daysOfWeek = 0x1f; // Monday-Friday
    w.fromMinute = 17 * 60;
    w.toMinute = 19 * 60;
    Promotion p;
    p.windows = {w};
    EXPECT_EQ(p.activeAt(GetParam().at, hours(9)), GetParam().active);
}

// 2026-11-20 is a Friday; store time = UTC + 9.
INSTANTIATE_TEST_SUITE_P(
    Promotions, TimeWindows,
    ::testing::Values(WindowCase{"FridayAfternoon", sys_days{2026y / 11 / 20} + 5h, false},
                      WindowCase{"FridayFive", sys_days{2026y / 11 / 20} + 8h, true},
                      WindowCase{"FridayJustBeforeSeven",
                                 sys_days{2026y / 11 / 20} + 9h + 59min + 59s, true},
                      WindowCase{"FridaySeven", sys_days{2026y / 11 / 20} + 10h, false},
                      WindowCase{"SaturdayFive", sys_days{2026y / 11 / 21} + 8h, false},
                      WindowCase{"DecemberFive", sys_days{2026y / 12 / 1} + 8h, false}),
    [](const auto &c) { return std::string(c.param.name); });

TEST(TimeWindow, SpansMidnight)
{
    TimeWindow night;
    night.fromMinute = 22 * 60;
    night.toMinute = 2 * 60;
    const TimePoint day = sys_days{2026y / 11 / 20};
    EXPECT_TRUE(night.contains(day + 23h, 0min));
    EXPECT_TRUE(night.contains(day + 1h, 0min));
    EXPECT_FALSE(night.contains(day + 12h, 0min));
}

TEST_F(PromotionTest, InactivePromotionIsIgnoredUntilTheClockMoves)
{
    Promotion p = nFor("evening", {"D"}, 2, 3000);
    TimeWindow w;
    w.fromMinute = 17 * 60;
    p.windows = {w};
    Basket b(catalog, config, clock, {p});
    ASSERT_TRUE(b.addSku("D", 1000).ok());
    EXPECT_EQ(b.pricing().total.minor(), 2000);
    clock.set(sys_days{2026y / 11 / 20} + 9h); // 18:00 in Seoul
    ASSERT_TRUE(b.addSku("D", 1000).ok());
    EXPECT_EQ(b.pricing().total.minor(), 3000);
}

// Exhaustive oracle for small baskets: every assignment of units to promotion instances.
struct OracleUnit
{
    std::string sku;
    std::string department;
    std::int64_t price;
};

std::int64_t oracleBest(const std::vector<OracleUnit> &units, const std::vector<Promotion> &ps)
{
    const std::size_t n = units.size();
    auto eligible = [&](const Promotion &p, const OracleUnit &u) {
        if (p.kind == Promotion::Kind::DepartmentPercent) {
            return p.department == u.department;
        }
        return std::find(p.skus.begin(), p.skus.end(), u.sku) != p.skus.end();
    };
    auto pct = [](std::int64_t price, std::int64_t bp) {
        return divideRounded(Int128(price) * bp, 10000, RoundingMode::HalfUp);
    };
    std::vector<std::pair<int, int>> choice(n, {-1, 0});
    std::int64_t best = 0;
    std::function<void(std::size_t, std::vector<int> &)> rec
        = [&](std::size_t i, std::vector<int> &used) {
              if (i == n) {
                  std::int64_t total = 0;
                  for (std::size_t p = 0; p < ps.size(); ++p) {
                      for (int k = 0; k < used[p]; ++k) {
                          std::vector<std::int64_t> prices;
                          for (std::size_t u = 0; u < n; ++u) {
                              if (choice[u] == std::pair<int, int>(int(p), k)) {
                                  prices.push_back(units[u].price);
                              }
                          }
                          const Promotion &pr = ps[p];
                          std::int64_t sum = 0;
                          for (auto v : prices) {
                              sum += v;
                          }
                          std::sort(prices.rbegin(), prices.rend());
                          switch (pr.kind) {
                          case Promotion::Kind::NForPrice:
                          case Promotion::Kind::MixAndMatch:
                              if (int(prices.size()) != pr.quantity) {
                                  return;
                              }
                              total += sum - pr.price.minor();
                              break;
                          case Promotion::Kind::BuyXGetY:
                              if (int(prices.size()) != pr.quantity + pr.getQuantity) {
                                  return;
                              }
                              for (int g = 0; g < pr.getQuantity; ++g) {
                                  total += pct(prices[prices.size() - 1 - std::size_t(g)],
                                               pr.basisPoints);
                              }
                              break;
                          case Promotion::Kind::DepartmentPercent:
                              for (auto v : prices) {
                                  total += pct(v, pr.basisPoints);
                              }
                              break;
                          }
                      }
                  }
                  best = std::max(best, total);
                  return;
              }
              choice[i] = {-1, 0};
              rec(i + 1, used);
              for (std::size_t p = 0; p < ps.size(); ++p) {
                  if (!eligible(ps[p], units[i])) {
                      continue;
                  }
                  const bool perUnit = ps[p].kind == Promotion::Kind::DepartmentPercent;
                  const int maxK = perUnit ? 0 : used[p];
                  for (int k = 0; k <= maxK; ++k) {
                      choice[i] = {int(p), k};
                      const bool opened = k == used[p];
                      if (opened) {
                          ++used[p];
                      }
                      rec(i + 1, used);
                      if (opened) {
                          --used[p];
                      }
                  }
              }
              choice[i] = {-1, 0};
          };
    std::vector<int> used(ps.size(), 0);
    rec(0, used);
    return best;
}

TEST_F(PromotionTest, MatchesExhaustiveSearchOnRandomSmallBaskets)
{
    std::mt19937 rng(20261120);
    const std::vector<std::string> skus = {"A", "B", "C", "D", "J1", "J2", "J3"};
    int checked = 0;
    for (int round = 0; round < 600; ++round) {
        std::vector<Promotion> ps;
        const int np = 1 + int(rng() % 3);
        for (int k = 0; k < np; ++k) {
            std::vector<std::string> group;
            for (const auto &s : skus) {
                if (rng() % 3 == 0) {
                    group.push_back(s);
                }
            }
            if (group.empty()) {
                group.push_back(skus[rng() % skus.size()]);
            }
            const std::string id = "P" + std::to_string(k);
            switch (rng() % 4) {
            case 0:
                ps.push_back(nFor(id, group, 2 + int(rng() % 2), 1000 + 100 * (rng() % 20)));
                break;
            case 1:
                ps.push_back(mix(id, group, 2 + int(rng() % 2), 1000 + 100 * (rng() % 25)));
                break;
            case 2:
                ps.push_back(buyGet(id, group, 1 + int(rng() % 2), 1, 2500 * (1 + rng() % 4)));
                break;
            default:
                ps.push_back(dept(id,
                                  std::vector<std::string>{"snacks", "juice", "bakery"}[rng() % 3],
                                  500 * (1 + rng() % 6)));
            }
        }
        Basket b(catalog, config, clock, ps);
        std::vector<OracleUnit> units;
        std::int64_t gross = 0;
        const int nu = 2 + int(rng() % 5);
        for (int u = 0; u < nu; ++u) {
            const auto &sku = skus[rng() % skus.size()];
            auto it = catalog.findBySku(sku);
            ASSERT_TRUE(b.addSku(sku).ok());
            units.push_back({sku, it->department, it->price.minor()});
            gross += it->price.minor();
        }
        const std::int64_t best = oracleBest(units, ps);
        std::string what;
        for (const auto &p : ps) {
            what += " [" + p.id + " kind " + std::to_string(int(p.kind)) + " q"
                    + std::to_string(p.quantity) + "/" + std::to_string(p.getQuantity) + " price "
                    + std::to_string(p.price.minor()) + " bp " + std::to_string(p.basisPoints) + " "
                    + p.department;
            for (const auto &s : p.skus) {
                what += " " + s;
            }
            what += "]";
        }
        what += " units:";
        for (const auto &u : units) {
            what += " " + u.sku;
        }
        EXPECT_EQ(gross - b.pricing().total.minor(), best) << "round " << round << what;
        // Never a unit used twice; shares add up to each saving.
        std::map<LineId, std::int64_t> used;
        for (const auto &app : b.pricing().promotions) {
            Money sum = krw(0);
            for (std::size_t k = 0; k < app.lineIds.size(); ++k) {
                used[app.lineIds[k]] += app.unitsUsed[k];
                sum += app.lineShares[k];
            }
            EXPECT_EQ(sum, app.saving);
        }
        for (const auto &[id, n] : used) {
            EXPECT_LE(n, b.line(id)->units());
        }
        ++checked;
    }
    EXPECT_EQ(checked, 600);
}

TEST_F(PromotionTest, DeterministicWhateverTheScanOrder)
{
    std::vector<Promotion> ps = {mix("P1", {"A", "B", "C"}, 3, 2100),
                                 mix("P2", {"A", "B"}, 2, 1200), dept("P3", "bakery", 5000)};
    const std::int64_t t1 = totalOf(ps, {{"A", 1000}, {"B", 1000}, {"C", 1000}});
    const std::int64_t t2 = totalOf(ps, {{"C", 1000}, {"B", 1000}, {"A", 1000}});
    EXPECT_EQ(t1, 1700);
    EXPECT_EQ(t2, 1700);
    Basket b1(catalog, config, clock, ps);
    Basket b2(catalog, config, clock, ps);
    for (auto *b : {&b1, &b2}) {
        for (const char *s : {"A", "C", "B", "A", "C"}) {
            ASSERT_TRUE(b->addSku(s).ok());
        }
    }
    ASSERT_EQ(b1.pricing().promotions.size(), b2.pricing().promotions.size());
    for (std::size_t i = 0; i < b1.pricing().promotions.size(); ++i) {
        EXPECT_EQ(b1.pricing().promotions[i].promotionId, b2.pricing().promotions[i].promotionId);
        EXPECT_EQ(b1.pricing().promotions[i].lineIds, b2.pricing().promotions[i].lineIds);
    }
}

} // namespace
