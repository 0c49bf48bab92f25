#include "core/report/reportsql.h"

#include <chrono>
#include <cstdio>

namespace lane::core::reportsql {

std::string dateText(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::optional<Date> parseDate(std::string_view text)
{
    using namespace std::chrono;
    Date d;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
    }
    auto num = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    d.year = num(0, 4);
    d.month = num(5, 2);
    d.day = num(8, 2);
    const year_month_day ymd{year(d.year), month(static_cast<unsigned>(d.month)),
                             day(static_cast<unsigned>(d.day))};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return d;
}

std::int64_t nanos(TimePoint t)
{
    return t.time_since_epoch().count();
}

std::int64_t dayNumber(const Date &d)
{
    using namespace std::chrono;
    const sys_days days{year(d.year) / month(static_cast<unsigned>(d.month))
                        / day(static_cast<unsigned>(d.day))};
    return days.time_since_epoch().count();
}

Date fromDayNumber(std::int64_t n)
{
    using namespace std::chrono;
    const year_month_day ymd{sys_days{days{n}}};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                static_cast<int>(unsigned(ymd.day()))};
}

std::int64_t localMidnightUtcNs(const Date &d, int utcOffsetMinutes)
{
    constexpr std::int64_t kDayNs = 86400LL * 1000000000LL;
    return dayNumber(d) * kDayNs - std::int64_t{utcOffsetMinutes} * 60LL * 1000000000LL;
}

} // namespace lane::core::reportsql
