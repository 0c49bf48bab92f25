#pragma once

#include <chrono>
#include <map>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/result.h"

namespace lane::core {

/// How failed credential attempts slow down guessing.
struct LockoutPolicy
{
    int freeAttempts = 3; // failures before the first delay
    std::chrono::seconds firstDelay{30};
    std::chrono::seconds maxDelay{15 * 60};
};

/// The failure count and lock of one user, plain data so the store can persist it.
struct LockoutState
{
    int failures = 0;
    TimePoint lockedUntil{};
};

/// Counts failed attempts per user and locks the user out for a delay that doubles with
/// each further failure (30 s, 60 s, 120 s ... up to 15 min). Success resets. Time comes
/// from the injected clock, so tests move it instead of sleeping.
class LockoutTracker
{
public:
    explicit LockoutTracker(const Clock &clock, LockoutPolicy policy = {});

    /// "auth.locked" naming the user (or `subject`, if given) and the seconds left.
    Status check(const std::string &userId, std::string_view subject = {}) const;
    void recordFailure(const std::string &userId);
    void recordSuccess(const std::string &userId);

    LockoutState state(const std::string &userId) const;
    void restore(const std::string &userId, LockoutState state);
    /// The lock a given failure count earns (zero below freeAttempts).
    std::chrono::seconds delayAfter(int failures) const;

private:
    const Clock *m_clock;
    LockoutPolicy m_policy;
    std::map<std::string, LockoutState, std::less<>> m_states;
};

} // namespace lane::core
