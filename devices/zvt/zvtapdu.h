#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "devices/zvt/zvtframing.h"

namespace lane::devices::zvt {

/// One ZVT application message: class byte, instruction byte, data (PA00P015 ch. 2).
struct Apdu
{
    std::uint8_t cls = 0;
    std::uint8_t ins = 0;
    Bytes data;

    bool is(std::uint8_t c, std::uint8_t i) const { return cls == c && ins == i; }
    bool operator==(const Apdu &) const = default;
};

/// APDU bytes: CLASS INSTR LEN DATA, where LEN >= 255 is written 0xFF LL HH (little endian).
Bytes encodeApdu(const Apdu &apdu);

/// Parses exactly one complete APDU (serial frame content).
core::Result<Apdu> decodeApdu(std::span<const std::uint8_t> bytes);

/// Splits a TCP byte stream into APDUs; ZVT over TCP has no framing besides the length.
class ApduStreamReader
{
public:
    /// Appends bytes and returns every APDU now complete.
    std::vector<Apdu> feed(std::span<const std::uint8_t> bytes);
    bool midApdu() const { return !m_buffer.empty(); }
    void reset() { m_buffer.clear(); }

private:
    Bytes m_buffer;
};

/// "06 01" style text for logs.
std::string hex(std::span<const std::uint8_t> bytes);
/// Parses "06 01 07 04..." (spaces optional) into bytes; for tests and golden files.
core::Result<Bytes> parseHex(std::string_view text);

} // namespace lane::devices::zvt
