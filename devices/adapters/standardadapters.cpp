#include "devices/adapters/standardadapters.h"

#include <QCoreApplication>
#include <QDir>

#include "devices/display/poledisplay.h"
#include "devices/drawer/cashdrawer.h"
#include "devices/framework/channelfactory.h"
#include "devices/framework/serialchannel.h"
#include "devices/framework/tcpchannel.h"
#include "devices/printer/receiptprinter.h"
#include "devices/printer/virtualprinter.h"
#include "devices/scale/scale.h"
#include "devices/scanner/barcodescanner.h"
#include "devices/sim/scalesimulator.h"
#include "devices/sim/serialsimulators.h"

namespace lane::devices {

namespace {

using DeviceResult = core::Result<std::unique_ptr<Device>>;

core::Error configError(const DeviceConfig &config, const std::string &why)
{
    return core::makeError("device.config", "device '" + config.name + "': " + why);
}

core::Result<escpos::PrinterProfile> profileFor(const DeviceConfig &config)
{
    const std::string name = config.option("profile", "epson-80mm");
    escpos::PrinterProfile profile;
    if (name == "epson-80mm")
        profile = escpos::PrinterProfile::epson80mm();
    else if (name == "epson-58mm")
        profile = escpos::PrinterProfile::epson58mm();
    else if (name == "korean-80mm")
        profile = escpos::PrinterProfile::korean80mm();
    else if (name == "raster-80mm")
        profile = escpos::PrinterProfile::raster80mm();
    else
        return configError(config, "unknown printer profile '" + name
                                       + "' (epson-80mm, epson-58mm, korean-80mm, raster-80mm)");
    profile.codePage = config.intOption("codepage", profile.codePage);
    return profile;
}

core::Result<printer::ReceiptPrinter::Settings> printerSettings(const DeviceConfig &config)
{
    auto profile = profileFor(config);
    if (!profile)
        return profile.error();
    printer::ReceiptPrinter::Settings settings;
    settings.profile = *profile;
    settings.statusTimeoutMs = config.intOption("status_timeout_ms", settings.statusTimeoutMs);
    settings.errorPollMs = config.intOption("error_poll_ms", settings.errorPollMs);
    return settings;
}

core::Result<scale::Scale::Settings> scaleSettings(const DeviceConfig &config,
                                                   scale::ScaleProtocol protocol)
{
    scale::Scale::Settings settings;
    settings.protocol = protocol;
    settings.pollIntervalMs = config.intOption("poll_ms", settings.pollIntervalMs);
    settings.replyTimeoutMs = config.intOption("timeout_ms", settings.replyTimeoutMs);
    return settings;
}

escpos::DrawerPulse pulseFor(const DeviceConfig &config)
{
    return escpos::DrawerPulse{config.intOption("pin", 0), config.intOption("pulse_on_ms", 100),
                               config.intOption("pulse_off_ms", 200)};
}

QString simLink(const DeviceConfig &config)
{
    return QDir::temp().filePath(QStringLiteral("lane-sim-%1-%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(QString::fromStdString(config.name)));
}

std::unique_ptr<ByteChannel> serialTo(const QString &path, SerialSettings settings = {})
{
    return std::make_unique<SerialChannel>(path, settings);
}

} // namespace

void registerHardwareAdapters(AdapterRegistry &registry, const AdapterContext &context)
{
    registry.add("escpos-printer", [](const DeviceConfig &config) -> DeviceResult {
        auto settings = printerSettings(config);
        if (!settings)
            return settings.error();
        auto channel = makeChannel(config);
        if (!channel)
            return channel.error();
        return std::unique_ptr<Device>(std::make_unique<printer::ReceiptPrinter>(
            QString::fromStdString(config.name), std::move(*channel), *settings));
    });
    const std::pair<const char *, scanner::ScannerProtocol> scanners[]
        = {{"serial-scanner", scanner::ScannerProtocol::Serial},
           {"hidpos-scanner", scanner::ScannerProtocol::HidPos},
           {"evdev-scanner", scanner::ScannerProtocol::Evdev}};
    for (const auto &[adapter, protocol] : scanners) {
        registry.add(adapter, [protocol](const DeviceConfig &config) -> DeviceResult {
            auto channel = makeChannel(config);
            if (!channel)
                return channel.error();
            return std::unique_ptr<Device>(std::make_unique<scanner::BarcodeScanner>(
                QString::fromStdString(config.name), protocol, std::move(*channel)));
        });
    }
    const std::tuple<const char *, scale::ScaleProtocol, SerialSettings> scales[]
        = {{"toledo-scale", scale::ScaleProtocol::Toledo8217,
            SerialSettings{9600, 7, 'E', 1, false, {}, {}}},
           {"sics-scale", scale::ScaleProtocol::Sics, SerialSettings{}}};
    for (const auto &[adapter, protocol, serial] : scales) {
        registry.add(adapter,
                     [context, protocol = protocol,
                      serial = serial](const DeviceConfig &config) -> DeviceResult {
                         auto channel = makeChannel(config, serial);
                         if (!channel)
                             return channel.error();
                         auto settings = scaleSettings(config, protocol);
                         return std::unique_ptr<Device>(std::make_unique<scale::Scale>(
                             QString::fromStdString(config.name), std::move(*channel), *settings,
                             context.clock));
                     });
    }
    registry.add("pole-display", [](const DeviceConfig &config) -> DeviceResult {
        auto channel = makeChannel(config);
        if (!channel)
            return channel.error();
        return std::unique_ptr<Device>(std::make_unique<display::PoleDisplay>(
            QString::fromStdString(config.name), std::move(*channel),
            QString::fromStdString(config.option("codepage", "IBM437"))));
    });
    registry.add("printer-drawer", [context](const DeviceConfig &config) -> DeviceResult {
        const QString printerName = QString::fromStdString(config.option("printer"));
        if (printerName.isEmpty())
            return configError(config, "printer-drawer needs option printer=<device name>");
        auto lookup = [context, printerName] {
            return context.findDevice
                       ? qobject_cast<printer::ReceiptPrinter *>(context.findDevice(printerName))
                       : nullptr;
        };
        drawer::CashDrawer::Settings settings{pulseFor(config),
                                              config.boolOption("open_when_high", true)};
        return std::unique_ptr<Device>(std::make_unique<drawer::CashDrawer>(
            QString::fromStdString(config.name), lookup, settings, context.events));
    });
    registry.add("serial-drawer", [context](const DeviceConfig &config) -> DeviceResult {
        auto channel = makeChannel(config);
        if (!channel)
            return channel.error();
        drawer::CashDrawer::Settings settings{pulseFor(config), true};
        return std::unique_ptr<Device>(std::make_unique<drawer::CashDrawer>(
            QString::fromStdString(config.name), std::move(*channel), settings, context.events));
    });
}

void registerSimulatorAdapters(AdapterRegistry &registry, const AdapterContext &context)
{
    registry.add("sim-printer", [](const DeviceConfig &config) -> DeviceResult {
        auto settings = printerSettings(config);
        if (!settings)
            return settings.error();
        auto virtualPrinter = std::make_unique<printer::VirtualPrinter>();
        auto port = virtualPrinter->listen();
        if (!port)
            return port.error();
        auto device = std::make_unique<printer::ReceiptPrinter>(
            QString::fromStdString(config.name),
            std::make_unique<TcpChannel>(QStringLiteral("127.0.0.1"), *port), *settings);
        virtualPrinter.release()->setParent(device.get());
        return std::unique_ptr<Device>(std::move(device));
    });
    registry.add("sim-scanner", [](const DeviceConfig &config) -> DeviceResult {
        auto simulator = std::make_unique<sim::ScannerSimulator>(simLink(config));
        if (auto status = simulator->start(); !status)
            return status.error();
        auto device = std::make_unique<scanner::BarcodeScanner>(QString::fromStdString(config.name),
                                                                scanner::ScannerProtocol::Serial,
                                                                serialTo(simulator->portPath()));
        simulator.release()->setParent(device.get());
        return std::unique_ptr<Device>(std::move(device));
    });
    registry.add("sim-scale", [context](const DeviceConfig &config) -> DeviceResult {
        const bool toledo = config.option("protocol", "sics") == "toledo";
        const auto protocol
            = toledo ? scale::ScaleProtocol::Toledo8217 : scale::ScaleProtocol::Sics;
        auto simulator = std::make_unique<sim::ScaleSimulator>(protocol, simLink(config));
        if (auto status = simulator->start(); !status)
            return status.error();
        auto settings = scaleSettings(config, protocol);
        auto device = std::make_unique<scale::Scale>(QString::fromStdString(config.name),
                                                     serialTo(simulator->portPath()), *settings,
                                                     context.clock);
        simulator.release()->setParent(device.get());
        return std::unique_ptr<Device>(std::move(device));
    });
    registry.add("sim-display", [](const DeviceConfig &config) -> DeviceResult {
        auto simulator = std::make_unique<sim::DisplaySimulator>(simLink(config));
        if (auto status = simulator->start(); !status)
            return status.error();
        auto device = std::make_unique<display::PoleDisplay>(QString::fromStdString(config.name),
                                                             serialTo(simulator->portPath()));
        simulator.release()->setParent(device.get());
        return std::unique_ptr<Device>(std::move(device));
    });
    registry.add("sim-drawer", [context](const DeviceConfig &config) -> DeviceResult {
        auto simulator = std::make_unique<sim::DrawerSimulator>(simLink(config));
        if (auto status = simulator->start(); !status)
            return status.error();
        drawer::CashDrawer::Settings settings{pulseFor(config), true};
        auto device = std::make_unique<drawer::CashDrawer>(QString::fromStdString(config.name),
                                                           serialTo(simulator->portPath()),
                                                           settings, context.events);
        simulator.release()->setParent(device.get());
        return std::unique_ptr<Device>(std::move(device));
    });
}

} // namespace lane::devices
