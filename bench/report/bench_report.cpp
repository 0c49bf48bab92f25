// Reports on a generated store of 3,000,000 sale lines: 2,791,000 lines in October 2026
// (the month the statistics are measured on) and 209,000 on 1-2 November. Z 1 closes
// 1 November (everything before it), Z 2 closes 2 November (104,500 lines).
//
//   bench_report [--db PATH] [google benchmark flags]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <benchmark/benchmark.h>

#include "bench/report/reportdatagen.h"
#include "core/report/dayclose.h"
#include "core/report/reportbuilder.h"
#include "core/report/salesstatistics.h"

namespace {

using namespace lane;

constexpr std::int64_t kOctoberLines = 2'791'000;
constexpr std::int64_t kNovemberLines = 104'500; // per day, 1 and 2 November
constexpr int kSkus = 1000;

std::unique_ptr<core::ManualClock> g_clock;
std::unique_ptr<core::Store> g_store;
std::string g_db;

core::TimePoint kstTime(int month, int day, int hh)
{
    using namespace std::chrono;
    return core::TimePoint(sys_days(year(2026) / month / day) + hours(hh - 9));
}

void check(const core::Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "%s: %s: %s\n", what, s.error().code.c_str(),
                     s.error().message.c_str());
        std::exit(1);
    }
}

void BM_GenerateOctoberAndFirstNovember(benchmark::State &state)
{
    for (auto _ : state) {
        std::filesystem::remove(g_db);
        std::filesystem::remove(g_db + "-wal");
        std::filesystem::remove(g_db + "-shm");
        core::StoreInit init{g_db, "S0123", "02", *core::Currency::fromCode("KRW"), 540, true};
        auto store = core::Store::init(init, *g_clock);
        if (!store) {
            check(store.error(), "init");
        }
        g_store = std::move(*store);
        check(bench::addItems(*g_store, kSkus), "items");
        check(bench::generateSales(*g_store, core::Date{2026, 10, 1}, 31, kOctoberLines, kSkus),
              "october");
        check(bench::generateSales(*g_store, core::Date{2026, 11, 1}, 1, kNovemberLines, kSkus),
              "1 november");
    }
    state.counters["lines"] = static_cast<double>(kOctoberLines + kNovemberLines);
}

void BM_ZReportWholeMonth(benchmark::State &state)
{
    g_clock->set(kstTime(11, 1, 22));
    core::NullEventSink sink;
    for (auto _ : state) {
        auto z = core::DayClose(*g_store, sink).runZ("m1");
        if (!z) {
            check(z.error(), "Z 1");
        }
        state.counters["lines_covered"] = static_cast<double>(kOctoberLines + kNovemberLines);
        state.counters["sales"] = static_cast<double>(z->report.sales.count);
    }
}

void BM_GenerateSecondNovember(benchmark::State &state)
{
    core::NullEventSink sink;
    for (auto _ : state) {
        g_clock->set(kstTime(11, 2, 8));
        check(core::DayClose(*g_store, sink).openBusinessDay(core::Date{2026, 11, 2}, "m1"),
              "open day");
        check(bench::generateSales(*g_store, core::Date{2026, 11, 2}, 1, kNovemberLines, kSkus),
              "2 november");
    }
    auto lines = g_store->database().queryInt("SELECT COUNT(*) FROM sale_line");
    state.counters["db_lines"] = static_cast<double>(*lines);
}

void BM_XReportDay(benchmark::State &state)
{
    g_clock->set(kstTime(11, 2, 21));
    core::ReportBuilder builder(*g_store);
    for (auto _ : state) {
        auto x = builder.sinceLastZ();
        if (!x) {
            check(x.error(), "X");
        }
        benchmark::DoNotOptimize(x->netSalesMinor);
    }
}

void BM_ZReportDay(benchmark::State &state)
{
    g_clock->set(kstTime(11, 2, 22));
    core::NullEventSink sink;
    for (auto _ : state) {
        auto z = core::DayClose(*g_store, sink).runZ("m1");
        if (!z) {
            check(z.error(), "Z 2");
        }
        state.counters["sales"] = static_cast<double>(z->report.sales.count);
    }
    state.counters["lines_covered"] = static_cast<double>(kNovemberLines);
}

void BM_RangeReportOctober(benchmark::State &state)
{
    core::ReportBuilder builder(*g_store);
    for (auto _ : state) {
        auto r = builder.range(core::Date{2026, 10, 1}, core::Date{2026, 10, 31});
        if (!r) {
            check(r.error(), "range");
        }
        benchmark::DoNotOptimize(r->netSalesMinor);
    }
    state.counters["lines_covered"] = static_cast<double>(kOctoberLines);
}

void resetStatistics()
{
    check(g_store->database().exec("DELETE FROM stat_product; DELETE FROM stat_settlement; "
                                   "DELETE FROM stat_state; DELETE FROM stat_device_seq; "
                                   "DELETE FROM stat_issue;"),
          "reset statistics");
}

// Every product statistic (day, week, month) and settlement (day, month) from scratch over
// the whole store: 3,000,000 lines, of which 2,791,000 in October.
void BM_StatisticsFullRun(benchmark::State &state)
{
    std::int64_t lines = 0;
    for (auto _ : state) {
        state.PauseTiming();
        resetStatistics();
        state.ResumeTiming();
        auto run = core::SalesStatistics(*g_store, core::StatisticsConfig{25}).update();
        if (!run) {
            check(run.error(), "statistics");
        }
        lines = run->linesProcessed;
    }
    state.counters["lines"] = static_cast<double>(lines);
    auto rows = core::SalesStatistics(*g_store).products(core::StatPeriod::Month, "2026-10-01");
    state.counters["october_products"] = static_cast<double>(rows->size());
}

// A repeated run with no new sales (the nightly job on a quiet day).
void BM_StatisticsIncrementalNoNewSales(benchmark::State &state)
{
    for (auto _ : state) {
        auto run = core::SalesStatistics(*g_store, core::StatisticsConfig{25}).update();
        if (!run) {
            check(run.error(), "statistics");
        }
        benchmark::DoNotOptimize(run->salesProcessed);
    }
}

void BM_MonthlyProductStatisticsRead(benchmark::State &state)
{
    core::SalesStatistics stats(*g_store);
    for (auto _ : state) {
        auto rows = stats.products(core::StatPeriod::Month, "2026-10-01");
        benchmark::DoNotOptimize(rows->size());
    }
}

} // namespace

BENCHMARK(BM_GenerateOctoberAndFirstNovember)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZReportWholeMonth)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GenerateSecondNovember)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_XReportDay)->Iterations(5)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ZReportDay)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RangeReportOctober)->Iterations(2)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatisticsFullRun)->Iterations(3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StatisticsIncrementalNoNewSales)->Iterations(20)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MonthlyProductStatisticsRead)->Iterations(20)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    g_db = (std::filesystem::temp_directory_path() / "lane-bench-report.db").string();
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string(argv[i]) == "--db") {
            g_db = argv[i + 1];
            for (int j = i; j + 2 <= argc; ++j) {
                argv[j] = argv[j + 2];
            }
            argc -= 2;
            break;
        }
    }
    g_clock = std::make_unique<core::ManualClock>(kstTime(10, 1, 8));
    // LANE_BENCH_REUSE=1 opens a store generated by an earlier run, for reruns of single
    // benchmarks with --benchmark_filter (e.g. Statistics).
    if (std::getenv("LANE_BENCH_REUSE") && std::filesystem::exists(g_db)) {
        auto store = core::Store::open(g_db, *g_clock);
        if (!store) {
            check(store.error(), "open");
        }
        g_store = std::move(*store);
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_store.reset();
    return 0;
}
