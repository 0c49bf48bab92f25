#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")
#include "core/base/result.h"

namespace lane::telemetry {

/// Spool streams: high-priority segments (errors, recoveries, payments, sales, incidents,
/// drop reports) are never evicted for space; low-priority ones (debug/info chatter) are.
enum class Priority { High, Low };

Priority priorityOf(core::Severity severity, std::string_view name);
std::string_view priorityTag(Priority p); ///< "hi" / "lo"

/// A spool segment file: "<number>-<hi|lo>-<YYYYMMDD>.ndjson". Numbers are global across
/// both streams, so sorting by number is creation order.
struct SegmentName
{
    std::uint64_t number = 0;
    Priority priority = Priority::Low;
    std::string day; ///< YYYYMMDD (UTC)
    std::string file;

    bool operator<(const SegmentName &o) const { return number < o.number; }
};

std::string segmentFileName(std::uint64_t number, Priority p, std::string_view day);
std::optional<SegmentName> parseSegmentName(std::string_view file);
/// Segments in `dir`, oldest first. A missing directory gives an empty list.
std::vector<SegmentName> listSegments(const std::filesystem::path &dir);
std::string utcDay(std::uint64_t tsNs); ///< "YYYYMMDD"

/// Complete lines read from a segment starting at a byte offset.
struct ReadChunk
{
    std::vector<std::string> lines;        ///< without '\n'
    std::vector<std::uint64_t> endOffsets; ///< offset just past each line's '\n'
    std::uint64_t nextOffset = 0;          ///< where the next read starts
    std::uint64_t tornBytes = 0;           ///< bytes skipped as a torn or oversized line
    std::uint64_t tornLines = 0;
    bool atEnd = false; ///< nothing more to read right now
};

/// Reads up to `maxLines` complete lines / about `maxBytes` bytes from `path` at `offset`.
/// When `closed` (the writer has moved on), an unterminated last line is a torn write from
/// a power loss: it is skipped and counted. In the open segment it is left for later.
/// A line longer than `maxLineBytes` is skipped and counted the same way.
core::Result<ReadChunk> readSegment(const std::filesystem::path &path, std::uint64_t offset,
                                    std::size_t maxLines, std::size_t maxBytes, bool closed,
                                    std::size_t maxLineBytes = 2 * 1024 * 1024);

/// Creates `dir` and any missing parents with mode 0700, and takes group and other access
/// away from an existing `dir`: events, checkpoints and rejected batches are the lane's own.
core::Status createPrivateDirectory(const std::filesystem::path &dir);

/// Writes `content` to `path` (mode 0600) atomically and durably: temp file, fsync, rename, fsync
/// dir.
core::Status writeFileDurably(const std::filesystem::path &path, std::string_view content);
std::optional<std::string> readSmallFile(const std::filesystem::path &path);

/// Where a forwarder lane has been acknowledged up to.
struct Checkpoint
{
    std::string segment;
    std::uint64_t offset = 0;
    bool operator==(const Checkpoint &) const = default;
};

core::Status writeCheckpoint(const std::filesystem::path &path, const Checkpoint &cp);
std::optional<Checkpoint> readCheckpoint(const std::filesystem::path &path);

} // namespace lane::telemetry
