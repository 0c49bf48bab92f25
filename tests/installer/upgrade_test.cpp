// Upgrade and rollback of a lane's store across two schema versions: this program (the
// schema of storeMigrations()) and the next one, which adds one step. A newer lane migrates
// an older store forward; a rolled-back lane keeps selling on a store the next version only
// added to, and refuses one it changed, without writing a byte. No sale is lost either way.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

#include "core/store/migrations.h"
#include "tests/core/store/storetestutil.h"

namespace lane::core::test {
namespace {

/// The next version's schema history: ours plus one step.
std::vector<Migration> nextVersion(const char *description, const char *sql, int minReader)
{
    const auto ours = storeMigrations();
    std::vector<Migration> next(ours.begin(), ours.end());
    next.push_back({storeSchemaVersion() + 1, description, sql, minReader});
    return next;
}

// Additive: a table the current program never reads. Readable from this version on.
const char *kAddTable = "CREATE TABLE sale_note (receipt_no TEXT NOT NULL, note TEXT NOT NULL);";
// Changes what the current program reads: a column it selects is renamed.
const char *kChangeTable = "ALTER TABLE sale RENAME COLUMN receipt_text TO receipt_text_v1;";

/// Runs `migrations` as the program that ships them would, at its start.
Status openAs(const std::string &path, std::span<const Migration> migrations)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db) {
        return db.error();
    }
    return migrate(**db, migrations);
}

std::string fileBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class UpgradeRollback : public ::testing::Test
{
protected:
    void SetUp() override { f.create(); }

    /// Two items, paid in cash, committed by this program.
    void sell()
    {
        Transaction t = f.newSale();
        ASSERT_TRUE(t.addSku("1001"));
        ASSERT_TRUE(t.addSku("1002", 2000));
        ASSERT_TRUE(persistBasket(*f.store, t));
        ASSERT_TRUE(t.startTendering());
        ASSERT_TRUE(t.payCash(Money(5000, krw())));
        auto done = finalizeSale(*f.store, t, f.context());
        ASSERT_TRUE(done) << done.error().message;
    }
    std::int64_t sales()
    {
        auto n = f.store->database().queryInt("SELECT COUNT(*) FROM sale");
        EXPECT_TRUE(n) << n.error().message;
        return n ? *n : -1;
    }
    std::int64_t userVersion() { return *f.store->database().queryInt("PRAGMA user_version"); }
    /// Stops this program's lane (as the package upgrade does).
    void stop()
    {
        ASSERT_TRUE(f.store->maintenance(true));
        f.store.reset();
    }

    StoreFixture f;
};

/// The reader version this program's own migrations leave: the highest any step declares.
int ourReaderVersion()
{
    int reader = 0;
    for (const auto &m : storeMigrations()) {
        reader = std::max(reader, m.minReader > 0 ? m.minReader : m.version);
    }
    return reader;
}

TEST_F(UpgradeRollback, TheReaderVersionIsRecordedWithEveryStep)
{
    EXPECT_EQ(*readerVersion(f.store->database()), ourReaderVersion());
    // A store from before the record existed: its own version is the reader version.
    ASSERT_TRUE(f.store->database().exec("DROP TABLE schema_reader"));
    EXPECT_EQ(*readerVersion(f.store->database()), storeSchemaVersion());
}

TEST_F(UpgradeRollback, ANewerLaneMigratesTheOlderStoreForwardKeepingItsSales)
{
    sell();
    sell();
    stop();
    const auto next = nextVersion("sale notes", kAddTable, storeSchemaVersion());
    ASSERT_TRUE(openAs(f.dbPath(), next));
    f.reopen(); // look at it as this program
    EXPECT_EQ(userVersion(), storeSchemaVersion() + 1);
    EXPECT_EQ(sales(), 2);
    EXPECT_EQ(*f.store->database().queryInt("SELECT COUNT(*) FROM sale_note"), 0);
    auto verdict = f.store->verifyJournal();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
}

TEST_F(UpgradeRollback, RollingBackOverAnAdditiveStepKeepsSellingAndUpgradingAgainKeepsAll)
{
    sell();
    stop();
    const auto next = nextVersion("sale notes", kAddTable, storeSchemaVersion());
    ASSERT_TRUE(openAs(f.dbPath(), next)); // upgrade
    {
        auto db = Database::open(f.dbPath(), Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec("INSERT INTO sale_note VALUES ('r1', 'made by the new version')"));
    }

    // Roll back: this program opens the newer store and sells on it.
    f.reopen();
    EXPECT_EQ(userVersion(), storeSchemaVersion() + 1); // never downgraded
    EXPECT_EQ(*readerVersion(f.store->database()), storeSchemaVersion());
    EXPECT_EQ(sales(), 1);
    sell();
    sell();
    EXPECT_EQ(sales(), 3);
    stop();

    // Upgrade again: nothing to migrate, every sale and the newer version's data are there.
    ASSERT_TRUE(openAs(f.dbPath(), next));
    f.reopen();
    EXPECT_EQ(sales(), 3);
    EXPECT_EQ(*f.store->database().queryInt("SELECT COUNT(*) FROM sale_note"), 1);
    auto verdict = f.store->verifyJournal();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
}

TEST_F(UpgradeRollback, RollingBackOverABreakingStepIsRefusedWithoutWritingAByte)
{
    sell();
    sell();
    stop();
    const auto next = nextVersion("line weights", kChangeTable, 0);
    ASSERT_TRUE(openAs(f.dbPath(), next));
    {
        auto db = Database::open(f.dbPath(), Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const std::string before = fileBytes(f.dbPath());

    auto refused = Store::open(f.dbPath(), f.clock);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "store.schema_too_new");
    const std::string ours = std::to_string(storeSchemaVersion());
    const std::string theirs = std::to_string(storeSchemaVersion() + 1);
    EXPECT_NE(refused.error().message.find("database schema version " + theirs
                                           + " is newer than this program supports (" + ours
                                           + "); it needs version " + theirs + " or newer"),
              std::string::npos)
        << refused.error().message;
    EXPECT_EQ(fileBytes(f.dbPath()), before);

    // The newer version still has every sale.
    ASSERT_TRUE(openAs(f.dbPath(), next));
    auto db = Database::open(f.dbPath(), Database::Mode::ReadWrite);
    ASSERT_TRUE(db);
    EXPECT_EQ(*(*db)->queryInt("SELECT COUNT(receipt_text_v1) FROM sale"), 2);
}

TEST_F(UpgradeRollback, AStepAfterAnAdditiveOneRaisesTheReaderVersionForGood)
{
    stop();
    auto next = nextVersion("sale notes", kAddTable, storeSchemaVersion());
    next.push_back({storeSchemaVersion() + 2, "line weights", kChangeTable, 0});
    auto additiveOnly = std::span<const Migration>(next).first(next.size() - 1);
    ASSERT_TRUE(openAs(f.dbPath(), additiveOnly));
    ASSERT_TRUE(openAs(f.dbPath(), next));
    ASSERT_TRUE(openAs(f.dbPath(), next)); // idempotent
    // The program of the additive step can no longer open it either.
    const auto refused = openAs(f.dbPath(), additiveOnly);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "store.schema_too_new");
    auto db = Database::open(f.dbPath(), Database::Mode::ReadWrite);
    ASSERT_TRUE(db);
    EXPECT_EQ(*readerVersion(**db), storeSchemaVersion() + 2);
}

} // namespace
} // namespace lane::core::test
