#pragma once

#include <string>
#include <vector>

namespace lane::app::lanectl {

/// What `lanectl config apply` did about the running lane after replacing its file.
struct ReloadOutcome
{
    enum class Kind { Reloaded, NotRunning, Failed };
    Kind kind = Kind::NotRunning;
    std::string message; // "reloaded (systemctl reload lane.service)", "no lane running ..."
};

/// Tells the lane that reads `target` to re-read it: through `systemctl reload lane.service`
/// when that unit is active and its main process is the lane, else by SIGHUP to the lane
/// found through the pid file in one of `dataDirs` (the old file's data directory first).
/// Never signals a process that is not a lane holding that pid file's lock.
ReloadOutcome reloadRunningLane(const std::string &target,
                                const std::vector<std::string> &dataDirs);

} // namespace lane::app::lanectl
