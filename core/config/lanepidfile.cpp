#include "core/config/lanepidfile.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace lane::core {

namespace {

std::string executableName(pid_t pid)
{
    char target[PATH_MAX];
    const std::string link = "/proc/" + std::to_string(pid) + "/exe";
    const ssize_t n = ::readlink(link.c_str(), target, sizeof target - 1);
    if (n <= 0) {
        return {};
    }
    std::string exe(target, static_cast<std::size_t>(n));
    // An upgraded package replaces the binary under a running lane.
    const std::string deleted = " (deleted)";
    if (exe.size() > deleted.size()
        && exe.compare(exe.size() - deleted.size(), deleted.size(), deleted) == 0) {
        exe.resize(exe.size() - deleted.size());
    }
    const auto slash = exe.rfind('/');
    return slash == std::string::npos ? exe : exe.substr(slash + 1);
}

} // namespace

std::string canonicalPath(const std::string &path)
{
    if (path.empty()) {
        return {};
    }
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved)) {
        return resolved;
    }
    if (path.front() == '/') {
        return path;
    }
    char cwd[PATH_MAX];
    return ::getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + path : path;
}

LanePidFile::~LanePidFile()
{
    release();
}

Status LanePidFile::acquire(const std::string &path, const std::string &configFile)
{
    release();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return makeError("lane.pid_file", path + ": " + std::strerror(errno));
    }
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    if (::fcntl(fd, F_SETLK, &lock) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EACCES || error == EAGAIN) {
            auto other = findRunningLane(path);
            return makeError("lane.already_running",
                             path + ": another lane runs on this store"
                                 + (other ? " (pid " + std::to_string(other->pid) + ")" : ""));
        }
        return makeError("lane.pid_file", path + ": lock: " + std::strerror(error));
    }
    const std::string text = std::to_string(::getpid()) + "\n" + canonicalPath(configFile) + "\n";
    if (::ftruncate(fd, 0) != 0
        || ::pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
        const std::string why = std::strerror(errno);
        ::close(fd);
        return makeError("lane.pid_file", path + ": " + why);
    }
    m_fd = fd;
    m_path = path;
    return {};
}

void LanePidFile::release()
{
    if (m_fd < 0) {
        return;
    }
    ::unlink(m_path.c_str()); // while still locked: nobody takes a half-gone file for a lane
    ::close(m_fd);
    m_fd = -1;
    m_path.clear();
}

Result<RunningLane> findRunningLane(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return makeError("lane.not_running", "no lane running (no " + path + ")");
        }
        return makeError("lane.pid_file", path + ": " + std::strerror(errno));
    }
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    const int queried = ::fcntl(fd, F_GETLK, &lock);
    const int error = errno;
    ::close(fd);
    if (queried != 0) {
        return makeError("lane.pid_file", path + ": lock query: " + std::strerror(error));
    }
    if (lock.l_type == F_UNLCK) {
        return makeError("lane.not_running",
                         "no lane running (" + path + " is stale: nothing holds its lock)");
    }
    std::ifstream in(path);
    long long written = 0;
    RunningLane lane;
    in >> written;
    in.ignore(1);
    std::getline(in, lane.configFile);
    lane.pid = lock.l_pid;
    if (written != static_cast<long long>(lock.l_pid)) {
        return makeError("lane.not_a_lane", path + " names pid " + std::to_string(written)
                                                + " but pid " + std::to_string(lock.l_pid)
                                                + " holds its lock");
    }
    const std::string exe = executableName(lane.pid);
    if (exe != "lane") {
        return makeError("lane.not_a_lane",
                         "pid " + std::to_string(lane.pid) + " holds " + path + " but runs "
                             + (exe.empty() ? std::string("an unknown program") : "\"" + exe + "\"")
                             + ", not lane");
    }
    return lane;
}

} // namespace lane::core
