#pragma once

#include <map>
#include <string>
#include <vector>

namespace lane::devices {

/// One configured device. The config file loader fills these; the DeviceManager and the
/// adapter factories only read them.
struct DeviceConfig
{
    std::string name;    ///< unique on the lane: "receipt", "scanner", "scale"
    std::string adapter; ///< "escpos-printer", "sim-scanner", ... (see docs/devices.md)
    std::string port;    ///< "serial:/dev/ttyUSB0", "tcp:10.0.0.7:9100", "usb:04b8:0202"...
    std::map<std::string, std::string> options;

    std::string option(const std::string &key, const std::string &fallback = {}) const
    {
        const auto it = options.find(key);
        return it == options.end() ? fallback : it->second;
    }
    int intOption(const std::string &key, int fallback) const;
    bool boolOption(const std::string &key, bool fallback) const;
};

} // namespace lane::devices
