#include "core/base/utf8.h"

#include <cstdint>

namespace lane::core {

std::size_t utf8SequenceLength(std::string_view text, std::size_t pos, char32_t *codePoint)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t smallest = 0;
    if (lead < 0x80) {
        if (codePoint)
            *codePoint = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        cp = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        cp = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        cp = lead & 0x07;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (length > text.size() - pos)
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[pos + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (codePoint)
        *codePoint = cp;
    return length;
}

char32_t nextCodePoint(std::string_view text, std::size_t &pos)
{
    char32_t cp = 0;
    const std::size_t length = utf8SequenceLength(text, pos, &cp);
    if (length == 0) {
        ++pos;
        return U'\uFFFD';
    }
    pos += length;
    return cp;
}

std::u32string decodeUtf8(std::string_view text)
{
    std::u32string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size())
        out.push_back(nextCodePoint(text, pos));
    return out;
}

void appendUtf8(std::string &out, char32_t codePoint)
{
    const auto cp = static_cast<std::uint32_t>(codePoint);
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encodeUtf8(std::u32string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : text)
        appendUtf8(out, cp);
    return out;
}

bool isWide(char32_t codePoint)
{
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
           || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
           || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
           || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
           || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
           || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
           || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
           || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
}

int columnWidth(char32_t codePoint)
{
    const bool joins = (codePoint >= 0x0300 && codePoint <= 0x036F)
                       || (codePoint >= 0x1160 && codePoint <= 0x11FF)
                       || (codePoint >= 0x1AB0 && codePoint <= 0x1AFF)
                       || (codePoint >= 0x1DC0 && codePoint <= 0x1DFF)
                       || (codePoint >= 0x20D0 && codePoint <= 0x20FF)
                       || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF)
                       || (codePoint >= 0xFE20 && codePoint <= 0xFE2F) || codePoint == 0x200B;
    if (joins) {
        return 0;
    }
    return isWide(codePoint) ? 2 : 1;
}

int displayWidth(std::string_view utf8)
{
    int width = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        width += columnWidth(nextCodePoint(utf8, pos));
    }
    return width;
}

std::string truncateToWidth(std::string_view utf8, int columns)
{
    int width = 0;
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t cp = nextCodePoint(utf8, pos);
        const int w = columnWidth(cp);
        if (width + w > columns) {
            break;
        }
        width += w;
        end = pos;
    }
    // Valid sequences are kept as they are; invalid bytes become U+FFFD as when decoded.
    std::string out;
    out.reserve(end);
    for (std::size_t pos = 0; pos < end;) {
        appendUtf8(out, nextCodePoint(utf8, pos));
    }
    return out;
}

} // namespace lane::core
