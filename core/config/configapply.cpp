#include "core/config/configapply.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace lane::core {

namespace {

Status writeAll(int fd, const std::string &data, const std::string &path)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return makeError("config.write", path + ": " + std::strerror(errno));
        }
        done += static_cast<std::size_t>(n);
    }
    return {};
}

std::string directoryOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

} // namespace

Result<ConfigReport> applyConfigFile(const std::string &source, const std::string &target,
                                     const std::string &storeFile)
{
    ConfigReport report = loadConfig(source, storeFile);
    if (!report.ok()) {
        std::string message = "not applied: " + source + " has "
                              + std::to_string(report.errorCount()) + " error(s)";
        for (const auto &d : report.diagnostics) {
            message += "\n  " + d.toString();
        }
        return makeError("config.invalid", message);
    }
    std::ifstream in(source, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();

    const std::string temp = target + ".new." + std::to_string(::getpid());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0) {
        return makeError("config.write", temp + ": " + std::strerror(errno));
    }
    Status written = writeAll(fd, text.str(), temp);
    if (written && ::fsync(fd) != 0) {
        written = makeError("config.write", temp + ": fsync: " + std::strerror(errno));
    }
    ::close(fd);
    if (!written) {
        ::unlink(temp.c_str());
        return written.error();
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return makeError("config.write", "cannot replace " + target + ": " + why);
    }
    // The rename is durable only once the directory entry is.
    const int dir = ::open(directoryOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return report;
}

} // namespace lane::core
