// The snapshot codec lists fields by hand: a field it forgets is lost on every restart.
// Every field of a snapshot is set to something other than its default and must come
// back equal; the field counts below stop a new field from slipping past this test.
#include <gtest/gtest.h>

#include "core/store/snapshotcodec.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

// Counts an aggregate's fields: the most initialisers `T{...}` accepts.
struct AnyField
{
    template<typename T>
    operator T() const; // never called: only used in unevaluated requires-expressions
};

template<typename T, typename... Fields>
consteval std::size_t fieldCount()
{
    if constexpr (requires { T{Fields{}..., AnyField{}}; }) {
        return fieldCount<T, Fields..., AnyField>();
    } else {
        return sizeof...(Fields);
    }
}

// A new field in one of these types must be set in fullSnapshot() and written by the codec;
// then update its count here.
static_assert(fieldCount<TransactionSnapshot>() == 6);
static_assert(fieldCount<TransactionHeader>() == 9);
static_assert(fieldCount<StateChange>() == 5);
static_assert(fieldCount<BasketData>() == 7);
static_assert(fieldCount<BasketLine>() == 19);
static_assert(fieldCount<Item>() == 13);
static_assert(fieldCount<LineVoid>() == 3);
static_assert(fieldCount<PriceOverride>() == 3);
static_assert(fieldCount<Discount>() == 5);
static_assert(fieldCount<AgeCheck>() == 5);
static_assert(fieldCount<ReturnOrigin>() == 3);
static_assert(fieldCount<TransactionDiscount>() == 3);
static_assert(fieldCount<AgeVerification>() == 3);
static_assert(fieldCount<Tender>() == 8);
static_assert(fieldCount<CardApproval>() == 5);

TimePoint at(int seconds)
{
    return testTime() + std::chrono::seconds(seconds) + std::chrono::nanoseconds(7);
}

Money won(std::int64_t minor)
{
    return Money(minor, krw());
}

BasketLine fullLine(LineId id)
{
    BasketLine l;
    l.id = id;
    l.kind = LineKind::Deposit;
    l.entry = EntryMethod::Plu;
    l.item.sku = "sku-" + std::to_string(id);
    l.item.name = "사과 Äpfel";
    l.item.barcodes = {"08801234567893", "00012345678905"};
    l.item.plu = "4011";
    l.item.department = "produce";
    l.item.price = won(3980);
    l.item.taxClass = "exempt";
    l.item.weighed = true;
    l.item.minimumAge = 19;
    l.item.discountable = false;
    l.item.returnable = false;
    l.item.depositSku = "dep-1";
    l.item.tareGrams = 15;
    l.quantityMilli = 1520;
    l.tareGrams = 12;
    l.unitPrice = won(3500);
    l.fixedAmount = won(5320);
    l.priceOverride = PriceOverride{won(3980), "damaged", "s1"};
    l.discount = Discount{Discount::Kind::Amount, 250, won(100), "staff", "s2"};
    l.ageCheck = AgeCheck{19, true, "s3", Date{1990, 2, 28}, true};
    l.voided = LineVoid{"s4", "wrong item", at(5)};
    l.parentLineId = id + 40;
    l.returnOrigin = ReturnOrigin{"S0123-02-20261121-000007", LineId{3}, "ap-9"};
    l.scannedCode = "]e0010880123456789317261231";
    l.expiry = Date{2026, 12, 31};
    l.batch = "B42";
    l.serial = "SN-1";
    l.addedAt = at(3);
    return l;
}

TransactionSnapshot fullSnapshot()
{
    TransactionSnapshot s;
    s.header.transactionId = "S0123-02-20261122-000042";
    s.header.storeId = "S0123";
    s.header.posId = "02";
    s.header.receiptNumber = 42;
    s.header.businessDate = Date{2026, 11, 22};
    s.header.cashierId = "c1";
    s.header.cashierName = "김민지";
    s.header.startedAt = at(1);
    s.header.finishedAt = at(60);
    s.state = TransactionState::Tendering;
    s.basket.lines = {fullLine(1), fullLine(2)};
    s.basket.discounts
        = {TransactionDiscount{7, Discount{Discount::Kind::Percent, 1000, won(5), "coupon", "s5"},
                               LineVoid{"s6", "expired", at(9)}}};
    s.basket.ageVerification = AgeVerification{"s7", Date{1988, 1, 1}, true};
    s.basket.approvals = {"ap-1", "ap-2"};
    s.basket.returnWithoutReceipt = true;
    s.basket.nextLineId = 3;
    s.basket.nextDiscountId = 8;
    Tender card;
    card.kind = TenderKind::Card;
    card.tendered = won(5000);
    card.applied = won(4900);
    card.change = won(60);
    card.forfeited = won(40);
    card.reference = "ref-1";
    card.card = CardApproval{"476173******0010", "VISA", "A1B2", "T-9", "rrn-77"};
    card.at = at(30);
    s.tenders = {card};
    s.cashRoundingMinor = -3;
    s.history = {
        StateChange{TransactionState::Open, TransactionState::Suspended, at(20), "c1", "suspended"},
        StateChange{TransactionState::Suspended, TransactionState::Tendering, at(21), "c2",
                    "resumed"}};
    return s;
}

TEST(SnapshotCodec, EveryFieldRoundTrips)
{
    const TransactionSnapshot s = fullSnapshot();
    auto decoded = decodeSnapshot(encodeSnapshot(s));
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->header, s.header);
    EXPECT_EQ(decoded->basket.lines, s.basket.lines);
    EXPECT_EQ(decoded->basket, s.basket);
    EXPECT_EQ(decoded->tenders, s.tenders);
    EXPECT_EQ(decoded->history, s.history);
    EXPECT_TRUE(*decoded == s);
    // Equality sees a single changed field (so the test above can fail).
    TransactionSnapshot changed = s;
    changed.basket.lines[1].item.taxClass = "standard";
    EXPECT_FALSE(changed == s);
}

// Receipts are not stored field by field: they are derived again from the snapshot. A
// transaction restored from its stored snapshot gives the same receipt, every field of it.
TEST(SnapshotCodec, RestoredTransactionGivesTheSameReceipt)
{
    StoreFixture f;
    f.create();
    Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(t.addSku("1002", 3000));
    ASSERT_TRUE(t.addPlu("4011", 1520));
    ASSERT_TRUE(
        t.setLineDiscount(2, Discount{Discount::Kind::Percent, 1000, won(0), "staff", "s1"}));
    ASSERT_TRUE(t.startTendering());
    ASSERT_TRUE(t.payCash(won(2000)));
    ASSERT_TRUE(persistBasket(*f.store, t));
    auto restored = restoreBasket(*f.store, f.context());
    ASSERT_TRUE(restored && *restored);
    const Receipt before = t.receipt();
    const Receipt after = (*restored)->receipt();
    EXPECT_EQ(after.utcOffsetMinutes, 540);
    EXPECT_EQ(after.lines, before.lines);
    EXPECT_EQ(after.taxes, before.taxes);
    EXPECT_TRUE(after == before);
}

} // namespace
} // namespace lane::core::test
