#include "devices/scanner/scanframing.h"

namespace lane::devices::scanner {

ScanData ScanData::fromRaw(std::string raw)
{
    ScanData scan;
    if (raw.size() >= 3 && raw[0] == ']')
        scan.aim = raw.substr(0, 3);
    scan.payload = raw.substr(scan.aim.size());
    scan.raw = std::move(raw);
    return scan;
}

std::vector<ScanData> SerialScanFramer::feed(std::string_view bytes)
{
    std::vector<ScanData> codes;
    for (char c : bytes) {
        if (c == '\r' || c == '\n') {
            if (m_overflow)
                ++m_oversized;
            else if (!m_line.empty())
                codes.push_back(ScanData::fromRaw(std::move(m_line)));
            m_line.clear();
            m_overflow = false;
            continue;
        }
        if (m_overflow)
            continue;
        if (m_line.size() >= kMaxCodeLength) {
            m_overflow = true;
            m_line.clear();
            continue;
        }
        m_line.push_back(c);
    }
    return codes;
}

core::Result<HidPosReport> HidPosReport::parse(std::string_view report)
{
    if (report.size() < 5)
        return core::makeError("scanner.hid_report", "HID POS report of "
                                                         + std::to_string(report.size())
                                                         + " bytes is too short");
    if (std::uint8_t(report[0]) != kReportId)
        return core::makeError("scanner.hid_report", "HID report id "
                                                         + std::to_string(std::uint8_t(report[0]))
                                                         + " is not the scanned-data report (2)");
    const std::size_t length = std::uint8_t(report[1]);
    if (length > kMaxData || 5 + length > report.size())
        return core::makeError("scanner.hid_report", "HID POS data length " + std::to_string(length)
                                                         + " does not fit the report");
    HidPosReport out;
    const std::string_view aim = report.substr(2, 3);
    // Scanners without AIM support send zeros there.
    if (aim[0] != '\0')
        out.aim = std::string(aim.substr(0, aim.find('\0')));
    out.data = std::string(report.substr(5, length));
    out.continued = report.size() >= kSize && (std::uint8_t(report[kSize - 1]) & 0x01);
    return out;
}

std::string HidPosReport::encode() const
{
    std::string report(kSize, '\0');
    report[0] = char(kReportId);
    const std::size_t length = std::min(data.size(), kMaxData);
    report[1] = char(length);
    for (std::size_t i = 0; i < 3 && i < aim.size(); ++i)
        report[2 + i] = aim[i];
    report.replace(5, length, data.substr(0, length));
    report[kSize - 1] = continued ? 1 : 0;
    return report;
}

core::Result<std::optional<ScanData>> HidPosAssembler::feed(std::string_view bytes)
{
    auto report = HidPosReport::parse(bytes);
    if (!report) {
        m_aim.clear();
        m_data.clear();
        return report.error();
    }
    if (m_data.empty())
        m_aim = report->aim;
    m_data += report->data;
    if (m_data.size() > 4096) {
        m_aim.clear();
        m_data.clear();
        return core::makeError("scanner.hid_report",
                               "continued HID POS code longer than 4096 bytes");
    }
    if (report->continued || m_data.empty())
        return std::optional<ScanData>();
    ScanData scan;
    scan.aim = std::move(m_aim);
    scan.payload = std::move(m_data);
    scan.raw = scan.aim + scan.payload;
    m_aim.clear();
    m_data.clear();
    return std::optional<ScanData>(std::move(scan));
}

} // namespace lane::devices::scanner
