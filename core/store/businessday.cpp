#include "core/store/businessday.h"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace lane::core {

std::string isoDate(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t at, std::size_t len, int &out) {
        const char *first = text.data() + at;
        const auto [end, ec] = std::from_chars(first, first + len, out);
        return ec == std::errc() && end == first + len;
    };
    Date d;
    if (!number(0, 4, d.year) || !number(5, 2, d.month) || !number(8, 2, d.day)) {
        return std::nullopt;
    }
    using namespace std::chrono;
    const year_month_day ymd{year(d.year), month(unsigned(d.month)), day(unsigned(d.day))};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return d;
}

Result<std::optional<BusinessDayState>> latestBusinessDay(Database &db)
{
    std::optional<BusinessDayState> latest;
    auto s = forEachRow(db,
                        "SELECT business_date, closed_utc_ns IS NOT NULL, COALESCE(z_number, 0) "
                        "FROM business_day ORDER BY business_date DESC LIMIT 1",
                        [&](Statement &st) -> Status {
                            const std::string text = st.columnText(0);
                            const auto date = parseIsoDate(text);
                            if (!date) {
                                return makeError("store.corrupt",
                                                 db.path() + ": business_day row '" + text
                                                     + "' is not a date (YYYY-MM-DD)");
                            }
                            latest = BusinessDayState{*date, st.columnInt(1) != 0, st.columnInt(2)};
                            return {};
                        });
    if (!s) {
        return s.error();
    }
    return latest;
}

Error businessDayClosedError(const BusinessDayState &day)
{
    return makeError("business_day.closed", "business day " + isoDate(day.date)
                                                + " was closed by Z " + std::to_string(day.zNumber)
                                                + "; open the next business day before selling");
}

Result<Date> saleBusinessDate(Database &db, const Date &fallback)
{
    auto day = latestBusinessDay(db);
    if (!day) {
        return day.error();
    }
    if (!*day) {
        return fallback;
    }
    if ((*day)->closed) {
        return businessDayClosedError(**day);
    }
    return (*day)->date;
}

} // namespace lane::core
