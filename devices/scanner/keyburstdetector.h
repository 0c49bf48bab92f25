#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/base/clock.h"

namespace lane::devices::scanner {

/// The in-app fallback for keyboard-wedge scanners the OS delivers as key events: a burst
/// of at least `minLength` characters, each within `maxGap` of the previous one and ended
/// by Enter, is a scan; its Enter is consumed so it never presses a focused button. People
/// type slower than ~30 ms per character, so their keys are released as typing. The UI
/// feeds every key in and calls poll() from a timer. Qt-free; time from an injected clock.
class KeyBurstDetector
{
public:
    struct Settings
    {
        std::chrono::milliseconds maxGap{30};
        std::size_t minLength = 4;
    };

    /// What the UI does with the key it just fed in.
    struct Outcome
    {
        std::u32string release;          ///< held keys that turned out to be typing: deliver
        std::optional<std::string> scan; ///< a complete scan (UTF-8)
        bool consumed = false;           ///< swallow the key that was just fed
    };

    explicit KeyBurstDetector(const core::Clock &clock);
    KeyBurstDetector(const core::Clock &clock, Settings settings);

    Outcome onCharacter(char32_t ch);
    Outcome onEnter();
    /// Releases held keys once the gap has passed (call every ~maxGap).
    Outcome poll();
    bool holding() const { return !m_buffer.empty(); }

private:
    bool expired() const;

    const core::Clock &m_clock;
    Settings m_settings;
    std::u32string m_buffer;
    core::TimePoint m_last{};
};

} // namespace lane::devices::scanner
