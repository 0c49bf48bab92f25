#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/base/clock.h"
#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")
#include "core/base/result.h"
#include "telemetry/emitring.h"
#include "telemetry/metrics.h"
#include "telemetry/record.h"
#include "telemetry/spoolwriter.h"

// Telemetry::emit must not meet Qt's `emit` keyword macro (restored at the end).
#pragma push_macro("emit")
#undef emit

namespace lane::telemetry {

struct TelemetryConfig
{
    Resource resource;
    SpoolConfig spool;
    std::size_t queueCapacity = 16384; ///< lines; beyond it calls drop and count
    std::size_t ringBytes = 8u << 20;  ///< bytes of events waiting for the writer
    /// Where accepted events wait for the writer so that a crashed process's are recovered
    /// by the next (tmpfs: see EmitRing; defaultRingFile()). Empty: process memory only.
    std::filesystem::path ringFile;
    std::chrono::seconds heartbeatInterval{30};
    std::chrono::seconds summaryInterval{60};
    std::chrono::seconds dropReportInterval{5}; ///< at most one telemetry.dropped per interval
    const core::Clock *clock = nullptr;         ///< null: the system clock
    bool writerThread = true;                   ///< false: tests call pump() themselves
};

/// What the telemetry front end had to give up or did, for status and drop reports.
struct TelemetryCounters
{
    std::uint64_t emitted = 0;
    std::uint64_t droppedQueueFull = 0;
    SpoolCounters spool;
};

/// The process's structured event log: implements core::EventSink, receives spdlog lines
/// through LogSink, redacts, and appends NDJSON to the spool without ever blocking the
/// caller (a bounded ring, EmitRing, drained by one writer thread; a crashed process's
/// ring is written out by the next one). Also emits heartbeat,
/// metrics.summary, incident.* and telemetry.dropped. Build one in main.
class Telemetry final : public core::EventSink
{
public:
    static core::Result<std::shared_ptr<Telemetry>> create(TelemetryConfig config);
    ~Telemetry() override;

    void emit(core::Severity severity, std::string_view name, std::string_view message,
              std::vector<core::EventAttribute> attributes) override;
    /// A diagnostic line from a named spdlog logger (event name "log").
    void log(core::Severity severity, std::string_view logger, std::string_view message);

    /// Waits until everything queued so far is on disk. For shutdown and tests only.
    void flush();
    /// Drains the queue and runs due timers on the calling thread (writerThread == false).
    void pump();
    /// Stops the writer thread after draining; later calls are dropped and counted.
    void stop();

    TelemetryCounters counters() const;
    const std::string &bootId() const { return m_bootId; }
    const Resource &resource() const { return m_config.resource; }
    const std::filesystem::path &spoolDir() const { return m_config.spool.dir; }
    /// Whether events accepted by emit() survive a crash of this process (see EmitRing),
    /// and if not, why.
    bool crashSafe() const { return m_ring.crashSafe(); }
    const std::string &ringFallbackReason() const { return m_ring.fallbackReason(); }
    /// Events a crashed earlier process had accepted and this one wrote to the spool.
    std::uint64_t recoveredEvents() const { return m_recovered; }

private:
    explicit Telemetry(TelemetryConfig config);
    void enqueue(core::Severity severity, std::string_view name, std::string_view message,
                 std::vector<core::EventAttribute> &&attributes);
    void writeNow(core::Severity severity, std::string name, std::string message,
                  std::vector<core::EventAttribute> attributes);
    void recover();
    /// Writes the ring's events before `to` to the spool and frees their space.
    void drain(std::uint64_t to);
    void runTimers();
    void reportDrops(bool force);
    void writerLoop();
    std::uint64_t nowNs() const;
    void formatLine(std::string &out, std::uint64_t tsNs, core::Severity severity,
                    std::string_view name, std::string_view message,
                    const std::vector<core::EventAttribute> &attributes, std::uint64_t seq) const;

    TelemetryConfig m_config;
    core::SystemClock m_systemClock;
    const core::Clock *m_clock;
    std::string m_bootId;
    std::string m_identityJson; // ,"store":...,"boot":"..." : the same on every line
    std::atomic<std::uint64_t> m_seq{0};
    std::atomic<std::uint64_t> m_emitted{0};
    std::atomic<std::uint64_t> m_droppedQueue{0};
    std::uint64_t m_recovered = 0;
    bool m_begun = false; // recover() ran: the ring holds only this process's events

    std::mutex m_queueMutex;
    std::condition_variable m_queueCv;
    std::condition_variable m_flushCv;
    EmitRing m_ring;               // push() guarded by m_queueMutex, read by the writer
    std::uint64_t m_enqueued = 0;  // guarded by m_queueMutex
    std::uint64_t m_processed = 0; // guarded by m_queueMutex
    bool m_stopping = false;
    bool m_flushWanted = false;
    static constexpr std::chrono::milliseconds kWriterPeriod{10};
    std::atomic<bool> m_stopped{false};

    // Owned by the writer thread (or the pump() caller).
    std::mutex m_writerMutex;
    SpoolWriter m_spool;
    std::string m_message; // scratch: the message being redacted
    std::string m_line;    // scratch: the line being formatted
    IncidentTracker m_incidents;
    MetricsAggregator m_metrics;
    std::uint64_t m_nextHeartbeatNs = 0;
    std::uint64_t m_nextSummaryNs = 0;
    std::uint64_t m_lastDropReportNs = 0;
    std::uint64_t m_reportedDrops = 0;
    mutable std::mutex m_countersMutex;
    SpoolCounters m_spoolCounters;

    std::thread m_thread;
};

} // namespace lane::telemetry

#pragma pop_macro("emit")
