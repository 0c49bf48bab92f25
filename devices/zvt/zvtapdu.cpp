#include "devices/zvt/zvtapdu.h"

#include <cctype>

namespace lane::devices::zvt {

Bytes encodeApdu(const Apdu &apdu)
{
    Bytes out;
    out.reserve(apdu.data.size() + 5);
    out.push_back(apdu.cls);
    out.push_back(apdu.ins);
    const std::size_t n = apdu.data.size();
    if (n < 0xFF) {
        out.push_back(static_cast<std::uint8_t>(n));
    } else {
        out.push_back(0xFF);
        out.push_back(static_cast<std::uint8_t>(n & 0xFF));
        out.push_back(static_cast<std::uint8_t>((n >> 8) & 0xFF));
    }
    out.insert(out.end(), apdu.data.begin(), apdu.data.end());
    return out;
}

namespace {
// Header length and data length of the APDU at the start of `bytes`, if the header is there.
std::optional<std::pair<std::size_t, std::size_t>> header(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < 3)
        return std::nullopt;
    if (bytes[2] != 0xFF)
        return std::make_pair(std::size_t{3}, std::size_t{bytes[2]});
    if (bytes.size() < 5)
        return std::nullopt;
    return std::make_pair(std::size_t{5}, std::size_t(bytes[3] | (bytes[4] << 8)));
}
} // namespace

core::Result<Apdu> decodeApdu(std::span<const std::uint8_t> bytes)
{
    const auto h = header(bytes);
    if (!h)
        return core::makeError("zvt.apdu.short", "ZVT message of " + std::to_string(bytes.size())
                                                     + " byte(s) is shorter than its header");
    const auto [headerLen, dataLen] = *h;
    if (bytes.size() != headerLen + dataLen)
        return core::makeError("zvt.apdu.length", "ZVT message " + hex(bytes.first(2))
                                                      + " declares " + std::to_string(dataLen)
                                                      + " data byte(s) but carries "
                                                      + std::to_string(bytes.size() - headerLen));
    Apdu apdu{bytes[0], bytes[1], Bytes(bytes.begin() + long(headerLen), bytes.end())};
    return apdu;
}

std::vector<Apdu> ApduStreamReader::feed(std::span<const std::uint8_t> bytes)
{
    m_buffer.insert(m_buffer.end(), bytes.begin(), bytes.end());
    std::vector<Apdu> out;
    std::size_t pos = 0;
    for (;;) {
        const auto rest = std::span<const std::uint8_t>(m_buffer).subspan(pos);
        const auto h = header(rest);
        if (!h || rest.size() < h->first + h->second)
            break;
        out.push_back(
            Apdu{rest[0], rest[1],
                 Bytes(rest.begin() + long(h->first), rest.begin() + long(h->first + h->second))});
        pos += h->first + h->second;
    }
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + long(pos));
    return out;
}

std::string hex(std::span<const std::uint8_t> bytes)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string s;
    s.reserve(bytes.size() * 3);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i)
            s.push_back(' ');
        s.push_back(kDigits[bytes[i] >> 4]);
        s.push_back(kDigits[bytes[i] & 0xF]);
    }
    return s;
}

core::Result<Bytes> parseHex(std::string_view text)
{
    Bytes out;
    int pending = -1;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '#') { // comment to end of line in golden files
            while (i < text.size() && text[i] != '\n')
                ++i;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c)))
            continue;
        int v;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        else
            return core::makeError("zvt.hex", "not a hex digit '" + std::string(1, c)
                                                  + "' at offset " + std::to_string(i));
        if (pending < 0) {
            pending = v;
        } else {
            out.push_back(static_cast<std::uint8_t>(pending * 16 + v));
            pending = -1;
        }
    }
    if (pending >= 0)
        return core::makeError("zvt.hex", "odd number of hex digits");
    return out;
}

} // namespace lane::devices::zvt
