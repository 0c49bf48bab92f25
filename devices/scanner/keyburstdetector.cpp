#include "devices/scanner/keyburstdetector.h"

#include <utility>

namespace lane::devices::scanner {
namespace {

std::string toUtf8(const std::u32string &text)
{
    std::string out;
    for (char32_t cp : text) {
        if (cp < 0x80) {
            out.push_back(char(cp));
        } else if (cp < 0x800) {
            out.push_back(char(0xC0 | (cp >> 6)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(char(0xE0 | (cp >> 12)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(char(0xF0 | (cp >> 18)));
            out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(char(0x80 | (cp & 0x3F)));
        }
    }
    return out;
}

} // namespace

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
        outcome.scan = toUtf8(m_buffer);
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
