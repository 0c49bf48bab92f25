// A reload moves telemetry to another receiver while the lane runs: events before the reload
// reach A, events after it reach B, and together they are everything, each once.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include "app/lane/configreloader.h"
#include "app/lane/forwarderswitch.h"
#include "telemetry/configmapping.h"
#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"
#include "tests/telemetry/fakereceiver.h"

using lane::app::ConfigReloader;
using lane::app::ForwarderSwitch;
using lane::telemetry::test::FakeReceiver;
using lane::telemetry::test::Key;
using namespace std::chrono_literals;

namespace {

bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

void tune(lane::telemetry::ForwarderConfig &config)
{
    config.pollInterval = 20ms;
    config.liveBatchDelay = 20ms;
    config.backoffMin = 20ms;
    config.backoffMax = 200ms;
    config.encoder.maxRecords = 25; // several batches, so a reload lands between two
}

class Move : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        write(a.port(), "ndjson");
        const auto report = lane::core::loadConfig(file().toStdString());
        ASSERT_TRUE(report.ok());
        config = *report.config;
        lane::telemetry::TelemetryConfig tc;
        tc.resource = {"S0001", "01", "S0001-01", "test", "pos", "S0001-01"};
        tc.spool.dir = lane::telemetry::spoolDirOf(config);
        tc.heartbeatInterval = 3600s;
        tc.summaryInterval = 3600s;
        auto created = lane::telemetry::Telemetry::create(tc);
        ASSERT_TRUE(created.ok()) << created.error().message;
        telemetry = std::move(created).value();
    }
    void TearDown() override
    {
        if (telemetry) {
            telemetry->stop();
        }
    }
    QString file() const { return dir.filePath(QStringLiteral("lane.toml")); }
    void write(quint16 port, const char *format)
    {
        QFile out(file());
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QStringLiteral("[lane]\nstore = \"S0001\"\npos = \"01\"\ndata_dir = \"%1\"\n"
                                 "[sale]\ncurrency = \"KRW\"\n[telemetry]\n"
                                 "endpoint = \"http://127.0.0.1:%2/\"\nformat = \"%3\"\n")
                      .arg(dir.filePath(QStringLiteral("data")))
                      .arg(port)
                      .arg(QLatin1String(format))
                      .toUtf8());
    }
    /// Emits `n` events and returns their (device, boot, seq).
    std::set<Key> emit(int n)
    {
        const auto first = telemetry->counters().emitted + 1;
        for (int i = 0; i < n; ++i) {
            telemetry->emit(lane::core::Severity::Info, "sale.finalized", "sale", {});
        }
        telemetry->flush();
        std::set<Key> keys;
        for (auto seq = first; seq < first + static_cast<std::uint64_t>(n); ++seq) {
            keys.insert({"S0001-01", telemetry->bootId(), seq});
        }
        return keys;
    }
    lane::telemetry::Forwarder *startFirst(QObject &owner)
    {
        auto mapped = lane::telemetry::forwarderConfigFor(config);
        EXPECT_TRUE(mapped.ok());
        auto settings = std::move(mapped).value();
        tune(settings);
        auto *forwarder = new lane::telemetry::Forwarder(std::move(settings), &owner);
        EXPECT_TRUE(forwarder->start().ok());
        return forwarder;
    }

    QTemporaryDir dir;
    FakeReceiver a;
    FakeReceiver b;
    lane::core::LaneConfig config;
    std::shared_ptr<lane::telemetry::Telemetry> telemetry;
};

TEST_F(Move, BeforeTheReloadAtAAfterItAtBEverythingOnce)
{
    QObject owner;
    ForwarderSwitch forwarders(startFirst(owner), telemetry.get(), &owner);
    forwarders.setTuning(tune);
    ConfigReloader reloader(file(), config, nullptr);
    reloader.setForwarderSwitch(&forwarders);
    lane::telemetry::Forwarder *now = forwarders.current();
    QObject::connect(&forwarders, &ForwarderSwitch::forwarderChanged,
                     [&](lane::telemetry::Forwarder *f) { now = f; });

    const auto before = emit(60);
    ASSERT_TRUE(runUntil([&] { return a.accepted.size() >= before.size() && now->idle(); }, 20000));
    const auto during = emit(200); // the reload comes while these are being shipped
    write(b.port(), "ndjson");
    const auto outcome = reloader.reload();
    EXPECT_TRUE(outcome.accepted);
    EXPECT_EQ(outcome.applied, QStringList{QStringLiteral("telemetry.endpoint")});
    EXPECT_TRUE(outcome.needRestart.isEmpty()) << outcome.needRestart.join(u' ').toStdString();
    ASSERT_TRUE(runUntil([&] { return now && !forwarders.switching(); }, 20000));
    EXPECT_EQ(now->config().endpoint.port(), b.port());
    const auto after = emit(60);
    const std::size_t total = before.size() + during.size() + after.size();
    ASSERT_TRUE(runUntil(
        [&] { return a.accepted.size() + b.accepted.size() >= total && now->idle(); }, 20000));

    const std::set<Key> atA(a.accepted.begin(), a.accepted.end());
    const std::set<Key> atB(b.accepted.begin(), b.accepted.end());
    EXPECT_EQ(atA.size(), a.accepted.size()) << "A got a record twice";
    EXPECT_EQ(atB.size(), b.accepted.size()) << "B got a record twice";
    for (const auto &key : before) {
        EXPECT_TRUE(atA.count(key)) << "before the reload, not at A: " << std::get<2>(key);
    }
    for (const auto &key : after) {
        EXPECT_TRUE(atB.count(key)) << "after the reload, not at B: " << std::get<2>(key);
    }
    std::set<Key> all = before;
    all.insert(during.begin(), during.end());
    all.insert(after.begin(), after.end());
    std::set<Key> union_ = atA;
    for (const auto &key : atB) {
        EXPECT_EQ(atA.count(key), 0u) << "at A and at B: " << std::get<2>(key);
        union_.insert(key);
    }
    EXPECT_EQ(union_, all);
}

TEST_F(Move, ASettingThatCannotWorkKeepsTheRunningForwarder)
{
    QObject owner;
    auto *first = startFirst(owner);
    ForwarderSwitch forwarders(first, telemetry.get(), &owner);
    ConfigReloader reloader(file(), config, nullptr);
    reloader.setForwarderSwitch(&forwarders);
    QFile out(file());
    ASSERT_TRUE(out.open(QIODevice::Append));
    out.write("api_key_file = \"/nonexistent/lane-api-key\"\n");
    out.close();
    const auto outcome = reloader.reload();
    EXPECT_TRUE(outcome.applied.isEmpty());
    ASSERT_EQ(outcome.problems.size(), 1);
    EXPECT_TRUE(outcome.problems.front().contains(QLatin1String("still shipping as before")))
        << outcome.problems.front().toStdString();
    EXPECT_EQ(forwarders.current(), first);
    EXPECT_FALSE(first->draining());
}

} // namespace
