#include "core/base/jsonescape.h"

#include "core/base/utf8.h"

namespace lane::core {

namespace {

bool isPlain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

} // namespace

void appendJsonString(std::string &out, std::string_view s, InvalidUtf8 invalid)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (isPlain(c)) {
            // Copy runs of plain ASCII at once: most text is nothing else.
            std::size_t j = i + 1;
            while (j < s.size() && isPlain(static_cast<unsigned char>(s[j])))
                ++j;
            out.append(s.data() + i, j - i);
            i = j;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else if (invalid == InvalidUtf8::Keep) {
                out += static_cast<char>(c);
            } else {
                const std::size_t n = utf8SequenceLength(s, i);
                if (n == 0) {
                    out += "\xEF\xBF\xBD";
                    ++i;
                } else {
                    out.append(s.data() + i, n);
                    i += n;
                }
                continue;
            }
        }
        ++i;
    }
    out += '"';
}

} // namespace lane::core
