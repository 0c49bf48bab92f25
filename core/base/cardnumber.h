#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace lane::core {

/// Passes the Luhn check: tells card numbers from other long numbers (trace, terminal id).
bool luhnValid(std::string_view digits);

/// Where a full card number sits in a text: [begin, end), separators included.
struct CardNumberSpan
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Every full card number in free text (a log message, a terminal's slip line): 13 to 19
/// digits, optionally grouped by single spaces or dashes, that pass Luhn, also when glued to
/// letters. Within a run of groups the longest span of whole groups from each group wins, so
/// a card number followed by another number ("4111 1111 1111 1111 12") is still found and a
/// long number is never split into a made-up one. In text order, not overlapping.
std::vector<CardNumberSpan> findCardNumbers(std::string_view text);

} // namespace lane::core
