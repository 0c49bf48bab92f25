#include "telemetry/telemetry.h"

#include "telemetry/redact.h"

#include <charconv>

namespace lane::telemetry {

core::Result<std::shared_ptr<Telemetry>> Telemetry::create(TelemetryConfig config)
{
    if (config.resource.device.empty())
        config.resource.device = config.resource.host;
    std::shared_ptr<Telemetry> t(new Telemetry(std::move(config)));
    if (auto st = t->m_spool.open(); !st)
        return st.error();
    t->recover();
    t->m_begun = true;
    const auto now = t->nowNs();
    t->m_nextHeartbeatNs = now
                           + static_cast<std::uint64_t>(
                               std::chrono::nanoseconds(t->m_config.heartbeatInterval).count());
    t->m_nextSummaryNs = now
                         + static_cast<std::uint64_t>(
                             std::chrono::nanoseconds(t->m_config.summaryInterval).count());
    if (t->m_config.writerThread)
        t->m_thread = std::thread([raw = t.get()] { raw->writerLoop(); });
    return t;
}

Telemetry::Telemetry(TelemetryConfig config)
    : m_config(std::move(config))
    , m_clock(m_config.clock ? m_config.clock : &m_systemClock)
    , m_bootId(newBootId())
    , m_ring(EmitRing::open(m_config.ringFile, m_config.ringBytes))
    , m_spool(m_config.spool)
{
    // Pre-render the identity part of every line; must stay in step with appendJsonLine().
    Record probe;
    probe.resource = m_config.resource;
    probe.boot = m_bootId;
    probe.name.assign(1, 'x');
    const std::string line = toJsonLine(probe);
    const auto from = line.find(",\"store\":");
    const auto to = line.find(",\"seq\":");
    m_identityJson = line.substr(from, to - from);
}

void Telemetry::formatLine(std::string &out, std::uint64_t tsNs, core::Severity severity,
                           std::string_view name, std::string_view message,
                           const std::vector<core::EventAttribute> &attributes,
                           std::uint64_t seq) const
{
    out.clear();
    char num[24];
    out += "{\"ts\":";
    out.append(num, std::to_chars(num, num + sizeof num, tsNs).ptr);
    out += ",\"sev\":\"";
    out += severityText(severity);
    out += "\",\"name\":";
    appendJsonString(out, name);
    out += ",\"msg\":";
    appendJsonString(out, message);
    out += m_identityJson;
    out += ",\"seq\":";
    out.append(num, std::to_chars(num, num + sizeof num, seq).ptr);
    out += ",\"attrs\":{";
    bool first = true;
    for (const auto &a : attributes) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, a.key);
        out += ':';
        if (const auto *s = std::get_if<std::string>(&a.value))
            appendJsonString(out, *s);
        else if (const auto *i = std::get_if<std::int64_t>(&a.value))
            out.append(num, std::to_chars(num, num + sizeof num, *i).ptr);
        else
            out += std::get<bool>(a.value) ? "true" : "false";
    }
    out += "}}\n";
}

Telemetry::~Telemetry()
{
    stop();
}

std::uint64_t Telemetry::nowNs() const
{
    return static_cast<std::uint64_t>(m_clock->now().time_since_epoch().count());
}

void Telemetry::emit(core::Severity severity, std::string_view name, std::string_view message,
                     std::vector<core::EventAttribute> attributes)
{
    enqueue(severity, name, message, std::move(attributes));
}

void Telemetry::log(core::Severity severity, std::string_view logger, std::string_view message)
{
    std::vector<core::EventAttribute> attrs;
    attrs.push_back({"logger", std::string(logger)});
    enqueue(severity, "log", message, std::move(attrs));
}

void Telemetry::enqueue(core::Severity severity, std::string_view name, std::string_view message,
                        std::vector<core::EventAttribute> &&attributes)
{
    if (m_stopped.load(std::memory_order_relaxed)) {
        m_droppedQueue.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    // The caller's path takes the time and a sequence number and copies the event into the
    // ring (memory mapped from tmpfs: no system call, and it outlives a crash); redaction
    // and formatting are the writer's work (a sale pays for as few instructions and cache
    // lines as possible, see docs/benchmarks.md). Nothing is written to disk before it has
    // been redacted.
    const std::uint64_t ts = nowNs();
    const std::uint64_t seq = m_seq.fetch_add(1, std::memory_order_relaxed) + 1;
    bool wake = false;
    {
        std::lock_guard lock(m_queueMutex);
        const std::uint64_t pending = m_enqueued - m_processed;
        if (pending >= m_config.queueCapacity
            || !m_ring.push(ts, seq, severity, name, message, attributes)) {
            m_droppedQueue.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        ++m_enqueued;
        // The writer wakes every few milliseconds by itself; waking it per line would cost
        // a futex syscall on the caller's path. Only a filling queue is worth a wake-up.
        wake = pending + 1 == m_config.queueCapacity / 4;
    }
    m_emitted.fetch_add(1, std::memory_order_relaxed);
    if (wake)
        m_queueCv.notify_one();
}

void Telemetry::writeNow(core::Severity severity, std::string name, std::string message,
                         std::vector<core::EventAttribute> attributes)
{
    Record r;
    r.tsNs = nowNs();
    r.severity = severity;
    r.name = std::move(name);
    r.message = std::move(message);
    r.attributes = std::move(attributes);
    r.resource = m_config.resource;
    r.boot = m_bootId;
    r.seq = m_seq.fetch_add(1, std::memory_order_relaxed) + 1;
    m_spool.write(priorityOf(r.severity, r.name), toJsonLine(r), r.tsNs);
    m_emitted.fetch_add(1, std::memory_order_relaxed);
}

void Telemetry::drain(std::uint64_t to)
{
    const std::uint64_t from = m_ring.tail();
    const std::size_t done = m_ring.read(from, to, [this](RingEvent &ev) {
        m_message.assign(ev.message);
        redact(m_message, ev.attributes);
        formatLine(m_line, ev.tsNs, ev.severity, ev.name, m_message, ev.attributes, ev.seq);
        m_spool.write(priorityOf(ev.severity, ev.name), m_line, ev.tsNs);
        m_metrics.observe(ev.name, ev.attributes);
        if (auto derived = m_incidents.observe(ev.severity, ev.name, ev.attributes, ev.tsNs))
            writeNow(derived->severity, std::move(derived->name), std::move(derived->message),
                     std::move(derived->attributes));
    });
    std::lock_guard lock(m_queueMutex);
    m_ring.release(to);
    m_processed += done;
}

void Telemetry::recover()
{
    // Events a crashed process had accepted: written as that process would have written
    // them (its boot id and sequence numbers, so receivers dedupe a line it did write),
    // without feeding this process's metrics or incidents.
    const auto &rec = m_ring.recovery();
    if (rec.to > rec.from) {
        Record r;
        r.resource = m_config.resource;
        r.boot = rec.bootId;
        std::uint64_t stoppedAt = rec.to;
        std::uint64_t unwritten = 0;
        m_recovered = m_ring.read(
            rec.from, rec.to,
            [&](RingEvent &ev) {
                r.tsNs = ev.tsNs;
                r.severity = ev.severity;
                r.seq = ev.seq;
                r.name.assign(ev.name);
                r.message.assign(ev.message);
                r.attributes = std::move(ev.attributes);
                redact(r.message, r.attributes);
                if (!m_spool.write(priorityOf(r.severity, r.name), toJsonLine(r), r.tsNs))
                    ++unwritten; // the spool counts it as dropped too
            },
            &stoppedAt);
        m_ring.release(rec.to);
        writeNow(core::Severity::Warn, "telemetry.recovered",
                 "events accepted by a process that ended without writing them were recovered",
                 {{"events", static_cast<std::int64_t>(m_recovered)},
                  {"unwritten", static_cast<std::int64_t>(unwritten)},
                  {"undecodable_bytes", static_cast<std::int64_t>(rec.to - stoppedAt)},
                  {"from_boot", rec.bootId}});
    }
    m_ring.begin(m_bootId);
}

void Telemetry::reportDrops(bool force)
{
    const auto &c = m_spool.counters();
    const std::uint64_t queue = m_droppedQueue.load(std::memory_order_relaxed);
    const std::uint64_t total = queue + c.droppedDiskFull + c.droppedOverBudget + c.evictedLines;
    if (total == m_reportedDrops)
        return;
    const auto now = nowNs();
    const auto interval
        = static_cast<std::uint64_t>(std::chrono::nanoseconds(m_config.dropReportInterval).count());
    if (!force && m_lastDropReportNs != 0 && now - m_lastDropReportNs < interval)
        return;
    m_lastDropReportNs = now;
    m_reportedDrops = total;
    // Cumulative counts since process start: a receiver takes the latest per boot.
    writeNow(core::Severity::Warn, "telemetry.dropped", "telemetry dropped or evicted records",
             {{"queue_full", static_cast<std::int64_t>(queue)},
              {"disk_full", static_cast<std::int64_t>(c.droppedDiskFull)},
              {"over_budget", static_cast<std::int64_t>(c.droppedOverBudget)},
              {"evicted_lines", static_cast<std::int64_t>(c.evictedLines)},
              {"evicted_segments", static_cast<std::int64_t>(c.evictedSegments)}});
    // For `lanectl telemetry status` (counts of this process, since it started).
    (void)writeFileDurably(m_config.spool.dir / "drops",
                           "queue_full " + std::to_string(queue) + "\ndisk_full "
                               + std::to_string(c.droppedDiskFull) + "\nover_budget "
                               + std::to_string(c.droppedOverBudget) + "\nevicted_lines "
                               + std::to_string(c.evictedLines) + "\nevicted_segments "
                               + std::to_string(c.evictedSegments) + "\n");
}

void Telemetry::runTimers()
{
    const auto now = nowNs();
    if (now >= m_nextHeartbeatNs) {
        const auto step = static_cast<std::uint64_t>(
            std::chrono::nanoseconds(m_config.heartbeatInterval).count());
        writeNow(core::Severity::Info, "heartbeat", "alive",
                 {{"queue_dropped",
                   static_cast<std::int64_t>(m_droppedQueue.load(std::memory_order_relaxed))},
                  {"open_incidents", static_cast<std::int64_t>(m_incidents.openCount())}});
        while (m_nextHeartbeatNs <= now)
            m_nextHeartbeatNs += step;
    }
    if (now >= m_nextSummaryNs) {
        const auto step = static_cast<std::uint64_t>(
            std::chrono::nanoseconds(m_config.summaryInterval).count());
        writeNow(core::Severity::Info, "metrics.summary", "metrics summary",
                 m_metrics.takeSummary(m_config.summaryInterval.count()));
        while (m_nextSummaryNs <= now)
            m_nextSummaryNs += step;
    }
    reportDrops(false);
    std::lock_guard lock(m_countersMutex);
    m_spoolCounters = m_spool.counters();
}

void Telemetry::pump()
{
    std::lock_guard writer(m_writerMutex);
    std::uint64_t to = 0;
    {
        std::lock_guard lock(m_queueMutex);
        to = m_ring.head();
    }
    drain(to);
    runTimers();
    m_flushCv.notify_all();
}

void Telemetry::writerLoop()
{
    for (;;) {
        bool stopping = false;
        std::uint64_t to = 0;
        {
            std::unique_lock lock(m_queueMutex);
            m_queueCv.wait_for(lock, kWriterPeriod, [this] { return m_flushWanted || m_stopping; });
            m_flushWanted = false;
            to = m_ring.head();
            stopping = m_stopping;
        }
        {
            std::lock_guard writer(m_writerMutex);
            drain(to);
            runTimers();
        }
        m_flushCv.notify_all();
        if (stopping) {
            std::lock_guard lock(m_queueMutex);
            if (m_ring.head() == m_ring.tail())
                return;
        }
    }
}

void Telemetry::flush()
{
    if (!m_thread.joinable()) {
        pump();
        std::lock_guard writer(m_writerMutex);
        reportDrops(true);
        return;
    }
    std::unique_lock lock(m_queueMutex);
    const auto target = m_enqueued;
    m_flushWanted = true;
    m_queueCv.notify_one();
    m_flushCv.wait(lock, [&] { return m_processed >= target; });
}

void Telemetry::stop()
{
    if (m_stopped.exchange(true))
        return;
    if (!m_begun)
        return; // create() failed before recovery: the ring keeps a dead process's events
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_queueMutex);
            m_stopping = true;
        }
        m_queueCv.notify_one();
        m_thread.join();
    } else {
        pump();
    }
    std::lock_guard writer(m_writerMutex);
    reportDrops(true);
    m_ring.removeIfEmpty();
    std::lock_guard lock(m_countersMutex);
    m_spoolCounters = m_spool.counters();
}

TelemetryCounters Telemetry::counters() const
{
    TelemetryCounters c;
    c.emitted = m_emitted.load(std::memory_order_relaxed);
    c.droppedQueueFull = m_droppedQueue.load(std::memory_order_relaxed);
    std::lock_guard lock(m_countersMutex);
    c.spool = m_spoolCounters;
    return c;
}

} // namespace lane::telemetry
