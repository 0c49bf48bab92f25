#include <gtest/gtest.h>

#include <functional>

#include "core/sale/receipttext.h"
#include "core/sale/transaction.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;

namespace {

class RecordingSink final : public EventSink
{
public:
    std::vector<std::string> names;
    void emit(Severity, std::string_view name, std::string_view,
              std::vector<EventAttribute>) override
    {
        names.emplace_back(name);
    }
};

class TransactionTest : public ::testing::Test
{
protected:
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog = koreanCatalog();
    SaleConfig config = koreanConfig();

    Transaction sale(std::string id = "T-1")
    {
        return Transaction(header(std::move(id)), catalog, config, clock);
    }
};

TEST_F(TransactionTest, HappyPathRecordsEveryMove)
{
    RecordingSink sink;
    Transaction t(header("T-1"), catalog, config, clock, {}, &sink);
    EXPECT_EQ(t.state(), TransactionState::Open);
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.payCash(krw(1500)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
    ASSERT_TRUE(t.finalize().ok());
    EXPECT_EQ(t.state(), TransactionState::Finalized);
    ASSERT_EQ(t.history().size(), 3u);
    EXPECT_EQ(t.history()[0].to, TransactionState::Tendering);
    EXPECT_EQ(t.history()[1].to, TransactionState::Paid);
    EXPECT_EQ(t.history()[2].to, TransactionState::Finalized);
    EXPECT_EQ(t.header().finishedAt, clock.now());
    EXPECT_EQ(sink.names, std::vector<std::string>{"sale.finalized"});
}

struct MoveCase
{
    const char *name;
    std::function<void(Transaction &)> reach; // brings a fresh sale to the start state
    std::function<Status(Transaction &)> move;
    const char *code;
    const char *message; // part of the message: "from X to Y"
};

void toTendering(Transaction &t)
{
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    ASSERT_TRUE(t.startTendering().ok());
}
void toPaid(Transaction &t)
{
    toTendering(t);
    ASSERT_TRUE(t.payCash(krw(1500)).ok());
}
void toFinalized(Transaction &t)
{
    toPaid(t);
    ASSERT_TRUE(t.finalize().ok());
}
void toVoided(Transaction &t)
{
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    ASSERT_TRUE(t.voidTransaction("m1", "customer left").ok());
}
void toSuspended(Transaction &t)
{
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    ASSERT_TRUE(t.suspend("c7").ok());
}

class InvalidMoves : public TransactionTest, public ::testing::WithParamInterface<MoveCase>
{};

TEST_P(InvalidMoves, AreRefusedNamingFromAndTo)
{
    const auto &c = GetParam();
    Transaction t = sale();
    c.reach(t);
    const auto before = t.state();
    const auto historySize = t.history().size();
    auto s = c.move(t);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, c.code);
    EXPECT_NE(s.error().message.find(c.message), std::string::npos) << s.error().message;
    EXPECT_EQ(t.state(), before);
    EXPECT_EQ(t.history().size(), historySize);
}

INSTANTIATE_TEST_SUITE_P(
    Transaction, InvalidMoves,
    ::testing::Values(
        MoveCase{"FinalizeOpen", [](Transaction &) {},
                 [](Transaction &tx) { return tx.finalize(); }, "transaction.invalid_transition",
                 "from open to finalized"},
        MoveCase{"ResumeOpen", [](Transaction &) {}, [](Transaction &tx) { return tx.resume("c"); },
                 "transaction.invalid_transition", "from open to open"},
        MoveCase{"SuspendTendering", toTendering, [](Transaction &tx) { return tx.suspend("c"); },
                 "transaction.invalid_transition", "from tendering to suspended"},
        MoveCase{"FinalizeTendering", toTendering, [](Transaction &tx) { return tx.finalize(); },
                 "transaction.invalid_transition", "from tendering to finalized"},
        MoveCase{"VoidPaid", toPaid, [](Transaction &tx) { return tx.voidTransaction("m", "x"); },
                 "transaction.invalid_transition", "from paid to voided"},
        MoveCase{"BackFromPaid", toPaid, [](Transaction &tx) { return tx.backToBasket(); },
                 "transaction.invalid_transition", "from paid to open"},
        MoveCase{"TenderFinalized", toFinalized,
                 [](Transaction &tx) { return tx.startTendering(); },
                 "transaction.invalid_transition", "from finalized to tendering"},
        MoveCase{"VoidFinalized", toFinalized,
                 [](Transaction &tx) { return tx.voidTransaction("m", "x"); },
                 "transaction.invalid_transition", "from finalized to voided"},
        MoveCase{"AddToFinalized", toFinalized,
                 [](Transaction &tx) { return Status(tx.addSku("K-RAMEN").error()); },
                 "transaction.invalid_state", "is finalized"},
        MoveCase{"ResumeVoided", toVoided, [](Transaction &tx) { return tx.resume("c"); },
                 "transaction.invalid_transition", "from voided to open"},
        MoveCase{"DiscountVoided", toVoided,
                 [](Transaction &tx) {
                     return Status(tx.addTransactionDiscount(
                                         {Discount::Kind::Percent, 1000, krw(0), "R", "u"})
                                       .error());
                 },
                 "transaction.invalid_state", "is voided"},
        MoveCase{"CashVoided", toVoided, [](Transaction &tx) { return tx.payCash(krw(1000)); },
                 "transaction.invalid_state", "is voided"},
        MoveCase{"VoidLineSuspended", toSuspended,
                 [](Transaction &tx) { return tx.voidLine(1, "c", "x"); },
                 "transaction.invalid_state", "is suspended"},
        MoveCase{"TenderSuspended", toSuspended,
                 [](Transaction &tx) { return tx.startTendering(); },
                 "transaction.invalid_transition", "from suspended to tendering"},
        MoveCase{"AddWhileTendering", toTendering,
                 [](Transaction &tx) { return Status(tx.addSku("K-RAMEN").error()); },
                 "transaction.invalid_state", "is tendering"}),
    [](const auto &c) { return std::string(c.param.name); });

TEST_F(TransactionTest, SuspendAndResume)
{
    Transaction t = sale();
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    ASSERT_TRUE(t.suspend("c7").ok());
    EXPECT_EQ(t.state(), TransactionState::Suspended);
    ASSERT_TRUE(t.resume("c8").ok());
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    EXPECT_EQ(t.total().minor(), 3000);
    EXPECT_EQ(t.history().back().userId, "c8");
}

TEST_F(TransactionTest, BackToBasketOnlyWithoutTenders)
{
    Transaction t = sale();
    ASSERT_TRUE(t.addSku("K-RAMEN", 2000).ok());
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.backToBasket().ok());
    ASSERT_TRUE(t.addSku("K-MILK").ok());
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.payCash(krw(1000)).ok());
    EXPECT_EQ(t.backToBasket().error().code, "transaction.tenders_present");
}

TEST_F(TransactionTest, TenderingNeedsLinesAndAgeChecks)
{
    Transaction t = sale();
    EXPECT_EQ(t.startTendering().error().code, "transaction.empty");
    ASSERT_TRUE(t.addSku("K-SOJU").ok());
    EXPECT_EQ(t.startTendering().error().code, "age.check_required");
    ASSERT_TRUE(t.verifyAge({"c7", std::nullopt, true}).ok());
    EXPECT_TRUE(t.startTendering().ok());
}

TEST_F(TransactionTest, VoidWithCardPaymentNeedsAReversalFirst)
{
    Transaction t = sale();
    ASSERT_TRUE(t.addSku("K-RAMEN", 2000).ok());
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.addCardTender(krw(1000), {"476173******0010", "VISA", "1", "T", "R"}).ok());
    EXPECT_EQ(t.voidTransaction("m1", "x").error().code, "transaction.card_tenders_present");
}

TEST_F(TransactionTest, SnapshotRestoresTheSameSale)
{
    std::vector<Promotion> promos;
    Promotion p;
    p.id = "R2";
    p.name = "Ramen 2 for 2,500";
    p.kind = Promotion::Kind::NForPrice;
    p.skus = {"K-RAMEN"};
    p.quantity = 2;
    p.price = krw(2500);
    promos.push_back(p);
    Transaction t(header("T-9"), catalog, config, clock, promos);
    ASSERT_TRUE(t.addSku("K-RAMEN", 3000).ok());
    ASSERT_TRUE(t.addSku("K-COLA").ok());
    auto soju = t.addSku("K-SOJU");
    ASSERT_TRUE(soju.ok());
    ASSERT_TRUE(t.voidLine(*soju, "c7", "no ID").ok());
    ASSERT_TRUE(t.addTransactionDiscount({Discount::Kind::Amount, 0, krw(300), "VIP", "m1"}).ok());
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.payCash(krw(1000)).ok());

    const TransactionSnapshot snap = t.snapshot();
    auto restored = Transaction::restore(snap, catalog, config, clock, promos);
    ASSERT_TRUE(restored.ok()) << restored.error().message;
    EXPECT_EQ(restored->state(), TransactionState::Tendering);
    EXPECT_EQ(restored->total(), t.total());
    EXPECT_EQ(restored->balance(), t.balance());
    const ReceiptTextOptions opts;
    EXPECT_EQ(renderReceiptText(restored->receipt(), opts), renderReceiptText(t.receipt(), opts));
    // And it carries on where it stopped.
    ASSERT_TRUE(restored->payCash(restored->cashDue()).ok());
    EXPECT_EQ(restored->state(), TransactionState::Paid);
}

TEST_F(TransactionTest, RestoreRefusesInconsistentData)
{
    Transaction t = sale();
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    TransactionSnapshot snap = t.snapshot();
    snap.basket.lines.push_back(snap.basket.lines[0]); // duplicate id
    auto r = Transaction::restore(snap, catalog, config, clock);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "transaction.snapshot_invalid");
}

} // namespace
