#include <fstream>

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "core/store/journal.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

class JournalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.create();
        for (int i = 0; i < 5; ++i) {
            f.clock.advance(std::chrono::seconds(1));
            auto e
                = f.store->recordEvent(i % 2 ? journal_type::kNoSale : journal_type::kSignOn,
                                       CanonicalJson().set("user", "c1").set("n", std::int64_t{i}));
            ASSERT_TRUE(e) << e.error().message;
        }
        ASSERT_TRUE(f.store->database().exec("DROP TRIGGER journal_no_update; "
                                             "DROP TRIGGER journal_no_delete;"));
    }
    JournalVerdict verify()
    {
        auto v = f.store->verifyJournal();
        EXPECT_TRUE(v) << v.error().message;
        return v ? *v : JournalVerdict{};
    }
    StoreFixture f;
};

TEST_F(JournalTest, IntactChainVerifies)
{
    auto v = verify();
    EXPECT_TRUE(v.ok) << v.problem;
    EXPECT_EQ(v.entries, 6); // init + 5 events
}

TEST_F(JournalTest, KeyFileIsPrivate)
{
    struct stat st
    {};
    ASSERT_EQ(::stat(f.store->identity().keyPath.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600);
}

TEST_F(JournalTest, AppendOnlyTriggersRefuseEditsThroughSql)
{
    StoreFixture g;
    g.create();
    auto s = g.store->database().exec("UPDATE journal SET payload = '{}' WHERE seq = 1");
    ASSERT_FALSE(s);
    EXPECT_NE(s.error().message.find("journal is append-only"), std::string::npos);
}

TEST_F(JournalTest, EditedPayloadIsDetected)
{
    ASSERT_TRUE(f.store->database().exec(
        "UPDATE journal SET payload = replace(payload, 'c1', 'c9') WHERE seq = 3"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 3);
    EXPECT_EQ(v.brokenType, "no_sale");
    EXPECT_NE(v.problem.find("HMAC mismatch"), std::string::npos);
}

TEST_F(JournalTest, EditedTimestampIsDetected)
{
    ASSERT_TRUE(f.store->database().exec(
        "UPDATE journal SET timestamp_utc_ns = timestamp_utc_ns + 1 WHERE seq = 4"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 4);
}

TEST_F(JournalTest, DeletedEntryIsDetected)
{
    ASSERT_TRUE(f.store->database().exec("DELETE FROM journal WHERE seq = 2"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 3);
    EXPECT_NE(v.problem.find("expected seq 2, found 3"), std::string::npos);
}

TEST_F(JournalTest, ReorderedEntriesAreDetected)
{
    // Swap the contents of entries 3 and 4, keeping the seq numbers.
    ASSERT_TRUE(f.store->database().exec(
        "CREATE TEMP TABLE j AS SELECT * FROM journal WHERE seq IN (3, 4);"
        "UPDATE journal SET type = (SELECT type FROM j WHERE seq = 4), timestamp_utc_ns = "
        "(SELECT timestamp_utc_ns FROM j WHERE seq = 4), payload = (SELECT payload FROM j WHERE "
        "seq = 4), hmac = (SELECT hmac FROM j WHERE seq = 4) WHERE seq = 3;"
        "UPDATE journal SET type = (SELECT type FROM j WHERE seq = 3), timestamp_utc_ns = "
        "(SELECT timestamp_utc_ns FROM j WHERE seq = 3), payload = (SELECT payload FROM j WHERE "
        "seq = 3), hmac = (SELECT hmac FROM j WHERE seq = 3) WHERE seq = 4;"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 3);
    EXPECT_EQ(v.brokenType, "sign_on");
}

TEST_F(JournalTest, TruncationIsDetectedByTheStateRow)
{
    ASSERT_TRUE(f.store->database().exec("DELETE FROM journal WHERE seq >= 5"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 5);
    EXPECT_NE(v.problem.find("device_state anchor records seq 6"), std::string::npos);
}

TEST_F(JournalTest, TruncationWithRewrittenStateIsDetectedByTheAnchorFile)
{
    ASSERT_TRUE(f.store->database().exec(
        "DELETE FROM journal WHERE seq >= 5;"
        "UPDATE device_state SET journal_seq = 4, journal_hmac = (SELECT hmac FROM journal WHERE "
        "seq = 4)"));
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_EQ(v.brokenSeq, 5);
    EXPECT_NE(v.problem.find("anchor file"), std::string::npos);
    EXPECT_NE(v.problem.find("records seq 6"), std::string::npos);
}

TEST_F(JournalTest, MissingAnchorFileIsReported)
{
    std::filesystem::remove(f.store->identity().anchorPath);
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_NE(v.problem.find("missing or unreadable"), std::string::npos);
}

TEST_F(JournalTest, AnchorOneBehindIsAcceptedAsACrashWindow)
{
    auto e = f.store->database().queryInt("SELECT journal_seq FROM device_state");
    ASSERT_TRUE(e);
    // Rewrite the anchor as if the process died between the commit and the anchor update.
    StatementHandle st
        = std::move(*f.store->database().prepare("SELECT hmac FROM journal WHERE seq = 5"));
    ASSERT_TRUE(*st->step());
    ASSERT_TRUE(writeJournalAnchor(f.store->identity().anchorPath, 5, st->columnBlob(0)));
    EXPECT_TRUE(verify().ok);
}

TEST(JournalHmac, CoversEveryField)
{
    TempDir dir;
    auto key = JournalKey::create(dir.file("k"));
    ASSERT_TRUE(key);
    const std::string prev(32, '\0');
    const auto base = journalHmac(*key, prev, 1, "sale", 5, "{}");
    EXPECT_EQ(base.size(), 32u);
    EXPECT_NE(base, journalHmac(*key, std::string(32, '\1'), 1, "sale", 5, "{}"));
    EXPECT_NE(base, journalHmac(*key, prev, 2, "sale", 5, "{}"));
    EXPECT_NE(base, journalHmac(*key, prev, 1, "void", 5, "{}"));
    EXPECT_NE(base, journalHmac(*key, prev, 1, "sale", 6, "{}"));
    EXPECT_NE(base, journalHmac(*key, prev, 1, "sale", 5, "{ }"));
    // Length prefixes keep field boundaries: moving a byte between fields changes the MAC.
    EXPECT_NE(journalHmac(*key, prev, 1, "ab", 5, "c"), journalHmac(*key, prev, 1, "a", 5, "bc"));
    EXPECT_FALSE(JournalKey::create(dir.file("k"))); // never overwrites a key
    auto loaded = JournalKey::load(dir.file("k"));
    ASSERT_TRUE(loaded);
    EXPECT_EQ(base, journalHmac(*loaded, prev, 1, "sale", 5, "{}"));
}

TEST(CanonicalJson, SortsKeysAndEscapes)
{
    CanonicalJson j;
    j.set("b", std::int64_t{-2}).set("a", "x\"y\n").set("c", true);
    EXPECT_EQ(j.str(), "{\"a\":\"x\\\"y\\n\",\"b\":-2,\"c\":true}");
}

} // namespace
} // namespace lane::core::test
