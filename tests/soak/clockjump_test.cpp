// Clock jumps on a lane: lanectl runs with its fixed start clock ($LANE_CLOCK) set forward,
// backward, across the store's midnight and across a Z. Receipt numbers must run 1..N
// without gaps or repeats whatever the clock does, the journal must verify after every
// step, Z numbers only increase and every sale is covered by exactly one Z.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "tests/app/lanectl/lanectlrunner.h"

namespace lane::app::test {
namespace {

class ClockJump : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "lane-clock-XXXXXX").string();
        m_dir = ::mkdtemp(tmpl.data());
        m_db = m_dir + "/lane.db";
        // Store time is UTC+09:00: the business day turns at 15:00Z.
        ASSERT_EQ(lanectl({"init", "--store", "S0123", "--pos", "02", "--currency", "KRW",
                           "--utc-offset", "+09:00"},
                          "2026-11-22T01:00:00Z")
                      .code,
                  0);
        ASSERT_EQ(
            lanectl({"catalog", "import", std::string(LANE_TEST_DATA_DIR) + "/catalog/items.csv"},
                    "2026-11-22T01:00:00Z")
                .code,
            0);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    RunResult lanectl(std::vector<std::string> args, const std::string &clock)
    {
        args.insert(args.begin(), {"--db", m_db});
        return runLanectl(m_dir, args, clock);
    }

    /// Sells the three-sale script (two sales, one void) at `clock`.
    void sell(const std::string &clock)
    {
        const auto r = lanectl(
            {"sell", "--script", std::string(LANECTL_TEST_DIR) + "/data/sales.json", "--quiet"},
            clock);
        ASSERT_EQ(r.code, 0) << r.err;
    }

    void expectJournalVerifies(const std::string &clock)
    {
        const auto r = lanectl({"journal", "verify"}, clock);
        EXPECT_EQ(r.code, 0) << r.out << r.err;
    }

    std::vector<std::vector<std::string>> query(const std::string &sql)
    {
        sqlite3 *db = nullptr;
        std::vector<std::vector<std::string>> rows;
        EXPECT_EQ(sqlite3_open_v2(m_db.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *st = nullptr;
        EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
        while (st && sqlite3_step(st) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                const auto *text = sqlite3_column_text(st, i);
                row.emplace_back(text ? reinterpret_cast<const char *>(text) : "");
            }
            rows.push_back(std::move(row));
        }
        sqlite3_finalize(st);
        sqlite3_close(db);
        return rows;
    }
    std::string one(const std::string &sql)
    {
        auto rows = query(sql);
        return rows.empty() || rows[0].empty() ? std::string("<none>") : rows[0][0];
    }

    /// Receipt numbers 1..N, no repeats, the device counter at N; returns N.
    int expectNumberingIntact()
    {
        const int count = std::stoi(one("SELECT COUNT(*) FROM sale"));
        EXPECT_EQ(one("SELECT COALESCE(MAX(receipt_seq), 0) FROM sale"), std::to_string(count));
        EXPECT_EQ(one("SELECT MIN(receipt_seq) FROM sale"), "1");
        EXPECT_EQ(one("SELECT COUNT(DISTINCT receipt_number) FROM sale"), std::to_string(count));
        EXPECT_EQ(one("SELECT last_receipt_seq FROM device_state"), std::to_string(count));
        return count;
    }

    /// Business date of each sale with receipt_seq in [from, to].
    std::map<int, std::string> datesOf(int from, int to)
    {
        std::map<int, std::string> out;
        for (const auto &row :
             query("SELECT receipt_seq, business_date FROM sale WHERE receipt_seq "
                   "BETWEEN "
                   + std::to_string(from) + " AND " + std::to_string(to))) {
            out[std::stoi(row[0])] = row[1];
        }
        return out;
    }

    std::string m_dir;
    std::string m_db;
};

TEST_F(ClockJump, ForwardMidnightAndBackwardKeepNumberingDatesAndJournal)
{
    sell("2026-11-22T10:00:00Z"); // 19:00 store time
    EXPECT_EQ(expectNumberingIntact(), 3);
    expectJournalVerifies("2026-11-22T10:00:10Z");

    sell("2026-11-22T14:59:50Z"); // forward 5 h, 23:59:50 store time
    EXPECT_EQ(expectNumberingIntact(), 6);
    for (const auto &[seq, date] : datesOf(1, 6)) {
        EXPECT_EQ(date, "2026-11-22") << "receipt " << seq;
    }

    sell("2026-11-22T15:00:01Z"); // across the store's midnight
    EXPECT_EQ(expectNumberingIntact(), 9);
    for (const auto &[seq, date] : datesOf(7, 9)) {
        EXPECT_EQ(date, "2026-11-23") << "receipt " << seq;
    }
    expectJournalVerifies("2026-11-22T15:00:05Z");

    sell("2026-11-29T03:00:00Z"); // forward a week
    EXPECT_EQ(expectNumberingIntact(), 12);
    for (const auto &[seq, date] : datesOf(10, 12)) {
        EXPECT_EQ(date, "2026-11-29") << "receipt " << seq;
    }

    sell("2026-11-22T11:00:00Z"); // backward a week: numbering must not restart or repeat
    EXPECT_EQ(expectNumberingIntact(), 12 + 3);
    EXPECT_EQ(one("SELECT receipt_number FROM sale WHERE receipt_seq = 13"),
              "S0123-02-20261122-000013");
    expectJournalVerifies("2026-11-22T11:00:10Z");
    // Journal sequence numbers keep running without gaps across the jumps.
    EXPECT_EQ(one("SELECT MAX(seq) - MIN(seq) + 1 = COUNT(*) FROM journal"), "1");

    // A restart with the clock even further back still continues the numbering.
    sell("2025-01-01T00:00:00Z");
    EXPECT_EQ(expectNumberingIntact(), 18);
    expectJournalVerifies("2025-01-01T00:00:10Z");
}

TEST_F(ClockJump, ZAcrossBackwardJumpCoversEverySaleOnce)
{
    sell("2026-11-22T10:00:00Z");
    auto z1 = lanectl({"report", "z", "--user", "2001"}, "2026-11-22T10:30:00Z");
    ASSERT_EQ(z1.code, 0) << z1.err;
    EXPECT_EQ(one("SELECT business_date || ' ' || z_number FROM business_day"), "2026-11-22 1");

    auto open = lanectl({"report", "open-day", "--date", "2026-11-23", "--user", "2001"},
                        "2026-11-23T00:30:00Z");
    ASSERT_EQ(open.code, 0) << open.err;
    sell("2026-11-23T01:00:00Z");

    // The clock falls back a day (a bad NTP answer, a dead RTC battery), sales go on.
    sell("2026-11-22T11:00:00Z");
    EXPECT_EQ(expectNumberingIntact(), 9);
    auto z2 = lanectl({"report", "z", "--user", "2001"}, "2026-11-22T11:30:00Z");
    ASSERT_EQ(z2.code, 0) << z2.err;
    expectJournalVerifies("2026-11-22T11:31:00Z");

    // Z numbers increase, the second Z belongs to the open day, and the two Z's cover every
    // sale exactly once, in order.
    const auto zs = query("SELECT z_number, business_date, first_sale_id, last_sale_id FROM "
                          "z_record ORDER BY z_number");
    ASSERT_EQ(zs.size(), 2U);
    EXPECT_EQ(zs[0][0], "1");
    EXPECT_EQ(zs[1][0], "2");
    EXPECT_EQ(zs[0][1], "2026-11-22");
    EXPECT_EQ(zs[1][1], "2026-11-23");
    EXPECT_EQ(zs[0][2], one("SELECT MIN(id) FROM sale"));
    EXPECT_EQ(std::stoll(zs[1][2]), std::stoll(zs[0][3]) + 1);
    EXPECT_EQ(zs[1][3], one("SELECT MAX(id) FROM sale"));
    // Grand totals carry on: Z2's grand net = Z1's + Z2's own net.
    EXPECT_EQ(one("SELECT (SELECT grand_net_minor FROM z_record WHERE z_number = 2) = "
                  "(SELECT grand_net_minor FROM z_record WHERE z_number = 1) + "
                  "(SELECT net_sales_minor FROM z_record WHERE z_number = 2)"),
              "1");
    EXPECT_EQ(one("SELECT COUNT(*) FROM business_day WHERE closed_utc_ns IS NULL"), "0");
}

// After a Z, lanectl sell refuses until the next business day is opened.
TEST_F(ClockJump, SalesAfterZAreRefusedUntilTheNextDayIsOpened)
{
    sell("2026-11-22T10:00:00Z");
    ASSERT_EQ(lanectl({"report", "z", "--user", "2001"}, "2026-11-22T10:30:00Z").code, 0);
    const auto r = lanectl(
        {"sell", "--script", std::string(LANECTL_TEST_DIR) + "/data/sales.json", "--quiet"},
        "2026-11-22T10:40:00Z");
    EXPECT_NE(r.code, 0);
    EXPECT_EQ(one("SELECT COUNT(*) FROM sale"), "3");
    ASSERT_EQ(lanectl({"report", "open-day", "--date", "2026-11-23", "--user", "2001"},
                      "2026-11-23T00:30:00Z")
                  .code,
              0);
    sell("2026-11-23T09:00:00Z");
    EXPECT_EQ(one("SELECT COUNT(*) FROM sale"), "6");
}

// A sale belongs to the open business day, not to the wall clock's date: after the clock
// falls back into a day already closed by a Z, sales still land in the open (next) day.
TEST_F(ClockJump, SaleAfterBackwardJumpBelongsToTheOpenBusinessDay)
{
    sell("2026-11-22T10:00:00Z");
    ASSERT_EQ(lanectl({"report", "z", "--user", "2001"}, "2026-11-22T10:30:00Z").code, 0);
    ASSERT_EQ(lanectl({"report", "open-day", "--date", "2026-11-23", "--user", "2001"},
                      "2026-11-23T00:30:00Z")
                  .code,
              0);
    sell("2026-11-22T11:00:00Z"); // the clock fell back into the closed day
    for (const auto &[seq, date] : datesOf(4, 6)) {
        EXPECT_EQ(date, "2026-11-23") << "receipt " << seq << " lands in a day already closed";
    }
}

} // namespace
} // namespace lane::app::test
