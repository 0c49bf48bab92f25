// Adding a line to a 100-line basket with 20 active promotions, including the reprice
// that every basket change runs (promotion search for the groups of promotions the new
// line touches, the others kept from the previous reprice; discounts; tax). The copy each
// iteration starts from carries that state, as the lane's own basket does.
// Each iteration times only the add on a fresh copy of the same basket; per-iteration
// times are collected and reported as p50/p99/max counters in microseconds, both wall
// clock (p99_us) and this thread's CPU time (cpu_p99_us, which a busy machine's
// preemption does not inflate).

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <vector>

#include "core/base/clock.h"
#include "core/sale/basket.h"
#include "core/sale/memorycatalog.h"

using namespace lane::core;

namespace {

const Currency kKrw = *Currency::fromCode("KRW");
const char *const kDepartments[] = {"snacks", "drinks", "dairy", "bakery", "care", "produce"};

SaleConfig config()
{
    SaleConfig c;
    c.currency = kKrw;
    c.taxMode = TaxMode::Inclusive;
    c.taxRounding = TaxRounding::PerLine;
    c.taxRates = {{"V", 1000, false, "T"}, {"E", 0, true, "F"}};
    c.cashRoundingIncrement = 10;
    c.utcOffset = std::chrono::hours(9);
    return c;
}

std::string sku(int i)
{
    return "SKU" + std::to_string(i);
}

MemoryCatalog catalog()
{
    MemoryCatalog c;
    for (int i = 0; i < 60; ++i) {
        Item it;
        it.sku = sku(i);
        it.name = "item " + std::to_string(i);
        it.department = kDepartments[i % 6];
        it.price = Money(800 + 150 * (i % 17), kKrw);
        it.taxClass = i % 6 == 5 ? "E" : "V";
        it.weighed = i % 6 == 5 && i % 12 == 11;
        it.discountable = i % 13 != 0;
        (void)c.add(it);
    }
    return c;
}

// 20 promotions: 8 n-for on single items, 4 mix-and-match groups, 4 buy-x-get-y,
// 4 department percentages; groups overlap the n-for items and the departments.
std::vector<Promotion> promotions()
{
    std::vector<Promotion> ps;
    for (int k = 0; k < 8; ++k) {
        Promotion p;
        p.id = "NFOR" + std::to_string(k);
        p.name = p.id;
        p.kind = Promotion::Kind::NForPrice;
        p.skus = {sku(k * 7)};
        p.quantity = 2 + k % 2;
        p.price = Money((800 + 150 * ((k * 7) % 17)) * p.quantity * 8 / 10, kKrw);
        ps.push_back(p);
    }
    for (int k = 0; k < 4; ++k) {
        Promotion p;
        p.id = "MIX" + std::to_string(k);
        p.name = p.id;
        p.kind = Promotion::Kind::MixAndMatch;
        p.skus = {sku(k * 7), sku(k * 7 + 1), sku(k * 7 + 2), sku(k * 7 + 3)};
        p.quantity = 3;
        p.price = Money(3000, kKrw);
        ps.push_back(p);
    }
    for (int k = 0; k < 4; ++k) {
        Promotion p;
        p.id = "BXGY" + std::to_string(k);
        p.name = p.id;
        p.kind = Promotion::Kind::BuyXGetY;
        p.skus = {sku(30 + k * 3), sku(31 + k * 3)};
        p.quantity = 2;
        p.getQuantity = 1;
        p.basisPoints = 5000;
        ps.push_back(p);
    }
    for (int k = 0; k < 4; ++k) {
        Promotion p;
        p.id = "DEPT" + std::to_string(k);
        p.name = p.id;
        p.kind = Promotion::Kind::DepartmentPercent;
        p.department = kDepartments[k + 2];
        p.basisPoints = 500 + 250 * k;
        ps.push_back(p);
    }
    return ps;
}

double threadCpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

// Page faults taken by this thread so far: a first touch of memory the allocator just got
// from the kernel costs more than the rest of an add.
long threadMinorFaults()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_minflt;
}

void report(benchmark::State &state, std::vector<double> &micros, std::vector<double> &cpu)
{
    auto at = [](std::vector<double> &v, double q) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1,
                          static_cast<std::size_t>(q * static_cast<double>(v.size())))];
    };
    state.counters["p50_us"] = at(micros, 0.50);
    state.counters["p99_us"] = at(micros, 0.99);
    state.counters["max_us"] = micros.back();
    state.counters["cpu_p50_us"] = at(cpu, 0.50);
    state.counters["cpu_p99_us"] = at(cpu, 0.99);
}

void BM_AddLineAndReprice(benchmark::State &state)
{
    const MemoryCatalog cat = catalog();
    const SaleConfig cfg = config();
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 20});
    Basket base(cat, cfg, clock, promotions());
    for (int i = 0; i < 100; ++i) {
        const int s = (i * 37) % 60;
        const bool weighed = s % 6 == 5 && s % 12 == 11;
        auto id = base.addSku(sku(s), weighed ? 250 + 10 * i : 1000 * (1 + i % 3), 0);
        if (!id.ok()) {
            state.SkipWithError(id.error().message.c_str());
            return;
        }
    }
    std::vector<double> micros;
    std::vector<double> cpu;
    micros.reserve(1 << 16);
    cpu.reserve(1 << 16);
    int next = 0;
    long faults = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Basket b = base;
        if (state.range(0) != 0) {
            b.reserve(128); // as a lane does when a sale starts; 0: include the move
        }
        const std::string s = sku((next++ * 11) % 60);
        const bool weighed = cat.findBySku(s)->weighed;
        state.ResumeTiming();
        const long f0 = threadMinorFaults();
        const double c0 = threadCpuMicros();
        const auto t0 = std::chrono::steady_clock::now();
        auto id = b.addSku(s, weighed ? 400 : 1000, 0);
        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = threadCpuMicros();
        faults += threadMinorFaults() - f0;
        benchmark::DoNotOptimize(id);
        benchmark::DoNotOptimize(b.pricing().total);
        micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        cpu.push_back(c1 - c0);
    }
    report(state, micros, cpu);
    state.counters["faults_per_add"]
        = static_cast<double>(faults) / static_cast<double>(micros.size());
    state.counters["lines"] = static_cast<double>(base.data().lines.size() + 1);
    state.counters["promotions_applied"] = static_cast<double>(base.pricing().promotions.size());
}
BENCHMARK(BM_AddLineAndReprice)
    ->Arg(1)
    ->Arg(0)
    ->ArgName("reserved")
    ->Unit(benchmark::kMicrosecond)
    ->Iterations(20000);

// The same with every promotion aimed at one group of 10 SKUs, so all 20 interact and
// the search has to work (bounded by SaleConfig::promotionSearchNodes).
void BM_AddLineAllPromotionsInteract(benchmark::State &state)
{
    const MemoryCatalog cat = catalog();
    const SaleConfig cfg = config();
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 20});
    std::vector<Promotion> ps = promotions();
    for (std::size_t k = 0; k < ps.size(); ++k) {
        if (ps[k].kind == Promotion::Kind::DepartmentPercent) {
            ps[k].department = "snacks";
        } else {
            ps[k].skus
                = {sku(int(k % 10) * 6), sku(int((k + 3) % 10) * 6), sku(int((k + 5) % 10) * 6)};
        }
    }
    Basket base(cat, cfg, clock, ps);
    for (int i = 0; i < 100; ++i) {
        auto id = base.addSku(sku((i % 10) * 6), 1000);
        if (!id.ok()) {
            state.SkipWithError(id.error().message.c_str());
            return;
        }
    }
    std::vector<double> micros;
    std::vector<double> cpu;
    micros.reserve(1 << 14);
    cpu.reserve(1 << 14);
    for (auto _ : state) {
        state.PauseTiming();
        Basket b = base;
        state.ResumeTiming();
        const double c0 = threadCpuMicros();
        const auto t0 = std::chrono::steady_clock::now();
        auto id = b.addSku(sku(12), 1000);
        const auto t1 = std::chrono::steady_clock::now();
        const double c1 = threadCpuMicros();
        benchmark::DoNotOptimize(id);
        micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        cpu.push_back(c1 - c0);
    }
    report(state, micros, cpu);
}
BENCHMARK(BM_AddLineAllPromotionsInteract)->Unit(benchmark::kMicrosecond)->Iterations(2000);

// A quantity change on the same 100-line basket: the full reprice alone, no copying.
void BM_RepriceOnQuantityChange(benchmark::State &state)
{
    const MemoryCatalog cat = catalog();
    const SaleConfig cfg = config();
    ManualClock clock(std::chrono::sys_days{std::chrono::year{2026} / 11 / 20});
    Basket b(cat, cfg, clock, promotions());
    for (int i = 0; i < 100; ++i) {
        const int s = (i * 37) % 60;
        const bool weighed = s % 6 == 5 && s % 12 == 11;
        (void)b.addSku(sku(s), weighed ? 250 + 10 * i : 1000 * (1 + i % 3), 0);
    }
    const LineId id = b.data().lines[7].item.weighed ? 9 : 8;
    std::int64_t q = 1000;
    for (auto _ : state) {
        q = q == 1000 ? 2000 : 1000;
        auto s = b.setQuantity(id, q);
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_RepriceOnQuantityChange)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
