#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lane::devices::escpos {

/// Decodes UTF-8; invalid sequences become U+FFFD so printing never stops on bad text.
std::u32string decodeUtf8(std::string_view text);
std::string encodeUtf8(std::u32string_view text);
void appendUtf8(std::string &out, char32_t cp);

/// True for East Asian wide characters (Hangul, CJK, full-width forms): two print columns.
bool isWide(char32_t cp);
/// Print columns taken by the text in font A/B (wide characters count two).
int displayWidth(std::string_view utf8);
/// Cuts the text to at most `columns` print columns without splitting a wide character.
std::string truncateToWidth(std::string_view utf8, int columns);
/// Replaces characters a printer code page lacks but has a twin for: the won sign U+20A9
/// has no EUC-KR code, its full-width form U+FFE6 does.
std::string mapForKorean(std::string_view utf8);

} // namespace lane::devices::escpos
