#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/report/reportbuilder.h"
#include "core/store/faultvfs.h"
#include "tests/core/report/reportfixture.h"

namespace lane::core::test {
namespace {

// A Z that fails at every write or sync position leaves either no Z at all or a complete
// one (record, closed day and journal entry), and the journal still verifies.
TEST(ZCrash, AFaultAnywhereInTheZLeavesNoZOrAWholeOne)
{
    ASSERT_TRUE(FaultVfs::install());
    bool completed = false;
    int sawWhole = 0, sawNone = 0;
    for (int okCalls = 0; okCalls < 64 && !completed; ++okCalls) {
        StoreFixture f;
        f.create();
        runScripted(f, {kst(22, 9, 0), "c1", {{"1001", 2000}}, {{TenderKind::Cash, 5000}}});
        runScripted(f, {kst(22, 9, 30), "c2", {{"1002"}}, {{TenderKind::Card, 1500}}});
        f.reopen(StoreOptions{FaultVfs::kName});
        NullEventSink sink;
        FaultVfs::arm(okCalls, SQLITE_IOERR_WRITE);
        auto z = DayClose(*f.store, sink).runZ("m1");
        const int failures = FaultVfs::failures();
        FaultVfs::clear();
        completed = z && failures == 0;
        f.reopen();
        auto &db = f.store->database();
        const auto records = *db.queryInt("SELECT COUNT(*) FROM z_record");
        const auto entries = *db.queryInt("SELECT COUNT(*) FROM journal WHERE type = 'z_report'");
        const auto closed
            = *db.queryInt("SELECT COUNT(*) FROM business_day WHERE closed_utc_ns IS NOT NULL");
        ASSERT_LE(records, 1) << okCalls;
        EXPECT_EQ(entries, records) << okCalls;
        EXPECT_EQ(closed, records) << okCalls;
        if (z) {
            EXPECT_EQ(records, 1) << okCalls;
        }
        auto verdict = f.store->verifyJournal();
        ASSERT_TRUE(verdict);
        EXPECT_TRUE(verdict->ok) << okCalls << ": " << verdict->problem;
        if (records == 1) {
            ++sawWhole;
            EXPECT_EQ(*db.queryInt("SELECT net_sales_minor FROM z_record"), 3900);
            EXPECT_EQ(*db.queryInt("SELECT z_journal_seq FROM z_record"),
                      *db.queryInt("SELECT seq FROM journal WHERE type = 'z_report'"));
        } else {
            ++sawNone;
            // No Z happened: the day is open and the next Z is number 1 with every figure.
            NullEventSink again;
            auto retry = DayClose(*f.store, again).runZ("m1");
            ASSERT_TRUE(retry) << retry.error().message;
            EXPECT_EQ(retry->report.zNumber, 1);
            EXPECT_EQ(retry->report.netSalesMinor, 3900);
        }
    }
    EXPECT_TRUE(completed);
    EXPECT_GT(sawNone, 0);
    EXPECT_GT(sawWhole, 0);
}

} // namespace
} // namespace lane::core::test
