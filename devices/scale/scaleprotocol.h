#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::devices::scale {

/// What a scale said. Weights are integer grams (milli-kg), never floating point.
struct ScaleReply
{
    enum class Kind { Weight, Status, ZeroDone, TareDone, Busy, Overload, Underload, Refused };
    Kind kind = Kind::Weight;
    std::int64_t grams = 0;
    bool stable = false;
    std::uint8_t status = 0; ///< Toledo status byte (bits 0 motion, 1 at zero, 2/3/6 faults)
    std::string text;        ///< the reply line, for logs

    bool operator==(const ScaleReply &) const = default;
};

/// "1.234" kg or "100.00" g -> grams, rounded half away from zero; units g, kg.
core::Result<std::int64_t> parseGrams(std::string_view number, std::string_view unit);

/// Toledo 8217 (9600 7E1): "W" -> STX "01.234" CR (kg), or STX "?" status CR while the
/// weight is unusable; "Z" zeroes. The parity bit is stripped.
class ToledoCodec
{
public:
    static constexpr std::string_view kWeightRequest = "W";
    static constexpr std::string_view kZeroRequest = "Z";
    static constexpr std::size_t kMaxReply = 32;

    std::vector<core::Result<ScaleReply>> feed(std::string_view bytes);
    static std::string weightReply(std::int64_t grams);
    static std::string statusReply(std::uint8_t flags);

private:
    std::string m_reply;
    bool m_inReply = false;
};

/// Mettler Toledo SICS (9600 8N1, CR LF): "S" -> "S S     100.00 g" (stable) or "S D ..."
/// (dynamic); "Z" -> "Z A"; "T" -> "T S  <tare> g"; I, +, - mean busy, overload, underload.
class SicsCodec
{
public:
    static constexpr std::string_view kWeightRequest = "S\r\n";
    static constexpr std::string_view kZeroRequest = "Z\r\n";
    static constexpr std::string_view kTareRequest = "T\r\n";
    static constexpr std::size_t kMaxLine = 64;

    std::vector<core::Result<ScaleReply>> feed(std::string_view bytes);
    static core::Result<ScaleReply> parseLine(std::string_view line);
    static std::string weightReply(std::int64_t grams, bool stable, char command = 'S');

private:
    std::string m_line;
    bool m_overflow = false;
};

} // namespace lane::devices::scale
