#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

#include <QPointer>

#include "telemetry/httppolicy.h"
#include "telemetry/record.h"
#include "telemetry/segment.h"

class QNetworkReply;

namespace lane::telemetry {

class Forwarder;

enum class LaneKind { LiveHigh, LiveLow, Backlog };

/// One sending lane of a Forwarder with its own checkpoint file and at most one request
/// in flight. Internal to the forwarder; declared here to keep forwarder.cpp short.
class ForwarderLane
{
public:
    ForwarderLane(Forwarder &owner, LaneKind kind);
    ~ForwarderLane();

    void poll(const std::vector<SegmentName> &segments);
    bool idle() const;
    bool inFlight() const { return !m_reply.isNull(); }
    const Checkpoint &checkpoint() const { return m_cp; }
    LaneKind kind() const { return m_kind; }
    std::string name() const;

private:
    /// One request's worth of records: only spool offsets and the compressed body are
    /// kept, so the forwarder stays small; a 413 split or a rejection re-reads the lines.
    struct Part
    {
        std::string segment;
        std::uint64_t start = 0;         ///< spool offset of the first line
        std::vector<std::uint64_t> ends; ///< spool offset after each record's line
        std::uint64_t endOffset = 0;     ///< checkpoint once this part is acknowledged
        std::string wire;                ///< the request body as sent
        std::size_t records() const { return ends.size(); }
    };

    bool selectSegment(const std::vector<SegmentName> &segments, bool &closed);
    bool buildParts(ReadChunk &chunk, bool closed);
    std::string encodePart(const Part &part) const;
    void send();
    void onFinished(QNetworkReply *reply, bool pinFailed);
    void acknowledge(const Part &part);
    void setAside(const Part &part, int status, const std::string &reply);
    void persist();
    std::uint64_t nowMs() const;
    core::Result<ReadChunk> read(std::uint64_t offset, std::size_t maxLines, bool closed);

    Forwarder &m_fw;
    LaneKind m_kind;
    std::filesystem::path m_cpPath;
    Checkpoint m_cp;
    std::deque<Part> m_parts;
    QPointer<QNetworkReply> m_reply;
    Backoff m_backoff;
    std::uint64_t m_retryAtMs = 0;
    std::uint64_t m_pendingSinceMs = 0;
    bool m_caughtUp = false;
};

} // namespace lane::telemetry
