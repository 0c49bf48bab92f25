#include "telemetry/spoolwriter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <spdlog/spdlog.h>

namespace lane::telemetry {

namespace fs = std::filesystem;

namespace {

std::uint64_t countLines(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    std::uint64_t n = 0;
    char buf[65536];
    for (;;) {
        const ssize_t r = ::read(fd, buf, sizeof buf);
        if (r <= 0)
            break;
        for (ssize_t i = 0; i < r; ++i)
            n += buf[i] == '\n';
    }
    ::close(fd);
    return n;
}

} // namespace

SpoolWriter::SpoolWriter(SpoolConfig config)
    : m_config(std::move(config))
{}

SpoolWriter::~SpoolWriter()
{
    for (auto &s : m_streams)
        if (s.fd >= 0)
            ::close(s.fd);
}

core::Status SpoolWriter::open()
{
    if (auto st = createPrivateDirectory(m_config.dir); !st)
        return core::makeError("telemetry.spool_dir", "spool: " + st.error().message);
    const auto segments = listSegments(m_config.dir);
    if (!segments.empty())
        m_nextNumber = segments.back().number + 1;
    rescan();
    return {};
}

std::uint64_t SpoolWriter::rescan()
{
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto &s : listSegments(m_config.dir)) {
        const auto size = fs::file_size(m_config.dir / s.file, ec);
        if (!ec)
            total += size;
    }
    m_bytes = total;
    return total;
}

bool SpoolWriter::rotate(Stream &s, Priority p, const std::string &day)
{
    if (s.fd >= 0)
        ::close(s.fd);
    s.file = segmentFileName(m_nextNumber++, p, day);
    s.day = day;
    s.size = 0;
    s.fd = ::open((m_config.dir / s.file).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    return s.fd >= 0;
}

void SpoolWriter::enforceBudget(std::uint64_t incoming)
{
    if (m_bytes + incoming <= m_config.budgetBytes)
        return;
    // The forwarder removes shipped segments from another thread or process: recount first.
    if (rescan() + incoming <= m_config.budgetBytes)
        return;
    for (const auto &seg : listSegments(m_config.dir)) {
        if (m_bytes + incoming <= m_config.budgetBytes)
            break;
        if (seg.priority != Priority::Low || seg.file == m_streams[1].file)
            continue;
        const fs::path path = m_config.dir / seg.file;
        std::error_code ec;
        const auto size = fs::file_size(path, ec);
        const auto lines = countLines(path);
        if (fs::remove(path, ec)) {
            m_counters.evictedSegments += 1;
            m_counters.evictedLines += lines;
            m_bytes -= std::min(m_bytes, size);
            spdlog::warn("telemetry: spool over budget, evicted {} ({} lines)", seg.file, lines);
        }
    }
}

bool SpoolWriter::write(Priority p, std::string_view line, std::uint64_t tsNs)
{
    Stream &s = m_streams[p == Priority::High ? 0 : 1];
    enforceBudget(line.size());
    if (p == Priority::Low && m_bytes + line.size() > m_config.budgetBytes) {
        ++m_counters.droppedOverBudget;
        return false;
    }
    const std::string day = utcDay(tsNs);
    if (s.fd < 0 || s.size + line.size() > m_config.segmentMaxBytes
        || (day > s.day && s.size > 0)) {
        if (!rotate(s, p, day)) {
            ++m_counters.droppedDiskFull;
            return false;
        }
    }
    // One write(2) per line: O_APPEND makes it land whole at the end, so a process crash
    // never leaves half a line. A short write (disk full) is truncated back off.
    const ssize_t n = ::write(s.fd, line.data(), line.size());
    if (n != static_cast<ssize_t>(line.size())) {
        if (n > 0)
            (void)::ftruncate(s.fd, static_cast<off_t>(s.size));
        ++m_counters.droppedDiskFull;
        return false;
    }
    s.size += line.size();
    m_bytes += line.size();
    ++m_counters.linesWritten;
    return true;
}

} // namespace lane::telemetry
