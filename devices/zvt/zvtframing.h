#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace lane::devices::zvt {

using Bytes = std::vector<std::uint8_t>;

inline constexpr std::uint8_t kDle = 0x10;
inline constexpr std::uint8_t kStx = 0x02;
inline constexpr std::uint8_t kEtx = 0x03;
inline constexpr std::uint8_t kAck = 0x06;
inline constexpr std::uint8_t kNak = 0x15;

/// CRC-16 as ZVT specifies for the serial link: CCITT polynomial x^16+x^12+x^5+1 processed
/// LSB first (0x8408), initial value 0, no final XOR, over the unstuffed APDU plus ETX.
std::uint16_t crc16(std::span<const std::uint8_t> data, std::uint16_t crc = 0);

/// Wraps one APDU for the serial link: DLE STX, APDU with every DLE doubled, DLE ETX,
/// CRC low byte, CRC high byte.
Bytes frameSerial(std::span<const std::uint8_t> apdu);

/// What the serial deframer hands back for each event on the line.
struct SerialItem
{
    enum class Kind { Frame, Ack, Nak, BadCrc, Garbage };
    Kind kind = Kind::Garbage;
    Bytes apdu;         // Frame: the unstuffed APDU
    std::string detail; // BadCrc / Garbage: what was wrong, for the log
};

/// Incremental parser for the serial byte stream: frames, single ACK/NAK bytes and
/// noise between frames. Survives any input (fuzzed); never allocates without bound.
class SerialDeframer
{
public:
    static constexpr std::size_t kMaxFrame = 70000;

    std::vector<SerialItem> feed(std::span<const std::uint8_t> bytes);
    void reset();
    bool midFrame() const { return m_state != State::Idle; }

private:
    enum class State { Idle, GotDle, InFrame, InFrameDle, Crc1, Crc2 };
    State m_state = State::Idle;
    Bytes m_apdu;
    std::uint8_t m_crcLow = 0;
    std::size_t m_garbage = 0;
};

} // namespace lane::devices::zvt
