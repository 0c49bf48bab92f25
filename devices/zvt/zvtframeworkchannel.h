#pragma once

#include <memory>

#include "devices/framework/bytechannel.h"
#include "devices/zvt/zvtchannel.h"

namespace lane::devices::zvt {

/// Runs the ZVT terminal over a device framework channel (from devices::makeChannel:
/// "tcp:host:20007", "serial:/dev/ttyS0" with the framework's line settings). The framework
/// channel buffers writes until a TCP connection is up and reports failures as lost
/// connections, so "opened" is reported as soon as open() succeeds.
std::unique_ptr<ByteChannel> makeFrameworkChannel(std::unique_ptr<devices::ByteChannel> channel);

} // namespace lane::devices::zvt
