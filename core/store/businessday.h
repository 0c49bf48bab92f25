#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/barcode/scancode.h"
#include "core/base/result.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// The latest business day in the business_day table (opened by the manager, closed by a
/// Z): sales belong to it while it is open, whatever the wall clock says, and none may be
/// committed once it is closed until the next day is opened.
struct BusinessDayState
{
    Date date;
    bool closed = false;
    std::int64_t zNumber = 0; // the Z that closed it
};

/// The latest business day, or nothing when no day was ever opened or closed (a new lane:
/// sales then take the store's date for the clock). "store.corrupt" for an unreadable date.
Result<std::optional<BusinessDayState>> latestBusinessDay(Database &db);

/// "business_day.closed" naming the day and the Z that closed it.
Error businessDayClosedError(const BusinessDayState &day);

/// The date a sale committed now belongs to: the open day; else, when no day is recorded,
/// `fallback`. Error "business_day.closed" (naming the day and its Z) when the latest day
/// is closed.
Result<Date> saleBusinessDate(Database &db, const Date &fallback);

/// "2026-11-22" for Date{2026, 11, 22}; parses the same form back.
std::string isoDate(const Date &d);
std::optional<Date> parseIsoDate(std::string_view text);

} // namespace lane::core
