#pragma once

#include <filesystem>

#include "core/base/result.h"
#include "telemetry/forwarder.h"

namespace lane::core {
struct LaneConfig;
}

namespace lane::telemetry {

/// Where a lane keeps its telemetry: `[telemetry] spool_dir`, else <data_dir>/telemetry.
/// The spool is its "spool" folder, shipped segments go to "archive".
std::filesystem::path telemetryRoot(const core::LaneConfig &config);
std::filesystem::path spoolDirOf(const core::LaneConfig &config);

/// The forwarder settings of a lane configuration, the one mapping used by the app and by
/// lanectl: endpoint, format, API key (read from its file), pin, archive and retention.
/// Errors name the setting: no endpoint (spool only), an unknown format, an unreadable key
/// file. The caller adds what only it has (reporter, clock).
core::Result<ForwarderConfig> forwarderConfigFor(const core::LaneConfig &config);

} // namespace lane::telemetry
