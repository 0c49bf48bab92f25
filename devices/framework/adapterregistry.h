#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "devices/framework/device.h"
#include "devices/framework/deviceconfig.h"

namespace lane::devices {

/// Adapter name -> factory. Each adapter library registers its adapters
/// (registerPrinterAdapters, registerSimulatorAdapters...); main decides which.
class AdapterRegistry
{
public:
    using Factory = std::function<core::Result<std::unique_ptr<Device>>(const DeviceConfig &)>;

    void add(std::string adapter, Factory factory);
    bool contains(const std::string &adapter) const { return m_factories.count(adapter) > 0; }
    std::vector<std::string> adapters() const;
    core::Result<std::unique_ptr<Device>> create(const DeviceConfig &config) const;

private:
    std::map<std::string, Factory> m_factories;
};

} // namespace lane::devices
