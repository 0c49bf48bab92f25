#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lane::core {

/// Length in bytes of the valid UTF-8 sequence starting at text[pos] (1 to 4), storing its
/// code point in `codePoint` when given; 0 when the bytes there are not valid UTF-8
/// (truncated, overlong, surrogate, beyond U+10FFFF, stray continuation byte).
std::size_t utf8SequenceLength(std::string_view text, std::size_t pos,
                               char32_t *codePoint = nullptr);
/// The code point at text[pos], advancing pos past it; an invalid byte gives U+FFFD and
/// advances one byte. pos must be below text.size().
char32_t nextCodePoint(std::string_view text, std::size_t &pos);
/// Decodes UTF-8; each invalid byte becomes U+FFFD so that bad text never stops a receipt.
std::u32string decodeUtf8(std::string_view text);
std::string encodeUtf8(std::u32string_view text);
void appendUtf8(std::string &out, char32_t codePoint);

/// True for East Asian wide characters (Hangul, CJK, full-width forms): two columns on a
/// receipt or a fixed-pitch display.
bool isWide(char32_t codePoint);
/// Columns one character takes in a fixed-pitch font: 2 when wide, 0 for combining marks
/// and the vowel and final-consonant jamo of decomposed Hangul (they join the character
/// before), 1 otherwise.
int columnWidth(char32_t codePoint);
/// Columns the text takes in a fixed-pitch font (the sum of columnWidth).
int displayWidth(std::string_view utf8);
/// The longest prefix of the text that fits `columns` without splitting a wide character.
std::string truncateToWidth(std::string_view utf8, int columns);

} // namespace lane::core
