#include <gtest/gtest.h>

#include <random>

#include "core/sale/basket.h"
#include "core/sale/tax.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;

namespace {

struct TaxCase
{
    const char *name;
    SaleConfig config;
    std::vector<std::pair<Item, std::int64_t>> lines; // item, quantity
    std::int64_t expectedTax;
    std::int64_t expectedTotal;
};

Item taxed(const char *sku, Money price, const char *taxClass)
{
    return item(sku, sku, price, taxClass);
}

SaleConfig withRounding(SaleConfig c, TaxRounding r)
{
    c.taxRounding = r;
    return c;
}

class TaxCases : public ::testing::TestWithParam<TaxCase>
{};

TEST_P(TaxCases, HandComputed)
{
    const auto &c = GetParam();
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog;
    for (const auto &[it, q] : c.lines) {
        ASSERT_TRUE(catalog.add(it).ok());
    }
    Basket b(catalog, c.config, clock);
    for (const auto &[it, q] : c.lines) {
        auto id = b.addSku(it.sku, q);
        ASSERT_TRUE(id.ok()) << id.error().message;
    }
    EXPECT_EQ(b.pricing().tax.minor(), c.expectedTax);
    EXPECT_EQ(b.pricing().total.minor(), c.expectedTotal);
}

INSTANTIATE_TEST_SUITE_P(
    Tax, TaxCases,
    ::testing::Values(
        // Korea, VAT 10% included, truncated per line:
        // 1,500 x 10/110 = 136.36 -> 136; 2,800 x 10/110 = 254.54 -> 254; sum 390.
        TaxCase{"KoreaPerLine",
                koreanConfig(),
                {{taxed("R", krw(1500), "V"), 1000}, {taxed("C", krw(2800), "V"), 1000}},
                390,
                4300},
        // Same basket per receipt: 4,300 x 10/110 = 390.90 -> 390.
        TaxCase{"KoreaPerReceipt",
                withRounding(koreanConfig(), TaxRounding::PerReceipt),
                {{taxed("R", krw(1500), "V"), 1000}, {taxed("C", krw(2800), "V"), 1000}},
                390,
                4300},
        // Exempt items carry no tax: 1,500 -> 136 only; total 1,500 + 2,650.
        TaxCase{"KoreaExempt",
                koreanConfig(),
                {{taxed("R", krw(1500), "V"), 1000}, {taxed("M", krw(2650), "E"), 1000}},
                136,
                4150},
        // EUR 21% included, per line, half up: 0.99 x 21/121 = 0.1718 -> 0.17, three
        // separate lines -> 0.51.
        TaxCase{"EuroPerLine",
                withRounding(eurConfig(), TaxRounding::PerLine),
                {{taxed("A", eur(99), "H"), 1000},
                 {taxed("B", eur(99), "H"), 1000},
                 {taxed("C", eur(99), "H"), 1000}},
                51,
                297},
        // Per receipt: 2.97 x 21/121 = 0.5154 -> 0.52.
        TaxCase{"EuroPerReceipt",
                eurConfig(),
                {{taxed("A", eur(99), "H"), 1000},
                 {taxed("B", eur(99), "H"), 1000},
                 {taxed("C", eur(99), "H"), 1000}},
                52,
                297},
        // Two rates: 12.10 at 21% -> 2.10 exactly; 2.18 at 9% -> 0.18 exactly.
        TaxCase{"EuroTwoRates",
                eurConfig(),
                {{taxed("W", eur(1210), "H"), 1000}, {taxed("F", eur(218), "L"), 1000}},
                228,
                1428},
        // US, 8.25% added per receipt: 19.99 x 0.0825 = 1.649 -> 1.65; food exempt 5.00.
        // Total 19.99 + 1.65 + 5.00 = 26.64.
        TaxCase{"UsExclusive",
                usConfig(),
                {{taxed("T", usd(1999), "S"), 1000}, {taxed("F", usd(500), "F"), 1000}},
                165,
                2664},
        // US per line: 0.99 x 0.0825 = 0.0817 -> 0.08, three lines 0.24; total 3.21.
        TaxCase{"UsExclusivePerLine",
                withRounding(usConfig(), TaxRounding::PerLine),
                {{taxed("A", usd(99), "S"), 1000},
                 {taxed("B", usd(99), "S"), 1000},
                 {taxed("C", usd(99), "S"), 1000}},
                24,
                321},
        // US per receipt: 2.97 x 0.0825 = 0.2450 -> 0.25; total 3.22.
        TaxCase{"UsExclusivePerReceipt",
                usConfig(),
                {{taxed("A", usd(99), "S"), 1000},
                 {taxed("B", usd(99), "S"), 1000},
                 {taxed("C", usd(99), "S"), 1000}},
                25,
                322}),
    [](const auto &c) { return std::string(c.param.name); });

TEST(Tax, FormulaHelpers)
{
    // 11,000 won including 10%: 11,000 x 1000 / 11000 = 1,000.
    EXPECT_EQ(inclusiveTax(krw(11000), 1000, RoundingMode::HalfUp).minor(), 1000);
    // -11,000 (a refund) gives -1,000.
    EXPECT_EQ(inclusiveTax(krw(-11000), 1000, RoundingMode::HalfUp).minor(), -1000);
    // 100.00 + 19%: 19.00.
    EXPECT_EQ(exclusiveTax(eur(10000), 1900, RoundingMode::HalfUp).minor(), 1900);
    EXPECT_EQ(exclusiveTax(eur(10000), 0, RoundingMode::HalfUp).minor(), 0);
}

// Property: over random baskets in every mode, the summary and the total add up exactly.
TEST(Tax, SummaryAndTotalAlwaysAddUp)
{
    std::mt19937_64 rng(42);
    const SaleConfig bases[] = {koreanConfig(), usConfig(), eurConfig()};
    for (int round = 0; round < 300; ++round) {
        SaleConfig cfg = bases[round % 3];
        cfg.taxRounding = (rng() % 2) ? TaxRounding::PerLine : TaxRounding::PerReceipt;
        cfg.taxRoundingMode = (rng() % 2) ? RoundingMode::HalfUp : RoundingMode::HalfEven;
        const Currency cur = cfg.currency;
        ManualClock clock{fridayAfternoonSeoul()};
        MemoryCatalog catalog;
        for (int i = 0; i < 12; ++i) {
            Item it
                = item("S" + std::to_string(i), "item", Money(1 + std::int64_t(rng() % 50000), cur),
                       cfg.taxRates[rng() % cfg.taxRates.size()].taxClass);
            it.weighed = i % 5 == 0;
            it.discountable = i % 4 != 0;
            ASSERT_TRUE(catalog.add(it).ok());
        }
        Basket b(catalog, cfg, clock);
        const int n = 1 + int(rng() % 30);
        for (int k = 0; k < n; ++k) {
            const std::string sku = "S" + std::to_string(rng() % 12);
            const bool weighed = catalog.findBySku(sku)->weighed;
            auto id = b.addSku(sku,
                               weighed ? 50 + std::int64_t(rng() % 3000)
                                       : 1000 * (1 + std::int64_t(rng() % 5)),
                               0);
            ASSERT_TRUE(id.ok()) << id.error().message;
            if (rng() % 6 == 0) {
                (void)b.setLineDiscount(*id,
                                        {Discount::Kind::Percent, std::int64_t(1 + rng() % 5000),
                                         Money(0, cur), "R", "u"});
            }
            if (rng() % 9 == 0) {
                ASSERT_TRUE(b.voidLine(*id, "u", "r").ok());
            }
        }
        if (rng() % 2) {
            ASSERT_TRUE(
                b.addTransactionDiscount({Discount::Kind::Percent, std::int64_t(1 + rng() % 3000),
                                          Money(0, cur), "R", "u"})
                    .ok());
        }
        if (rng() % 3 == 0) {
            (void)b.addReturnWithoutReceipt("S1", 1000, "APP-1");
        }
        const Pricing &p = b.pricing();
        Money gross = Money::zero(cur), tax = Money::zero(cur), lineNet = Money::zero(cur),
              lineTax = Money::zero(cur);
        for (const auto &t : p.taxes) {
            EXPECT_EQ(t.base + t.tax, t.gross) << "round " << round;
            Money net = Money::zero(cur), taxOfLines = Money::zero(cur);
            for (const auto &l : p.lines) {
                if (l.taxClass == t.taxClass) {
                    net += l.net;
                    taxOfLines += l.tax;
                }
            }
            EXPECT_EQ(taxOfLines, t.tax);
            EXPECT_EQ(net, cfg.taxMode == TaxMode::Inclusive ? t.gross : t.base);
            if (t.exempt) {
                EXPECT_TRUE(t.tax.isZero());
            }
            gross += t.gross;
            tax += t.tax;
        }
        for (const auto &l : p.lines) {
            lineNet += l.net;
            lineTax += l.tax;
            EXPECT_EQ(l.net, l.gross - l.lineDiscount - l.promotionSavings - l.transactionDiscount);
        }
        EXPECT_EQ(gross, p.total) << "round " << round;
        EXPECT_EQ(tax, p.tax);
        EXPECT_EQ(lineTax, p.tax);
        EXPECT_EQ(p.subtotal - p.savings, lineNet);
        EXPECT_EQ(p.total, cfg.taxMode == TaxMode::Inclusive ? lineNet : lineNet + lineTax);
    }
}

} // namespace
