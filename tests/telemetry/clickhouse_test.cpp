// Integration tests against a real ClickHouse 18.16 on 127.0.0.1 (started per test process
// by scripts/clickhouse-start). Each ends with the set of (device, boot, seq) in ClickHouse
// (FINAL, deduplicated) equal to what was emitted, minus what was evicted and reported.
#include <csignal>
#include <random>

#include <gtest/gtest.h>

#include <QProcess>

#include "clickhouse.h"
#include "qtapp.h"
#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"
#include "testutil.h"

using namespace lane::telemetry;
using namespace lane::telemetry::test;
using lane::core::Severity;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

#ifndef LANE_KILL_ROUNDS
#define LANE_KILL_ROUNDS 3
#endif

namespace {

class ClickHouseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qtApp();
        tmp = std::make_unique<TempDir>("ch");
        ch = std::make_unique<ClickHouse>(tmp->path() / "clickhouse");
        if (!ch->start())
            GTEST_SKIP() << "ClickHouse cannot run here: " << ch->error();
        ASSERT_TRUE(ch->createEventsTable(table)) << ch->error();
    }

    std::shared_ptr<Telemetry> makeTelemetry(std::uint64_t budget = 256 << 20,
                                             std::uint64_t segmentMax = 4 << 20)
    {
        TelemetryConfig cfg;
        cfg.resource = testResource();
        cfg.spool.dir = spool();
        cfg.spool.budgetBytes = budget;
        cfg.spool.segmentMaxBytes = segmentMax;
        cfg.heartbeatInterval = 3600s;
        cfg.summaryInterval = 3600s;
        cfg.dropReportInterval = 0s;
        return *Telemetry::create(cfg);
    }

    ForwarderConfig forwarderConfig(std::uint16_t port)
    {
        ForwarderConfig f;
        f.spoolDir = spool();
        f.archiveDir = tmp->path() / "archive";
        f.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        f.format = Format::ClickHouse;
        f.compression = Compression::Gzip;
        f.clickhouseTable = table;
        f.liveBatchDelay = 100ms;
        f.pollInterval = 20ms;
        f.backoffMin = 50ms;
        f.backoffMax = 400ms;
        f.encoder.maxRecords = 1000;
        return f;
    }

    fs::path spool() const { return tmp->path() / "spool"; }

    std::set<Key> sinkKeysExactlyOnce()
    {
        const auto rows = ch->keys(table);
        std::set<Key> unique(rows.begin(), rows.end());
        EXPECT_EQ(unique.size(), rows.size()) << "duplicates left after FINAL";
        return unique;
    }

    std::string table = "lane_events";
    std::unique_ptr<TempDir> tmp;
    std::unique_ptr<ClickHouse> ch;
};

// The `long` variant gets its own suite name so CTest keeps both sets of tests apart.
#if LANE_KILL_ROUNDS > 3
class ClickHouseLongTest : public ClickHouseTest
{};
#define LANE_CH_SUITE ClickHouseLongTest
#else
#define LANE_CH_SUITE ClickHouseTest
#endif

} // namespace

TEST_F(LANE_CH_SUITE, OnlineDelivery)
{
    auto t = makeTelemetry();
    Forwarder fw(forwarderConfig(ch->port()));
    ASSERT_TRUE(fw.start().ok());
    for (int i = 0; i < 3000; ++i) {
        t->emit(i % 7 ? Severity::Info : Severity::Error, i % 7 ? "scan.read" : "device.error",
                "event " + std::to_string(i), {{"i", std::int64_t{i}}});
        if (i % 500 == 0)
            runUntil([] { return false; }, 5);
    }
    t->flush();
    const auto emitted = spoolAndArchiveKeys(spool(), tmp->path() / "archive");
    ASSERT_EQ(emitted.size(), 3000u);
    ASSERT_TRUE(runUntil([&] { return fw.idle() && fw.stats().recordsSent >= 3000; }, 30000));
    EXPECT_EQ(sinkKeysExactlyOnce(), emitted);
}

TEST_F(LANE_CH_SUITE, OutageWhileEventsKeepComing)
{
    auto t = makeTelemetry(256 << 20, 32 * 1024);
    Forwarder fw(forwarderConfig(ch->port()));
    ASSERT_TRUE(fw.start().ok());
    auto emitSome = [&](int n) {
        for (int i = 0; i < n; ++i)
            t->emit(Severity::Info, "sale.finalized", "sale", {{"i", std::int64_t{i}}});
        t->flush();
    };
    emitSome(500);
    ASSERT_TRUE(runUntil([&] { return fw.idle() && fw.stats().recordsSent >= 500; }, 20000));
    ch->stop();
    for (int k = 0; k < 5; ++k) {
        emitSome(300);
        runUntil([] { return false; }, 200); // the forwarder keeps trying meanwhile
    }
    EXPECT_GT(fw.stats().retries, 0u);
    ASSERT_TRUE(ch->start()) << ch->error();
    emitSome(200);
    const auto emitted = spoolAndArchiveKeys(spool(), tmp->path() / "archive");
    ASSERT_EQ(emitted.size(), 2200u);
    ASSERT_TRUE(runUntil([&] { return fw.idle() && fw.stats().recordsSent >= 2200; }, 30000));
    EXPECT_EQ(sinkKeysExactlyOnce(), emitted);
}

TEST_F(LANE_CH_SUITE, SigkillWhileSending)
{
    const QString helper = QString::fromStdString(
        (fs::path(LANE_BINARY_DIR) / "tests_telemetry" / "telemetry_emit_forward").string());
    QString exe = helper;
    if (!fs::exists(exe.toStdString()))
        exe = QString::fromStdString(
            (fs::path(LANE_BINARY_DIR) / "tests" / "telemetry" / "telemetry_emit_forward")
                .string());
    ASSERT_TRUE(fs::exists(exe.toStdString())) << exe.toStdString();
    const QStringList args
        = {QString::fromStdString(spool().string()),
           QStringLiteral("http://127.0.0.1:%1/").arg(ch->port()), QStringLiteral("4000"),
           QStringLiteral("4000"), QString::fromStdString(table)};
    std::mt19937 rng(std::random_device{}());
    std::uniform_int_distribution<int> when(50, 900);
    for (int round = 0; round < LANE_KILL_ROUNDS; ++round) {
        QProcess p;
        p.start(exe, args);
        ASSERT_TRUE(p.waitForStarted());
        p.waitForFinished(when(rng));
        if (p.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            p.waitForFinished();
        }
    }
    QProcess last;
    last.start(exe, QStringList(args.begin(), args.begin() + 2) << "100"
                                                                << "1000" << args[4]);
    ASSERT_TRUE(last.waitForFinished(120000));
    ASSERT_EQ(last.exitCode(), 0) << last.readAllStandardError().toStdString();
    const auto emitted = spoolAndArchiveKeys(spool(), tmp->path() / "archive");
    EXPECT_GE(emitted.size(), 100u);
    EXPECT_EQ(sinkKeysExactlyOnce(), emitted);
}

TEST_F(LANE_CH_SUITE, DiskBudgetOverflowEvictsOnlyLowPriority)
{
    // Offline with a small budget: chatter gets evicted, payments and the drop report stay.
    auto t = makeTelemetry(256 * 1024, 16 * 1024);
    for (int i = 0; i < 6000; ++i) {
        t->emit(Severity::Debug, "ui.debug", "chatter " + std::to_string(i), {});
        if (i % 20 == 0)
            t->emit(Severity::Info, "payment.approved", "pay", {{"i", std::int64_t{i}}});
        if (i % 200 == 0)
            t->flush();
    }
    t->flush();
    t->stop();
    const auto c = t->counters();
    ASSERT_GT(c.spool.evictedLines, 0u);
    const auto emitted = spoolAndArchiveKeys(spool(), tmp->path() / "archive");
    Forwarder fw(forwarderConfig(ch->port()));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(
        runUntil([&] { return fw.idle() && fw.stats().recordsSent >= emitted.size(); }, 30000));
    EXPECT_EQ(sinkKeysExactlyOnce(), emitted);
    EXPECT_EQ(ch->count(table, "name = 'payment.approved'"), 300);
    EXPECT_EQ(ch->count(table, "name = 'ui.debug'")
                  + static_cast<std::int64_t>(c.spool.evictedLines)
                  + static_cast<std::int64_t>(c.spool.droppedOverBudget),
              6000);
    EXPECT_GE(ch->count(table, "name = 'telemetry.dropped'"), 1);
    auto reported = ch->query("SELECT max(toUInt64(visitParamExtractUInt(attributes, "
                              "'evicted_lines'))) FROM "
                              + table + " FINAL WHERE name = 'telemetry.dropped'");
    ASSERT_TRUE(reported);
    EXPECT_EQ(std::stoull(*reported), c.spool.evictedLines) << "what was evicted is reported";
}
