#pragma once

#include <functional>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "devices/framework/adapterregistry.h"

namespace lane::devices {

/// What adapter factories need from the composition root.
struct AdapterContext
{
    const core::Clock &clock;
    core::EventSink &events;
    /// Finds another configured device by name (the drawer's printer).
    std::function<Device *(const QString &name)> findDevice;
};

/// escpos-printer, serial-scanner, hidpos-scanner, evdev-scanner, toledo-scale, sics-scale,
/// pole-display, printer-drawer, serial-drawer.
void registerHardwareAdapters(AdapterRegistry &registry, const AdapterContext &context);
/// sim-printer, sim-scanner, sim-scale, sim-display, sim-drawer: the real adapters talking
/// to in-process simulators over loopback TCP or ptys. The simulator is a child of the
/// device: device->findChild<printer::VirtualPrinter *>() and so on.
void registerSimulatorAdapters(AdapterRegistry &registry, const AdapterContext &context);

} // namespace lane::devices
