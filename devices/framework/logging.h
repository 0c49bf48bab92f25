#pragma once

#include <memory>

#include <spdlog/logger.h>

namespace lane::devices {

/// The "devices" spdlog logger. Sinks are configured by the executables' main only; until
/// then it shares the default logger's sinks.
std::shared_ptr<spdlog::logger> log();

} // namespace lane::devices
