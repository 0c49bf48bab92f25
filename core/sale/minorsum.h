#pragma once

// Internal to the sale module: sums of amounts in minor units for the reprice loops,
// checked like Money's operators (which are out of line and compare currencies each
// time) but cheap enough to run for every line on every basket change.

#include <cstdint>

#include "core/base/money.h"

namespace lane::core::minor {

inline std::int64_t add(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_add_overflow(a, b, &out)) {
        throw MoneyError("money amount overflows 64 bits");
    }
    return out;
}

inline std::int64_t subtract(std::int64_t a, std::int64_t b)
{
    std::int64_t out = 0;
    if (__builtin_sub_overflow(a, b, &out)) {
        throw MoneyError("money amount overflows 64 bits");
    }
    return out;
}

} // namespace lane::core::minor
