#pragma once

#include <memory>

#include "core/base/result.h"
#include "devices/framework/bytechannel.h"
#include "devices/framework/deviceconfig.h"
#include "devices/framework/serialchannel.h"

namespace lane::devices {

/// Builds the channel a port string names:
///   serial:/dev/ttyUSB0   (options baud, databits, parity, stopbits, flow, dtr, rts)
///   tcp:host:port         (option connect_timeout_ms)
///   usb:vvvv:pppp         (hex vendor and product id; printer-class interface)
///   evdev:/dev/input/eventN, hidraw:/dev/hidrawN
core::Result<std::unique_ptr<ByteChannel>> makeChannel(const DeviceConfig &config,
                                                       SerialSettings serialDefaults = {});

} // namespace lane::devices
