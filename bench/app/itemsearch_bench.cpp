// The item search box on a 1,000,000-item catalog, one keystroke at a time: initial
// consonants (searchByInitials) beside the plain word-prefix search the box used before.
// LANE_BENCH_DIR chooses the disk (default: the system temp directory).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <benchmark/benchmark.h>

#include "bench/store/catalogcsvgen.h"
#include "core/store/catalogio.h"
#include "core/store/store.h"

namespace {

using namespace lane::core;
using Clock = std::chrono::steady_clock;

constexpr std::int64_t kItems = 1000000;

struct Env
{
    std::string dir;
    SystemClock clock;
    std::unique_ptr<Store> store;

    Env()
    {
        auto made = lane::bench::makeSyntheticStore("lane-search-bench", kItems, clock);
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

// The text in the box after each keystroke, searched as the lane does (24 results).
void run(benchmark::State &state, const char *text, bool initials)
{
    auto &catalog = env().store->catalog();
    std::vector<double> us;
    std::size_t found = 0;
    for (auto _ : state) {
        const auto t0 = Clock::now();
        auto hits = initials ? catalog.searchByInitials(text, 24) : catalog.searchByName(text, 24);
        const auto t1 = Clock::now();
        if (!hits) {
            state.SkipWithError(hits.error().message.c_str());
            return;
        }
        found = hits->size();
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::sort(us.begin(), us.end());
    state.counters["p50_us"] = us[us.size() / 2];
    state.counters["p99_us"] = us[(us.size() - 1) * 99 / 100];
    state.counters["results"] = double(found);
}

} // namespace

// 브랜드N 우유 Milk: ㅂ, ㅂㄹ, ㅂㄹㄷ, then the second word.
BENCHMARK_CAPTURE(run, initials_b, "ㅂ", true)->Iterations(200);
BENCHMARK_CAPTURE(run, initials_brd, "ㅂㄹㄷ", true)->Iterations(200);
BENCHMARK_CAPTURE(run, initials_brd_uu, "ㅂㄹㄷ ㅇㅇ", true)->Iterations(200);
BENCHMARK_CAPTURE(run, initials_brd12_uu, "브랜드12 ㅇㅇ", true)->Iterations(200);
// Nothing in the catalog starts so: the skip-scan alone.
BENCHMARK_CAPTURE(run, initials_none, "ㅋㅋㅋ", true)->Iterations(2000);
// The same keystrokes spelled out, through the word-prefix search.
BENCHMARK_CAPTURE(run, prefix_b, "브", false)->Iterations(200);
BENCHMARK_CAPTURE(run, prefix_brd_u, "브랜드 우", false)->Iterations(200);
BENCHMARK_CAPTURE(run, prefix_brd12_u, "브랜드12 우", false)->Iterations(200);

BENCHMARK_MAIN();
