// Store speed on a 1,000,000-item catalog: barcode lookup, and sale finalize measured side
// by side with one raw write+fsync of the same size on the same disk.
// LANE_BENCH_DIR chooses the disk (default: the system temp directory).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include "bench/store/catalogcsvgen.h"
#include "core/store/catalogio.h"
#include "core/store/salecommit.h"
#include "core/store/store.h"

namespace {

using namespace lane::core;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kItems = 1000000;

struct Env
{
    std::string dir;
    SystemClock clock;
    SaleConfig config;
    std::unique_ptr<Store> store;
    double walBytesPerFinalize = 0;

    Env()
    {
        config.currency = *Currency::fromCode("KRW");
        config.taxRates = {TaxRate{"standard", 1000, false, "VAT 10%"}};
        auto made = lane::bench::makeSyntheticStore("lane-bench", kItems, clock);
        dir = std::move(made.dir);
        store = std::move(made.store);
    }
    ~Env() { std::filesystem::remove_all(dir); }
};

Env &env()
{
    static Env e;
    return e;
}

void reportPercentiles(benchmark::State &state, std::vector<double> &us)
{
    std::sort(us.begin(), us.end());
    auto at = [&](double q) {
        return us[static_cast<std::size_t>(q * (us.size() - 1))];
    };
    state.counters["p50_us"] = at(0.50);
    state.counters["p99_us"] = at(0.99);
    state.counters["max_us"] = us.back();
}

void BM_BarcodeLookup(benchmark::State &state)
{
    auto &e = env();
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<std::int64_t> pick(0, kItems - 1);
    std::vector<double> us;
    us.reserve(1 << 20);
    for (auto _ : state) {
        const std::string code = "0" + lane::bench::syntheticBarcode(pick(rng));
        const auto t0 = Clock::now();
        auto item = e.store->catalog().findByBarcode(code);
        const auto t1 = Clock::now();
        if (!item) {
            state.SkipWithError("barcode not found");
            return;
        }
        benchmark::DoNotOptimize(item);
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    reportPercentiles(state, us);
}
BENCHMARK(BM_BarcodeLookup)->Iterations(200000);

void BM_NameSearch(benchmark::State &state)
{
    auto &e = env();
    std::vector<double> us;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        auto hits = e.store->catalog().searchByName("브랜드12 우", 20);
        const auto t1 = Clock::now();
        benchmark::DoNotOptimize(hits);
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    reportPercentiles(state, us);
}
BENCHMARK(BM_NameSearch)->Iterations(2000);

// A typical sale: 5 scanned lines, paid in cash; finalize = the durable commit.
void BM_FinalizeSale(benchmark::State &state)
{
    auto &e = env();
    SaleContext ctx{&e.store->catalog(), &e.config, &e.clock, {}, nullptr};
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<std::int64_t> pick(0, kItems - 1);
    std::vector<double> us;
    // A WAL frame is a 24-byte header plus one page.
    const auto frameBytes = 24 + *e.store->database().queryInt("PRAGMA page_size");
    std::int64_t walFrames = 0;
    for (auto _ : state) {
        state.PauseTiming();
        TransactionHeader h;
        h.cashierId = "c1";
        h.startedAt = e.clock.now();
        Transaction t(h, e.store->catalog(), e.config, e.clock);
        for (int i = 0; i < 5; ++i) {
            (void)t.addSku("B" + std::to_string(pick(rng)));
        }
        (void)t.startTendering();
        (void)t.payCash(Money(t.total().minor() + 1000, e.config.currency));
        (void)persistBasket(*e.store, t);
        (void)e.store->maintenance(); // after the receipt: idle time, outside the measure
        const auto before = e.store->walPages();
        state.ResumeTiming();
        const auto t0 = Clock::now();
        auto done = finalizeSale(*e.store, t, ctx);
        const auto t1 = Clock::now();
        if (!done) {
            state.SkipWithError(done.error().message.c_str());
            return;
        }
        const auto after = e.store->walPages();
        walFrames += after > before ? after - before : after;
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    e.walBytesPerFinalize
        = static_cast<double>(walFrames * frameBytes) / static_cast<double>(us.size());
    state.counters["wal_bytes"] = e.walBytesPerFinalize;
    reportPercentiles(state, us);
}
BENCHMARK(BM_FinalizeSale)->Iterations(1000)->Unit(benchmark::kMicrosecond);

// One write(2) of the bytes a finalize appends to the WAL, then fsync(2), same directory.
void BM_RawWriteFsync(benchmark::State &state)
{
    auto &e = env();
    const auto bytes
        = static_cast<std::size_t>(e.walBytesPerFinalize > 0 ? e.walBytesPerFinalize : 16384);
    const std::string path = e.dir + "/raw.bin";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::string buf(bytes, 'x');
    std::vector<double> us;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        const bool ok = ::write(fd, buf.data(), buf.size()) == static_cast<ssize_t>(buf.size())
                        && ::fsync(fd) == 0;
        const auto t1 = Clock::now();
        if (!ok) {
            state.SkipWithError("write/fsync failed");
            break;
        }
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    ::close(fd);
    state.counters["bytes"] = static_cast<double>(bytes);
    reportPercentiles(state, us);
}
BENCHMARK(BM_RawWriteFsync)->Iterations(1000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
