// The lane's pid file: a lane is found only through a lock its process holds, never through a
// stale file or a pid that some other program now has.
#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

#include "core/config/lanepidfile.h"

using lane::core::findRunningLane;
using lane::core::LanePidFile;

namespace {

class PidFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        char pattern[] = "/tmp/lane-pidfile-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        dir = pattern;
    }
    void TearDown() override
    {
        if (child > 0) {
            ::kill(child, SIGKILL);
            ::waitpid(child, nullptr, 0);
        }
        std::filesystem::remove_all(dir);
    }
    std::string path() const { return LanePidFile::pathFor(dir); }

    /// A child process (this test binary, so not a lane) holding the pid file's lock.
    void holdInChild()
    {
        int ready[2];
        ASSERT_EQ(::pipe(ready), 0);
        child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            LanePidFile held;
            const bool ok = held.acquire(path(), dir + "/lane.toml").ok();
            (void)!::write(ready[1], ok ? "1" : "0", 1);
            ::pause();
            ::_exit(0);
        }
        char answer = 0;
        ASSERT_EQ(::read(ready[0], &answer, 1), 1);
        ::close(ready[0]);
        ::close(ready[1]);
        ASSERT_EQ(answer, '1');
    }

    std::string dir;
    pid_t child = -1;
};

TEST_F(PidFile, NoFileMeansNoLane)
{
    const auto found = findRunningLane(path());
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, "lane.not_running");
}

TEST_F(PidFile, AStaleFileNamingALiveProcessIsNotALane)
{
    // A crash leaves the file behind; its pid may belong to anything by now (here: us).
    std::ofstream(path()) << ::getpid() << "\n" << dir << "/lane.toml\n";
    const auto found = findRunningLane(path());
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, "lane.not_running");
    EXPECT_NE(found.error().message.find("stale"), std::string::npos) << found.error().message;
}

TEST_F(PidFile, AHolderThatIsNotALaneIsRefused)
{
    holdInChild();
    const auto found = findRunningLane(path());
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, "lane.not_a_lane");
    EXPECT_NE(found.error().message.find("pid " + std::to_string(child)), std::string::npos)
        << found.error().message;
}

TEST_F(PidFile, TheLockHolderMustBeThePidInTheFile)
{
    holdInChild();
    // Someone rewrote the file; the kernel still names the holder.
    std::ofstream(path()) << (child + 1) << "\n";
    const auto found = findRunningLane(path());
    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().code, "lane.not_a_lane");
}

TEST_F(PidFile, ASecondLaneOnTheSameStoreIsRefusedAndReleaseRemovesTheFile)
{
    holdInChild();
    LanePidFile second;
    const auto held = second.acquire(path(), "");
    ASSERT_FALSE(held.ok());
    EXPECT_EQ(held.error().code, "lane.already_running");

    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    child = -1;
    // The killed holder left its file; its lock went with it.
    EXPECT_EQ(findRunningLane(path()).error().code, "lane.not_running");
    ASSERT_TRUE(second.acquire(path(), "lane.toml").ok());
    std::ifstream in(path());
    std::string pid, config;
    std::getline(in, pid);
    std::getline(in, config);
    EXPECT_EQ(pid, std::to_string(::getpid()));
    EXPECT_EQ(config.front(), '/') << "recorded absolute: " << config;
    second.release();
    EXPECT_FALSE(std::filesystem::exists(path()));
}

} // namespace
