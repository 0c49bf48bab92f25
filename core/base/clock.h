#pragma once

#include <chrono>
#include <cstdint>

namespace lane::core {

using TimePoint = std::chrono::sys_time<std::chrono::nanoseconds>;

/// Nanoseconds since 1970-01-01 UTC: how the store and the journal keep instants.
inline std::int64_t nanosSinceEpoch(TimePoint t)
{
    return t.time_since_epoch().count();
}

/// Where "now" comes from. Injected everywhere so tests can move time (midnight, Z,
/// lockout delays) without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

/// The wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    TimePoint now() const override
    {
        return std::chrono::time_point_cast<std::chrono::nanoseconds>(
            std::chrono::system_clock::now());
    }
};

/// A clock that only moves when told to, for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(TimePoint start = TimePoint{})
        : m_now(start)
    {}
    TimePoint now() const override { return m_now; }
    void set(TimePoint t) { m_now = t; }
    void advance(std::chrono::nanoseconds d) { m_now += d; }

private:
    TimePoint m_now;
};

} // namespace lane::core
