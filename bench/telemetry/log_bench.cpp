// Hot-path cost of logging: what a sale pays per event. The target is p99 under 5 us at
// 2,000 lines/s; BM_PacedEmit measures exactly that, per call, and reports percentiles.
// BM_DirectWrite is the design we did not pick (format and write(2) on the caller's thread),
// measured the same way for comparison.
#include <benchmark/benchmark.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <unistd.h>

#include "telemetry/logsink.h"
#include "telemetry/redact.h"
#include "telemetry/spoolwriter.h"
#include "telemetry/telemetry.h"

using namespace lane::telemetry;
using lane::core::Severity;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

fs::path benchDir(const char *name)
{
    auto dir
        = fs::temp_directory_path() / ("lane-bench-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    return dir;
}

std::shared_ptr<Telemetry> makeTelemetry(const fs::path &dir, bool ringInTmpfs = true)
{
    TelemetryConfig cfg;
    cfg.resource = {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
    cfg.spool.dir = dir;
    cfg.spool.budgetBytes = 4ull << 30;
    // As the lane runs it: events wait in a ring mapped from tmpfs (false: process memory,
    // which does not survive a crash; for comparison).
    if (ringInTmpfs)
        cfg.ringFile = defaultRingFile(dir);
    return *Telemetry::create(cfg);
}

void report(benchmark::State &state, std::vector<double> &ns)
{
    std::sort(ns.begin(), ns.end());
    auto pct = [&](double p) {
        return ns[static_cast<std::size_t>(p * (ns.size() - 1))];
    };
    state.counters["p50_us"] = pct(0.50) / 1000.0;
    state.counters["p99_us"] = pct(0.99) / 1000.0;
    state.counters["p999_us"] = pct(0.999) / 1000.0;
    state.counters["max_us"] = ns.back() / 1000.0;
    state.counters["calls"] = static_cast<double>(ns.size());
}

template<typename Call>
void paced(benchmark::State &state, Call &&call)
{
    const int rate = static_cast<int>(state.range(0));
    const int seconds = static_cast<int>(state.range(1));
    const auto period = std::chrono::nanoseconds(1'000'000'000 / rate);
    std::vector<double> ns;
    ns.reserve(static_cast<std::size_t>(rate * seconds));
    for (auto _ : state) {
        auto next = Clock::now();
        for (int i = 0; i < rate * seconds; ++i) {
            std::this_thread::sleep_until(next);
            next += period;
            const auto t0 = Clock::now();
            call(i);
            const auto t1 = Clock::now();
            ns.push_back(static_cast<double>((t1 - t0).count()));
        }
    }
    report(state, ns);
}

// A typical sale-path event: ~240 bytes once formatted.
void emitSale(Telemetry &t, int i)
{
    t.emit(Severity::Info, "sale.finalized", "sale finalized",
           {{"sale_id", std::int64_t{100000 + i}},
            {"total_minor", std::int64_t{12500}},
            {"currency", std::string("KRW")},
            {"items", std::int64_t{7}}});
}

} // namespace

static void BM_PacedEmit(benchmark::State &state)
{
    const auto dir = benchDir("paced");
    auto t = makeTelemetry(dir, state.range(2) != 0);
    if (state.range(2) != 0 && !t->crashSafe())
        state.SkipWithError(("no ring file: " + t->ringFallbackReason()).c_str());
    paced(state, [&](int i) { emitSale(*t, i); });
    t->stop();
    state.counters["dropped"] = static_cast<double>(t->counters().droppedQueueFull);
    fs::remove_all(dir);
}
// Args: lines/s, seconds, ring in tmpfs (1, as the lane runs) or in process memory (0).
BENCHMARK(BM_PacedEmit)
    ->Args({2000, 5, 1})
    ->Args({2000, 5, 0})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

static void BM_PacedSpdlog(benchmark::State &state)
{
    const auto dir = benchDir("spdlog");
    auto t = makeTelemetry(dir);
    auto saved = spdlog::default_logger();
    auto logger = std::make_shared<spdlog::logger>("devices.printer");
    logger->sinks().push_back(std::make_shared<LogSink>(t));
    paced(state, [&](int i) { logger->info("printed receipt {} in {} ms", i, 42); });
    t->stop();
    fs::remove_all(dir);
}
BENCHMARK(BM_PacedSpdlog)->Args({2000, 5})->Iterations(1)->Unit(benchmark::kMillisecond);

static void BM_PacedDirectWrite(benchmark::State &state)
{
    // The alternative design: redact, format and write(2) on the caller's thread.
    const auto dir = benchDir("direct");
    SpoolWriter w({dir, 4 << 20, 4ull << 30});
    (void)w.open();
    const auto boot = newBootId();
    paced(state, [&](int i) {
        Record r;
        r.tsNs = static_cast<std::uint64_t>(
            std::chrono::system_clock::now().time_since_epoch().count());
        r.name = "sale.finalized";
        r.message = "sale finalized";
        r.attributes = {{"sale_id", std::int64_t{100000 + i}},
                        {"total_minor", std::int64_t{12500}},
                        {"currency", std::string("KRW")},
                        {"items", std::int64_t{7}}};
        redact(r.message, r.attributes);
        r.resource = {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
        r.boot = boot;
        r.seq = static_cast<std::uint64_t>(i);
        w.write(Priority::High, toJsonLine(r), r.tsNs);
    });
    fs::remove_all(dir);
}
BENCHMARK(BM_PacedDirectWrite)->Args({2000, 5})->Iterations(1)->Unit(benchmark::kMillisecond);

static void BM_EmitThroughput(benchmark::State &state)
{
    const auto dir = benchDir("throughput");
    auto t = makeTelemetry(dir);
    int i = 0;
    for (auto _ : state)
        emitSale(*t, i++);
    t->stop();
    state.SetItemsProcessed(state.iterations());
    state.counters["dropped"] = static_cast<double>(t->counters().droppedQueueFull);
    fs::remove_all(dir);
}
BENCHMARK(BM_EmitThroughput);

static void BM_RedactTypicalMessage(benchmark::State &state)
{
    for (auto _ : state) {
        std::string m = "payment approved for order 20261122-0042, terminal 12345678";
        benchmark::DoNotOptimize(redactText(m));
    }
}
BENCHMARK(BM_RedactTypicalMessage);

BENCHMARK_MAIN();
