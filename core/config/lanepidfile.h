#pragma once

#include <string>
#include <sys/types.h>

#include "core/base/result.h"

namespace lane::core {

/// `<data_dir>/lane.pid`: the running lane's process id and the lane file it reads, under a
/// write lock the lane holds while it runs. Tools find the lane to reload through it; the
/// kernel names the lock holder, so a stale file (a crash) or a reused pid is never taken
/// for a lane.
class LanePidFile
{
public:
    LanePidFile() = default;
    LanePidFile(const LanePidFile &) = delete;
    LanePidFile &operator=(const LanePidFile &) = delete;
    ~LanePidFile();

    /// Writes this process's pid and `configFile` (made absolute) to `path` and locks it.
    /// Fails when another live process holds the lock (a second lane on the same store).
    Status acquire(const std::string &path, const std::string &configFile);
    /// Removes the file and drops the lock (also done by the destructor).
    void release();

    static std::string pathFor(const std::string &dataDir) { return dataDir + "/lane.pid"; }

private:
    std::string m_path;
    int m_fd = -1;
};

/// What a pid file says about a running lane.
struct RunningLane
{
    pid_t pid = 0;
    std::string configFile; // absolute, as the lane recorded it; empty: started without one
};

/// The lane holding the lock on `path`, checked three ways: the kernel's lock holder, the
/// pid written in the file and /proc/PID/exe naming an executable called "lane". Error codes:
/// "lane.not_running" when no process holds the lock (no file, or a stale one after a crash),
/// "lane.not_a_lane" when the holder is some other program, "lane.pid_file" on I/O errors.
/// A process never sees its own lock: ask from another process.
Result<RunningLane> findRunningLane(const std::string &path);

/// `path` made absolute and with symbolic links resolved when it exists.
std::string canonicalPath(const std::string &path);

} // namespace lane::core
