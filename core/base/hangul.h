#pragma once

#include <string>
#include <string_view>

namespace lane::core {

/// Initial-consonant (choseong) search over Hangul text, as Korean cashiers and shoppers
/// type it: "ㅂㄴㄴ" finds "바나나". Pure UTF-8 work, shared by the lane's item search, the
/// self-checkout produce search and the catalog's indexed search.
class HangulInitials
{
public:
    /// The compatibility jamo (ㄱ..ㅎ) of a precomposed syllable's initial consonant, or 0
    /// when the code point is not a Hangul syllable (U+AC00..U+D7A3).
    static char32_t initialOf(char32_t syllable);
    /// True for the 19 compatibility jamo a syllable can start with (ㄱ ㄲ ㄴ ... ㅎ).
    static bool isInitialJamo(char32_t codePoint);
    /// First and last syllable starting with the initial jamo (ㅂ -> 바, 빟); both 0 when
    /// the code point is not an initial jamo.
    static char32_t firstSyllable(char32_t jamo);
    static char32_t lastSyllable(char32_t jamo);

    /// Each syllable replaced by its initial consonant, ASCII letters lower-cased, anything
    /// else kept ("사과 Apple" -> "ㅅㄱ apple").
    static std::string initialsOf(std::string_view utf8);
    /// True when the query holds an initial jamo, so a plain prefix search cannot find it.
    static bool hasInitialJamo(std::string_view utf8);
    /// Whether one character of a query matches one character of a name: the same character
    /// (ASCII case ignored), or an initial jamo and a syllable starting with it.
    static bool matchesChar(char32_t query, char32_t name);
    /// Whether the name starts with the query, character by character (matchesChar).
    static bool startsWith(std::u32string_view name, std::u32string_view query);
    /// Whether any run of the name matches the query (the produce search's "contains").
    static bool contains(std::u32string_view name, std::u32string_view query);
};

} // namespace lane::core
