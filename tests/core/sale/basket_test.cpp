#include <gtest/gtest.h>

#include "core/sale/basket.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;

namespace {

class BasketTest : public ::testing::Test
{
protected:
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog = koreanCatalog();
    SaleConfig config = koreanConfig();
    Basket basket{catalog, config, clock};

    std::int64_t total() const { return basket.pricing().total.minor(); }
};

ScanCode variableScan(VariableMeasureTemplate::Kind kind, std::string key, std::int64_t value)
{
    ScanCode s;
    s.symbology = Symbology::Ean13;
    s.raw = "variable";
    s.variable = VariableMeasure{};
    s.variable->kind = kind;
    s.variable->itemReference = "00123";
    s.variable->lookupKey = std::move(key);
    s.variable->value = value;
    return s;
}

ScanCode gs1Scan(std::string gtin)
{
    ScanCode s;
    s.symbology = Symbology::Gs1DataBar;
    s.raw = "01" + gtin;
    s.gs1 = Gs1Data{};
    s.gs1->gtin = std::move(gtin);
    return s;
}

TEST_F(BasketTest, AddsAPlainGtinAsOneUnit)
{
    auto id = basket.addScan(gtinScan("08801043014809"));
    ASSERT_TRUE(id.ok()) << id.error().message;
    const BasketLine *l = basket.line(*id);
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->quantityMilli, 1000);
    EXPECT_EQ(l->item.sku, "K-RAMEN");
    EXPECT_EQ(total(), 1500);
}

TEST_F(BasketTest, UnknownBarcodeIsAnErrorAndChangesNothing)
{
    auto id = basket.addScan(gtinScan("00000000000017"));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "item.not_found");
    EXPECT_NE(id.error().message.find("00000000000017"), std::string::npos);
    EXPECT_TRUE(basket.data().lines.empty());
}

TEST_F(BasketTest, InStorePriceCodeFixesTheAmount)
{
    auto id = basket.addScan(
        variableScan(VariableMeasureTemplate::Kind::Price, "02200123000000", 3480));
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(basket.line(*id)->fixedAmount->minor(), 3480);
    EXPECT_EQ(total(), 3480);
    EXPECT_FALSE(basket.setQuantity(*id, 2000).ok()); // the label decides
}

TEST_F(BasketTest, InStoreWeightCodeSellsTheWeight)
{
    auto id = basket.addScan(
        variableScan(VariableMeasureTemplate::Kind::Weight, "02400100000008", 532));
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(basket.line(*id)->quantityMilli, 532);
    EXPECT_EQ(basket.line(*id)->tareGrams, 0); // the label scale already took the tare
    // 9,900 won/kg x 0.532 kg = 5,266.8 -> 5,267 (half up)
    EXPECT_EQ(total(), 5267);
}

TEST_F(BasketTest, WeightCodeForAPieceItemIsRefused)
{
    auto id = basket.addScan(
        variableScan(VariableMeasureTemplate::Kind::Weight, "08801043014809", 532));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "item.not_weighed");
}

TEST_F(BasketTest, Gs1WeightAndPriceAndExpiry)
{
    ScanCode s = gs1Scan("02400100000008");
    s.gs1->netWeightKg = DecimalValue{532, 3}; // 3103 000532 = 0.532 kg
    s.gs1->expiry = Date{2026, 11, 20};        // expires today: still sellable
    s.gs1->batch = "L42";
    auto id = basket.addScan(s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(basket.line(*id)->quantityMilli, 532);
    EXPECT_EQ(basket.line(*id)->batch, "L42");
    EXPECT_EQ(total(), 5267);

    ScanCode priced = gs1Scan("02400100000008");
    priced.gs1->netWeightKg = DecimalValue{1250, 3};
    priced.gs1->price = DecimalValue{12000, 0}; // 3920 012000: the label's price wins
    auto id2 = basket.addScan(priced);
    ASSERT_TRUE(id2.ok()) << id2.error().message;
    EXPECT_EQ(basket.line(*id2)->quantityMilli, 1250);
    EXPECT_EQ(total(), 5267 + 12000);
}

TEST_F(BasketTest, Gs1PoundsAreConvertedToGrams)
{
    ScanCode s = gs1Scan("02400100000008");
    s.gs1->netWeightLb = DecimalValue{100, 2}; // 1.00 lb = 453.59237 g -> 454 g
    auto id = basket.addScan(s);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(basket.line(*id)->quantityMilli, 454);
}

TEST_F(BasketTest, ExpiredGs1ItemIsReportedNotSold)
{
    ScanCode s = gs1Scan("08801115114154");
    s.gs1->expiry = Date{2026, 11, 19};
    auto id = basket.addScan(s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "item.expired");
    EXPECT_NE(id.error().message.find("2026-11-19"), std::string::npos);
    EXPECT_TRUE(basket.empty());
}

TEST_F(BasketTest, ExpiryUsesTheStoreBusinessDayNotUtc)
{
    // 2026-11-20 23:30 UTC is already 2026-11-21 in Seoul.
    clock.set(std::chrono::sys_days{std::chrono::year{2026} / 11 / 20} + std::chrono::hours(23)
              + std::chrono::minutes(30));
    ScanCode s = gs1Scan("08801115114154");
    s.gs1->expiry = Date{2026, 11, 20};
    auto id = basket.addScan(s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "item.expired");
}

TEST_F(BasketTest, PluAndSku)
{
    ASSERT_TRUE(basket.addSku("K-MILK").ok());
    auto missing = basket.addPlu("9999");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, "item.not_found");
    EXPECT_EQ(total(), 2650);
}

struct QuantityCase
{
    const char *name;
    std::int64_t quantity;
    bool ok;
};

class CountedQuantity : public BasketTest, public ::testing::WithParamInterface<QuantityCase>
{};

TEST_P(CountedQuantity, WholeUnitsOnly)
{
    const auto &c = GetParam();
    auto id = basket.addSku("K-RAMEN", c.quantity);
    EXPECT_EQ(id.ok(), c.ok);
    if (!c.ok) {
        EXPECT_EQ(id.error().code, "basket.quantity");
        EXPECT_TRUE(basket.data().lines.empty());
    } else {
        EXPECT_EQ(total(), 1500 * c.quantity / 1000);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Basket, CountedQuantity,
    ::testing::Values(QuantityCase{"one", 1000, true}, QuantityCase{"three", 3000, true},
                      QuantityCase{"half", 500, false}, QuantityCase{"oneandabit", 1001, false},
                      QuantityCase{"zero", 0, false}, QuantityCase{"negative", -1000, false}),
    [](const auto &c) { return std::string(c.param.name); });

TEST_F(BasketTest, WeighedPluSubtractsTare)
{
    auto id = basket.addPlu("4001", 542); // 542 g gross, item tare 10 g
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_EQ(basket.line(*id)->quantityMilli, 532);
    EXPECT_EQ(basket.line(*id)->tareGrams, 10);
    EXPECT_EQ(total(), 5267);
    auto own = basket.addPlu("4001", 542, 42); // a heavier container
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(basket.line(*own)->quantityMilli, 500);
    auto nothing = basket.addPlu("4001", 10); // only the container
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().code, "basket.weight");
}

TEST_F(BasketTest, QuantityChangeRepricesAndDepositFollows)
{
    auto cola = basket.addSku("K-COLA");
    ASSERT_TRUE(cola.ok());
    ASSERT_EQ(basket.data().lines.size(), 2u);
    const BasketLine &dep = basket.data().lines[1];
    EXPECT_EQ(dep.kind, LineKind::Deposit);
    EXPECT_EQ(dep.parentLineId, *cola);
    EXPECT_EQ(total(), 2800 + 100);
    ASSERT_TRUE(basket.setQuantity(*cola, 3000).ok());
    EXPECT_EQ(basket.data().lines[1].quantityMilli, 3000);
    EXPECT_EQ(total(), 3 * 2800 + 3 * 100);
    auto direct = basket.setQuantity(basket.data().lines[1].id, 1000);
    ASSERT_FALSE(direct.ok());
}

TEST_F(BasketTest, VoidKeepsTheLineWithWhoAndWhyAndVoidsTheDeposit)
{
    auto ramen = basket.addSku("K-RAMEN");
    auto cola = basket.addSku("K-COLA");
    ASSERT_TRUE(ramen.ok() && cola.ok());
    const LineId depositId = basket.data().lines[2].id;
    auto alone = basket.voidLine(depositId, "c7", "mistake");
    ASSERT_FALSE(alone.ok());
    EXPECT_EQ(alone.error().code, "basket.deposit_follows_parent");
    ASSERT_TRUE(basket.voidLine(*cola, "c7", "customer changed mind").ok());
    EXPECT_EQ(basket.data().lines.size(), 3u);
    EXPECT_EQ(basket.line(*cola)->voided->userId, "c7");
    EXPECT_EQ(basket.line(*cola)->voided->reason, "customer changed mind");
    EXPECT_TRUE(basket.line(depositId)->voided.has_value());
    EXPECT_EQ(total(), 1500);
    EXPECT_EQ(basket.pricing().lines.size(), 1u);
    EXPECT_FALSE(basket.voidLine(*cola, "c7", "again").ok());
}

TEST_F(BasketTest, PriceOverrideNeedsReasonAndUserAndKeepsTheOriginal)
{
    auto id = basket.addSku("K-RAMEN", 2000);
    ASSERT_TRUE(id.ok());
    EXPECT_FALSE(basket.overridePrice(*id, krw(1000), "", "m1").ok());
    ASSERT_TRUE(basket.overridePrice(*id, krw(1200), "DAMAGED", "m1").ok());
    ASSERT_TRUE(basket.overridePrice(*id, krw(1000), "MATCH", "m2").ok());
    const auto &o = *basket.line(*id)->priceOverride;
    EXPECT_EQ(o.originalUnitPrice.minor(), 1500);
    EXPECT_EQ(o.reasonCode, "MATCH");
    EXPECT_EQ(o.userId, "m2");
    EXPECT_EQ(total(), 2000);
}

TEST_F(BasketTest, LineDiscountsRespectNotDiscountableItems)
{
    auto ramen = basket.addSku("K-RAMEN", 2000);
    auto battery = basket.addSku("K-BATTERY");
    ASSERT_TRUE(ramen.ok() && battery.ok());
    Discount pct{Discount::Kind::Percent, 1000, krw(0), "STAFF", "m1"};
    ASSERT_TRUE(basket.setLineDiscount(*ramen, pct).ok());
    // 2 x 1,500 = 3,000; 10% = 300
    EXPECT_EQ(basket.pricing().line(*ramen)->lineDiscount.minor(), 300);
    auto refused = basket.setLineDiscount(*battery, pct);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "item.not_discountable");
    Discount amount{Discount::Kind::Amount, 0, krw(500), "DENT", "m1"};
    ASSERT_TRUE(basket.setLineDiscount(*ramen, amount).ok());
    EXPECT_EQ(total(), 3000 - 500 + 5000);
    EXPECT_FALSE(
        basket.setLineDiscount(*ramen, Discount{Discount::Kind::Percent, 10001, krw(0), "X", "m1"})
            .ok());
}

TEST_F(BasketTest, TransactionDiscountSkipsNotDiscountableAndDeposits)
{
    ASSERT_TRUE(basket.addSku("K-RAMEN", 2000).ok()); // 3,000
    ASSERT_TRUE(basket.addSku("K-COLA").ok());        // 2,800 + deposit 100
    ASSERT_TRUE(basket.addSku("K-BATTERY").ok());     // 5,000, not discountable
    auto d = basket.addTransactionDiscount({Discount::Kind::Percent, 1000, krw(0), "VIP", "m1"});
    ASSERT_TRUE(d.ok());
    // 10% of (3,000 + 2,800) = 580, shared 300 / 280
    EXPECT_EQ(basket.pricing().transactionDiscounts[0].minor(), 580);
    EXPECT_EQ(total(), 3000 + 2800 + 100 + 5000 - 580);
    EXPECT_EQ(basket.pricing().line(1)->transactionDiscount.minor(), 300);
    EXPECT_EQ(basket.pricing().line(2)->transactionDiscount.minor(), 280);
    ASSERT_TRUE(basket.voidTransactionDiscount(*d, "m1", "wrong").ok());
    EXPECT_EQ(total(), 10900);
    auto capped = basket.addTransactionDiscount({Discount::Kind::Amount, 0, krw(99999), "X", "m"});
    ASSERT_TRUE(capped.ok());
    EXPECT_EQ(total(), 5100); // only the discountable 5,800 can go
}

TEST_F(BasketTest, AgeRestrictedLinesWaitForACheck)
{
    auto soju = basket.addSku("K-SOJU");
    ASSERT_TRUE(soju.ok());
    ASSERT_EQ(basket.pendingAgeChecks(), std::vector<LineId>{*soju});
    // Born 2007-11-21: 18 on 2026-11-20.
    auto young = basket.verifyAge({"c7", Date{2007, 11, 21}, false});
    ASSERT_FALSE(young.ok());
    EXPECT_EQ(young.error().code, "age.too_young");
    EXPECT_EQ(basket.pendingAgeChecks().size(), 1u);
    ASSERT_TRUE(basket.verifyAge({"c7", Date{2007, 11, 20}, false}).ok());
    EXPECT_TRUE(basket.pendingAgeChecks().empty());
    EXPECT_EQ(basket.line(*soju)->ageCheck->verifiedBy, "c7");
    EXPECT_EQ(basket.line(*soju)->ageCheck->dateOfBirth, (Date{2007, 11, 20}));
    // The same customer's next bottle needs no second check.
    auto second = basket.addSku("K-SOJU");
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(basket.line(*second)->ageCheck->verified);
    EXPECT_FALSE(basket.verifyAge({"c7", std::nullopt, false}).ok());
}

TEST_F(BasketTest, VisualAgeCheck)
{
    ASSERT_TRUE(basket.addSku("K-SOJU").ok());
    ASSERT_TRUE(basket.verifyAge({"c7", std::nullopt, true}).ok());
    EXPECT_TRUE(basket.data().lines[0].ageCheck->visuallyVerified);
}

TEST_F(BasketTest, MissingDepositItemRefusesTheWholeAdd)
{
    Item odd = item("K-ODD", "odd", krw(100), "V");
    odd.depositSku = "NOPE";
    ASSERT_TRUE(catalog.add(odd).ok());
    auto id = basket.addSku("K-ODD");
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "item.deposit_missing");
    EXPECT_TRUE(basket.data().lines.empty());
}

TEST_F(BasketTest, UnknownTaxClassOrCurrencyIsRefused)
{
    ASSERT_TRUE(catalog.add(item("X-TAX", "x", krw(100), "NOPE")).ok());
    ASSERT_TRUE(catalog.add(item("X-USD", "y", usd(100), "V")).ok());
    EXPECT_EQ(basket.addSku("X-TAX").error().code, "item.tax_class_unknown");
    EXPECT_EQ(basket.addSku("X-USD").error().code, "item.currency");
}

TEST(MemoryCatalog, RefusesABarcodeOfAnotherSku)
{
    MemoryCatalog c;
    Item a = item("A", "a", krw(1), "V");
    a.barcodes = {"1"};
    ASSERT_TRUE(c.add(a).ok());
    Item b = item("B", "b", krw(1), "V");
    b.barcodes = {"1"};
    auto s = c.add(b);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "catalog.duplicate_barcode");
    a.barcodes = {"2"};
    ASSERT_TRUE(c.add(a).ok()); // replacing frees the old code
    EXPECT_FALSE(c.findByBarcode("1").has_value());
    EXPECT_TRUE(c.add(b).ok());
}

} // namespace
