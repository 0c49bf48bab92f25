// Suspended baskets: each move (put aside, taken back) is one commit with its journal
// entry, so faults and kills at any instant leave every basket in exactly one place.
#include <csignal>
#include <random>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/store/faultvfs.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

std::int64_t count(Store &store, const std::string &sql)
{
    auto v = store.database().queryInt(sql);
    EXPECT_TRUE(v) << v.error().message;
    return v ? *v : -1;
}

/// The engine's resume, as the lane does it.
Store::Reopen resumeWith(StoreFixture &f, const std::string &userId)
{
    return [&f, userId](const TransactionSnapshot &s) -> Result<TransactionSnapshot> {
        auto t = Transaction::restore(s, f.store->catalog(), f.config, f.clock);
        if (!t) {
            return t.error();
        }
        if (auto r = t->resume(userId); !r) {
            return r.error();
        }
        return t->snapshot();
    };
}

/// A basket with `items` lines, put aside by the engine (state Suspended).
Transaction suspendedSale(StoreFixture &f, const std::string &cashierName, int items)
{
    Transaction t = f.newSale();
    const char *skus[] = {"1001", "1002", "1003"};
    for (int k = 0; k < items; ++k) {
        EXPECT_TRUE(t.addSku(skus[k % 3]));
    }
    EXPECT_TRUE(persistBasket(*f.store, t));
    EXPECT_TRUE(t.suspend("c7"));
    auto snap = t.snapshot();
    snap.header.cashierName = cashierName;
    auto restored = Transaction::restore(snap, f.store->catalog(), f.config, f.clock);
    EXPECT_TRUE(restored);
    return std::move(*restored);
}

TEST(SuspendedBaskets, SuspendListAndTakeBack)
{
    StoreFixture f;
    f.create();
    Transaction t = suspendedSale(f, "Kim", 2);
    auto id = f.store->suspendBasket(t.snapshot(), t.total());
    ASSERT_TRUE(id) << id.error().message;
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM current_basket"), 0);

    f.clock.advance(std::chrono::minutes(3));
    f.reopen(); // survives a restart
    auto list = f.store->suspendedBaskets();
    ASSERT_TRUE(list) << list.error().message;
    ASSERT_EQ(list->size(), 1u);
    const SuspendedBasket &b = list->front();
    EXPECT_EQ(b.id, *id);
    EXPECT_EQ(b.suspendedAt, testTime());
    EXPECT_EQ(b.userId, "c7");
    EXPECT_EQ(b.cashierName, "Kim");
    EXPECT_EQ(b.itemCount, 2);
    EXPECT_EQ(b.total, t.total());
    EXPECT_FALSE(b.total.isZero());
    EXPECT_EQ(b.snapshot.state, TransactionState::Suspended);

    auto taken = f.store->takeSuspended(*id, "c8", resumeWith(f, "c8"));
    ASSERT_TRUE(taken) << taken.error().message;
    EXPECT_EQ(taken->state, TransactionState::Suspended);
    EXPECT_EQ(taken->basket.lines.size(), 2u);
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM suspended_basket"), 0);
    auto open = f.store->loadBasket();
    ASSERT_TRUE(open && *open);
    EXPECT_EQ((*open)->snapshot.state, TransactionState::Open);
    EXPECT_EQ((*open)->snapshot.basket.lines.size(), 2u);
    EXPECT_EQ((*open)->snapshot.history.back().userId, "c8");

    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM journal WHERE type = 'suspend'"), 1);
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM journal WHERE type = 'resume'"), 1);
    EXPECT_EQ(*f.store->database().queryText("SELECT payload FROM journal WHERE type = 'resume'"),
              "{\"device\":\"S0123-02\",\"items\":2,\"suspended\":" + std::to_string(*id)
                  + ",\"user\":\"c8\"}");
    auto v = f.store->verifyJournal();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->ok) << v->problem;

    // Taken once only; the id is never handed out again.
    auto again = f.store->takeSuspended(*id, "c8", resumeWith(f, "c8"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, "store.not_found");
    ASSERT_TRUE(f.store->clearBasket());
    Transaction next = suspendedSale(f, "Lee", 1);
    auto id2 = f.store->suspendBasket(next.snapshot(), next.total());
    ASSERT_TRUE(id2);
    EXPECT_GT(*id2, *id);
}

TEST(SuspendedBaskets, RefusesWhatIsNotSuspendedAndABusyLane)
{
    StoreFixture f;
    f.create();
    Transaction open = f.newSale();
    ASSERT_TRUE(open.addSku("1001"));
    auto refused = f.store->suspendBasket(open.snapshot(), open.total());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "store.invalid_state");

    Transaction t = suspendedSale(f, "Kim", 1);
    auto id = f.store->suspendBasket(t.snapshot(), t.total());
    ASSERT_TRUE(id);
    // Another basket with lines is in progress: resuming would overwrite it.
    ASSERT_TRUE(persistBasket(*f.store, open));
    auto busy = f.store->takeSuspended(*id, "c1", resumeWith(f, "c1"));
    ASSERT_FALSE(busy);
    EXPECT_EQ(busy.error().code, "store.basket_in_progress");
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM suspended_basket"), 1);
    // A failing resume in the engine leaves the basket suspended.
    ASSERT_TRUE(f.store->clearBasket());
    auto failing = f.store->takeSuspended(*id, "c1", [](const TransactionSnapshot &) {
        return Result<TransactionSnapshot>(makeError("sale.test", "engine refused"));
    });
    ASSERT_FALSE(failing);
    EXPECT_EQ(failing.error().code, "sale.test");
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM suspended_basket"), 1);
    EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM journal WHERE type = 'resume'"), 0);
}

// Every basket is in exactly one place: suspended or in progress. Returns the names found.
std::multiset<std::string> basketsEverywhere(Store &store)
{
    std::multiset<std::string> names;
    auto list = store.suspendedBaskets();
    EXPECT_TRUE(list) << list.error().message;
    for (const auto &b : list ? *list : std::vector<SuspendedBasket>{}) {
        names.insert(b.cashierName);
    }
    auto open = store.loadBasket();
    EXPECT_TRUE(open);
    if (open && *open && !(*open)->snapshot.basket.lines.empty()) {
        names.insert((*open)->snapshot.header.cashierName);
    }
    return names;
}

class SuspendFault : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override { ASSERT_TRUE(FaultVfs::install()); }
    void TearDown() override { FaultVfs::clear(); }
};

// Fails the N-th write or sync of a suspend and of a take-back, for every N: the basket
// stays where it was, and once the fault clears the move happens once.
TEST_P(SuspendFault, EveryFailedWriteLeavesTheBasketWhereItWas)
{
    StoreFixture f;
    f.create(StoreOptions{FaultVfs::kName});
    Transaction t = suspendedSale(f, "Kim", 2);
    const std::multiset<std::string> kim{"Kim"};
    std::optional<std::int64_t> id;
    for (int ok = 0; ok < 200 && !id; ++ok) {
        FaultVfs::arm(ok, GetParam());
        auto r = f.store->suspendBasket(t.snapshot(), t.total());
        FaultVfs::clear();
        if (r) {
            id = *r;
            break;
        }
        EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM suspended_basket"), 0);
        EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM current_basket"), 1);
    }
    ASSERT_TRUE(id);
    EXPECT_EQ(basketsEverywhere(*f.store), kim);
    bool taken = false;
    for (int ok = 0; ok < 200 && !taken; ++ok) {
        FaultVfs::arm(ok, GetParam());
        auto r = f.store->takeSuspended(*id, "c1", resumeWith(f, "c1"));
        FaultVfs::clear();
        taken = r.ok();
        if (!taken) {
            EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM suspended_basket"), 1);
            EXPECT_EQ(count(*f.store, "SELECT COUNT(*) FROM current_basket"), 0);
        }
    }
    ASSERT_TRUE(taken);
    EXPECT_EQ(basketsEverywhere(*f.store), kim);
    EXPECT_EQ(*f.store->database().queryText("PRAGMA integrity_check"), "ok");
    EXPECT_TRUE(f.store->verifyJournal()->ok);
}

INSTANTIATE_TEST_SUITE_P(Codes, SuspendFault, ::testing::Values(SQLITE_FULL, SQLITE_IOERR_WRITE),
                         [](const auto &p) {
                             return p.param == SQLITE_FULL ? "DiskFull" : "IoError";
                         });

// The child keeps taking the oldest basket back and putting it aside again until it is
// killed. Exit codes other than by the kill mean the child itself failed.
[[noreturn]] void shuffleBaskets(StoreFixture &f)
{
    auto opened = Store::open(f.dbPath(), f.clock);
    if (!opened) {
        ::_exit(3);
    }
    f.store = std::move(*opened);
    for (;;) {
        auto open = f.store->loadBasket();
        if (!open) {
            ::_exit(4);
        }
        if (*open && !(*open)->snapshot.basket.lines.empty()) {
            auto t = Transaction::restore((*open)->snapshot, f.store->catalog(), f.config, f.clock);
            if (!t || !t->suspend("c1") || !f.store->suspendBasket(t->snapshot(), t->total())) {
                ::_exit(5);
            }
            continue;
        }
        auto list = f.store->suspendedBaskets();
        if (!list || list->empty()) {
            ::_exit(6);
        }
        if (!f.store->takeSuspended(list->front().id, "c1", resumeWith(f, "c1"))) {
            ::_exit(7);
        }
    }
}

void killTorture(int kills)
{
    StoreFixture f;
    f.create();
    const std::multiset<std::string> all{"A", "B", "C"};
    for (const char *name : {"A", "B", "C"}) {
        Transaction t = suspendedSale(f, name, 2);
        ASSERT_TRUE(f.store->suspendBasket(t.snapshot(), t.total()));
    }
    f.store.reset();
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> delayUs(2000, 40000);
    for (int k = 0; k < kills; ++k) {
        const pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            shuffleBaskets(f);
        }
        ::usleep(static_cast<useconds_t>(delayUs(rng)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
        f.reopen();
        ASSERT_EQ(basketsEverywhere(*f.store), all) << "after kill " << k;
        ASSERT_EQ(*f.store->database().queryText("PRAGMA integrity_check"), "ok");
        auto v = f.store->verifyJournal();
        ASSERT_TRUE(v);
        ASSERT_TRUE(v->ok) << v->problem << " after kill " << k;
        f.store.reset();
    }
}

#ifdef LANE_LONG_TESTS
TEST(SuspendedBasketsKill, NoBasketLostOrDuplicatedAcross200Kills)
{
    killTorture(200);
}
#else
TEST(SuspendedBasketsKill, NoBasketLostOrDuplicatedAcrossKills)
{
    killTorture(25);
}
#endif

} // namespace
} // namespace lane::core::test
