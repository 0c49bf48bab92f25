#include "devices/framework/adapterregistry.h"

namespace lane::devices {

void AdapterRegistry::add(std::string adapter, Factory factory)
{
    m_factories[std::move(adapter)] = std::move(factory);
}

std::vector<std::string> AdapterRegistry::adapters() const
{
    std::vector<std::string> names;
    for (const auto &[name, factory] : m_factories)
        names.push_back(name);
    return names;
}

core::Result<std::unique_ptr<Device>> AdapterRegistry::create(const DeviceConfig &config) const
{
    const auto it = m_factories.find(config.adapter);
    if (it == m_factories.end()) {
        std::string known;
        for (const auto &[name, factory] : m_factories)
            known += (known.empty() ? "" : ", ") + name;
        return core::makeError("device.config", "device '" + config.name + "': unknown adapter '"
                                                    + config.adapter + "' (known: " + known + ")");
    }
    return it->second(config);
}

} // namespace lane::devices
