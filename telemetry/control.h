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

/// What one flush did. Records and batches are known when the flush ran its own forwarder;
/// through the lane's running forwarder only the spool bytes it acknowledged are.
struct FlushReport
{
    bool viaRunningForwarder = false;
    std::uint64_t records = 0;         ///< acknowledged by the receiver
    std::uint64_t batches = 0;         ///< requests acknowledged
    std::uint64_t wireBytes = 0;       ///< request bodies as sent (compressed)
    std::uint64_t spoolBytes = 0;      ///< pending spool bytes at the start no longer pending
    std::uint64_t rejectedBatches = 0; ///< refused permanently meanwhile, set aside in rejected/
    std::uint64_t pendingBytes = 0;    ///< still pending when the flush ended
    std::string lastError;             ///< the receiver's last failure, when there was one
    /// The receiver took everything: nothing pending, nothing refused.
    bool complete() const { return pendingBytes == 0 && rejectedBatches == 0; }
};

/// Sends everything pending now: asks a running forwarder (it holds the state directory's
/// lock) to skip batch delays (flush-request file), or when none runs, runs one with
/// `config` on a private event loop (needs a QCoreApplication). Returns once nothing is
/// pending or `timeout` passed; the report says which. Errors are for a flush that could
/// not start (bad configuration, unwritable state directory).
core::Result<FlushReport> telemetryFlush(const ForwarderConfig &config,
                                         std::chrono::milliseconds timeout);

/// The last `count` records (newest last) across both spool streams, as spool lines.
std::vector<std::string> telemetryTail(const std::filesystem::path &spoolDir, std::size_t count);

} // namespace lane::telemetry
