#pragma once

#include <cstdint>
#include <filesystem>

#include "core/base/clock.h"
#include "core/base/result.h"

namespace lane::telemetry {

/// Compresses a shipped segment into `archiveDir` as "<segment>.zst" (durably), then
/// removes the original: the shipping path keeps only what still has to go out.
core::Status archiveSegment(const std::filesystem::path &segment,
                            const std::filesystem::path &archiveDir);

/// Deletes archived segments whose day is more than `keepDays` before `now`, then the
/// oldest ones until the archive fits `budgetBytes`. Returns how many were removed.
std::size_t pruneArchive(const std::filesystem::path &archiveDir, int keepDays,
                         std::uint64_t budgetBytes, core::TimePoint now);

} // namespace lane::telemetry
