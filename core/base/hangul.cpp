#include "core/base/hangul.h"

#include "core/base/utf8.h"

namespace lane::core {

namespace {

// The initial consonants in Unicode's syllable order (index = (syllable - U+AC00) / 588).
constexpr char32_t kInitials[]
    = {U'ㄱ', U'ㄲ', U'ㄴ', U'ㄷ', U'ㄸ', U'ㄹ', U'ㅁ', U'ㅂ', U'ㅃ', U'ㅅ',
       U'ㅆ', U'ㅇ', U'ㅈ', U'ㅉ', U'ㅊ', U'ㅋ', U'ㅌ', U'ㅍ', U'ㅎ'};
constexpr char32_t kFirstSyllable = 0xAC00;
constexpr char32_t kLastSyllable = 0xD7A3;
constexpr char32_t kSyllablesPerInitial = 21 * 28; // vowels x finals (none included)

int initialIndex(char32_t jamo)
{
    for (int i = 0; i < int(std::size(kInitials)); ++i) {
        if (kInitials[i] == jamo) {
            return i;
        }
    }
    return -1;
}

char32_t foldAscii(char32_t c)
{
    return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c;
}

} // namespace

char32_t HangulInitials::initialOf(char32_t syllable)
{
    if (syllable < kFirstSyllable || syllable > kLastSyllable) {
        return 0;
    }
    return kInitials[(syllable - kFirstSyllable) / kSyllablesPerInitial];
}

bool HangulInitials::isInitialJamo(char32_t codePoint)
{
    return initialIndex(codePoint) >= 0;
}

char32_t HangulInitials::firstSyllable(char32_t jamo)
{
    const int i = initialIndex(jamo);
    return i < 0 ? 0 : kFirstSyllable + char32_t(i) * kSyllablesPerInitial;
}

char32_t HangulInitials::lastSyllable(char32_t jamo)
{
    const int i = initialIndex(jamo);
    return i < 0 ? 0 : kFirstSyllable + char32_t(i + 1) * kSyllablesPerInitial - 1;
}

std::string HangulInitials::initialsOf(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const char32_t c = nextCodePoint(utf8, pos);
        const char32_t initial = initialOf(c);
        appendUtf8(out, initial ? initial : foldAscii(c));
    }
    return out;
}

bool HangulInitials::hasInitialJamo(std::string_view utf8)
{
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        if (isInitialJamo(nextCodePoint(utf8, pos))) {
            return true;
        }
    }
    return false;
}

bool HangulInitials::matchesChar(char32_t query, char32_t name)
{
    if (foldAscii(query) == foldAscii(name)) {
        return true;
    }
    return isInitialJamo(query) && initialOf(name) == query;
}

bool HangulInitials::startsWith(std::u32string_view name, std::u32string_view query)
{
    if (query.size() > name.size()) {
        return false;
    }
    for (std::size_t i = 0; i < query.size(); ++i) {
        if (!matchesChar(query[i], name[i])) {
            return false;
        }
    }
    return true;
}

bool HangulInitials::contains(std::u32string_view name, std::u32string_view query)
{
    if (query.empty()) {
        return true;
    }
    for (std::size_t at = 0; at + query.size() <= name.size(); ++at) {
        if (startsWith(name.substr(at), query)) {
            return true;
        }
    }
    return false;
}

} // namespace lane::core
