#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>

#include "telemetry/emitring.h"
#include "telemetry/telemetry.h"
#include "testutil.h"

using namespace lane::telemetry;
using namespace lane::telemetry::test;
using lane::core::EventAttribute;
using lane::core::Severity;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct Pushed
{
    std::uint64_t seq;
    std::string name;
    std::string message;
    std::vector<EventAttribute> attributes;
};

std::vector<Pushed> readAll(const EmitRing &ring, std::uint64_t from, std::uint64_t to)
{
    std::vector<Pushed> out;
    ring.read(from, to, [&](RingEvent &ev) {
        out.push_back({ev.seq, std::string(ev.name), std::string(ev.message), ev.attributes});
    });
    return out;
}

bool sameAttributes(const std::vector<EventAttribute> &a, const std::vector<EventAttribute> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].value != b[i].value)
            return false;
    return true;
}

TelemetryConfig ringConfig(const fs::path &dir)
{
    TelemetryConfig cfg;
    cfg.resource = testResource();
    cfg.spool.dir = dir / "spool";
    cfg.ringFile = dir / "events.ring";
    cfg.heartbeatInterval = 3600s;
    cfg.summaryInterval = 3600s;
    cfg.writerThread = false;
    return cfg;
}

} // namespace

TEST(EmitRingTest, EventsComeBackAsTheyWentInWithEveryAttributeType)
{
    auto ring = EmitRing::open({}, 1 << 16);
    ring.begin("boot-a");
    EXPECT_FALSE(ring.crashSafe());
    const std::vector<EventAttribute> attrs = {{"text", std::string("가나 \"q\"")},
                                               {"amount", std::int64_t{-4200}},
                                               {"ok", true},
                                               {"empty", std::string()}};
    ASSERT_TRUE(ring.push(11, 1, Severity::Error, "device.error", "printer offline", attrs));
    ASSERT_TRUE(ring.push(12, 2, Severity::Debug, "x", "", {}));
    const auto got = readAll(ring, ring.tail(), ring.head());
    ASSERT_EQ(got.size(), 2u);
    EXPECT_EQ(got[0].seq, 1u);
    EXPECT_EQ(got[0].name, "device.error");
    EXPECT_EQ(got[0].message, "printer offline");
    EXPECT_TRUE(sameAttributes(got[0].attributes, attrs));
    EXPECT_EQ(got[1].name, "x");
    EXPECT_TRUE(got[1].attributes.empty());
}

TEST(EmitRingTest, WrapsAroundInOrderAndRefusesWhatDoesNotFit)
{
    auto ring = EmitRing::open({}, 4096);
    ring.begin("boot");
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> len(0, 300);
    std::uint64_t seq = 0;
    std::vector<Pushed> expected;
    for (int round = 0; round < 400; ++round) {
        // Fill until refused, then read and release everything.
        for (;;) {
            Pushed p{++seq,
                     "scan.read",
                     std::string(std::size_t(len(rng)), 'm'),
                     {{"k", std::string(std::size_t(len(rng)) / 4, 'v')}}};
            if (!ring.push(seq, seq, Severity::Info, p.name, p.message, p.attributes)) {
                --seq;
                break;
            }
            expected.push_back(std::move(p));
        }
        ASSERT_FALSE(expected.empty());
        const auto got = readAll(ring, ring.tail(), ring.head());
        ASSERT_EQ(got.size(), expected.size()) << "round " << round;
        for (std::size_t i = 0; i < got.size(); ++i) {
            ASSERT_EQ(got[i].seq, expected[i].seq);
            ASSERT_EQ(got[i].message, expected[i].message);
            ASSERT_TRUE(sameAttributes(got[i].attributes, expected[i].attributes));
        }
        ring.release(ring.head());
        expected.clear();
    }
    EXPECT_GT(ring.head(), 4096u * 100) << "the ring must have wrapped many times";
    EXPECT_FALSE(ring.push(1, 1, Severity::Info, "big", std::string(5000, 'x'), {}));
}

TEST(EmitRingTest, ASecondHolderOfTheFileGetsAMemoryRingAndSaysWhy)
{
    TempDir tmp("ring-lock");
    auto first = EmitRing::open(tmp.path() / "r.ring", 8192);
    first.begin("a");
    EXPECT_TRUE(first.crashSafe());
    auto second = EmitRing::open(tmp.path() / "r.ring", 8192);
    EXPECT_FALSE(second.crashSafe());
    EXPECT_NE(second.fallbackReason().find("in use by another process"), std::string::npos);
    second.begin("b");
    EXPECT_TRUE(second.push(1, 1, Severity::Info, "still", "works", {}));
}

TEST(EmitRingTest, AFileThatIsNotARingStartsOver)
{
    TempDir tmp("ring-garbage");
    const auto file = tmp.path() / "r.ring";
    {
        std::ofstream out(file, std::ios::binary);
        std::mt19937 rng(3);
        for (int i = 0; i < 20000; ++i)
            out.put(static_cast<char>(rng()));
    }
    auto ring = EmitRing::open(file, 8192);
    EXPECT_TRUE(ring.crashSafe());
    EXPECT_EQ(ring.recovery().to, ring.recovery().from);
    ring.begin("b");
    EXPECT_TRUE(ring.push(1, 1, Severity::Info, "n", "m", {}));
    EXPECT_EQ(fs::file_size(file), 128u + 8192u);
}

TEST(EmitRingTest, DamagedRecordsStopRecoveryWithoutReadingOutside)
{
    TempDir tmp("ring-damaged");
    const auto file = tmp.path() / "r.ring";
    std::mt19937 rng(11);
    for (int trial = 0; trial < 200; ++trial) {
        {
            auto ring = EmitRing::open(file, 4096);
            ring.begin("old");
            for (std::uint64_t i = 1; i <= 20; ++i)
                ring.push(i, i, Severity::Info, "e", std::string(i * 7, 'x'),
                          {{"n", std::int64_t(i)}, {"s", std::string("v")}});
            ring.release(0);
            // Left behind as a crash would leave it (the destructor only unmaps and closes).
        }
        const bool damage = trial % 2 == 1; // even trials: the same file left intact
        if (damage) {
            std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
            for (int k = 0; k < 4; ++k) {
                f.seekp(128 + std::uniform_int_distribution<int>(0, 4095)(rng));
                f.put(static_cast<char>(rng()));
            }
        }
        auto ring = EmitRing::open(file, 4096);
        ASSERT_TRUE(ring.crashSafe());
        // Without a checksum a flipped byte in a value reads as another value; what must
        // hold is that decoding stays inside the ring (ASan) and stops at broken framing.
        const auto got = readAll(ring, ring.recovery().from, ring.recovery().to);
        if (damage) {
            EXPECT_LE(got.size(), 20u);
        } else {
            ASSERT_EQ(got.size(), 20u);
            for (std::size_t i = 0; i < got.size(); ++i)
                EXPECT_EQ(got[i].seq, i + 1);
        }
        fs::remove(file);
    }
}

// The point of the ring: a process killed right after emit() returned loses nothing. The
// child accepts events and is SIGKILLed before anything drains them; the next process on
// the same spool writes them, redacted, under the dead process's boot id and sequence.
TEST(EmitRingTest, EventsOfAKilledProcessAreWrittenByTheNextOneOnce)
{
    TempDir tmp("ring-kill");
    const auto cfg = ringConfig(tmp.path());
    int pipeFd[2];
    ASSERT_EQ(::pipe(pipeFd), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipeFd[0]);
        auto t = Telemetry::create(cfg);
        if (!t || !(*t)->crashSafe())
            ::_exit(3);
        for (int i = 0; i < 50; ++i)
            (*t)->emit(Severity::Info, "sale.finalized", "card 4111 1111 1111 1111 sale",
                       {{"i", std::int64_t{i}}});
        const std::string boot = (*t)->bootId();
        (void)!::write(pipeFd[1], boot.data(), boot.size());
        ::close(pipeFd[1]);
        ::raise(SIGKILL);
        ::_exit(4);
    }
    ::close(pipeFd[1]);
    char buf[128] = {};
    const auto n = ::read(pipeFd[0], buf, sizeof buf - 1);
    ::close(pipeFd[0]);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exit " << WEXITSTATUS(status);
    ASSERT_GT(n, 0);
    const std::string deadBoot(buf, std::size_t(n));
    EXPECT_TRUE(readSpool(cfg.spool.dir).empty()) << "nothing was drained before the kill";

    {
        auto t = *Telemetry::create(cfg);
        EXPECT_EQ(t->recoveredEvents(), 50u);
        t->stop();
    }
    {
        auto again = *Telemetry::create(cfg);
        EXPECT_EQ(again->recoveredEvents(), 0u) << "recovered twice";
        again->stop();
    }
    const auto records = readSpool(cfg.spool.dir);
    std::vector<std::uint64_t> seqs;
    std::size_t recoveredReports = 0;
    for (const auto &r : records) {
        if (r.name == "sale.finalized") {
            EXPECT_EQ(r.boot, deadBoot);
            EXPECT_EQ(r.message.find("4111"), std::string::npos) << r.message;
            seqs.push_back(r.seq);
        }
        if (r.name == "telemetry.recovered")
            ++recoveredReports;
    }
    ASSERT_EQ(seqs.size(), 50u);
    for (std::size_t i = 0; i < seqs.size(); ++i)
        EXPECT_EQ(seqs[i], i + 1);
    EXPECT_EQ(recoveredReports, 1u);
    EXPECT_FALSE(fs::exists(cfg.ringFile)) << "a clean stop leaves no ring behind";
}

TEST(EmitRingTest, ASpoolThatCannotOpenLeavesTheDeadProcesssEventsForTheNextStart)
{
    TempDir tmp("ring-nospool");
    auto cfg = ringConfig(tmp.path());
    {
        auto ring = EmitRing::open(cfg.ringFile, cfg.ringBytes);
        ring.begin("dead-boot");
        for (std::uint64_t i = 1; i <= 5; ++i)
            ASSERT_TRUE(ring.push(i, i, Severity::Info, "sale.finalized", "m", {}));
    } // left as a crash leaves it
    {
        std::ofstream(tmp.path() / "file") << "x";
    }
    auto blocked = cfg;
    blocked.spool.dir = tmp.path() / "file" / "spool"; // under a regular file: cannot exist
    EXPECT_FALSE(Telemetry::create(blocked).ok());

    auto t = Telemetry::create(cfg);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ((*t)->recoveredEvents(), 5u);
    (*t)->stop();
    std::size_t found = 0;
    for (const auto &r : readSpool(cfg.spool.dir))
        if (r.name == "sale.finalized" && r.boot == "dead-boot")
            ++found;
    EXPECT_EQ(found, 5u);
}

TEST(EmitRingTest, DefaultRingFileIsInSharedMemoryAndPerSpool)
{
    const char *set = std::getenv("LANE_RING_DIR");
    const std::string saved = set ? set : "";
    ::unsetenv("LANE_RING_DIR");
    const auto a = defaultRingFile("/var/lib/lane/telemetry/spool");
    const auto b = defaultRingFile("/var/lib/lane2/telemetry/spool");
    EXPECT_EQ(a.parent_path(), fs::path("/dev/shm"));
    EXPECT_NE(a, b);
    EXPECT_EQ(a, defaultRingFile("/var/lib/lane/telemetry/spool/"));
    ::setenv("LANE_RING_DIR", "/run/lane", 1);
    EXPECT_EQ(defaultRingFile("/var/lib/lane/telemetry/spool").parent_path(),
              fs::path("/run/lane"));
    if (set)
        ::setenv("LANE_RING_DIR", saved.c_str(), 1);
    else
        ::unsetenv("LANE_RING_DIR");
}
