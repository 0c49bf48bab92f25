// The basket reprices after every change from what the previous reprice kept (promotion
// groups the change did not touch are not solved again). These tests hold that to the
// answer of a basket that reprices the same data from nothing, over random baskets,
// promotions and sequences of changes.

#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "core/sale/basket.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;
using namespace std::chrono;

namespace {

// Everything a reprice produces, as text, so a difference shows where it is.
std::string describe(const Pricing &p)
{
    std::ostringstream o;
    for (const auto &l : p.lines) {
        o << "line " << l.lineId << " gross " << l.gross.minor() << " disc "
          << l.lineDiscount.minor() << " promo " << l.promotionSavings.minor() << " tx "
          << l.transactionDiscount.minor() << " net " << l.net.minor() << " tax " << l.tax.minor()
          << " class " << l.taxClass << "\n";
    }
    for (const auto &a : p.promotions) {
        o << "promo " << a.promotionId << " '" << a.name << "' x" << a.count << " saving "
          << a.saving.minor() << " lines";
        for (std::size_t k = 0; k < a.lineIds.size(); ++k) {
            o << " " << a.lineIds[k] << ":" << a.unitsUsed[k] << ":" << a.lineShares[k].minor();
        }
        o << "\n";
    }
    for (const auto &d : p.transactionDiscounts) {
        o << "txdisc " << d.minor() << "\n";
    }
    for (const auto &t : p.taxes) {
        o << "tax " << t.taxClass << " " << t.basisPoints << " base " << t.base.minor() << " tax "
          << t.tax.minor() << " gross " << t.gross.minor() << "\n";
    }
    o << "subtotal " << p.subtotal.minor() << " savings " << p.savings.minor() << " tax "
      << p.tax.minor() << " total " << p.total.minor() << "\n";
    return o.str();
}

const char *const kDepartments[] = {"snacks", "drinks", "dairy", "bakery"};

MemoryCatalog randomCatalog()
{
    MemoryCatalog c;
    for (int i = 0; i < 24; ++i) {
        Item it = item("S" + std::to_string(i), "item " + std::to_string(i),
                       krw(500 + 250 * (i % 7) + 100 * (i % 3)), i % 5 == 4 ? "E" : "V",
                       kDepartments[i % 4]);
        it.weighed = i % 8 == 7;
        it.discountable = i % 11 != 10;
        if (i == 3) {
            it.depositSku = "BOTTLE";
        }
        auto s = c.add(std::move(it));
        LANE_ASSERT(s.ok());
    }
    Item bottle = item("BOTTLE", "deposit", krw(100), "E", "deposit");
    bottle.discountable = false;
    auto s = c.add(std::move(bottle));
    LANE_ASSERT(s.ok());
    return c;
}

std::string randomSku(std::mt19937 &rng, int spread)
{
    return "S" + std::to_string(rng() % static_cast<unsigned>(spread));
}

std::vector<Promotion> randomPromotions(std::mt19937 &rng, int spread)
{
    std::vector<Promotion> ps;
    const int n = 1 + static_cast<int>(rng() % 20);
    for (int k = 0; k < n; ++k) {
        Promotion p;
        p.id = "P" + std::to_string(k);
        p.name = "promo " + std::to_string(k);
        const int members = 1 + static_cast<int>(rng() % 4);
        for (int m = 0; m < members; ++m) {
            p.skus.push_back(randomSku(rng, spread));
        }
        switch (rng() % 5) {
        case 0:
            p.kind = Promotion::Kind::NForPrice;
            p.skus.resize(1);
            p.quantity = 2 + static_cast<int>(rng() % 2);
            p.price = krw(p.quantity * 600 + 100 * static_cast<int>(rng() % 8));
            break;
        case 1:
            p.kind = Promotion::Kind::MixAndMatch;
            p.quantity = 2 + static_cast<int>(rng() % 3);
            p.price = krw(p.quantity * 550 + 100 * static_cast<int>(rng() % 10));
            break;
        case 2:
            p.kind = Promotion::Kind::BuyXGetY;
            p.quantity = 1 + static_cast<int>(rng() % 2);
            p.getQuantity = 1;
            p.basisPoints = 2500 * (1 + static_cast<int>(rng() % 4));
            if (rng() % 3 == 0) {
                p.getSkus = {randomSku(rng, spread)};
            }
            break;
        case 3:
            p.kind = Promotion::Kind::DepartmentPercent;
            p.skus.clear();
            p.department = kDepartments[rng() % 4];
            p.basisPoints = 500 * (1 + static_cast<int>(rng() % 6));
            break;
        default: // a happy hour that the clock walks in and out of
            p.kind = Promotion::Kind::MixAndMatch;
            p.quantity = 2;
            p.price = krw(1000);
            TimeWindow w;
            w.fromMinute = 14 * 60 + 10 * static_cast<int>(rng() % 6);
            w.toMinute = w.fromMinute + 20;
            p.windows = {w};
        }
        ps.push_back(std::move(p));
    }
    return ps;
}

class RandomChanges : public ::testing::Test
{
protected:
    MemoryCatalog catalog = randomCatalog();
    SaleConfig config = koreanConfig();
    ManualClock clock{fridayAfternoonSeoul()};

    // One random change; returns what it did, for the failure message.
    std::string change(Basket &b, std::mt19937 &rng, int spread,
                       const std::vector<Promotion> &promotions)
    {
        const auto &lines = b.data().lines;
        auto someLine = [&]() -> LineId {
            return lines.empty() ? 1 : lines[rng() % lines.size()].id;
        };
        const unsigned op = rng() % 100;
        if (op < 45 || lines.empty()) {
            const std::string sku = randomSku(rng, spread);
            const bool weighed = catalog.findBySku(sku)->weighed;
            const std::int64_t q = weighed ? 100 + 37 * static_cast<std::int64_t>(rng() % 40)
                                           : 1000 * (1 + rng() % 3);
            (void)b.addSku(sku, q, 0);
            return "add " + sku + " " + std::to_string(q);
        }
        if (op < 60) {
            const LineId id = someLine();
            const std::int64_t q = 1000 * (1 + rng() % 4);
            (void)b.setQuantity(id, q);
            return "quantity " + std::to_string(id) + " " + std::to_string(q);
        }
        if (op < 70) {
            const LineId id = someLine();
            (void)b.voidLine(id, "c1", "test");
            return "void " + std::to_string(id);
        }
        if (op < 75) {
            const LineId id = someLine();
            (void)b.overridePrice(id, krw(300 + 100 * (rng() % 10)), "DMG", "m1");
            return "override " + std::to_string(id);
        }
        if (op < 80) {
            const LineId id = someLine();
            (void)b.setLineDiscount(id, {Discount::Kind::Percent, 1000, krw(0), "R", "m1"});
            return "line discount " + std::to_string(id);
        }
        if (op < 84) {
            (void)b.addTransactionDiscount({Discount::Kind::Amount, 0, krw(500), "R", "m1"});
            return "transaction discount";
        }
        if (op < 87 && !b.data().discounts.empty()) {
            const auto id = b.data().discounts[rng() % b.data().discounts.size()].id;
            (void)b.voidTransactionDiscount(id, "m1", "test");
            return "void transaction discount " + std::to_string(id);
        }
        if (op < 93) {
            clock.advance(minutes(5 + rng() % 20)); // in and out of the happy hours
            const std::string sku = randomSku(rng, spread);
            (void)b.addSku(sku, catalog.findBySku(sku)->weighed ? 250 : 1000, 0);
            return "clock +, add " + sku;
        }
        if (op < 96) {
            BasketData data = b.data();
            b.restore(std::move(data));
            return "restore";
        }
        std::vector<Promotion> fewer = promotions;
        if (fewer.size() > 1) {
            fewer.erase(fewer.begin() + static_cast<std::ptrdiff_t>(rng() % fewer.size()));
        }
        b.setPromotions(std::move(fewer));
        return "promotions changed";
    }

    ::testing::AssertionResult sameAsFromNothing(const Basket &b)
    {
        Basket fresh(catalog, config, clock, b.promotions());
        fresh.restore(b.data());
        const std::string got = describe(b.pricing());
        const std::string want = describe(fresh.pricing());
        if (got == want) {
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure() << "kept:\n" << got << "from nothing:\n" << want;
    }
};

TEST_F(RandomChanges, RepriceEqualsRepriceFromNothing)
{
    std::mt19937 rng(20261122);
    for (int round = 0; round < 120; ++round) {
        clock.set(fridayAfternoonSeoul());
        const int spread = 6 + static_cast<int>(rng() % 18); // few SKUs: groups interact more
        const std::vector<Promotion> ps = randomPromotions(rng, spread);
        Basket b(catalog, config, clock, ps);
        std::string history;
        const int steps = 10 + static_cast<int>(rng() % 50);
        for (int s = 0; s < steps; ++s) {
            history += change(b, rng, spread, ps) + "; ";
            ASSERT_TRUE(sameAsFromNothing(b)) << "round " << round << ": " << history;
        }
    }
}

// A copy (the lane keeps one per suspended sale; the benchmark copies one per iteration)
// goes on from the copied state, and changing it leaves the original as it was.
TEST_F(RandomChanges, CopiesRepriceIndependently)
{
    std::mt19937 rng(7);
    for (int round = 0; round < 40; ++round) {
        clock.set(fridayAfternoonSeoul());
        const int spread = 6 + static_cast<int>(rng() % 10);
        const std::vector<Promotion> ps = randomPromotions(rng, spread);
        Basket b(catalog, config, clock, ps);
        for (int s = 0; s < 15; ++s) {
            change(b, rng, spread, ps);
        }
        const std::string before = describe(b.pricing());
        Basket copy = b;
        std::string history;
        for (int s = 0; s < 10; ++s) {
            history += change(copy, rng, spread, ps) + "; ";
            ASSERT_TRUE(sameAsFromNothing(copy)) << "round " << round << ": " << history;
        }
        EXPECT_EQ(describe(b.pricing()), before);
        history += "original: " + change(b, rng, spread, ps);
        ASSERT_TRUE(sameAsFromNothing(b)) << "round " << round << ": " << history;
    }
}

// The public engine call keeps nothing between calls: the same answer twice.
TEST_F(RandomChanges, EngineApplyIsAFunctionOfItsInput)
{
    std::mt19937 rng(11);
    for (int round = 0; round < 30; ++round) {
        const int spread = 6 + static_cast<int>(rng() % 10);
        const std::vector<Promotion> ps = randomPromotions(rng, spread);
        Basket b(catalog, config, clock, ps);
        for (int s = 0; s < 20; ++s) {
            change(b, rng, spread, ps);
        }
        const PromotionEngine engine(b.promotions());
        Pricing first;
        Pricing second;
        first.promotions = engine.apply(b.data().lines, config, clock.now());
        second.promotions = engine.apply(b.data().lines, config, clock.now());
        EXPECT_EQ(describe(first), describe(second));
        Pricing kept;
        kept.promotions = b.pricing().promotions;
        EXPECT_EQ(describe(first), describe(kept)) << "round " << round;
    }
}

} // namespace
