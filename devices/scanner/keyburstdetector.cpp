#include "devices/scanner/keyburstdetector.h"

#include <utility>

#include "core/base/utf8.h"

namespace lane::devices::scanner {
KeyBurstDetector::KeyBurstDetector(const core::Clock &clock)
    : KeyBurstDetector(clock, Settings{})
{}

KeyBurstDetector::KeyBurstDetector(const core::Clock &clock, Settings settings)
    : m_clock(clock)
    , m_settings(settings)
{}

bool KeyBurstDetector::expired() const
{
    return m_clock.now() - m_last > m_settings.maxGap;
}

KeyBurstDetector::Outcome KeyBurstDetector::onCharacter(char32_t ch)
{
    Outcome outcome;
    if (!m_buffer.empty() && expired())
        outcome.release = std::exchange(m_buffer, {});
    m_buffer.push_back(ch);
    m_last = m_clock.now();
    outcome.consumed = true; // held until we know whether it is typing or a scan
    if (m_buffer.size() > 4096)
        outcome.release += std::exchange(m_buffer, {});
    return outcome;
}

KeyBurstDetector::Outcome KeyBurstDetector::onEnter()
{
    Outcome outcome;
    if (!m_buffer.empty() && !expired() && m_buffer.size() >= m_settings.minLength) {
        outcome.scan = core::encodeUtf8(m_buffer);
        outcome.consumed = true;
        m_buffer.clear();
        return outcome;
    }
    // Typing: the held keys go out first, then Enter does what Enter does.
    outcome.release = std::exchange(m_buffer, {});
    outcome.consumed = false;
    return outcome;
}

KeyBurstDetector::Outcome KeyBurstDetector::poll()
{
    Outcome outcome;
    if (!m_buffer.empty() && expired())
        outcome.release = std::exchange(m_buffer, {});
    return outcome;
}

} // namespace lane::devices::scanner
