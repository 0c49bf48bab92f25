#pragma once

#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "core/config/laneconfig.h"

namespace lane::app {

/// Applies [logging] to the process's spdlog loggers: `level` to every registered logger and
/// the default one, a module's own level to the logger of that name. Loggers made later
/// through laneLogger() get their level from the same settings. Called by main at start and
/// by the config reloader on SIGHUP.
void applyLogLevels(const core::LoggingSettings &settings);

/// The named logger, registered so that applyLogLevels() reaches it: shares the default
/// logger's sinks (the telemetry spool) and takes its level from the current settings.
std::shared_ptr<spdlog::logger> laneLogger(const std::string &name);

} // namespace lane::app
