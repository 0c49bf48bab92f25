#include "app/lanectl/fixedclock.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace lane::app::lanectl {
namespace {

/// Starts at a given instant and runs at the speed of the steady clock.
class OffsetClock final : public core::Clock
{
public:
    explicit OffsetClock(core::TimePoint start)
        : m_start(start)
        , m_origin(std::chrono::steady_clock::now())
    {}
    core::TimePoint now() const override
    {
        return m_start
               + std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now() - m_origin);
    }

private:
    core::TimePoint m_start;
    std::chrono::steady_clock::time_point m_origin;
};

} // namespace

core::Result<std::unique_ptr<core::Clock>> makeClock()
{
    const char *env = std::getenv("LANE_CLOCK");
    if (!env || !*env) {
        return std::unique_ptr<core::Clock>(std::make_unique<core::SystemClock>());
    }
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char z = 0;
    if (std::sscanf(env, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7
        || z != 'Z') {
        return core::makeError("lanectl.clock", std::string("LANE_CLOCK=\"") + env
                                                    + "\" is not a UTC time like "
                                                      "2026-11-22T10:00:00Z");
    }
    using namespace std::chrono;
    const auto day = sys_days(year(y) / month(static_cast<unsigned>(mo))
                              / std::chrono::day(static_cast<unsigned>(d)));
    const core::TimePoint start(day + hours(h) + minutes(mi) + seconds(s));
    return std::unique_ptr<core::Clock>(std::make_unique<OffsetClock>(start));
}

} // namespace lane::app::lanectl
