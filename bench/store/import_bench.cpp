// Imports a catalog CSV into a fresh store, as `lanectl catalog import` does, and prints
// the time taken; run under /usr/bin/time -v for peak RSS:
//   lane_store_import_bench FILE.csv DIR
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "core/store/catalogio.h"
#include "core/store/store.h"

int main(int argc, char **argv)
{
    using namespace lane::core;
    if (argc != 3) {
        std::fprintf(stderr, "usage: lane_store_import_bench FILE.csv DIR\n");
        return 2;
    }
    SystemClock clock;
    const auto krw = *Currency::fromCode("KRW");
    const std::string db = std::string(argv[2]) + "/import-bench.db";
    auto store = Store::init(StoreInit{db, "S0123", "02", krw, 540, true}, clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto stats = importCatalogCsv((*store)->database(), argv[1], krw);
    if (!stats) {
        std::fprintf(stderr, "%s\n", stats.error().message.c_str());
        return 1;
    }
    const auto t1 = std::chrono::steady_clock::now();
    if (auto s = (*store)->maintenance(true); !s) {
        std::fprintf(stderr, "%s\n", s.error().message.c_str());
        return 1;
    }
    const auto t2 = std::chrono::steady_clock::now();
    std::printf("imported %lld items, %lld barcodes in %.2f s (+ checkpoint %.2f s)\n",
                static_cast<long long>(stats->items), static_cast<long long>(stats->barcodes),
                std::chrono::duration<double>(t1 - t0).count(),
                std::chrono::duration<double>(t2 - t1).count());
    store->reset();
    for (const char *suffix : {"", "-wal", "-shm", ".key", ".anchor"}) {
        std::filesystem::remove(db + suffix);
    }
    return 0;
}
