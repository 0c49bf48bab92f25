#include "telemetry/segment.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>

namespace lane::telemetry {

namespace fs = std::filesystem;

Priority priorityOf(core::Severity severity, std::string_view name)
{
    if (severity == core::Severity::Warn || severity == core::Severity::Error)
        return Priority::High;
    static constexpr std::string_view kHighPrefixes[]
        = {"payment.", "sale.",     "eod.",     "journal.", "incident.", "telemetry.",
           "device.",  "app.start", "app.stop", "drawer.",  "metrics.",  "heartbeat"};
    for (auto p : kHighPrefixes)
        if (name.starts_with(p))
            return Priority::High;
    return Priority::Low;
}

std::string_view priorityTag(Priority p)
{
    return p == Priority::High ? "hi" : "lo";
}

std::string segmentFileName(std::uint64_t number, Priority p, std::string_view day)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%010llu-%s-%.*s.ndjson",
                  static_cast<unsigned long long>(number), p == Priority::High ? "hi" : "lo",
                  static_cast<int>(day.size()), day.data());
    return buf;
}

std::optional<SegmentName> parseSegmentName(std::string_view file)
{
    // 0000000001-hi-20261122.ndjson
    if (file.size() != 10 + 1 + 2 + 1 + 8 + 7 || !file.ends_with(".ndjson"))
        return std::nullopt;
    SegmentName s;
    auto [p, ec] = std::from_chars(file.data(), file.data() + 10, s.number);
    if (ec != std::errc() || p != file.data() + 10 || file[10] != '-' || file[13] != '-')
        return std::nullopt;
    const auto tag = file.substr(11, 2);
    if (tag == "hi")
        s.priority = Priority::High;
    else if (tag == "lo")
        s.priority = Priority::Low;
    else
        return std::nullopt;
    s.day = std::string(file.substr(14, 8));
    if (!std::all_of(s.day.begin(), s.day.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    s.file = std::string(file);
    return s;
}

std::vector<SegmentName> listSegments(const fs::path &dir)
{
    std::vector<SegmentName> out;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (auto s = parseSegmentName(it->path().filename().string()))
            out.push_back(std::move(*s));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string utcDay(std::uint64_t tsNs)
{
    using namespace std::chrono;
    const sys_days d = floor<days>(sys_time<nanoseconds>(nanoseconds(tsNs)));
    const year_month_day ymd(d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

core::Result<ReadChunk> readSegment(const fs::path &path, std::uint64_t offset,
                                    std::size_t maxLines, std::size_t maxBytes, bool closed,
                                    std::size_t maxLineBytes)
{
    ReadChunk chunk;
    chunk.nextOffset = offset;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return core::makeError("telemetry.spool_read", "cannot open segment " + path.string() + ": "
                                                           + std::strerror(errno));
    std::string buf;
    // Read in blocks of at most 1 MiB: a big batch limit must not mean a big buffer.
    const std::size_t block = std::clamp<std::size_t>(maxBytes, 4096, 1 << 20);
    std::size_t want = block;
    std::uint64_t pos = offset;
    bool eof = false;
    while (chunk.lines.size() < maxLines) {
        buf.resize(want);
        const ssize_t n = ::pread(fd, buf.data(), want, static_cast<off_t>(pos));
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return core::makeError("telemetry.spool_read", "cannot read segment " + path.string()
                                                               + ": " + std::strerror(err));
        }
        buf.resize(static_cast<std::size_t>(n));
        eof = static_cast<std::size_t>(n) < want;
        std::size_t start = 0;
        bool progressed = false;
        while (chunk.lines.size() < maxLines) {
            const auto nl = buf.find('\n', start);
            if (nl == std::string::npos)
                break;
            const std::size_t len = nl - start;
            if (len > maxLineBytes) {
                chunk.tornBytes += len + 1;
                ++chunk.tornLines;
            } else if (len > 0) {
                chunk.lines.emplace_back(buf.data() + start, len);
                chunk.endOffsets.push_back(pos + nl + 1);
            }
            start = nl + 1;
            progressed = true;
            chunk.nextOffset = pos + start;
        }
        if (chunk.lines.size() >= maxLines)
            break;
        const std::size_t rest = buf.size() - start;
        if (eof) {
            if (rest > 0 && closed) {
                chunk.tornBytes += rest;
                ++chunk.tornLines;
                chunk.nextOffset = pos + buf.size();
            }
            chunk.atEnd = true;
            break;
        }
        if (!progressed) {
            // One line larger than the buffer: grow, or skip it when over the line limit.
            if (want > maxLineBytes + 1) {
                // Find its end and skip it.
                std::uint64_t scan = pos + buf.size();
                char tmp[65536];
                for (;;) {
                    const ssize_t m = ::pread(fd, tmp, sizeof tmp, static_cast<off_t>(scan));
                    if (m <= 0) {
                        if (closed) {
                            chunk.tornBytes += scan - pos;
                            ++chunk.tornLines;
                            chunk.nextOffset = scan;
                        }
                        chunk.atEnd = true;
                        ::close(fd);
                        return chunk;
                    }
                    const void *nl = std::memchr(tmp, '\n', static_cast<std::size_t>(m));
                    if (nl) {
                        scan += static_cast<std::uint64_t>(static_cast<const char *>(nl) - tmp) + 1;
                        chunk.tornBytes += scan - pos;
                        ++chunk.tornLines;
                        chunk.nextOffset = scan;
                        pos = scan;
                        break;
                    }
                    scan += static_cast<std::uint64_t>(m);
                }
                want = block;
                continue;
            }
            want *= 2;
            continue;
        }
        if (chunk.nextOffset - offset >= maxBytes)
            break;
        pos = chunk.nextOffset;
    }
    ::close(fd);
    return chunk;
}

core::Status createPrivateDirectory(const fs::path &dir)
{
    fs::path path;
    for (const auto &part : dir) {
        path /= part;
        struct stat st
        {};
        if (::stat(path.c_str(), &st) == 0)
            continue;
        if (::mkdir(path.c_str(), 0700) != 0 && errno != EEXIST)
            return core::makeError("telemetry.directory", "cannot create directory " + path.string()
                                                              + ": " + std::strerror(errno));
    }
    struct stat st
    {};
    if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return core::makeError("telemetry.directory", dir.string() + " is not a directory");
    if ((st.st_mode & 077) != 0)
        (void)::chmod(dir.c_str(), st.st_mode & 0700); // not ours to change: leave it
    return {};
}

core::Status writeFileDurably(const fs::path &path, std::string_view content)
{
    const fs::path tmp = path.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return core::makeError("telemetry.state_write",
                               "cannot create " + tmp.string() + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return core::makeError("telemetry.state_write",
                                   "cannot write " + tmp.string() + ": " + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return core::makeError("telemetry.state_write",
                               "cannot fsync " + tmp.string() + ": " + std::strerror(err));
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0)
        return core::makeError("telemetry.state_write",
                               "cannot rename to " + path.string() + ": " + std::strerror(errno));
    const int dfd = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

std::optional<std::string> readSmallFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

core::Status writeCheckpoint(const fs::path &path, const Checkpoint &cp)
{
    return writeFileDurably(path, cp.segment + " " + std::to_string(cp.offset) + "\n");
}

std::optional<Checkpoint> readCheckpoint(const fs::path &path)
{
    const auto text = readSmallFile(path);
    if (!text)
        return std::nullopt;
    std::istringstream in(*text);
    Checkpoint cp;
    if (!(in >> cp.segment >> cp.offset))
        return std::nullopt;
    return cp;
}

} // namespace lane::telemetry
