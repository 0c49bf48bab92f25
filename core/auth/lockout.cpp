#include "core/auth/lockout.h"

#include <algorithm>

namespace lane::core {

LockoutTracker::LockoutTracker(const Clock &clock, LockoutPolicy policy)
    : m_clock(&clock)
    , m_policy(policy)
{}

std::chrono::seconds LockoutTracker::delayAfter(int failures) const
{
    if (failures < m_policy.freeAttempts)
        return std::chrono::seconds{0};
    auto delay = m_policy.firstDelay;
    for (int i = m_policy.freeAttempts; i < failures && delay < m_policy.maxDelay; ++i)
        delay *= 2;
    return std::min(delay, m_policy.maxDelay);
}

Status LockoutTracker::check(const std::string &userId, std::string_view subject) const
{
    const auto it = m_states.find(userId);
    if (it == m_states.end())
        return {};
    const TimePoint now = m_clock->now();
    if (now >= it->second.lockedUntil)
        return {};
    const auto left = std::chrono::ceil<std::chrono::seconds>(it->second.lockedUntil - now);
    const std::string who = subject.empty() ? "user " + userId : std::string(subject);
    return makeError("auth.locked", who + " is locked for another " + std::to_string(left.count())
                                        + " s after " + std::to_string(it->second.failures)
                                        + " failed attempts");
}

void LockoutTracker::recordFailure(const std::string &userId)
{
    LockoutState &s = m_states[userId];
    ++s.failures;
    const auto delay = delayAfter(s.failures);
    if (delay.count() > 0)
        s.lockedUntil = m_clock->now() + delay;
}

void LockoutTracker::recordSuccess(const std::string &userId)
{
    m_states.erase(userId);
}

LockoutState LockoutTracker::state(const std::string &userId) const
{
    const auto it = m_states.find(userId);
    return it == m_states.end() ? LockoutState{} : it->second;
}

void LockoutTracker::restore(const std::string &userId, LockoutState state)
{
    m_states[userId] = state;
}

} // namespace lane::core
