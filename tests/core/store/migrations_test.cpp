#include <fstream>

#include <gtest/gtest.h>

#include "core/store/migrations.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

std::unique_ptr<Database> openDb(const std::string &path)
{
    auto db = Database::open(path, Database::Mode::ReadWriteCreate);
    EXPECT_TRUE(db) << db.error().message;
    return db ? std::move(*db) : nullptr;
}

TEST(Migrations, FreshDatabaseGetsTheNewestSchema)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    ASSERT_TRUE(migrate(*db));
    EXPECT_EQ(*db->queryInt("PRAGMA user_version"), storeSchemaVersion());
    EXPECT_EQ(*db->queryInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'item_name_fts'"), 1);
    ASSERT_TRUE(migrate(*db)); // idempotent
}

TEST(Migrations, OldVersionIsUpgradedKeepingItsData)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    const auto all = storeMigrations();
    ASSERT_TRUE(migrate(*db, all.first(1)));
    EXPECT_EQ(*db->queryInt("PRAGMA user_version"), 1);
    ASSERT_TRUE(db->exec("INSERT INTO item (sku, name, department, price_minor, tax_class, "
                         "weighed, discountable, returnable, tare_grams) VALUES ('1', 'Green tea', "
                         "'drinks', 1000, 'std', 0, 1, 1, 0)"));
    ASSERT_TRUE(migrate(*db));
    EXPECT_EQ(*db->queryInt("PRAGMA user_version"), storeSchemaVersion());
    // The name index of version 2 was built over the rows version 1 had.
    EXPECT_EQ(*db->queryInt("SELECT COUNT(*) FROM item_name_fts WHERE item_name_fts MATCH 'gre*'"),
              1);
}

TEST(Migrations, NewerDatabaseIsRefused)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    ASSERT_TRUE(migrate(*db));
    ASSERT_TRUE(db->exec("PRAGMA user_version = 99"));
    // ... whose program records that only programs of version 99 can read it.
    ASSERT_TRUE(db->exec("UPDATE schema_reader SET version = 99"));
    auto s = migrate(*db);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.schema_too_new");
    EXPECT_NE(s.error().message.find("schema version 99 is newer than this program supports ("
                                     + std::to_string(storeSchemaVersion()) + ")"),
              std::string::npos);
    EXPECT_EQ(*db->queryInt("PRAGMA user_version"), 99);
}

TEST(Migrations, StoreOpenRefusesNewerSchema)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(f.store->database().exec("PRAGMA user_version = "
                                         + std::to_string(storeSchemaVersion() + 1)));
    ASSERT_TRUE(f.store->database().exec("UPDATE schema_reader SET version = "
                                         + std::to_string(storeSchemaVersion() + 1)));
    f.store.reset();
    auto s = Store::open(f.dbPath(), f.clock);
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.schema_too_new");
}

TEST(Migrations, FailingStepIsRolledBackWhole)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    const Migration broken[] = {
        {1, "ok", "CREATE TABLE a (x INTEGER);"},
        {2, "half", "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);"},
    };
    auto s = migrate(*db, broken);
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("migration to version 2 (half)"), std::string::npos);
    EXPECT_NE(s.error().message.find("no such table: nowhere"), std::string::npos);
    EXPECT_EQ(*db->queryInt("PRAGMA user_version"), 1);
    EXPECT_EQ(*db->queryInt("SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"), 0);
}

TEST(Sqlite, ErrorsCarryMessageAndSql)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    auto st = db->prepare("SELECT nope FROM missing_table");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, "store.sqlite");
    EXPECT_NE(st.error().message.find("no such table: missing_table"), std::string::npos);
    EXPECT_NE(st.error().message.find("(SQL: SELECT nope FROM missing_table)"), std::string::npos);

    ASSERT_TRUE(db->exec("CREATE TABLE t (k TEXT PRIMARY KEY)"));
    ASSERT_TRUE(db->exec("INSERT INTO t VALUES ('a')"));
    auto ins = db->prepare("INSERT INTO t VALUES (?)");
    ASSERT_TRUE(ins);
    ASSERT_TRUE((*ins)->bind(1, "a"));
    auto s = (*ins)->run();
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "store.constraint");
}

TEST(Sqlite, TransactionGuardRollsBackUnlessCommitted)
{
    TempDir dir;
    auto db = openDb(dir.file("a.db"));
    ASSERT_TRUE(db->exec("CREATE TABLE t (x INTEGER)"));
    {
        auto tx = TransactionGuard::begin(*db);
        ASSERT_TRUE(tx);
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)"));
    }
    EXPECT_EQ(*db->queryInt("SELECT COUNT(*) FROM t"), 0);
    {
        auto tx = TransactionGuard::begin(*db);
        ASSERT_TRUE(tx);
        ASSERT_TRUE(db->exec("INSERT INTO t VALUES (1)"));
        ASSERT_TRUE(tx->commit());
    }
    EXPECT_EQ(*db->queryInt("SELECT COUNT(*) FROM t"), 1);
    EXPECT_FALSE(db->inTransaction());
}

TEST(Sqlite, CorruptFileIsReportedAsCorrupt)
{
    TempDir dir;
    {
        std::ofstream out(dir.file("bad.db"), std::ios::binary);
        out << std::string(8192, 'x');
    }
    auto db = Database::open(dir.file("bad.db"), Database::Mode::ReadWrite);
    ASSERT_TRUE(db);
    auto v = (*db)->queryInt("PRAGMA user_version");
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().code, "store.corrupt");
}

} // namespace
} // namespace lane::core::test
