#include "app/lanectl/lanereload.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include <QProcess>
#include <QStringList>

#include "core/config/lanepidfile.h"

namespace lane::app::lanectl {

namespace {

const char *const kUnit = "lane.service";

struct Run
{
    bool started = false;
    int exitCode = -1;
    std::string output;
};

/// systemctl through PATH; absent (no systemd, a container) reads as "not started".
Run systemctl(const QStringList &args)
{
    Run run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("systemctl"), args);
    if (!process.waitForStarted(5000)) {
        return run;
    }
    run.started = true;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(1000);
        run.output = "systemctl " + args.join(u' ').toStdString() + ": no answer within 60 s";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAll().trimmed().toStdString();
    return run;
}

/// The unit's main pid when it is active, else 0.
pid_t activeUnitPid()
{
    const Run active = systemctl(
        {QStringLiteral("is-active"), QStringLiteral("--quiet"), QString::fromLatin1(kUnit)});
    if (!active.started || active.exitCode != 0) {
        return 0;
    }
    const Run show = systemctl({QStringLiteral("show"), QStringLiteral("--property=MainPID"),
                                QStringLiteral("--value"), QString::fromLatin1(kUnit)});
    return show.started && show.exitCode == 0 ? static_cast<pid_t>(std::atoll(show.output.c_str()))
                                              : 0;
}

} // namespace

ReloadOutcome reloadRunningLane(const std::string &target, const std::vector<std::string> &dataDirs)
{
    using Kind = ReloadOutcome::Kind;
    const std::string wanted = core::canonicalPath(target);
    std::string notRunning;
    for (const auto &dir : dataDirs) {
        const std::string pidFile = core::LanePidFile::pathFor(dir);
        auto lane = core::findRunningLane(pidFile);
        if (!lane) {
            if (lane.error().code == "lane.not_running") {
                notRunning += (notRunning.empty() ? "" : "; ") + lane.error().message;
                continue;
            }
            return {Kind::Failed, "reload failed: " + lane.error().message};
        }
        if (lane->configFile != wanted) {
            notRunning += std::string(notRunning.empty() ? "" : "; ") + "no lane running for "
                          + wanted + ": the lane (pid " + std::to_string(lane->pid) + ") on " + dir
                          + " reads "
                          + (lane->configFile.empty() ? "no lane file" : lane->configFile);
            continue;
        }
        const std::string pid = std::to_string(lane->pid);
        if (activeUnitPid() == lane->pid) {
            // systemd runs ExecReload itself and knows the unit is reloading.
            const Run reload = systemctl({QStringLiteral("reload"), QString::fromLatin1(kUnit)});
            if (reload.exitCode != 0) {
                return {Kind::Failed, "reload failed: systemctl reload " + std::string(kUnit)
                                          + (reload.output.empty() ? "" : ": " + reload.output)};
            }
            return {Kind::Reloaded,
                    "reloaded (systemctl reload " + std::string(kUnit) + ", pid " + pid + ")"};
        }
        if (::kill(lane->pid, SIGHUP) != 0) {
            return {Kind::Failed,
                    "reload failed: SIGHUP to lane pid " + pid + ": " + std::strerror(errno)};
        }
        return {Kind::Reloaded, "reloaded (SIGHUP to lane pid " + pid + ")"};
    }
    return {Kind::NotRunning, notRunning.empty() ? "no lane running" : notRunning};
}

} // namespace lane::app::lanectl
