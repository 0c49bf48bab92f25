#include "bench/store/catalogcsvgen.h"

#include <stdlib.h> // mkdtemp

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/store/catalogio.h"

namespace lane::bench {

std::string syntheticBarcode(std::int64_t i)
{
    char body[32];
    std::snprintf(body, sizeof body, "880%09lld", static_cast<long long>(i % 1000000000));
    int sum = 0;
    for (int k = 0; k < 12; ++k) {
        sum += (body[k] - '0') * (k % 2 ? 3 : 1);
    }
    return std::string(body) + static_cast<char>('0' + (10 - sum % 10) % 10);
}

void writeSyntheticCatalog(std::ostream &out, std::int64_t items)
{
    static constexpr std::array<const char *, 8> kKo{"우유", "라면", "과자", "음료",
                                                     "세제", "빵",   "참치", "커피"};
    static constexpr std::array<const char *, 8> kEn{"Milk",      "Ramen", "Snack", "Drink",
                                                     "Detergent", "Bread", "Tuna",  "Coffee"};
    static constexpr std::array<const char *, 6> kDept{"dairy",  "noodles",   "snacks",
                                                       "drinks", "household", "pantry"};
    out << "sku,name,barcodes,plu,department,price,tax_class,weighed,minimum_age,discountable,"
           "returnable,deposit_sku,tare_grams\n";
    for (std::int64_t i = 0; i < items; ++i) {
        const auto k = static_cast<std::size_t>(i % 8);
        out << 'B' << i << ",브랜드" << i % 997 << ' ' << kKo[k] << ' ' << kEn[k] << ' '
            << (i % 50 + 1) * 10 << "g," << syntheticBarcode(i);
        if (i % 10 == 0) {
            out << '|' << syntheticBarcode(i + 500000000);
        }
        out << ',';
        if (i % 100 == 0) {
            out << 10000 + i / 100;
        }
        out << ',' << kDept[static_cast<std::size_t>(i % 6)] << ',' << (i % 300 + 1) * 100
            << ",standard," << (i % 100 == 0 ? 1 : 0) << ",,1,1,,0\n";
    }
}

SyntheticStore makeSyntheticStore(const std::string &name, std::int64_t items,
                                  const core::Clock &clock)
{
    const char *base = std::getenv("LANE_BENCH_DIR");
    std::string tmpl
        = (std::filesystem::path(base ? base : std::filesystem::temp_directory_path().c_str())
           / (name + "-XXXXXX"))
              .string();
    if (!::mkdtemp(tmpl.data())) {
        std::perror(tmpl.c_str());
        std::abort();
    }
    SyntheticStore out{tmpl, nullptr};
    const auto krw = *core::Currency::fromCode("KRW");
    auto s = core::Store::init(
        core::StoreInit{out.dir + "/lane.db", "S0123", "02", krw, 540, false}, clock);
    if (!s) {
        std::fprintf(stderr, "%s\n", s.error().message.c_str());
        std::abort();
    }
    out.store = std::move(*s);
    {
        std::ofstream csv(out.dir + "/items.csv");
        writeSyntheticCatalog(csv, items);
    }
    auto imported = core::importCatalogCsv(out.store->database(), out.dir + "/items.csv", krw);
    if (!imported || imported->items != items) {
        std::fprintf(stderr, "import failed: %s\n",
                     imported ? "item count differs" : imported.error().message.c_str());
        std::abort();
    }
    (void)out.store->maintenance(true);
    std::filesystem::remove(out.dir + "/items.csv");
    return out;
}

} // namespace lane::bench
