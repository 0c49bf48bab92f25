#include "devices/framework/channelfactory.h"

#include <cstdlib>

#include "devices/framework/fdchannel.h"
#include "devices/framework/tcpchannel.h"
#include "devices/framework/usbchannel.h"

namespace lane::devices {

int DeviceConfig::intOption(const std::string &key, int fallback) const
{
    const auto it = options.find(key);
    if (it == options.end() || it->second.empty())
        return fallback;
    char *end = nullptr;
    const long value = std::strtol(it->second.c_str(), &end, 10);
    return *end == '\0' ? int(value) : fallback;
}

bool DeviceConfig::boolOption(const std::string &key, bool fallback) const
{
    const auto it = options.find(key);
    if (it == options.end())
        return fallback;
    return it->second == "1" || it->second == "true" || it->second == "yes" || it->second == "on";
}

core::Result<std::unique_ptr<ByteChannel>> makeChannel(const DeviceConfig &config,
                                                       SerialSettings serialDefaults)
{
    const QString port = QString::fromStdString(config.port);
    const auto colon = port.indexOf(QLatin1Char(':'));
    const QString scheme = port.left(colon);
    const QString rest = colon < 0 ? QString() : port.mid(colon + 1);
    auto bad = [&](const std::string &why) {
        return core::makeError("device.config",
                               "device '" + config.name + "': port '" + config.port + "': " + why);
    };
    if (colon < 0 || rest.isEmpty())
        return bad("expected scheme:address (serial:, tcp:, usb:, evdev:, hidraw:)");
    if (scheme == QLatin1String("serial")) {
        auto settings = SerialSettings::fromOptions(config.options, serialDefaults);
        if (!settings)
            return bad(settings.error().message);
        return std::unique_ptr<ByteChannel>(std::make_unique<SerialChannel>(rest, *settings));
    }
    if (scheme == QLatin1String("tcp")) {
        const auto sep = rest.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const auto tcpPort = sep > 0 ? rest.mid(sep + 1).toUShort(&ok) : 0;
        if (!ok || tcpPort == 0)
            return bad("expected tcp:host:port");
        return std::unique_ptr<ByteChannel>(std::make_unique<TcpChannel>(
            rest.left(sep), tcpPort, config.intOption("connect_timeout_ms", 3000)));
    }
    if (scheme == QLatin1String("usb")) {
        auto address = UsbChannel::parseAddress(rest);
        if (!address)
            return bad(address.error().message);
        address->interfaceClass = config.intOption("usb_interface_class", 7);
        return std::unique_ptr<ByteChannel>(std::make_unique<UsbChannel>(*address));
    }
    if (scheme == QLatin1String("evdev"))
        return std::unique_ptr<ByteChannel>(
            std::make_unique<FdChannel>(rest, FdChannel::Kind::Evdev));
    if (scheme == QLatin1String("hidraw"))
        return std::unique_ptr<ByteChannel>(
            std::make_unique<FdChannel>(rest, FdChannel::Kind::Hidraw));
    return bad("unknown scheme '" + scheme.toStdString() + "'");
}

} // namespace lane::devices
