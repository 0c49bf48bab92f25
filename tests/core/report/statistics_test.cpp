#include <gtest/gtest.h>

#include "core/report/salesstatistics.h"
#include "tests/core/report/reportfixture.h"

namespace lane::core::test {
namespace {

TimePoint at(int month, int day, int hh)
{
    using namespace std::chrono;
    return TimePoint(sys_days(year(2026) / month / day) + hours(hh - 9));
}

class Statistics : public ::testing::Test
{
protected:
    void SetUp() override { f.create(); }
    void sell(int month, int day, std::vector<ScriptLine> lines, std::int64_t cash,
              bool isReturn = false)
    {
        runScripted(f, {at(month, day, 12),
                        "c1",
                        std::move(lines),
                        {{TenderKind::Cash, cash}},
                        false,
                        isReturn});
    }
    ProductStat product(StatPeriod p, const std::string &start, const std::string &sku)
    {
        auto rows = SalesStatistics(*f.store).products(p, start);
        EXPECT_TRUE(rows);
        for (const auto &r : *rows) {
            if (r.sku == sku) {
                return r;
            }
        }
        return ProductStat{start, sku, 0, 0, 0};
    }
    StoreFixture f;
};

TEST(StatisticsPeriods, WeeksStartOnMondayAndSettlementMonthsOnTheirDay)
{
    EXPECT_EQ(SalesStatistics::weekStart(Date{2026, 11, 22}), (Date{2026, 11, 16})); // Sunday
    EXPECT_EQ(SalesStatistics::weekStart(Date{2026, 11, 23}), (Date{2026, 11, 23})); // Monday
    EXPECT_EQ(SalesStatistics::weekStart(Date{2026, 1, 1}), (Date{2025, 12, 29}));
    EXPECT_EQ(SalesStatistics::settlementMonthStart(Date{2026, 10, 24}, 25), (Date{2026, 9, 25}));
    EXPECT_EQ(SalesStatistics::settlementMonthStart(Date{2026, 10, 25}, 25), (Date{2026, 10, 25}));
    EXPECT_EQ(SalesStatistics::settlementMonthStart(Date{2026, 1, 3}, 25), (Date{2025, 12, 25}));
    EXPECT_EQ(SalesStatistics::settlementMonthStart(Date{2026, 1, 3}, 1), (Date{2026, 1, 1}));
}

TEST_F(Statistics, DayWeekMonthAndSettlementAreIncrementalAndRepeatable)
{
    sell(10, 24, {{"1001", 2000}}, 2400);     // Saturday
    sell(10, 25, {{"1001"}, {"1002"}}, 2700); // Sunday, same week
    sell(11, 22, {{"1002", 3000}}, 4500);     // Sunday
    sell(11, 22, {{"1002"}}, -1500, true);    // return, same day
    SalesStatistics stats(*f.store, StatisticsConfig{25});
    auto first = stats.update();
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->salesProcessed, 4);
    EXPECT_EQ(first->linesProcessed, 5);
    EXPECT_TRUE(first->issues.empty());
    auto again = stats.update();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->salesProcessed, 0);
    EXPECT_EQ(product(StatPeriod::Day, "2026-10-24", "1001"),
              (ProductStat{"2026-10-24", "1001", 2000, 2400, 1}));
    EXPECT_EQ(product(StatPeriod::Week, "2026-10-19", "1001"),
              (ProductStat{"2026-10-19", "1001", 3000, 3600, 2}));
    EXPECT_EQ(product(StatPeriod::Month, "2026-11-01", "1002"),
              (ProductStat{"2026-11-01", "1002", 2000, 3000, 2}));

    sell(11, 23, {{"1002"}}, 1500); // Monday: a new week, same month
    auto third = stats.update();
    ASSERT_TRUE(third);
    EXPECT_EQ(third->salesProcessed, 1);
    EXPECT_EQ(product(StatPeriod::Month, "2026-11-01", "1002"),
              (ProductStat{"2026-11-01", "1002", 3000, 4500, 3}));
    EXPECT_EQ(product(StatPeriod::Week, "2026-11-23", "1002"),
              (ProductStat{"2026-11-23", "1002", 1000, 1500, 1}));
    EXPECT_EQ(product(StatPeriod::Week, "2026-11-16", "1002"),
              (ProductStat{"2026-11-16", "1002", 2000, 3000, 2}));

    auto months = stats.settlements(StatPeriod::Month, "2026-01-01", "2026-12-31");
    ASSERT_TRUE(months);
    ASSERT_EQ(months->size(), 2u);
    EXPECT_EQ((*months)[0].periodStart, "2026-09-25");
    EXPECT_EQ((*months)[0].netMinor, 2400);
    EXPECT_EQ((*months)[1].periodStart, "2026-10-25");
    EXPECT_EQ((*months)[1].sales, 3);
    EXPECT_EQ((*months)[1].returns, 1);
    EXPECT_EQ((*months)[1].netMinor, 2700 + 4500 - 1500 + 1500);
    EXPECT_EQ((*months)[1].cashMinor, 2700 + 4500 - 1500 + 1500);

    // A different settlement day regroups the months from the daily rows.
    SalesStatistics calendar(*f.store, StatisticsConfig{1});
    ASSERT_TRUE(calendar.update());
    auto cal = calendar.settlements(StatPeriod::Month, "2026-01-01", "2026-12-31");
    ASSERT_TRUE(cal);
    ASSERT_EQ(cal->size(), 2u);
    EXPECT_EQ((*cal)[0].periodStart, "2026-10-01");
    EXPECT_EQ((*cal)[0].netMinor, 2400 + 2700);
    auto days = calendar.settlements(StatPeriod::Day, "2026-11-22", "2026-11-22");
    ASSERT_TRUE(days);
    ASSERT_EQ(days->size(), 1u);
    EXPECT_EQ((*days)[0].netMinor, 3000);
}

TEST_F(Statistics, GapsAndDuplicatesInReceiptNumbersAreReported)
{
    sell(11, 22, {{"1001"}}, 1200);
    SalesStatistics stats(*f.store);
    ASSERT_TRUE(stats.update());
    sell(11, 22, {{"1001"}}, 1200);
    sell(11, 22, {{"1001"}}, 1200);
    sell(11, 22, {{"1001"}}, 1200);
    // Receipt 2 never reaches the statistics (lost in a transfer, deleted by hand).
    auto &db = f.store->database();
    auto removed = db.exec("DELETE FROM sale_line WHERE sale_id = 2; DELETE FROM sale_tender WHERE "
                           "sale_id = 2; DELETE FROM sale_tax WHERE sale_id = 2; DELETE FROM sale "
                           "WHERE id = 2");
    ASSERT_TRUE(removed) << removed.error().message;
    // Receipt 1 shows up again under another date (a device re-initialised).
    ASSERT_TRUE(db.exec("INSERT INTO sale SELECT 100, 100, 'S0123-02-20261123-000001', kind, "
                        "business_date, started_utc_ns, finalized_utc_ns, cashier_id, "
                        "cashier_name, currency, subtotal_minor, savings_minor, tax_minor, "
                        "total_minor, cash_rounding_minor, paid_minor, change_minor, journal_seq, "
                        "snapshot, receipt_text FROM sale WHERE id = 1"));
    auto run = stats.update();
    ASSERT_TRUE(run) << run.error().message;
    ASSERT_EQ(run->issues.size(), 2u);
    EXPECT_EQ(run->issues[0], (ReceiptIssue{"S0123-02", "gap", 2, 2, 3}));
    EXPECT_EQ(run->issues[1], (ReceiptIssue{"S0123-02", "duplicate", 1, 1, 100}));
    auto all = stats.issues();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 2u);
    auto repeat = stats.update();
    ASSERT_TRUE(repeat);
    EXPECT_TRUE(repeat->issues.empty());
}

} // namespace
} // namespace lane::core::test
