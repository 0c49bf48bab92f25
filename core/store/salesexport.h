#pragma once

#include <ostream>
#include <string>

#include "core/base/money.h"
#include "core/base/result.h"
#include "core/store/sqlite.h"

namespace lane::core {

enum class SalesFormat { Csv, Json };

/// Writes committed sales, returns and voids whose business date lies in [from, to]
/// (YYYY-MM-DD, inclusive) for the back office. CSV: one row per receipt with amounts in
/// major units; JSON: an array of receipts with lines, tenders and tax summary, amounts in
/// integer minor units. Formats in docs/formats.md. Only masked card numbers exist to export.
Status exportSales(Database &db, Currency currency, const std::string &from, const std::string &to,
                   SalesFormat format, std::ostream &out);

/// True for a calendar date written YYYY-MM-DD.
bool isIsoDate(const std::string &text);

} // namespace lane::core
