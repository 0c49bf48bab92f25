#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <map>

#include "fakereceiver.h"
#include "forwarderrig.h"
#include "qtapp.h"
#include "telemetry/control.h"
#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"
#include "testutil.h"

using namespace lane::telemetry;
using namespace lane::telemetry::test;
using lane::core::Severity;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

TEST(ForwarderTest, DeliversEverythingOnlineExactlyOnce)
{
    Rig rig("fwd");
    FakeReceiver rx;
    const auto emitted = rig.emit(1000);
    Forwarder fw(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return rx.accepted.size() >= emitted.size() && fw.idle(); }, 20000));
    EXPECT_EQ(unique(rx.accepted), emitted);
    EXPECT_EQ(rx.accepted.size(), emitted.size()) << "no duplicates without failures";
    EXPECT_EQ(fw.stats().recordsSent, emitted.size());
    auto st = telemetryStatus(rig.tmp.path() / "spool");
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->pendingBytes, 0u);
    EXPECT_TRUE(st->lastSuccess.has_value());
    EXPECT_TRUE(st->forwarderRunning);
}

TEST(ForwarderTest, RetriesOn500And429AndHonoursRetryAfter)
{
    Rig rig("fwd");
    FakeReceiver rx;
    rx.script({500, {}, "boom"});
    rx.script({429, "Retry-After: 1\r\n", "slow down"});
    const auto emitted = rig.emit(300);
    Forwarder fw(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && fw.idle(); }, 20000));
    EXPECT_EQ(fw.stats().retries, 2u);
    ASSERT_GE(rx.requests.size(), 3u);
    EXPECT_EQ(rx.requests[1].status, 429);
    EXPECT_GE(rx.requests[2].atMs - rx.requests[1].atMs, 900) << "Retry-After: 1 honoured";
    EXPECT_EQ(fw.stats().rejectedBatches, 0u);
}

TEST(ForwarderTest, PermanentErrorSetsBatchAsideAndMovesOn)
{
    Rig rig("fwd");
    FakeReceiver rx;
    rx.script({400, {}, "Cannot parse input"});
    const auto emitted = rig.emit(500);
    auto cfg = rig.forwarderConfig(rx.port());
    Forwarder fw(cfg);
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return fw.idle() && fw.stats().recordsSent > 0; }, 20000));
    EXPECT_EQ(fw.stats().rejectedBatches, 1u);
    EXPECT_EQ(rx.accepted.size() + fw.stats().rejectedRecords, emitted.size());
    EXPECT_EQ(std::count(rig.reports.names.begin(), rig.reports.names.end(), "telemetry.rejected"),
              1);
    auto st = telemetryStatus(cfg.spoolDir);
    EXPECT_EQ(st->rejectedBatches, 1u);
    bool found = false;
    for (const auto &e : fs::directory_iterator(defaultStateDir(cfg.spoolDir) / "rejected"))
        if (e.path().extension() == ".reply") {
            std::ifstream in(e.path());
            std::string all((std::istreambuf_iterator<char>(in)), {});
            EXPECT_NE(all.find("status 400"), std::string::npos);
            EXPECT_NE(all.find("Cannot parse input"), std::string::npos);
            found = true;
        }
    EXPECT_TRUE(found);
}

TEST(ForwarderTest, TooLargeSplitsTheBatchInsteadOfRejecting)
{
    Rig rig("fwd");
    FakeReceiver rx;
    rx.script({413, {}, "too big"});
    rx.script({413, {}, "still too big"});
    const auto emitted = rig.emit(150);
    Forwarder fw(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && fw.idle(); }, 20000));
    EXPECT_EQ(fw.stats().rejectedBatches, 0u);
    EXPECT_EQ(rx.accepted.size(), emitted.size());
    ASSERT_GE(rx.requests.size(), 4u);
    EXPECT_EQ(rx.requests[0].status, 413);
    EXPECT_EQ(rx.requests[1].status, 413);
    EXPECT_EQ(rx.requests[2].rows, 37u) << "halved twice: 150 -> 75 -> 37";
}

TEST(ForwarderTest, LiveEventOvertakesTheBacklog)
{
    Rig rig("fwd", 8 * 1024);
    FakeReceiver rx;
    rx.setDelayMs(20);
    const auto backlog = rig.emit(2000, "ui.debug", Severity::Info); // low priority, ~60 segments
    auto cfg = rig.forwarderConfig(rx.port());
    cfg.encoder.maxRecords = 50;
    Forwarder fw(cfg);
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return rx.accepted.size() > 200; }, 20000));
    rig.telemetry->emit(Severity::Info, "device.recovered", "printer back", {});
    rig.telemetry->flush();
    ASSERT_TRUE(
        runUntil([&] { return fw.idle() && rx.accepted.size() >= backlog.size() + 1; }, 60000));
    const auto it = std::find(rx.names.begin(), rx.names.end(), "device.recovered");
    ASSERT_NE(it, rx.names.end());
    EXPECT_LT(static_cast<std::size_t>(it - rx.names.begin()), backlog.size() / 2)
        << "the recovery went out long before the backlog finished";
    EXPECT_GT(fw.stats().archivedSegments, 10u) << "shipped segments leave the spool";
    const auto got = unique(rx.accepted);
    EXPECT_TRUE(std::includes(got.begin(), got.end(), backlog.begin(), backlog.end()));
}

TEST(ForwarderTest, TornLineInOldSegmentIsSkippedAndCounted)
{
    Rig rig("fwd");
    FakeReceiver rx;
    const auto spool = rig.tmp.path() / "spool";
    fs::create_directories(spool);
    auto emitted = rig.emit(20);
    const auto seg = listSegments(spool).back();
    {
        std::ofstream out(spool / seg.file, std::ios::app | std::ios::binary);
        out << R"({"ts":1,"sev":"INFO","name":"sale.fi)";
    }
    // A new process starts a new segment; the torn one is now closed.
    TelemetryConfig cfg;
    cfg.resource = testResource();
    cfg.spool.dir = spool;
    cfg.writerThread = false;
    auto t2 = *Telemetry::create(cfg);
    for (int i = 0; i < 5; ++i)
        t2->emit(Severity::Info, "sale.finalized", "after restart", {});
    t2->flush();
    emitted = rig.spoolKeys();
    Forwarder fw(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && fw.idle(); }, 20000));
    EXPECT_EQ(fw.stats().tornLines, 1u);
}

TEST(ForwarderTest, FlushWithoutARunningForwarderDrainsAndStatusShowsIt)
{
    Rig rig("fwd");
    FakeReceiver rx;
    rig.emit(100);
    auto cfg = rig.forwarderConfig(rx.port());
    auto before = telemetryStatus(cfg.spoolDir);
    ASSERT_TRUE(before.ok());
    EXPECT_GT(before->pendingBytes, 0u);
    EXPECT_TRUE(before->oldestPendingAge.has_value());
    EXPECT_FALSE(before->forwarderRunning);
    auto flushed = telemetryFlush(cfg, 10s);
    ASSERT_TRUE(flushed.ok()) << flushed.error().message;
    EXPECT_TRUE(flushed->complete());
    EXPECT_FALSE(flushed->viaRunningForwarder);
    EXPECT_EQ(flushed->records, 100u);
    EXPECT_GE(flushed->batches, 1u);
    EXPECT_EQ(flushed->spoolBytes, before->pendingBytes);
    EXPECT_EQ(flushed->pendingBytes, 0u);
    auto after = telemetryStatus(cfg.spoolDir);
    EXPECT_EQ(after->pendingBytes, 0u);
    EXPECT_EQ(rx.accepted.size(), 100u);
}

TEST(ForwarderTest, SecondForwarderOnTheSameSpoolIsRefused)
{
    Rig rig("fwd");
    FakeReceiver rx;
    Forwarder a(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(a.start().ok());
    Forwarder b(rig.forwarderConfig(rx.port()));
    auto st = b.start();
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "telemetry.forwarder_busy");
}

TEST(ForwarderTest, DeadReceiverKeepsDataUntilItComesBack)
{
    Rig rig("fwd");
    quint16 port = 0;
    {
        FakeReceiver probe; // take a free port, then close it: connection refused
        port = probe.port();
    }
    const auto emitted = rig.emit(200);
    Forwarder fw(rig.forwarderConfig(port));
    ASSERT_TRUE(fw.start().ok());
    runUntil([&] { return fw.stats().retries >= 3; }, 10000);
    EXPECT_GE(fw.stats().retries, 3u);
    EXPECT_EQ(fw.stats().recordsSent, 0u);
    fw.stop();
    FakeReceiver rx;
    Forwarder again(rig.forwarderConfig(rx.port()));
    ASSERT_TRUE(again.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && again.idle(); }, 20000));
}

TEST(ForwarderTest, SpoolStateAndRejectedFilesAreOwnerOnly)
{
    const mode_t savedMask = ::umask(022); // the usual default: files 0644 unless asked
    Rig rig("fwd");
    FakeReceiver rx;
    rx.script({400, {}, "Cannot parse input"});
    rig.emit(50, "payment.approved");
    rig.emit(50, "scan.read", Severity::Debug);
    auto cfg = rig.forwarderConfig(rx.port());
    Forwarder fw(cfg);
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return fw.idle() && fw.stats().recordsSent > 0; }, 20000));
    ASSERT_EQ(fw.stats().rejectedBatches, 1u);
    std::size_t files = 0;
    for (const auto &top : {cfg.spoolDir, defaultStateDir(cfg.spoolDir), cfg.archiveDir}) {
        ASSERT_TRUE(fs::is_directory(top)) << top;
        EXPECT_EQ(fs::status(top).permissions(), fs::perms::owner_all) << top;
        for (const auto &e : fs::recursive_directory_iterator(top)) {
            const auto perms = e.status().permissions();
            if (e.is_directory()) {
                EXPECT_EQ(perms, fs::perms::owner_all) << e.path();
            } else {
                ++files;
                EXPECT_EQ(perms, fs::perms::owner_read | fs::perms::owner_write) << e.path();
            }
        }
    }
    EXPECT_GE(files, 6u) << "segments, checkpoints, lock, rejected body and reply";
    ::umask(savedMask);
}

TEST(ForwarderTest, ExistingOpenSpoolAndStateDirectoriesAreClosedToOthers)
{
    qtApp();
    TempDir tmp("fwd");
    const auto spool = tmp.path() / "spool";
    const auto state = defaultStateDir(spool);
    const auto open = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                      | fs::perms::others_read | fs::perms::others_exec;
    for (const auto &dir : {spool, state}) {
        fs::create_directories(dir);
        fs::permissions(dir, open);
    }
    TelemetryConfig cfg;
    cfg.resource = testResource();
    cfg.spool.dir = spool;
    cfg.writerThread = false;
    auto t = Telemetry::create(cfg);
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(fs::status(spool).permissions(), fs::perms::owner_all);
    ForwarderConfig f;
    f.spoolDir = spool;
    f.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    Forwarder fw(f);
    ASSERT_TRUE(fw.start().ok());
    EXPECT_EQ(fs::status(state).permissions(), fs::perms::owner_all);
}

TEST(ForwarderTest, DrainLetsTheBatchInFlightFinishThenANewReceiverGetsTheRestOnce)
{
    // A lane moved to another log platform: the old forwarder stops after its request in
    // flight is answered, the new one starts at its checkpoint. Nothing lost, nothing twice.
    Rig rig("fwd");
    FakeReceiver a;
    FakeReceiver b;
    auto emitted = rig.emit(1000);
    Forwarder first(rig.forwarderConfig(a.port()));
    ASSERT_TRUE(first.start().ok());
    // A has taken a batch whose reply has not reached the forwarder yet.
    ASSERT_TRUE(runUntil([&] { return a.accepted.size() >= 200; }, 20000));
    a.hold();
    ASSERT_TRUE(runUntil([&] { return a.held() > 0; }, 20000));
    ASSERT_GT(a.accepted.size(), first.stats().recordsSent);
    bool drained = false;
    QObject::connect(&first, &Forwarder::drained, [&] { drained = true; });
    first.drain(10s);
    EXPECT_TRUE(first.draining());
    EXPECT_FALSE(runUntil([&] { return drained; }, 300)) << "drained with a request in flight";
    a.release();
    ASSERT_TRUE(runUntil([&] { return drained; }, 20000));
    EXPECT_EQ(first.stats().recordsSent, a.accepted.size()) << "the batch in flight was acked";
    EXPECT_LT(a.accepted.size(), emitted.size()) << "the test must switch mid-way";
    const auto atA = a.accepted.size();

    Forwarder second(rig.forwarderConfig(b.port()));
    ASSERT_TRUE(second.start().ok()) << "the drained forwarder released the spool";
    for (const auto &key : rig.emit(300))
        emitted.insert(key);
    ASSERT_TRUE(runUntil(
        [&] { return a.accepted.size() + b.accepted.size() >= emitted.size() && second.idle(); },
        20000));
    EXPECT_EQ(a.accepted.size(), atA) << "nothing more reached the old receiver";
    std::set<Key> all = unique(a.accepted);
    for (const auto &key : b.accepted) {
        EXPECT_EQ(all.count(key), 0u) << "delivered twice: seq " << std::get<2>(key);
        all.insert(key);
    }
    EXPECT_EQ(all, emitted);
    EXPECT_EQ(a.accepted.size() + b.accepted.size(), emitted.size());
}

TEST(ForwarderTest, DrainOfAnIdleOrUnstartedForwarderFinishesAtOnce)
{
    Rig rig("fwd");
    FakeReceiver rx;
    Forwarder never(rig.forwarderConfig(rx.port()));
    bool drained = false;
    QObject::connect(&never, &Forwarder::drained, [&] { drained = true; });
    never.drain(10s);
    ASSERT_TRUE(runUntil([&] { return drained; }, 5000));
    Forwarder next(rig.forwarderConfig(rx.port()));
    EXPECT_TRUE(next.start().ok());
}
