#include "devices/escpos/utf8.h"

namespace lane::devices::escpos {

std::string mapForKorean(std::string_view utf8)
{
    std::u32string text = decodeUtf8(utf8);
    for (auto &cp : text) {
        if (cp == U'\u20A9')
            cp = U'\uFFE6';
    }
    return encodeUtf8(text);
}

} // namespace lane::devices::escpos
