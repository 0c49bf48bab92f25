// `lanectl telemetry flush` end to end: lanectl runs as a process against a lane
// configuration file, the receiver (FakeReceiver, or a real ClickHouse) runs in this process.
#include <gtest/gtest.h>

#include <QProcess>

#include <fstream>

#include "clickhouse.h"
#include "forwarderrig.h"
#include "telemetry/control.h"

using namespace lane::telemetry;
using namespace lane::telemetry::test;
namespace fs = std::filesystem;

namespace {

struct Run
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs lanectl while this process's event loop keeps serving the receiver.
Run lanectl(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(LANECTL_PATH), args);
    EXPECT_TRUE(p.waitForStarted(10000));
    EXPECT_TRUE(runUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs));
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

/// A lane file whose telemetry folder is the rig's directory (spool in <dir>/spool).
QString writeLaneConfig(const fs::path &dir, std::uint16_t port)
{
    const auto file = dir / "lane.toml";
    std::ofstream(file) << "[lane]\nstore = \"S0123\"\npos = \"02\"\ndata_dir = \""
                        << (dir / "data").string() << "\"\n\n[sale]\ncurrency = \"KRW\"\n\n"
                        << "[telemetry]\nendpoint = "
                        << "\"http://127.0.0.1:" << port << "/\"\nformat = \"ndjson\"\n"
                        << "spool_dir = \"" << dir.string() << "\"\n";
    return QString::fromStdString(file.string());
}

std::uint16_t closedPort()
{
    FakeReceiver probe; // take a free port, then close it: connection refused
    return probe.port();
}

} // namespace

TEST(LanectlFlushTest, SendsEverythingPendingAndSaysWhat)
{
    Rig rig("lanectl");
    FakeReceiver rx;
    const auto emitted = rig.emit(300);
    const auto config = writeLaneConfig(rig.tmp.path(), rx.port());
    const auto r = lanectl({"telemetry", "flush", "--config", config, "--timeout", "30"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("sent:             300 records in"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("still pending:    0 bytes"), std::string::npos) << r.out;
    EXPECT_EQ(unique(rx.accepted), emitted);
    auto st = telemetryStatus(rig.tmp.path() / "spool");
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->pendingBytes, 0u);
}

TEST(LanectlFlushTest, UnreachableReceiverExitsNonZeroAndKeepsEverything)
{
    Rig rig("lanectl");
    rig.emit(100);
    const auto before = telemetryStatus(rig.tmp.path() / "spool");
    ASSERT_TRUE(before.ok());
    const auto config = writeLaneConfig(rig.tmp.path(), closedPort());
    const auto r = lanectl({"telemetry", "flush", "--config", config, "--timeout", "2"});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("sent:             0 records"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("the receiver did not take everything"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("refused"), std::string::npos) << r.err;
    const auto after = telemetryStatus(rig.tmp.path() / "spool");
    EXPECT_EQ(after->pendingBytes, before->pendingBytes);
}

TEST(LanectlFlushTest, RefusedBatchExitsNonZero)
{
    Rig rig("lanectl");
    FakeReceiver rx;
    rx.script({400, {}, "Cannot parse input"});
    rig.emit(50);
    const auto config = writeLaneConfig(rig.tmp.path(), rx.port());
    const auto r = lanectl({"telemetry", "flush", "--config", config, "--timeout", "20"});
    EXPECT_EQ(r.exitCode, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("rejected batches: 1"), std::string::npos) << r.out;
    EXPECT_NE(r.err.find("HTTP 400"), std::string::npos) << r.err;
}

TEST(LanectlFlushTest, RunningForwarderDoesTheSendingNoSecondOne)
{
    Rig rig("lanectl");
    FakeReceiver rx;
    const auto emitted = rig.emit(120);
    auto cfg = rig.forwarderConfig(rx.port());
    cfg.liveBatchDelay = std::chrono::hours(1); // left alone it would wait to fill a batch
    cfg.encoder.maxRecords = 1000;
    Forwarder fw(cfg);
    ASSERT_TRUE(fw.start().ok());
    runUntil([] { return false; }, 300);
    EXPECT_TRUE(rx.accepted.empty()) << "the batch delay holds the events back";
    const auto config = writeLaneConfig(rig.tmp.path(), rx.port());
    const auto r = lanectl({"telemetry", "flush", "--config", config, "--timeout", "30"});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("by the lane's running forwarder"), std::string::npos) << r.out;
    EXPECT_EQ(unique(rx.accepted), emitted);
    EXPECT_EQ(fw.stats().recordsSent, emitted.size()) << "sent by the running forwarder";
}

TEST(LanectlFlushTest, BadUsageAndConfiguration)
{
    Rig rig("lanectl");
    EXPECT_EQ(lanectl({"telemetry", "flush", "--timeout", "soon"}).exitCode, 2);
    const auto noEndpoint = rig.tmp.path() / "spool-only.toml";
    std::ofstream(noEndpoint)
        << "[lane]\nstore = \"S0123\"\npos = \"02\"\n\n[sale]\ncurrency = \"KRW\"\n";
    const auto r
        = lanectl({"telemetry", "flush", "--config", QString::fromStdString(noEndpoint.string())});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_NE(r.err.find("telemetry.endpoint is not set"), std::string::npos) << r.err;
}

TEST(LanectlFlushTest, IntoClickHouse)
{
    qtApp();
    TempDir tmp("lanectl-ch");
    ClickHouse ch(tmp.path() / "clickhouse");
    if (!ch.start())
        GTEST_SKIP() << "ClickHouse cannot run here: " << ch.error();
    ASSERT_TRUE(ch.createEventsTable("lane_events")) << ch.error();
    Rig rig("lanectl");
    const auto emitted = rig.emit(500);
    const auto config = writeLaneConfig(rig.tmp.path(), ch.port());
    const auto r = lanectl({"telemetry", "flush", "--config", config, "--timeout", "60"});
    EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
    const auto rows = ch.keys("lane_events");
    EXPECT_EQ(std::set<Key>(rows.begin(), rows.end()), emitted);
    EXPECT_EQ(rows.size(), emitted.size());
}
