#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "core/base/money.h"
#include "core/base/result.h"

namespace lane::core {

/// One note or coin of a currency, in minor units.
struct Denomination
{
    std::int64_t minor = 0;
    bool note = false;
};

/// The notes and coins a drawer is counted in, largest first (KRW 50000 ... 10; EUR 500 ...
/// 0.01). Empty for a currency without a table.
std::vector<Denomination> denominationsFor(const Currency &currency);

/// A drawer count: how many of each denomination (minor units -> pieces).
struct CashCount
{
    std::map<std::int64_t, std::int64_t, std::greater<>> pieces;

    CashCount &add(std::int64_t denominationMinor, std::int64_t count)
    {
        pieces[denominationMinor] += count;
        return *this;
    }
};

/// Checks every denomination belongs to the currency's table and every count is >= 0, and
/// returns the total. Errors: "cash.unknown_denomination", "cash.negative_count",
/// "cash.no_denominations".
Result<Money> countTotal(const CashCount &count, const Currency &currency);

} // namespace lane::core
