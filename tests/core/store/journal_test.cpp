#include <fstream>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

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

TEST_F(JournalTest, DatabaseAndItsWalAndShmArePrivate)
{
    const mode_t old = ::umask(022); // a usual service umask would leave them 0644
    StoreFixture g;
    g.create();
    ::umask(old);
    for (const std::string suffix : {"", "-wal", "-shm"}) {
        struct stat st
        {};
        ASSERT_EQ(::stat((g.dbPath() + suffix).c_str(), &st), 0) << suffix;
        EXPECT_EQ(st.st_mode & 0777, 0600) << "lane.db" << suffix;
    }
}

TEST_F(JournalTest, KeyReadableByOthersIsRefusedWithTheFix)
{
    const std::string key = f.store->identity().keyPath;
    for (const mode_t mode : {0640, 0604, 0620, 0660}) {
        ASSERT_EQ(::chmod(key.c_str(), mode), 0);
        auto loaded = JournalKey::load(key);
        ASSERT_FALSE(loaded) << std::oct << mode;
        EXPECT_EQ(loaded.error().code, "store.key_permissions");
        EXPECT_NE(loaded.error().message.find(key), std::string::npos);
        EXPECT_NE(loaded.error().message.find("chmod 600 '" + key + "'"), std::string::npos)
            << loaded.error().message;
    }
    // The store refuses to open on it, so nothing is journaled under an exposed key.
    f.store.reset();
    auto opened = Store::open(f.dbPath(), f.clock);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, "store.key_permissions");
    ASSERT_EQ(::chmod(key.c_str(), 0600), 0);
    f.reopen();
    EXPECT_TRUE(verify().ok);
}

TEST_F(JournalTest, KeyOwnedByAnotherUserIsRefused)
{
    if (::geteuid() != 0) {
        GTEST_SKIP() << "only root can give the key to another user";
    }
    const std::string key = f.store->identity().keyPath;
    ASSERT_EQ(::chown(key.c_str(), 4242, static_cast<gid_t>(-1)), 0);
    auto loaded = JournalKey::load(key);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, "store.key_permissions");
    EXPECT_NE(loaded.error().message.find("owned by uid 4242"), std::string::npos)
        << loaded.error().message;
    EXPECT_NE(loaded.error().message.find("chown 0 '" + key + "'"), std::string::npos);
    ASSERT_EQ(::chown(key.c_str(), 0, static_cast<gid_t>(-1)), 0);
    EXPECT_TRUE(JournalKey::load(key));
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

// Two crashes in a row, each between a commit and its anchor write, must not leave the anchor
// two entries behind: a restart catches up the one-behind anchor, and only that one.
TEST_F(JournalTest, RestartCatchesUpAnAnchorOneBehindAndNothingElse)
{
    auto hmacAt = [&](std::int64_t seq) {
        StatementHandle st = std::move(*f.store->database().prepare(
            "SELECT hmac FROM journal WHERE seq = " + std::to_string(seq)));
        EXPECT_TRUE(*st->step());
        return st->columnBlob(0);
    };
    const std::string path = f.store->identity().anchorPath;
    auto anchorText = [&] {
        std::ifstream in(path, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    ASSERT_TRUE(writeJournalAnchor(path, 5, hmacAt(5)));
    f.reopen();
    EXPECT_NE(anchorText().find("00000000000000000006 "), std::string::npos) << anchorText();
    EXPECT_TRUE(verify().ok);

    // Two behind is what an attacker who dropped entries leaves: reported, not repaired.
    ASSERT_TRUE(writeJournalAnchor(path, 4, hmacAt(4)));
    f.reopen();
    EXPECT_NE(anchorText().find("00000000000000000004 "), std::string::npos);
    EXPECT_FALSE(verify().ok);
    // One behind but with another HMAC is not a crash window either.
    ASSERT_TRUE(writeJournalAnchor(path, 5, hmacAt(4)));
    f.reopen();
    EXPECT_NE(anchorText().find("00000000000000000005 "), std::string::npos);
    EXPECT_FALSE(verify().ok);
}

TEST_F(JournalTest, AnchorIsOneRecordRewrittenInPlace)
{
    const std::string path = f.store->identity().anchorPath;
    const auto size = std::filesystem::file_size(path);
    struct stat before
    {};
    ASSERT_EQ(::stat(path.c_str(), &before), 0);
    ASSERT_TRUE(f.store->recordEvent(journal_type::kNoSale, CanonicalJson().set("user", "c1")));
    struct stat after
    {};
    ASSERT_EQ(::stat(path.c_str(), &after), 0);
    EXPECT_EQ(after.st_ino, before.st_ino); // the same file, not a replacement
    EXPECT_EQ(std::filesystem::file_size(path), size);
    EXPECT_TRUE(verify().ok);
    // A torn or edited record fails its checksum and reads as no anchor.
    std::string text;
    {
        std::ifstream in(path, std::ios::binary);
        text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    ASSERT_EQ(text.size(), size);
    text[size - 30] = text[size - 30] == '0' ? '1' : '0'; // a digit of the HMAC
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    auto v = verify();
    EXPECT_FALSE(v.ok);
    EXPECT_NE(v.problem.find("missing or unreadable"), std::string::npos) << v.problem;
}

TEST_F(JournalTest, VersionOneAnchorOfAnOlderProgramIsRead)
{
    auto head = f.store->database().queryText(
        "SELECT hex(journal_hmac) || ' ' || journal_seq FROM device_state");
    ASSERT_TRUE(head);
    const auto space = head->find(' ');
    std::string hex = head->substr(0, space);
    for (auto &c : hex) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::filesystem::remove(f.store->identity().anchorPath);
    std::ofstream(f.store->identity().anchorPath) << "lane-journal-anchor 1\n"
                                                  << head->substr(space + 1) << " " << hex << "\n";
    EXPECT_TRUE(verify().ok) << verify().problem;
    // The next commit moves it to the current form, and it still verifies.
    ASSERT_TRUE(f.store->recordEvent(journal_type::kNoSale, CanonicalJson().set("user", "c1")));
    EXPECT_TRUE(verify().ok) << verify().problem;
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
