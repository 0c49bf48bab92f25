#pragma once

#include <cstdint>
#include <ostream>
#include <string>

namespace lane::bench {

/// The GTIN-13 of synthetic item `i` (prefix 880, valid check digit).
std::string syntheticBarcode(std::int64_t i);

/// Writes `items` synthetic catalog rows in the import format (about 110 bytes a row):
/// Korean and English names, one or two barcodes, some PLUs and weighed items.
void writeSyntheticCatalog(std::ostream &out, std::int64_t items);

} // namespace lane::bench
