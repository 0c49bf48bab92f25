#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/sale/transactionheader.h"
#include "core/store/sqlite.h"

namespace lane::core::reportsql {

/// Runs `sql` with the given bindings and calls `row` for each result row.
template<typename... Args>
Status forEach(Database &db, std::string_view sql, const std::function<void(Statement &)> &row,
               const Args &...args)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(args...); !s) {
        return s;
    }
    for (;;) {
        auto r = (*st)->step();
        if (!r) {
            return r.error();
        }
        if (!*r) {
            return {};
        }
        row(**st);
    }
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
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(args...); !s) {
        return s;
    }
    return (*st)->run();
}

std::string dateText(const Date &d);
std::optional<Date> parseDate(std::string_view text);
std::int64_t nanos(TimePoint t);
/// Days since 1970-01-01 and back.
std::int64_t dayNumber(const Date &d);
Date fromDayNumber(std::int64_t days);
/// UTC nanoseconds of local midnight starting `d` in a store `utcOffsetMinutes` from UTC.
std::int64_t localMidnightUtcNs(const Date &d, int utcOffsetMinutes);

} // namespace lane::core::reportsql
