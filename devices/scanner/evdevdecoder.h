#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "devices/scanner/scanframing.h"

namespace lane::devices::scanner {

/// Keyboard-wedge scanner read from Linux evdev: input_event structs in, codes out. Key
/// codes map through a US layout table (scanners are configured for it), Shift is
/// tracked, Ctrl+] gives GS (0x1D) and Return or keypad Enter ends a code.
class EvdevDecoder
{
public:
    static constexpr std::size_t kMaxCodeLength = 4096;

    std::vector<ScanData> feed(std::string_view bytes);
    /// Key codes with no character in the table (ignored).
    std::size_t unknownKeys() const { return m_unknown; }

    /// The character for a key code, or 0 (US layout).
    static char characterFor(int keyCode, bool shift);
    /// Encodes a text as key press/release events, for simulators and tests.
    static std::string encode(std::string_view text, bool withEnter = true);

private:
    void onKey(int code, int value, std::vector<ScanData> &out);

    std::string m_pending;
    std::string m_code;
    bool m_shift = false;
    bool m_ctrl = false;
    std::size_t m_unknown = 0;
};

} // namespace lane::devices::scanner
