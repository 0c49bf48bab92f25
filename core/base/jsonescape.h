#pragma once

#include <string>
#include <string_view>

namespace lane::core {

/// What a JSON string writer does with bytes that are not valid UTF-8.
enum class InvalidUtf8 {
    Replace, ///< write U+FFFD per bad byte, so every line is valid JSON (telemetry)
    Keep,    ///< copy them as they are, so stored text and its hashes never change (journal)
};

/// Appends `text` as a JSON string literal, quotes included: '"' and '\\' escaped, \n \r \t
/// as such, other control characters as \u00xx (lowercase hex), everything else as is.
/// The one JSON string escaper of the code base (canonical JSON, telemetry lines, encoders).
void appendJsonString(std::string &out, std::string_view text,
                      InvalidUtf8 invalid = InvalidUtf8::Replace);

} // namespace lane::core
