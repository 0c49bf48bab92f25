// `lanectl config apply` tells the running lane: SIGHUP to the lane found through its pid
// file, or `systemctl reload` when the unit runs it; never a process that is not a lane.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <thread>

#include "core/config/lanepidfile.h"
#include "lanectlrunner.h"

using lane::app::test::runLanectl;
using lane::app::test::slurp;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

class ConfigReload : public ::testing::Test
{
protected:
    void SetUp() override
    {
        char pattern[] = "/tmp/lanectl-reload-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        dir = pattern;
        data = dir + "/data";
        fs::create_directories(data);
        target = dir + "/lane.toml";
        write(target, laneFile(300));
        m_path = std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin";
        // No systemd here, and none must be asked: a systemctl that says "inactive".
        fakeSystemctl("exit 3");
    }
    void TearDown() override
    {
        for (const pid_t pid : children) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
        ::setenv("PATH", m_path.c_str(), 1);
        fs::remove_all(dir);
    }

    std::string laneFile(int lockSeconds, const std::string &extra = {}) const
    {
        return "[lane]\nstore = \"S0001\"\npos = \"01\"\ndata_dir = \"" + data
               + "\"\nlock_after_seconds = " + std::to_string(lockSeconds)
               + "\n[sale]\ncurrency = \"KRW\"\n" + extra;
    }
    static void write(const std::string &path, const std::string &text)
    {
        std::ofstream(path, std::ios::trunc) << text;
    }
    /// A `systemctl` first in PATH that logs its arguments and runs `script`.
    void fakeSystemctl(const std::string &script)
    {
        fs::create_directories(dir + "/bin");
        const std::string path = dir + "/bin/systemctl";
        write(path, "#!/bin/sh\necho \"$*\" >> " + dir + "/systemctl.log\n" + script + "\n");
        ::chmod(path.c_str(), 0755);
        ::setenv("PATH", (dir + "/bin:" + m_path).c_str(), 1);
    }
    pid_t spawn(const std::vector<std::string> &args)
    {
        const pid_t pid = ::fork();
        if (pid == 0) {
            ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
            ::setenv("QT_QUICK_BACKEND", "software", 1);
            std::vector<char *> argv;
            for (const auto &a : args) {
                argv.push_back(const_cast<char *>(a.c_str()));
            }
            argv.push_back(nullptr);
            ::execv(argv[0], argv.data());
            ::_exit(127);
        }
        children.push_back(pid);
        return pid;
    }
    static bool alive(pid_t pid)
    {
        int status = 0;
        return ::waitpid(pid, &status, WNOHANG) == 0;
    }
    /// Every spool line so far (the lane's own log goes there).
    std::string spool() const
    {
        std::string all;
        std::error_code ec;
        for (const auto &entry : fs::recursive_directory_iterator(data + "/telemetry", ec)) {
            if (entry.is_regular_file()) {
                all += slurp(entry.path().string());
            }
        }
        return all;
    }
    template<typename Done>
    static bool waitFor(Done done, std::chrono::milliseconds limit)
    {
        const auto until = std::chrono::steady_clock::now() + limit;
        while (!done()) {
            if (std::chrono::steady_clock::now() > until) {
                return false;
            }
            std::this_thread::sleep_for(50ms);
        }
        return true;
    }

    std::string dir, data, target;
    std::vector<pid_t> children;

private:
    std::string m_path;
};

TEST_F(ConfigReload, NoLaneRunningIsSaidAndIsNoFailure)
{
    write(dir + "/new.toml", laneFile(60));
    const auto r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", target});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("applied "), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("no lane running"), std::string::npos) << r.out;
}

TEST_F(ConfigReload, AStalePidFileNeverGetsItsProcessSignalled)
{
    // A lane crashed; its pid now belongs to some other program.
    const pid_t other = spawn({"/bin/sleep", "30"});
    write(data + "/lane.pid", std::to_string(other) + "\n" + target + "\n");
    write(dir + "/new.toml", laneFile(60));
    const auto r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", target});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("no lane running"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("stale"), std::string::npos) << r.out;
    std::this_thread::sleep_for(200ms);
    EXPECT_TRUE(alive(other)) << "SIGHUP would have ended sleep";
}

TEST_F(ConfigReload, NoReloadOnlyReplacesTheFile)
{
    write(dir + "/new.toml", laneFile(60));
    const auto r = runLanectl(
        dir, {"config", "apply", dir + "/new.toml", "--target", target, "--no-reload"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.find("lane running"), std::string::npos) << r.out;
    EXPECT_NE(slurp(target).find("lock_after_seconds = 60"), std::string::npos);
}

#ifdef LANE_PATH
TEST_F(ConfigReload, ARunningLaneReloadsBySignalOrThroughSystemd)
{
    const pid_t lane
        = spawn({LANE_PATH, "--demo", "--config", target, "--data-dir", data, "--mode", "pos"});
    const std::string pidFile = lane::core::LanePidFile::pathFor(data);
    ASSERT_TRUE(waitFor([&] { return lane::core::findRunningLane(pidFile).ok(); }, 120s))
        << "the lane never held " << pidFile;
    EXPECT_EQ(lane::core::findRunningLane(pidFile)->pid, lane);

    // Not under systemd: SIGHUP to the lane, which applies the new lock period and levels.
    write(dir + "/new.toml", laneFile(45, "[logging]\nlevel = \"debug\"\n"));
    auto r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", target});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("reloaded (SIGHUP to lane pid " + std::to_string(lane) + ")"),
              std::string::npos)
        << r.out;
    EXPECT_TRUE(waitFor(
        [&] {
            return spool().find("reload: lane.lock_after_seconds applied") != std::string::npos;
        },
        30s))
        << "the lane did not reload";
    EXPECT_NE(spool().find("reload: logging applied"), std::string::npos);

    // The unit runs this lane: systemd is asked, and its ExecReload signals the lane.
    fakeSystemctl("case \"$1\" in is-active) exit 0;; show) echo " + std::to_string(lane)
                  + ";; reload) kill -HUP " + std::to_string(lane) + ";; esac");
    write(dir + "/new.toml", laneFile(50));
    r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", target});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("reloaded (systemctl reload lane.service"), std::string::npos) << r.out;
    EXPECT_NE(slurp(dir + "/systemctl.log").find("reload lane.service"), std::string::npos);

    // systemd refuses: the apply stands, the reload failure is an error.
    fakeSystemctl("case \"$1\" in is-active) exit 0;; show) echo " + std::to_string(lane)
                  + ";; reload) echo 'Job for lane.service failed.'; exit 1;; esac");
    write(dir + "/new.toml", laneFile(55));
    r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", target});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("reload failed: systemctl reload lane.service: Job for lane.service "
                         "failed."),
              std::string::npos)
        << r.err;

    // Another file for the same store: that lane is not the one reading it.
    fakeSystemctl("exit 3");
    write(dir + "/other.toml", laneFile(40));
    r = runLanectl(dir, {"config", "apply", dir + "/new.toml", "--target", dir + "/other.toml"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("no lane running for " + dir + "/other.toml"), std::string::npos) << r.out;

    ::kill(lane, SIGTERM);
    int status = 0;
    ASSERT_EQ(::waitpid(lane, &status, 0), lane);
    children.clear();
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    EXPECT_FALSE(fs::exists(pidFile)) << "a clean stop removes the pid file";
}
#endif

} // namespace
