#include "devices/zvt/zvtframing.h"

#include <array>

namespace lane::devices::zvt {

namespace {
constexpr std::array<std::uint16_t, 256> makeTable()
{
    std::array<std::uint16_t, 256> table{};
    for (unsigned i = 0; i < 256; ++i) {
        unsigned crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? (crc >> 1) ^ 0x8408u : crc >> 1;
        table[i] = static_cast<std::uint16_t>(crc);
    }
    return table;
}
constexpr auto kTable = makeTable();
} // namespace

std::uint16_t crc16(std::span<const std::uint8_t> data, std::uint16_t crc)
{
    for (std::uint8_t b : data)
        crc = static_cast<std::uint16_t>(kTable[(crc ^ b) & 0xFFu] ^ (crc >> 8));
    return crc;
}

Bytes frameSerial(std::span<const std::uint8_t> apdu)
{
    Bytes out;
    out.reserve(apdu.size() + 8);
    out.push_back(kDle);
    out.push_back(kStx);
    for (std::uint8_t b : apdu) {
        out.push_back(b);
        if (b == kDle)
            out.push_back(kDle);
    }
    out.push_back(kDle);
    out.push_back(kEtx);
    const std::uint8_t etx[1] = {kEtx};
    const std::uint16_t crc = crc16(etx, crc16(apdu));
    out.push_back(static_cast<std::uint8_t>(crc & 0xFF));
    out.push_back(static_cast<std::uint8_t>(crc >> 8));
    return out;
}

void SerialDeframer::reset()
{
    m_state = State::Idle;
    m_apdu.clear();
    m_garbage = 0;
}

std::vector<SerialItem> SerialDeframer::feed(std::span<const std::uint8_t> bytes)
{
    std::vector<SerialItem> items;
    auto flushGarbage = [&] {
        if (m_garbage > 0) {
            items.push_back({SerialItem::Kind::Garbage,
                             {},
                             std::to_string(m_garbage) + " byte(s) outside a frame"});
            m_garbage = 0;
        }
    };
    for (std::uint8_t b : bytes) {
        switch (m_state) {
        case State::Idle:
            if (b == kDle) {
                m_state = State::GotDle;
            } else if (b == kAck || b == kNak) {
                flushGarbage();
                items.push_back(
                    {b == kAck ? SerialItem::Kind::Ack : SerialItem::Kind::Nak, {}, {}});
            } else {
                ++m_garbage;
            }
            break;
        case State::GotDle:
            if (b == kStx) {
                flushGarbage();
                m_apdu.clear();
                m_state = State::InFrame;
            } else {
                m_garbage += 2;
                m_state = b == kDle ? State::GotDle : State::Idle;
                if (b == kDle)
                    --m_garbage;
            }
            break;
        case State::InFrame:
            if (b == kDle) {
                m_state = State::InFrameDle;
            } else if (m_apdu.size() >= kMaxFrame) {
                items.push_back({SerialItem::Kind::Garbage, {}, "frame longer than the maximum"});
                m_apdu.clear();
                m_state = State::Idle;
            } else {
                m_apdu.push_back(b);
            }
            break;
        case State::InFrameDle:
            if (b == kDle) {
                m_apdu.push_back(kDle);
                m_state = State::InFrame;
            } else if (b == kEtx) {
                m_state = State::Crc1;
            } else if (b == kStx) {
                // A new frame started inside the previous one: the old one is lost.
                items.push_back({SerialItem::Kind::Garbage, {}, "DLE STX inside a frame"});
                m_apdu.clear();
                m_state = State::InFrame;
            } else {
                items.push_back(
                    {SerialItem::Kind::Garbage, {}, "DLE followed by an unexpected byte"});
                m_apdu.clear();
                m_state = State::Idle;
            }
            break;
        case State::Crc1:
            m_crcLow = b;
            m_state = State::Crc2;
            break;
        case State::Crc2: {
            const std::uint8_t etx[1] = {kEtx};
            const std::uint16_t expected = crc16(etx, crc16(m_apdu));
            const std::uint16_t got = static_cast<std::uint16_t>(m_crcLow | (b << 8));
            if (expected == got) {
                items.push_back({SerialItem::Kind::Frame, std::move(m_apdu), {}});
            } else {
                items.push_back({SerialItem::Kind::BadCrc, {}, "CRC mismatch"});
            }
            m_apdu.clear();
            m_state = State::Idle;
            break;
        }
        }
    }
    flushGarbage();
    return items;
}

} // namespace lane::devices::zvt
