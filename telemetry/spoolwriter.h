#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "telemetry/segment.h"

namespace lane::telemetry {

struct SpoolConfig
{
    std::filesystem::path dir;
    std::uint64_t segmentMaxBytes = 4 * 1024 * 1024;
    std::uint64_t budgetBytes = 256ull * 1024 * 1024; ///< whole spool (both streams)
};

/// What the writer had to give up, for telemetry.dropped reports.
struct SpoolCounters
{
    std::uint64_t linesWritten = 0;
    std::uint64_t droppedDiskFull = 0;   ///< write(2) failed (ENOSPC, EIO ...)
    std::uint64_t droppedOverBudget = 0; ///< low-priority lines refused at the budget
    std::uint64_t evictedSegments = 0;
    std::uint64_t evictedLines = 0; ///< lines in evicted low-priority segments
};

/// Appends NDJSON lines to the spool's segment files with one write(2) each (O_APPEND),
/// rotating by size and by UTC day, and keeping the spool within its disk budget by
/// evicting the oldest low-priority segments. Single-threaded: the telemetry writer
/// thread owns it.
class SpoolWriter
{
public:
    explicit SpoolWriter(SpoolConfig config);
    ~SpoolWriter();
    SpoolWriter(const SpoolWriter &) = delete;
    SpoolWriter &operator=(const SpoolWriter &) = delete;

    /// Creates the directory and finds the next segment number. Never reuses a segment of
    /// an earlier process, so a torn last line there stays at that segment's end.
    core::Status open();

    /// Writes one complete line (ending in '\n'). Failures are counted, never waited on.
    bool write(Priority p, std::string_view line, std::uint64_t tsNs);

    const SpoolCounters &counters() const { return m_counters; }
    std::uint64_t trackedBytes() const { return m_bytes; }
    const std::filesystem::path &dir() const { return m_config.dir; }

private:
    struct Stream
    {
        int fd = -1;
        std::string file;
        std::string day;
        std::uint64_t size = 0;
    };
    bool rotate(Stream &s, Priority p, const std::string &day);
    void enforceBudget(std::uint64_t incoming);
    std::uint64_t rescan();

    SpoolConfig m_config;
    Stream m_streams[2];
    std::uint64_t m_nextNumber = 1;
    std::uint64_t m_bytes = 0;
    SpoolCounters m_counters;
};

} // namespace lane::telemetry
