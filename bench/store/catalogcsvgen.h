#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "core/base/clock.h"
#include "core/store/store.h"

namespace lane::bench {

/// The GTIN-13 of synthetic item `i` (prefix 880, valid check digit).
std::string syntheticBarcode(std::int64_t i);

/// Writes `items` synthetic catalog rows in the import format (about 110 bytes a row):
/// Korean and English names, one or two barcodes, some PLUs and weighed items.
void writeSyntheticCatalog(std::ostream &out, std::int64_t items);

/// A store for a benchmark: a new directory `<name>-XXXXXX` under $LANE_BENCH_DIR (default:
/// the system temp directory) holding a KRW store with `items` synthetic items imported and
/// the database optimised. Aborts with a message when any step fails.
struct SyntheticStore
{
    std::string dir;
    std::unique_ptr<core::Store> store;
};
SyntheticStore makeSyntheticStore(const std::string &name, std::int64_t items,
                                  const core::Clock &clock);

} // namespace lane::bench
