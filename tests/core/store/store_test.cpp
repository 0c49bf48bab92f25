#include <fstream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/store/faultvfs.h"
#include "core/store/snapshotcodec.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

// Scans two items, pays cash: a Paid transaction.
Transaction paidSale(StoreFixture &f, bool persist = true)
{
    Transaction t = f.newSale();
    EXPECT_TRUE(t.addSku("1001"));
    if (persist) {
        EXPECT_TRUE(persistBasket(*f.store, t));
    }
    EXPECT_TRUE(t.addSku("1002", 2000));
    if (persist) {
        EXPECT_TRUE(persistBasket(*f.store, t));
    }
    EXPECT_TRUE(t.startTendering());
    EXPECT_TRUE(t.payCash(Money(5000, krw())));
    if (persist) {
        EXPECT_TRUE(persistBasket(*f.store, t));
    }
    EXPECT_EQ(t.state(), TransactionState::Paid);
    return t;
}

std::int64_t count(StoreFixture &f, const char *sql)
{
    auto v = f.store->database().queryInt(sql);
    EXPECT_TRUE(v) << v.error().message;
    return v ? *v : -1;
}

TEST(Store, InitRefusesToOverwriteWithoutForce)
{
    StoreFixture f;
    f.create();
    StoreInit init{f.dbPath(), "S0123", "02", krw(), 540, false};
    auto again = Store::init(init, f.clock);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, "store.exists");
    EXPECT_NE(again.error().message.find("--force"), std::string::npos);
    f.store.reset();
    init.force = true;
    init.storeCode = "S0999";
    auto forced = Store::init(init, f.clock);
    ASSERT_TRUE(forced) << forced.error().message;
    EXPECT_EQ((*forced)->identity().storeCode, "S0999");
    EXPECT_EQ(*(*forced)->database().queryInt("SELECT COUNT(*) FROM item"), 0);
}

TEST(Store, OpenReadsIdentityAndSettings)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(f.store->setSetting("device.scanner", "sim-scanner"));
    f.reopen();
    EXPECT_EQ(f.store->identity().deviceId(), "S0123-02");
    EXPECT_EQ(f.store->identity().currency.alpha(), "KRW");
    EXPECT_EQ(f.store->identity().utcOffsetMinutes, 540);
    auto s = f.store->settings();
    ASSERT_TRUE(s);
    ASSERT_EQ(s->size(), 1u);
    EXPECT_EQ((*s)[0].second, "sim-scanner");
    EXPECT_EQ(*f.store->database().queryText("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(*f.store->database().queryInt("PRAGMA synchronous"), 2); // FULL
}

TEST(Store, OpenMissingDatabaseIsAClearError)
{
    TempDir dir;
    ManualClock clock;
    auto s = Store::open(dir.file("none.db"), clock);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.not_found");
}

TEST(Store, CorruptDatabaseIsRefusedAndLeftAlone)
{
    StoreFixture f;
    f.create();
    f.store.reset();
    {
        std::fstream io(f.dbPath(), std::ios::in | std::ios::out | std::ios::binary);
        io.seekp(0);
        io << "this is not sqlite";
    }
    std::filesystem::remove(f.dbPath() + "-wal");
    const auto before = std::filesystem::file_size(f.dbPath());
    auto s = Store::open(f.dbPath(), f.clock);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.corrupt");
    EXPECT_EQ(std::filesystem::file_size(f.dbPath()), before);
}

TEST(Store, FinalizeWritesSaleLinesTendersTaxAndJournal)
{
    StoreFixture f;
    f.create();
    Transaction paid = paidSale(f);
    auto done = finalizeSale(*f.store, paid, f.context(),
                             [](const Receipt &r) { return "receipt " + r.header.transactionId; });
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(done->state(), TransactionState::Finalized);
    EXPECT_EQ(done->header().transactionId, "S0123-02-20261122-000001");
    EXPECT_EQ(done->header().receiptNumber, 1u);
    EXPECT_EQ(paid.state(), TransactionState::Paid); // the caller's copy is untouched

    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale"), 1);
    EXPECT_EQ(count(f, "SELECT total_minor FROM sale"), 4200);
    EXPECT_EQ(count(f, "SELECT change_minor FROM sale"), 800);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale_line"), 2);
    EXPECT_EQ(count(f, "SELECT quantity_milli FROM sale_line WHERE sku = '1002'"), 2000);
    EXPECT_EQ(count(f, "SELECT applied_minor FROM sale_tender"), 4200);
    EXPECT_EQ(count(f, "SELECT SUM(gross_minor) FROM sale_tax"), 4200);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM current_basket"), 0);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal WHERE type = 'sale'"), 1);
    EXPECT_EQ(*f.store->database().queryText("SELECT receipt_text FROM sale"),
              "receipt S0123-02-20261122-000001");
    auto v = f.store->verifyJournal();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->ok) << v->problem;

    auto loaded = f.store->loadSale("S0123-02-20261122-000001");
    ASSERT_TRUE(loaded);
    ASSERT_TRUE(*loaded);
    EXPECT_EQ((*loaded)->state, TransactionState::Finalized);
    EXPECT_EQ(encodeSnapshot(**loaded), encodeSnapshot(done->snapshot()));
}

TEST(Store, ReceiptNumbersAreMonotonicAcrossSalesVoidsAndRestarts)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(finalizeSale(*f.store, paidSale(f, false), f.context()));
    Transaction open = f.newSale();
    ASSERT_TRUE(open.addSku("1005"));
    auto voided = voidSale(*f.store, open, "c1", "customer left", f.context());
    ASSERT_TRUE(voided) << voided.error().message;
    EXPECT_EQ(voided->state(), TransactionState::Voided);
    EXPECT_EQ(voided->header().transactionId, "S0123-02-20261122-000002");
    f.reopen();
    f.clock.advance(std::chrono::hours(24));
    auto third = finalizeSale(*f.store, paidSale(f, false), f.context());
    ASSERT_TRUE(third);
    EXPECT_EQ(third->header().transactionId, "S0123-02-20261123-000003");
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale WHERE kind = 'void'"), 1);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal WHERE type = 'void'"), 1);
}

TEST(Store, BusinessDateUsesStoreTime)
{
    StoreFixture f;
    f.create();
    using namespace std::chrono;
    // 2026-11-22 16:30 UTC is 2026-11-23 01:30 in Seoul (+09:00).
    f.clock.set(TimePoint(sys_days(year(2026) / 11 / 22) + hours(16) + minutes(30)));
    EXPECT_EQ(f.store->businessDateAt(f.clock.now()), (Date{2026, 11, 23}));
}

TEST(Store, SaleBelongsToTheOpenBusinessDayNotTheClock)
{
    StoreFixture f;
    f.create();
    // The clock says 2026-11-22 19:00 store time; the manager opened the 23rd.
    ASSERT_TRUE(f.store->database().exec("INSERT INTO business_day (business_date, opened_utc_ns, "
                                         "closed_utc_ns, z_number) VALUES ('2026-11-22', 1, 2, "
                                         "1), ('2026-11-23', 3, NULL, NULL)"));
    auto done = finalizeSale(*f.store, paidSale(f, false), f.context());
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(done->header().transactionId, "S0123-02-20261123-000001");
    EXPECT_EQ(done->header().businessDate, (Date{2026, 11, 23}));
    EXPECT_EQ(*f.store->database().queryText("SELECT business_date FROM sale"), "2026-11-23");
}

TEST(Store, ClosedBusinessDayRefusesEveryCommit)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(
        f.store->database().exec("INSERT INTO business_day (business_date, opened_utc_ns, "
                                 "closed_utc_ns, z_number) VALUES ('2026-11-22', 1, 2, 4)"));
    Transaction paid = paidSale(f);
    auto refused = finalizeSale(*f.store, paid, f.context());
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "business_day.closed");
    EXPECT_EQ(refused.error().message,
              "business day 2026-11-22 was closed by Z 4; open the next business day before "
              "selling");
    Transaction open = f.newSale();
    ASSERT_TRUE(open.addSku("1005"));
    auto voided = voidSale(*f.store, open, "c1", "customer left", f.context());
    ASSERT_FALSE(voided);
    EXPECT_EQ(voided.error().code, "business_day.closed");
    // Nothing written, no number used, the basket in progress kept.
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale"), 0);
    EXPECT_EQ(count(f, "SELECT last_receipt_seq FROM device_state"), 0);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal"), 1);
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM current_basket"), 1);
    // Opening the next day lets the same sale through.
    ASSERT_TRUE(f.store->database().exec(
        "INSERT INTO business_day (business_date, opened_utc_ns) VALUES ('2026-11-23', 3)"));
    auto done = finalizeSale(*f.store, paid, f.context());
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(done->header().transactionId, "S0123-02-20261123-000001");
}

TEST(Store, UnreadableBusinessDayIsCorruptionNamingTheRow)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(f.store->database().exec(
        "INSERT INTO business_day (business_date, opened_utc_ns) VALUES ('2026-13-01', 1)"));
    auto r = finalizeSale(*f.store, paidSale(f, false), f.context());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, "store.corrupt");
    EXPECT_NE(r.error().message.find("'2026-13-01'"), std::string::npos) << r.error().message;
}

TEST(Store, BasketInProgressIsRestoredExactly)
{
    StoreFixture f;
    f.create();
    Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(persistBasket(*f.store, t));
    ASSERT_TRUE(t.addPlu("4011", 1520)); // bananas, 1.52 kg gross
    ASSERT_TRUE(persistBasket(*f.store, t));
    ASSERT_TRUE(t.startTendering());
    ASSERT_TRUE(t.payCash(Money(1000, krw())));
    ASSERT_TRUE(persistBasket(*f.store, t));
    f.reopen();
    auto saved = f.store->loadBasket();
    ASSERT_TRUE(saved);
    ASSERT_TRUE(*saved);
    EXPECT_EQ((*saved)->revision, 3);
    auto restored = restoreBasket(*f.store, f.context());
    ASSERT_TRUE(restored) << restored.error().message;
    ASSERT_TRUE(*restored);
    EXPECT_EQ((*restored)->state(), TransactionState::Tendering);
    EXPECT_EQ(encodeSnapshot((*restored)->snapshot()), encodeSnapshot(t.snapshot()));
    EXPECT_EQ((*restored)->total(), t.total());
    EXPECT_EQ((*restored)->paid(), Money(1000, krw()));
}

TEST(Store, SnapshotCodecRefusesGarbage)
{
    EXPECT_FALSE(decodeSnapshot(""));
    EXPECT_FALSE(decodeSnapshot("garbage"));
    StoreFixture f;
    f.create();
    Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1003"));
    std::string bytes = encodeSnapshot(t.snapshot());
    ASSERT_TRUE(decodeSnapshot(bytes));
    EXPECT_FALSE(decodeSnapshot(bytes.substr(0, bytes.size() - 1)));
    EXPECT_FALSE(decodeSnapshot(bytes + "x"));
}

TEST(Store, EventsAreJournaled)
{
    StoreFixture f;
    f.create();
    for (auto type : {journal_type::kSignOn, journal_type::kNoSale, journal_type::kPriceOverride,
                      journal_type::kZReport}) {
        auto e = f.store->recordEvent(type, CanonicalJson().set("user", "c1"));
        ASSERT_TRUE(e) << e.error().message;
        EXPECT_EQ(e->type, type);
    }
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal"), 5);
    EXPECT_EQ(*f.store->database().queryText("SELECT payload FROM journal WHERE seq = 2"),
              "{\"device\":\"S0123-02\",\"user\":\"c1\"}");
}

class FaultTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(FaultVfs::install());
        f.create(StoreOptions{FaultVfs::kName});
    }
    void TearDown() override { FaultVfs::clear(); }
    StoreFixture f;
};

// Fails the N-th write or sync of the finalize commit for every N it reaches: the sale must
// be either fully there or not at all, the caller keeps it, and a retry after the fault
// clears commits it once.
TEST_P(FaultTest, FinalizeFailsCleanlyAtEveryWriteAndRetrySucceeds)
{
    const int code = GetParam();
    Transaction paid = paidSale(f);
    // Fail the first write or sync of the commit, then the second, and so on, until the
    // commit gets through: the point where space has come back.
    int failedRuns = 0;
    std::optional<Transaction> retry;
    for (int okCalls = 0; okCalls < 1000 && !retry; ++okCalls) {
        FaultVfs::arm(okCalls, code);
        auto r = finalizeSale(*f.store, paid, f.context());
        const int failures = FaultVfs::failures();
        FaultVfs::clear();
        if (r) {
            EXPECT_EQ(failures, 0);
            retry.emplace(std::move(*r));
            break;
        }
        ++failedRuns;
        const std::string expected = code == SQLITE_FULL ? "store.disk_full" : "store.io_error";
        EXPECT_EQ(r.error().code, expected) << r.error().message;
        EXPECT_EQ(paid.state(), TransactionState::Paid);
        // Nothing half-written: no sale, no journal entry, the basket is still there.
        EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale"), 0);
        EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale_line"), 0);
        EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal"), 1);
        EXPECT_EQ(count(f, "SELECT last_receipt_seq FROM device_state"), 0);
        EXPECT_EQ(count(f, "SELECT COUNT(*) FROM current_basket"), 1);
    }
    ASSERT_TRUE(retry);
    EXPECT_GT(failedRuns, 5); // the commit writes several WAL frames and syncs
    EXPECT_EQ(retry->header().transactionId, "S0123-02-20261122-000001");
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale"), 1);
    EXPECT_EQ(*f.store->database().queryText("PRAGMA integrity_check"), "ok");
    auto v = f.store->verifyJournal();
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->ok) << v->problem;
    // And the store survives a reopen with everything in it.
    f.reopen(StoreOptions{FaultVfs::kName});
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM sale"), 1);
}

INSTANTIATE_TEST_SUITE_P(Codes, FaultTest, ::testing::Values(SQLITE_FULL, SQLITE_IOERR_WRITE),
                         [](const auto &p) {
                             return p.param == SQLITE_FULL ? "DiskFull" : "IoError";
                         });

TEST(StoreFaults, BasketWriteOnFullDiskKeepsThePreviousSnapshot)
{
    ASSERT_TRUE(FaultVfs::install());
    StoreFixture f;
    f.create(StoreOptions{FaultVfs::kName});
    Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(persistBasket(*f.store, t));
    ASSERT_TRUE(t.addSku("1002"));
    FaultVfs::arm(0, SQLITE_FULL);
    auto s = persistBasket(*f.store, t);
    FaultVfs::clear();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.disk_full");
    auto saved = f.store->loadBasket();
    ASSERT_TRUE(saved && *saved);
    EXPECT_EQ((*saved)->snapshot.basket.lines.size(), 1u);
    ASSERT_TRUE(persistBasket(*f.store, t)); // space is back
    saved = f.store->loadBasket();
    EXPECT_EQ((*saved)->snapshot.basket.lines.size(), 2u);
}

TEST(StoreFaults, ReadOnlyDiskIsReported)
{
    ASSERT_TRUE(FaultVfs::install());
    StoreFixture f;
    f.create(StoreOptions{FaultVfs::kName});
    FaultVfs::arm(0, SQLITE_READONLY);
    auto e = f.store->recordEvent(journal_type::kNoSale, CanonicalJson().set("user", "c1"));
    FaultVfs::clear();
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().code, "store.read_only");
    EXPECT_EQ(count(f, "SELECT COUNT(*) FROM journal"), 1);
    ASSERT_TRUE(f.store->recordEvent(journal_type::kNoSale, CanonicalJson().set("user", "c1")));
    EXPECT_TRUE(f.store->verifyJournal()->ok);
}

} // namespace
} // namespace lane::core::test
