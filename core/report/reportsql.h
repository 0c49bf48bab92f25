#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/sale/transactionheader.h"
#include "core/store/businessday.h"
#include "core/store/sqlite.h"

namespace lane::core::reportsql {

/// Runs `sql` with the given bindings and calls `row` for each result row (the store's
/// row loop).
template<typename... Args>
Status forEach(Database &db, std::string_view sql, const std::function<void(Statement &)> &row,
               const Args &...args)
{
    return forEachRow(db, sql, row, args...);
}

/// One integer from a single-row query with bindings (0 when the value is NULL).
template<typename... Args>
Result<std::int64_t> one(Database &db, std::string_view sql, const Args &...args)
{
    std::int64_t value = 0;
    if (auto s = forEach(
            db, sql, [&](Statement &st) { value = st.columnInt(0); }, args...);
        !s) {
        return s.error();
    }
    return value;
}

/// Runs a statement with bindings and no result rows.
template<typename... Args>
Status run(Database &db, std::string_view sql, const Args &...args)
{
    return runSql(db, sql, args...);
}

/// "2026-11-22" and back: the store's ISO date form.
inline std::string dateText(const Date &d)
{
    return isoDate(d);
}
inline std::optional<Date> parseDate(std::string_view text)
{
    return parseIsoDate(text);
}
std::int64_t nanos(TimePoint t);
/// Days since 1970-01-01 and back.
std::int64_t dayNumber(const Date &d);
Date fromDayNumber(std::int64_t days);
/// UTC nanoseconds of local midnight starting `d` in a store `utcOffsetMinutes` from UTC.
std::int64_t localMidnightUtcNs(const Date &d, int utcOffsetMinutes);

} // namespace lane::core::reportsql
