#include "devices/zvt/zvtbmp.h"

#include <array>

#include "core/base/utf8.h"
#include "devices/zvt/zvtapdu.h"

namespace lane::devices::zvt {

namespace {

// CP437 upper half as Unicode code points (0x80..0xFF).
constexpr std::array<char16_t, 128> kCp437 = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF,
    0x00EE, 0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
    0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA,
    0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4, 0x03A6, 0x0398, 0x03A9, 0x03B4,
    0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0};

std::optional<std::size_t> fixedLength(std::uint8_t bmp)
{
    switch (bmp) {
    case 0x01:
    case 0x02:
    case 0x03:
    case 0x05:
    case 0x19:
    case 0x27:
    case 0x8A:
    case 0x8C:
    case 0xA0:
    case 0xD0:
    case 0xD2:
    case 0xD3:
    case 0xE0:
    case 0xE9:
    case 0xEA:
    case 0xF0:
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC:
        return 1;
    case 0x0D:
    case 0x0E:
    case 0x17:
    case 0x3A:
    case 0x49:
    case 0x87:
        return 2;
    case 0x0B:
    case 0x0C:
    case 0x37:
    case 0x3D:
    case 0x88:
    case 0xAA:
        return 3;
    case 0x29:
        return 4;
    case 0xBA:
        return 5;
    case 0x04:
        return 6;
    case 0x3B:
    case 0xEB:
        return 8;
    case 0x2A:
        return 15;
    default:
        return std::nullopt;
    }
}

int varDigits(std::uint8_t bmp)
{
    switch (bmp) {
    case 0x22:
    case 0x23:
    case 0x2D:
    case 0x8B:
    case 0xA7:
    case 0xD1:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5:
    case 0xE6:
    case 0xE7:
    case 0xE8:
    case 0xF1:
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF6:
    case 0xF7:
    case 0xF8:
        return 2;
    case 0x24:
    case 0x2E:
    case 0x3C:
    case 0x60:
    case 0x92:
    case 0x9A:
    case 0xAF:
        return 3;
    default:
        return 0;
    }
}

std::string bcdDigits(std::span<const std::uint8_t> bytes)
{
    std::string s;
    for (std::uint8_t b : bytes) {
        for (int nib : {b >> 4, b & 0xF}) {
            if (nib <= 9)
                s.push_back(static_cast<char>('0' + nib));
            else if (nib == 0xE)
                s.push_back('*'); // masked digit
            // 0xF is padding; other nibbles are not digits and are dropped
        }
    }
    return s;
}

std::string printable(std::span<const std::uint8_t> bytes)
{
    std::string s;
    for (std::uint8_t b : bytes)
        if (b >= 0x20 && b < 0x7F)
            s.push_back(static_cast<char>(b));
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

core::Result<std::vector<TlvItem>> decodeTlvAt(std::span<const std::uint8_t> bytes, int depth)
{
    if (depth > 8)
        return core::makeError("zvt.tlv.depth", "TLV nested deeper than 8 levels");
    std::vector<TlvItem> items;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        const std::size_t start = pos;
        TlvItem item;
        std::uint32_t tag = bytes[pos++];
        if ((tag & 0x1F) == 0x1F) {
            int more = 0;
            do {
                if (pos >= bytes.size() || ++more > 3)
                    return core::makeError("zvt.tlv.tag", "TLV tag at offset "
                                                              + std::to_string(start)
                                                              + " is truncated or too long");
                tag = (tag << 8) | bytes[pos];
            } while (bytes[pos++] & 0x80);
        }
        item.tag = tag;
        if (pos >= bytes.size())
            return core::makeError("zvt.tlv.length", "TLV tag " + std::to_string(tag)
                                                         + " at offset " + std::to_string(start)
                                                         + " has no length");
        std::size_t len = bytes[pos++];
        if (len & 0x80) {
            const std::size_t n = len & 0x7F;
            if (n == 0 || n > 2 || pos + n > bytes.size())
                return core::makeError("zvt.tlv.length",
                                       "bad TLV length at offset " + std::to_string(pos - 1));
            len = 0;
            for (std::size_t k = 0; k < n; ++k)
                len = (len << 8) | bytes[pos++];
        }
        if (len > bytes.size() - pos)
            return core::makeError("zvt.tlv.length", "TLV value at offset " + std::to_string(pos)
                                                         + " runs past the container end");
        item.value.assign(bytes.begin() + long(pos), bytes.begin() + long(pos + len));
        if (item.constructed()) {
            auto children = decodeTlvAt(item.value, depth + 1);
            if (!children)
                return children.error();
            item.children = std::move(*children);
        }
        pos += len;
        items.push_back(std::move(item));
    }
    return items;
}

} // namespace

bool TlvItem::constructed() const
{
    std::uint32_t first = tag;
    while (first > 0xFF)
        first >>= 8;
    return (first & 0x20) != 0;
}

std::string decodeText(std::span<const std::uint8_t> bytes, Charset charset)
{
    std::string out;
    if (charset == Charset::Utf8) {
        std::string_view sv(reinterpret_cast<const char *>(bytes.data()), bytes.size());
        for (std::size_t i = 0; i < sv.size();) {
            const char32_t cp = core::nextCodePoint(sv, i);
            if (cp >= 0x20 && cp != 0x7F)
                core::appendUtf8(out, cp);
        }
        return out;
    }
    for (std::uint8_t b : bytes) {
        if (b < 0x20 || b == 0x7F)
            continue;
        if (b < 0x80)
            out.push_back(static_cast<char>(b));
        else
            core::appendUtf8(out,
                             charset == Charset::Latin1 ? char32_t(b) : char32_t(kCp437[b - 0x80]));
    }
    return out;
}

Bytes encodeText(std::string_view utf8, Charset charset)
{
    Bytes out;
    if (charset == Charset::Utf8) {
        out.assign(utf8.begin(), utf8.end());
        return out;
    }
    for (std::size_t i = 0; i < utf8.size();) {
        const char32_t cp = core::nextCodePoint(utf8, i);
        if (cp < 0x80) {
            out.push_back(static_cast<std::uint8_t>(cp));
            continue;
        }
        std::uint8_t mapped = '?';
        if (charset == Charset::Latin1 && cp <= 0xFF) {
            mapped = static_cast<std::uint8_t>(cp);
        } else if (charset == Charset::Cp437) {
            for (std::size_t k = 0; k < kCp437.size(); ++k)
                if (kCp437[k] == cp)
                    mapped = static_cast<std::uint8_t>(0x80 + k);
        }
        out.push_back(mapped);
    }
    return out;
}

core::Result<std::vector<TlvItem>> decodeTlv(std::span<const std::uint8_t> bytes)
{
    return decodeTlvAt(bytes, 0);
}

void encodeTlvLength(Bytes &out, std::size_t length)
{
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
    } else if (length <= 0xFF) {
        out.push_back(0x81);
        out.push_back(static_cast<std::uint8_t>(length));
    } else {
        out.push_back(0x82);
        out.push_back(static_cast<std::uint8_t>(length >> 8));
        out.push_back(static_cast<std::uint8_t>(length & 0xFF));
    }
}

void encodeTlv(Bytes &out, std::uint32_t tag, std::span<const std::uint8_t> value)
{
    if (tag > 0xFFFF)
        out.push_back(static_cast<std::uint8_t>(tag >> 16));
    if (tag > 0xFF)
        out.push_back(static_cast<std::uint8_t>((tag >> 8) & 0xFF));
    out.push_back(static_cast<std::uint8_t>(tag & 0xFF));
    encodeTlvLength(out, value.size());
    out.insert(out.end(), value.begin(), value.end());
}

Bytes toBcd(std::uint64_t value, std::size_t bytes)
{
    Bytes out(bytes, 0);
    for (std::size_t i = bytes; i-- > 0;) {
        const auto lo = value % 10;
        value /= 10;
        const auto hi = value % 10;
        value /= 10;
        out[i] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    return out;
}

std::optional<std::uint64_t> fromBcd(std::span<const std::uint8_t> bytes)
{
    std::uint64_t v = 0;
    for (std::uint8_t b : bytes) {
        if ((b >> 4) > 9 || (b & 0xF) > 9)
            return std::nullopt;
        v = v * 100 + (b >> 4) * 10 + (b & 0xF);
    }
    return v;
}

void appendLlvar(Bytes &out, std::span<const std::uint8_t> value)
{
    const std::size_t n = value.size() > 99 ? 99 : value.size();
    out.push_back(static_cast<std::uint8_t>(0xF0 | (n / 10)));
    out.push_back(static_cast<std::uint8_t>(0xF0 | (n % 10)));
    out.insert(out.end(), value.begin(), value.begin() + long(n));
}

void appendLllvar(Bytes &out, std::span<const std::uint8_t> value)
{
    const std::size_t n = value.size() > 999 ? 999 : value.size();
    out.push_back(static_cast<std::uint8_t>(0xF0 | (n / 100)));
    out.push_back(static_cast<std::uint8_t>(0xF0 | ((n / 10) % 10)));
    out.push_back(static_cast<std::uint8_t>(0xF0 | (n % 10)));
    out.insert(out.end(), value.begin(), value.begin() + long(n));
}

core::Result<BmpFields> decodeBmps(std::span<const std::uint8_t> data, Charset charset)
{
    BmpFields f;
    std::size_t pos = 0;
    while (pos < data.size()) {
        const std::uint8_t bmp = data[pos];
        const std::size_t at = pos++;
        auto where = [&] {
            return "BMP " + hex(data.subspan(at, 1)) + " at offset " + std::to_string(at);
        };
        std::size_t len = 0;
        if (bmp == 0x06) {
            if (pos >= data.size())
                return core::makeError("zvt.bmp.length", where() + " has no TLV length");
            len = data[pos++];
            if (len & 0x80) {
                const std::size_t n = len & 0x7F;
                if (n == 0 || n > 2 || pos + n > data.size())
                    return core::makeError("zvt.bmp.length", where() + " has a bad TLV length");
                len = 0;
                for (std::size_t k = 0; k < n; ++k)
                    len = (len << 8) | data[pos++];
            }
        } else if (auto fixed = fixedLength(bmp)) {
            len = *fixed;
        } else if (int digits = varDigits(bmp)) {
            if (pos + std::size_t(digits) > data.size())
                return core::makeError("zvt.bmp.length", where() + " is cut in its length");
            for (int k = 0; k < digits; ++k) {
                const std::uint8_t d = data[pos++];
                if ((d & 0xF0) != 0xF0 || (d & 0x0F) > 9)
                    return core::makeError("zvt.bmp.length", where() + " has a malformed length");
                len = len * 10 + (d & 0x0F);
            }
        } else {
            return core::makeError("zvt.bmp.unknown", "unknown " + where());
        }
        if (len > data.size() - pos)
            return core::makeError("zvt.bmp.length", where() + " runs past the end of the message");
        const auto v = data.subspan(pos, len);
        pos += len;
        switch (bmp) {
        case 0x04: {
            const auto amount = fromBcd(v);
            if (!amount)
                return core::makeError("zvt.bmp.bcd", where() + ": amount is not BCD");
            f.amount = static_cast<std::int64_t>(*amount);
            break;
        }
        case 0x27:
            f.resultCode = v[0];
            break;
        case 0x19:
            f.paymentType = v[0];
            break;
        case 0x0B:
            f.trace = bcdDigits(v);
            break;
        case 0x37:
            f.originalTrace = bcdDigits(v);
            break;
        case 0x87:
            f.receipt = bcdDigits(v);
            break;
        case 0x0C:
            f.time = bcdDigits(v);
            break;
        case 0x0D:
            f.date = bcdDigits(v);
            break;
        case 0x29:
            f.terminalId = bcdDigits(v);
            break;
        case 0x3B:
            f.authCode = printable(v);
            break;
        case 0x22:
            f.maskedPan = bcdDigits(v);
            break;
        case 0x8A:
            f.cardType = v[0];
            break;
        case 0x8B:
            f.cardName = decodeText(v, charset);
            break;
        case 0x3C:
            f.additionalText = decodeText(v, charset);
            break;
        case 0x49: {
            const auto cc = fromBcd(v);
            if (cc)
                f.currency = static_cast<std::uint16_t>(*cc);
            break;
        }
        case 0x06: {
            auto tlv = decodeTlv(v);
            if (!tlv)
                return core::makeError(tlv.error().code, where() + ": " + tlv.error().message);
            f.tlv = std::move(*tlv);
            break;
        }
        default:
            break; // known length, not used by the ECR side
        }
    }
    return f;
}

} // namespace lane::devices::zvt
