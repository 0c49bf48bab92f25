#include <gtest/gtest.h>

#include "telemetry/metrics.h"

using namespace lane::telemetry;
using lane::core::EventAttribute;
using lane::core::Severity;

namespace {

std::int64_t get(const std::vector<EventAttribute> &attrs, const std::string &key)
{
    for (const auto &a : attrs)
        if (a.key == key)
            return std::get<std::int64_t>(a.value);
    ADD_FAILURE() << "missing " << key;
    return -1;
}

} // namespace

TEST(MetricsTest, PercentileIsNearestRank)
{
    std::vector<std::int64_t> v;
    for (int i = 100; i >= 1; --i)
        v.push_back(i);
    EXPECT_EQ(MetricsAggregator::percentile(v, 50), 50);
    EXPECT_EQ(MetricsAggregator::percentile(v, 95), 95);
    EXPECT_EQ(MetricsAggregator::percentile(v, 99), 99);
    std::vector<std::int64_t> one{7};
    EXPECT_EQ(MetricsAggregator::percentile(one, 99), 7);
    std::vector<std::int64_t> none;
    EXPECT_EQ(MetricsAggregator::percentile(none, 50), 0);
}

TEST(MetricsTest, SummaryCountsAndStageLatencies)
{
    MetricsAggregator m;
    for (int i = 1; i <= 20; ++i)
        m.observe(i <= 19 ? "payment.approved" : "payment.declined",
                  {{"stage_pos_terminal_ms", std::int64_t{i * 10}},
                   {"stage_customer_ms", std::int64_t{1000}},
                   {"stage_host_ms", std::string("250")}});
    m.observe("sale.finalized", {});
    m.observe("sale.finalized", {});
    m.observe("sale.voided", {});
    m.observe("device.error", {{"device", std::string("printer")}});
    m.observe("scan.read", {{"scan_to_screen_ms", std::int64_t{40}}});
    auto s = m.takeSummary(60);
    EXPECT_EQ(get(s, "payments"), 20);
    EXPECT_EQ(get(s, "payments_ok"), 19);
    EXPECT_EQ(get(s, "payment_success_permille"), 950);
    EXPECT_EQ(get(s, "stage_pos_terminal_p50_ms"), 100);
    EXPECT_EQ(get(s, "stage_pos_terminal_p95_ms"), 190);
    EXPECT_EQ(get(s, "stage_pos_terminal_p99_ms"), 200);
    EXPECT_EQ(get(s, "stage_host_p99_ms"), 250);
    EXPECT_EQ(get(s, "sales"), 2);
    EXPECT_EQ(get(s, "voids"), 1);
    EXPECT_EQ(get(s, "device_errors"), 1);
    EXPECT_EQ(get(s, "scans"), 1);
    EXPECT_EQ(get(s, "scan_to_screen_p95_ms"), 40);
    auto next = m.takeSummary(60);
    EXPECT_EQ(get(next, "payments"), 0) << "a new window starts empty";
}

TEST(IncidentTest, ErrorOpensAndRecoveryClosesWithDuration)
{
    IncidentTracker t;
    const std::uint64_t s = 1'000'000'000;
    auto opened
        = t.observe(Severity::Error, "device.error", {{"device", std::string("printer")}}, 10 * s);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->name, "incident.opened");
    EXPECT_FALSE(
        t.observe(Severity::Error, "device.error", {{"device", std::string("printer")}}, 11 * s))
        << "a repeated error does not open a second incident";
    EXPECT_FALSE(
        t.observe(Severity::Info, "device.recovered", {{"device", std::string("scanner")}}, 12 * s))
        << "another device's recovery closes nothing";
    auto closed = t.observe(Severity::Info, "device.recovered",
                            {{"device", std::string("printer")}}, 75 * s);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->name, "incident.closed");
    bool found = false;
    for (const auto &a : closed->attributes)
        if (a.key == "duration_ms") {
            EXPECT_EQ(std::get<std::int64_t>(a.value), 65000);
            found = true;
        }
    EXPECT_TRUE(found);
    EXPECT_EQ(t.openCount(), 0u);
    auto explicitKey = t.observe(Severity::Error, "payment.host_unreachable",
                                 {{"incident", std::string("van-link")}}, 80 * s);
    ASSERT_TRUE(explicitKey);
    EXPECT_TRUE(t.observe(Severity::Info, "link.recovered", {{"incident", std::string("van-link")}},
                          90 * s));
}
