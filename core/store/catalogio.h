#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

#include "core/base/money.h"
#include "core/base/result.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// What an import did.
struct CatalogImportStats
{
    std::int64_t items = 0;
    std::int64_t barcodes = 0;
};

/// Called now and then during an import with bytes read and the file size.
using ImportProgress = std::function<void(std::int64_t done, std::int64_t total)>;

/// Replaces the catalog with the items of a CSV file (columns in docs/formats.md), all or
/// nothing in one transaction. Errors name file, line and column, e.g.
/// `items.csv:17: column price: "12,50" is not a decimal amount for KRW`.
Result<CatalogImportStats> importCatalogCsv(Database &db, const std::string &path,
                                            Currency currency, const ImportProgress &progress = {});

/// Writes the catalog in the same CSV format the import reads (header included).
Status exportCatalogCsv(Database &db, Currency currency, std::ostream &out);

/// CSV field quoting per RFC 4180 (only when needed).
std::string csvField(std::string_view text);

} // namespace lane::core
