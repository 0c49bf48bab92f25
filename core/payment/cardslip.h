#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lane::core {

/// The card terminal's own receipt (slip) lines as the POS may keep them: every full card
/// number masked to its last four digits (maskCardNumbers), line breaks inside a line taken
/// out. Everything that stores or journals a slip goes through here first.
struct CardSlip
{
    /// The lines as the terminal sent them, made safe to keep. Returns how many card numbers
    /// had to be masked (0 from a well-behaved terminal: it masks them itself).
    static int sanitize(std::vector<std::string> &lines);
    /// One text for a TEXT column, lines joined by '\n' (sanitized lines hold none).
    static std::string join(const std::vector<std::string> &lines);
    static std::vector<std::string> split(std::string_view text);
};

} // namespace lane::core
