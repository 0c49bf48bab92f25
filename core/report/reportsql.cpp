#include "core/report/reportsql.h"

#include <chrono>
#include <cstdio>

namespace lane::core::reportsql {

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
