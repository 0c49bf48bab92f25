#include "telemetry/control.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <sstream>
#include <thread>

#include "telemetry/record.h"
#include "telemetry/segment.h"

namespace lane::telemetry {

namespace fs = std::filesystem;

namespace {

bool lockHeld(const fs::path &stateDir)
{
    const int fd = ::open((stateDir / "forwarder.lock").c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd);
    return held;
}

std::optional<std::uint64_t> firstRecordTs(const fs::path &path, std::uint64_t offset)
{
    auto chunk = readSegment(path, offset, 1, 64 * 1024, false);
    if (!chunk || chunk->lines.empty())
        return std::nullopt;
    auto r = parseJsonLine(chunk->lines.front());
    if (!r)
        return std::nullopt;
    return r->tsNs;
}

} // namespace

core::Result<TelemetryStatus> telemetryStatus(const fs::path &spoolDir, const fs::path &stateDirIn,
                                              const core::Clock *clock)
{
    core::SystemClock systemClock;
    if (!clock)
        clock = &systemClock;
    const fs::path stateDir = stateDirIn.empty() ? defaultStateDir(spoolDir) : stateDirIn;
    std::error_code ec;
    if (!fs::is_directory(spoolDir, ec))
        return core::makeError("telemetry.spool_dir",
                               "spool directory " + spoolDir.string() + " does not exist");
    TelemetryStatus st;
    std::vector<Checkpoint> lanes;
    for (const char *lane : {"live-hi", "live-lo", "backlog"}) {
        const auto path = stateDir / (std::string(lane) + ".ckpt");
        if (auto cp = readCheckpoint(path)) {
            lanes.push_back(*cp);
            const auto mtime = fs::last_write_time(path, ec);
            if (!ec) {
                const auto sys = std::chrono::time_point_cast<std::chrono::nanoseconds>(
                    std::chrono::file_clock::to_sys(mtime));
                if (!st.lastSuccess || sys > *st.lastSuccess)
                    st.lastSuccess = sys;
            }
        }
    }
    std::optional<std::uint64_t> oldestTs;
    for (const auto &seg : listSegments(spoolDir)) {
        const auto path = spoolDir / seg.file;
        const auto size = fs::file_size(path, ec);
        if (ec)
            continue;
        std::uint64_t acked = 0;
        for (const auto &cp : lanes)
            if (cp.segment == seg.file)
                acked = std::max(acked, cp.offset);
        if (auto text = readSmallFile(stateDir / ("handoff-" + seg.file)))
            acked = std::max<std::uint64_t>(acked, std::strtoull(text->c_str(), nullptr, 10));
        if (acked >= size)
            continue;
        st.pendingBytes += size - acked;
        ++st.pendingSegments;
        if (auto ts = firstRecordTs(path, acked))
            oldestTs = oldestTs ? std::min(*oldestTs, *ts) : *ts;
    }
    if (oldestTs) {
        const auto now = static_cast<std::uint64_t>(clock->now().time_since_epoch().count());
        st.oldestPendingAge
            = std::chrono::seconds(now > *oldestTs ? (now - *oldestTs) / 1'000'000'000 : 0);
    }
    for (fs::directory_iterator it(stateDir / "rejected", ec), end; !ec && it != end;
         it.increment(ec))
        if (it->path().extension() == ".reply")
            ++st.rejectedBatches;
    if (auto drops = readSmallFile(spoolDir / "drops")) {
        std::istringstream in(*drops);
        std::string key;
        std::uint64_t value = 0;
        while (in >> key >> value)
            if (key != "evicted_segments")
                st.droppedReported += value;
    }
    st.forwarderRunning = lockHeld(stateDir);
    return st;
}

namespace {

std::uint64_t rejectedCount(const fs::path &stateDir)
{
    std::uint64_t n = 0;
    std::error_code ec;
    for (fs::directory_iterator it(stateDir / "rejected", ec), end; !ec && it != end;
         it.increment(ec))
        if (it->path().extension() == ".reply")
            ++n;
    return n;
}

std::uint64_t pendingBytes(const ForwarderConfig &config)
{
    auto st = telemetryStatus(config.spoolDir, config.stateDir);
    return st ? st->pendingBytes : 0;
}

// The lane's own forwarder is running: ask it to send at once and watch the spool drain.
core::Result<FlushReport> flushThroughRunning(const ForwarderConfig &config,
                                              std::chrono::steady_clock::time_point deadline)
{
    FlushReport report;
    report.viaRunningForwarder = true;
    const auto rejectedBefore = rejectedCount(config.stateDir);
    const std::uint64_t before = pendingBytes(config);
    const auto request = config.stateDir / "flush-request";
    if (auto st = writeFileDurably(request, "flush\n"); !st)
        return st.error();
    std::uint64_t left = before;
    while (left > 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        left = pendingBytes(config);
    }
    std::error_code ec;
    fs::remove(request, ec);
    report.pendingBytes = left;
    report.spoolBytes = before > left ? before - left : 0;
    report.rejectedBatches = rejectedCount(config.stateDir) - rejectedBefore;
    if (left > 0)
        report.lastError = "the running forwarder has not caught up (see its log)";
    return report;
}

} // namespace

core::Result<FlushReport> telemetryFlush(const ForwarderConfig &configIn,
                                         std::chrono::milliseconds timeout)
{
    ForwarderConfig config = configIn;
    if (config.stateDir.empty())
        config.stateDir = defaultStateDir(config.spoolDir);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    if (lockHeld(config.stateDir))
        return flushThroughRunning(config, deadline);
    if (!QCoreApplication::instance())
        return core::makeError("telemetry.flush", "flush needs a QCoreApplication");
    const std::uint64_t before = pendingBytes(config);
    const auto rejectedBefore = rejectedCount(config.stateDir);
    Forwarder fw(config);
    fw.setFlushing(true);
    if (auto st = fw.start(); !st) {
        // The lane's forwarder started between the check and here: it does the sending.
        if (st.error().code == "telemetry.forwarder_busy")
            return flushThroughRunning(config, deadline);
        return st.error();
    }
    QEventLoop loop;
    QTimer check;
    check.setInterval(50);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (fw.idle() || std::chrono::steady_clock::now() >= deadline)
            loop.quit();
    });
    check.start();
    loop.exec();
    fw.stop();
    FlushReport report;
    const auto stats = fw.stats();
    report.records = stats.recordsSent;
    report.batches = stats.batchesSent;
    report.wireBytes = stats.bytesSent;
    report.rejectedBatches = rejectedCount(config.stateDir) - rejectedBefore;
    report.pendingBytes = pendingBytes(config);
    report.spoolBytes = before > report.pendingBytes ? before - report.pendingBytes : 0;
    report.lastError = stats.lastError;
    return report;
}

std::vector<std::string> telemetryTail(const fs::path &spoolDir, std::size_t count)
{
    struct Line
    {
        std::uint64_t ts;
        std::uint64_t order;
        std::string text;
    };
    std::vector<Line> lines;
    std::uint64_t order = 0;
    const auto segments = listSegments(spoolDir);
    for (Priority p : {Priority::High, Priority::Low}) {
        std::size_t got = 0;
        for (auto it = segments.rbegin(); it != segments.rend() && got < count; ++it) {
            if (it->priority != p)
                continue;
            auto chunk = readSegment(spoolDir / it->file, 0, SIZE_MAX, 64 * 1024 * 1024, false);
            if (!chunk)
                continue;
            std::vector<Line> seg;
            for (auto &l : chunk->lines) {
                auto r = parseJsonLine(l);
                seg.push_back(
                    {r ? r->tsNs : 0, it->number * 1'000'000'000ull + order++, std::move(l)});
            }
            got += seg.size();
            lines.insert(lines.end(), std::make_move_iterator(seg.begin()),
                         std::make_move_iterator(seg.end()));
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return a.ts != b.ts ? a.ts < b.ts : a.order < b.order;
    });
    std::vector<std::string> out;
    const std::size_t from = lines.size() > count ? lines.size() - count : 0;
    for (std::size_t i = from; i < lines.size(); ++i)
        out.push_back(std::move(lines[i].text));
    return out;
}

} // namespace lane::telemetry
