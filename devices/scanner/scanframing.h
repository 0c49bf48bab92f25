#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::devices::scanner {

/// One decoded barcode as the scanner sent it. `raw` keeps the AIM identifier ("]E0...")
/// when the scanner sends one; GS (0x1D) separators are preserved.
struct ScanData
{
    std::string raw;
    std::string aim;     ///< "]E0", "]C1"... or empty
    std::string payload; ///< raw without the AIM identifier

    static ScanData fromRaw(std::string raw);
    bool operator==(const ScanData &) const = default;
};

/// CDC-ACM / RS-232 scanners: one code per line, ended by CR, LF or CR LF.
class SerialScanFramer
{
public:
    static constexpr std::size_t kMaxCodeLength = 4096;

    std::vector<ScanData> feed(std::string_view bytes);
    /// Lines dropped because they exceeded kMaxCodeLength.
    std::size_t oversized() const { return m_oversized; }

private:
    std::string m_line;
    bool m_overflow = false;
    std::size_t m_oversized = 0;
};

/// HID POS scanned-data report (usage page 0x8C), 64 bytes as hidraw delivers it:
///   [0] report id 0x02, [1] data length (0..56), [2..4] AIM symbology identifier,
///   [5..60] decoded data, [63] bit 0 set when more reports continue the same code.
struct HidPosReport
{
    static constexpr std::uint8_t kReportId = 0x02;
    static constexpr std::size_t kSize = 64;
    static constexpr std::size_t kMaxData = 56;

    std::string aim;
    std::string data;
    bool continued = false;

    static core::Result<HidPosReport> parse(std::string_view report);
    /// The inverse, for simulators and tests.
    std::string encode() const;
};

/// Joins continued HID POS reports into one code.
class HidPosAssembler
{
public:
    /// Returns a code when a report ends one; errors name the bad report.
    core::Result<std::optional<ScanData>> feed(std::string_view report);

private:
    std::string m_aim;
    std::string m_data;
};

} // namespace lane::devices::scanner
