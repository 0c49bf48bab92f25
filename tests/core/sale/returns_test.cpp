#include <gtest/gtest.h>

#include "core/sale/transaction.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;

namespace {

class ReturnsTest : public ::testing::Test
{
protected:
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog = koreanCatalog();
    SaleConfig config = koreanConfig();

    // 3 ramen under "3 for 4,000" (saves 500) + cola with deposit, 10% off the sale.
    // Ramen: 4,500 - 500 = 4,000, then 10% of (4,000 + 2,800 = 6,800) = 680 shared
    // 4,000 : 2,800 -> 400 / 280. Ramen paid 3,600, cola 2,520, deposit 100.
    SaleRecord originalSale()
    {
        Promotion p;
        p.id = "R3";
        p.name = "3 for 4,000";
        p.kind = Promotion::Kind::NForPrice;
        p.skus = {"K-RAMEN"};
        p.quantity = 3;
        p.price = krw(4000);
        Transaction t(header("S-100"), catalog, config, clock, {p});
        LANE_ASSERT(t.addSku("K-RAMEN", 3000).ok());
        LANE_ASSERT(t.addSku("K-COLA").ok());
        LANE_ASSERT(t.addSku("K-BATTERY").ok());
        LANE_ASSERT(
            t.addTransactionDiscount({Discount::Kind::Percent, 1000, krw(0), "VIP", "m"}).ok());
        LANE_ASSERT(t.startTendering().ok());
        LANE_ASSERT(t.payCash(krw(20000)).ok());
        LANE_ASSERT(t.finalize().ok());
        return t.receipt();
    }
};

TEST_F(ReturnsTest, OriginalPaidAmountsIncludeEveryDiscount)
{
    const SaleRecord r = originalSale();
    EXPECT_EQ(r.line(1)->paid.minor(), 3600);
    EXPECT_EQ(r.line(2)->paid.minor(), 2520);
    EXPECT_EQ(r.line(3)->paid.minor(), 100);
    EXPECT_EQ(r.line(4)->paid.minor(), 5000);
}

TEST_F(ReturnsTest, PartialReturnsAddUpToWhatWasPaid)
{
    SaleRecord r = originalSale();
    Transaction ret1(header("S-101"), catalog, config, clock);
    auto one = ret1.addReturn(r, 1, 1000);
    ASSERT_TRUE(one.ok()) << one.error().message;
    // 3,600 x 1/3 = 1,200
    EXPECT_EQ(ret1.total().minor(), -1200);
    auto tooMany = ret1.addReturn(r, 1, 3000);
    ASSERT_FALSE(tooMany.ok());
    EXPECT_EQ(tooMany.error().code, "return.exceeds_sold");

    // The store records what was returned; the next return sees it.
    r.lines[0].returnedQuantityMilli = 1000;
    Transaction ret2(header("S-102"), catalog, config, clock);
    ASSERT_TRUE(ret2.addReturn(r, 1, 2000).ok());
    EXPECT_EQ(ret2.total().minor(), -2400);
    EXPECT_EQ(ret1.total().minor() + ret2.total().minor(), -3600);
    r.lines[0].returnedQuantityMilli = 3000;
    Transaction ret3(header("S-103"), catalog, config, clock);
    EXPECT_EQ(ret3.addReturn(r, 1, 1000).error().code, "return.exceeds_sold");
}

TEST_F(ReturnsTest, UnevenSharesStillAddUp)
{
    // 10,000 paid for 3 units: 3,333 + 3,334 + 3,333 (cumulative rounding).
    SaleRecord r = originalSale();
    r.lines[0].paid = krw(10000);
    std::int64_t sum = 0;
    for (int k = 0; k < 3; ++k) {
        Transaction t(header("R-" + std::to_string(k)), catalog, config, clock);
        ASSERT_TRUE(t.addReturn(r, 1, 1000).ok());
        sum += t.total().minor();
        r.lines[0].returnedQuantityMilli += 1000;
    }
    EXPECT_EQ(sum, -10000);
}

TEST_F(ReturnsTest, DepositGoesBackWithItsItem)
{
    const SaleRecord r = originalSale();
    Transaction t(header("S-104"), catalog, config, clock);
    auto id = t.addReturn(r, 2, 1000);
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_EQ(t.basket().data().lines.size(), 2u);
    EXPECT_EQ(t.basket().data().lines[1].parentLineId, *id);
    EXPECT_EQ(t.total().minor(), -(2520 + 100));
    ASSERT_TRUE(t.voidLine(*id, "c7", "wrong item").ok());
    EXPECT_TRUE(t.total().isZero());
}

TEST_F(ReturnsTest, RefusedReturns)
{
    SaleRecord r = originalSale();
    Transaction t(header("S-105"), catalog, config, clock);
    EXPECT_EQ(t.addReturn(r, 4, 1000).error().code, "return.not_returnable");
    EXPECT_EQ(t.addReturn(r, 99, 1000).error().code, "return.no_line");
    EXPECT_EQ(t.addReturn(r, 3, 1000).error().code, "return.no_line"); // the deposit line
    EXPECT_EQ(t.addReturn(r, 1, 500).error().code, "return.quantity");
    r.lines[0].voided = true;
    EXPECT_EQ(t.addReturn(r, 1, 1000).error().code, "return.no_line");
    r.state = TransactionState::Voided;
    EXPECT_EQ(t.addReturn(r, 2, 1000).error().code, "return.not_finalized");
    EXPECT_TRUE(t.basket().empty());
}

TEST_F(ReturnsTest, RefundIsPaidOutInCash)
{
    const SaleRecord r = originalSale();
    Transaction t(header("S-106"), catalog, config, clock);
    ASSERT_TRUE(t.addReturn(r, 1, 1000).ok());
    ASSERT_TRUE(t.startTendering().ok());
    EXPECT_EQ(t.payVoucher(TenderKind::Voucher, krw(100), "V").error().code, "tender.amount");
    EXPECT_EQ(t.payCash(krw(-5000)).error().code, "tender.overtender");
    ASSERT_TRUE(t.payCash(krw(-1200)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
}

TEST_F(ReturnsTest, WithoutReceiptNeedsApprovalAndFlagsTheSale)
{
    Transaction t(header("S-107"), catalog, config, clock);
    EXPECT_EQ(t.addReturnWithoutReceipt("K-RAMEN", 1000, "").error().code,
              "return.approval_required");
    EXPECT_EQ(t.addReturnWithoutReceipt("K-BATTERY", 1000, "APP-7").error().code,
              "return.not_returnable");
    ASSERT_TRUE(t.addReturnWithoutReceipt("K-COLA", 2000, "APP-7").ok());
    // 2 x 2,800 + 2 x 100 deposit at today's prices
    EXPECT_EQ(t.total().minor(), -5800);
    const Receipt rec = t.receipt();
    EXPECT_TRUE(rec.returnWithoutReceipt);
    EXPECT_EQ(rec.approvals, std::vector<std::string>{"APP-7"});
}

TEST_F(ReturnsTest, ExchangeInOneTransaction)
{
    const SaleRecord r = originalSale();
    Transaction t(header("S-108"), catalog, config, clock);
    ASSERT_TRUE(t.addReturn(r, 1, 1000).ok()); // -1,200
    ASSERT_TRUE(t.addSku("K-MILK").ok());      // +2,650
    EXPECT_EQ(t.total().minor(), 1450);
    // The returned line takes no share of new discounts.
    ASSERT_TRUE(t.addTransactionDiscount({Discount::Kind::Percent, 1000, krw(0), "VIP", "m"}).ok());
    EXPECT_EQ(t.total().minor(), 1450 - 265);
}

} // namespace
