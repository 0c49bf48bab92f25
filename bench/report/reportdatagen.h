#pragma once

#include <cstdint>

#include "core/base/result.h"
#include "core/sale/transactionheader.h"
#include "core/store/store.h"

namespace lane::bench {

/// Bulk-loads synthetic sales for one business day range into a store: `lines` sale lines
/// spread evenly over the days from `first` (inclusive) for `days` days, 1-5 lines a sale,
/// one tender, one tax row and one journal entry per sale. One transaction, prepared
/// statements. Items 100000..(100000 + skus - 1) must exist (see addItems).
core::Status generateSales(core::Store &store, const core::Date &first, int days,
                           std::int64_t lines, int skus);
/// Adds `skus` items in 20 departments.
core::Status addItems(core::Store &store, int skus);

} // namespace lane::bench
