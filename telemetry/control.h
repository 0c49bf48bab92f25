#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "telemetry/forwarder.h"

namespace lane::telemetry {

/// What `lanectl telemetry status` prints. Computed from the spool and the forwarder's
/// state files only, so it works whether or not a forwarder is running.
struct TelemetryStatus
{
    std::uint64_t pendingBytes = 0;
    std::uint64_t pendingSegments = 0;
    std::optional<std::chrono::seconds> oldestPendingAge; ///< age of the oldest unsent record
    std::optional<core::TimePoint> lastSuccess;           ///< last acknowledged batch
    std::uint64_t rejectedBatches = 0;                    ///< files in rejected/
    std::uint64_t droppedReported = 0; ///< sum of the latest telemetry.dropped counts seen
    bool forwarderRunning = false;
};

core::Result<TelemetryStatus> telemetryStatus(const std::filesystem::path &spoolDir,
                                              const std::filesystem::path &stateDir = {},
                                              const core::Clock *clock = nullptr);

/// Sends everything pending now: asks a running forwarder to skip batch delays (flush-request
/// file), or when none runs, runs one with `config` on a private event loop. Returns once
/// nothing is pending, or an error naming what is left when `timeout` passes.
core::Status telemetryFlush(const ForwarderConfig &config, std::chrono::milliseconds timeout);

/// The last `count` records (newest last) across both spool streams, as spool lines.
std::vector<std::string> telemetryTail(const std::filesystem::path &spoolDir, std::size_t count);

} // namespace lane::telemetry
