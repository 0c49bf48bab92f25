#include "core/store/bytecodec.h"

namespace lane::core {

void ByteWriter::u(std::uint64_t v)
{
    while (v >= 0x80) {
        m_out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    m_out += static_cast<char>(v);
}

void ByteWriter::s(std::string_view v)
{
    u(v.size());
    m_out += v;
}

void ByteWriter::money(const Money &m)
{
    i(m.minor());
    u(m.currency().numeric);
}

std::uint64_t ByteReader::u()
{
    std::uint64_t v = 0;
    for (int shift = 0; m_ok; shift += 7) {
        if (m_pos >= m_in.size() || shift > 63) {
            m_ok = false;
            break;
        }
        const auto byte = static_cast<unsigned char>(m_in[m_pos++]);
        v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
        if (!(byte & 0x80)) {
            return v;
        }
    }
    return 0;
}

std::string ByteReader::s()
{
    const auto n = u();
    if (!m_ok || n > m_in.size() - m_pos) {
        m_ok = false;
        return {};
    }
    std::string out(m_in.substr(m_pos, n));
    m_pos += n;
    return out;
}

Money ByteReader::money()
{
    const auto minor = i();
    const auto numeric = u();
    Currency c;
    if (numeric != 0) {
        auto found = Currency::fromNumeric(static_cast<int>(numeric));
        if (!found) {
            m_ok = false;
        } else {
            c = *found;
        }
    }
    return Money(minor, c);
}

} // namespace lane::core
