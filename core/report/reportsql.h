#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/sale/transactionheader.h"
#include "core/store/businessday.h"
#include "core/store/sqlite.h"

namespace lane::core::reportsql {

/// One integer from a single-row query with bindings (0 when the value is NULL).
template<typename... Args>
Result<std::int64_t> one(Database &db, std::string_view sql, const Args &...args)
{
    std::int64_t value = 0;
    if (auto s = forEachRow(
            db, sql, [&](Statement &st) { value = st.columnInt(0); }, args...);
        !s) {
        return s.error();
    }
    return value;
}

/// Days since 1970-01-01 and back.
std::int64_t dayNumber(const Date &d);
Date fromDayNumber(std::int64_t days);
/// UTC nanoseconds of local midnight starting `d` in a store `utcOffsetMinutes` from UTC.
std::int64_t localMidnightUtcNs(const Date &d, int utcOffsetMinutes);

} // namespace lane::core::reportsql
