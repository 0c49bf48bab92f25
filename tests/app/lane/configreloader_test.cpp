// SIGHUP reload: a good file applies what can change while selling and names the rest; a bad
// one changes nothing and says where it is wrong.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include "app/lane/configreloader.h"
#include "app/lane/loglevels.h"

using lane::app::ConfigReloader;

namespace {

const char *kLane = R"toml([lane]
store = "S0001"
pos = "01"
lock_after_seconds = 300

[sale]
currency = "KRW"
)toml";

class Reload : public ::testing::Test
{
protected:
    void SetUp() override
    {
        write(kLane);
        const auto report = lane::core::loadConfig(file().toStdString());
        ASSERT_TRUE(report.ok());
        started = *report.config;
    }
    QString file() const { return dir.filePath(QStringLiteral("lane.toml")); }
    void write(const QString &text)
    {
        QFile out(file());
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
    }

    QTemporaryDir dir;
    lane::core::LaneConfig started;
};

TEST_F(Reload, TheLockPeriodChangesAtOnce)
{
    ConfigReloader reloader(file(), started, nullptr);
    QStringList finished;
    QObject::connect(&reloader, &ConfigReloader::reloadFinished,
                     [&](const QString &status) { finished << status; });
    write(QString::fromLatin1(kLane).replace(QLatin1String("= 300"), QLatin1String("= 45")));
    const auto outcome = reloader.reload();
    EXPECT_TRUE(outcome.accepted);
    EXPECT_EQ(outcome.applied, QStringList{QStringLiteral("lane.lock_after_seconds")});
    EXPECT_TRUE(outcome.needRestart.isEmpty()) << outcome.needRestart.join(u' ').toStdString();
    EXPECT_EQ(reloader.running().lockAfterSeconds, 45);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.front().startsWith(QLatin1String("ready to sell; ")))
        << finished.front().toStdString();

    // The same file again: nothing to do.
    const auto again = reloader.reload();
    EXPECT_TRUE(again.accepted);
    EXPECT_TRUE(again.applied.isEmpty());
}

TEST_F(Reload, WhatTheLaneReadsOnlyAtStartWaitsForARestartAndSaysSo)
{
    ConfigReloader reloader(file(), started, nullptr);
    QString text = QString::fromLatin1(kLane);
    text.replace(QLatin1String("\"S0001\""), QLatin1String("\"S0002\""));
    text += QStringLiteral("\n[telemetry]\nendpoint = \"https://logs.example.com/v1/logs\"\n"
                           "\n[devices.printer]\nadapter = \"sim-printer\"\n");
    write(text);
    QStringList finished;
    QObject::connect(&reloader, &ConfigReloader::reloadFinished,
                     [&](const QString &status) { finished << status; });
    const auto outcome = reloader.reload();
    EXPECT_TRUE(outcome.accepted);
    EXPECT_TRUE(outcome.applied.isEmpty());
    EXPECT_EQ(outcome.needRestart,
              (QStringList{QStringLiteral("lane.store"), QStringLiteral("devices.printer"),
                           QStringLiteral("telemetry.endpoint")}));
    EXPECT_EQ(reloader.running().store, "S0001"); // still the identity it sells under
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.front(), QStringLiteral("ready to sell; restart needed for lane.store, "
                                               "devices.printer, telemetry.endpoint"));
}

TEST_F(Reload, AFileWithErrorsChangesNothingAndNamesWhere)
{
    ConfigReloader reloader(file(), started, nullptr);
    write(QString::fromLatin1(kLane).replace(QLatin1String("lock_after_seconds = 300"),
                                             QLatin1String("lock_after_seconds = \"soon\"")));
    QStringList finished;
    QObject::connect(&reloader, &ConfigReloader::reloadFinished,
                     [&](const QString &status) { finished << status; });
    const auto outcome = reloader.reload();
    EXPECT_FALSE(outcome.accepted);
    EXPECT_TRUE(outcome.applied.isEmpty());
    ASSERT_FALSE(outcome.problems.isEmpty());
    EXPECT_TRUE(outcome.problems.front().startsWith(file() + QStringLiteral(":4:")))
        << outcome.problems.front().toStdString();
    EXPECT_TRUE(outcome.problems.front().contains(QLatin1String("lane.lock_after_seconds")))
        << outcome.problems.front().toStdString();
    EXPECT_EQ(reloader.running().lockAfterSeconds, 300);
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.front().contains(QLatin1String("refused (errors: 1); running as before")))
        << finished.front().toStdString();
}

TEST_F(Reload, WithoutALaneFileThereIsNothingToReload)
{
    ConfigReloader reloader(QString(), started, nullptr);
    const auto outcome = reloader.reload();
    EXPECT_FALSE(outcome.accepted);
    ASSERT_EQ(outcome.problems.size(), 1);
    EXPECT_TRUE(outcome.problems.front().contains(QLatin1String("started without --config")));
}

TEST(ConfigKeys, LockPeriodLoggingAndTheReceiverAreLive)
{
    for (const char *key : {"lane.lock_after_seconds", "logging", "telemetry.endpoint",
                            "telemetry.format", "telemetry.api_key_file", "telemetry.ca_file"}) {
        EXPECT_TRUE(ConfigReloader::isLive(QString::fromLatin1(key))) << key;
    }
    for (const char *key : {"lane.store", "sale.currency", "devices.scanner", "telemetry.spool_dir",
                            "telemetry.disk_budget_bytes"}) {
        EXPECT_FALSE(ConfigReloader::isLive(QString::fromLatin1(key))) << key;
    }
    lane::core::LaneConfig a;
    lane::core::LaneConfig b = a;
    EXPECT_TRUE(ConfigReloader::changedKeys(a, b).isEmpty());
    b.sale.taxClassesBasisPoints["reduced"] = 500;
    b.devices.push_back({"scale", "sim-scale", "", "", true, {}});
    b.logging.modules["devices"] = "debug";
    EXPECT_EQ(ConfigReloader::changedKeys(a, b),
              (QStringList{QStringLiteral("sale.tax_classes"), QStringLiteral("devices.scale"),
                           QStringLiteral("logging")}));
}

TEST_F(Reload, LogLevelsChangeAtOnceAndABadLevelChangesNothing)
{
    ConfigReloader reloader(file(), started, nullptr);
    lane::app::applyLogLevels(started.logging);
    const auto devices = lane::app::laneLogger("devices");
    EXPECT_EQ(spdlog::default_logger()->level(), spdlog::level::info);

    write(QString::fromLatin1(kLane)
          + QStringLiteral("\n[logging]\nlevel = \"warn\"\n[logging.modules]\n"
                           "devices = \"debug\"\n"));
    auto outcome = reloader.reload();
    EXPECT_TRUE(outcome.accepted);
    EXPECT_EQ(outcome.applied, QStringList{QStringLiteral("logging")});
    EXPECT_TRUE(outcome.needRestart.isEmpty()) << outcome.needRestart.join(u' ').toStdString();
    EXPECT_EQ(spdlog::default_logger()->level(), spdlog::level::warn);
    EXPECT_EQ(devices->level(), spdlog::level::debug);
    EXPECT_EQ(lane::app::laneLogger("lane.later")->level(), spdlog::level::warn)
        << "a logger made after the reload follows the settings too";

    write(QString::fromLatin1(kLane) + QStringLiteral("\n[logging]\nlevel = \"loud\"\n"));
    outcome = reloader.reload();
    EXPECT_FALSE(outcome.accepted);
    ASSERT_EQ(outcome.problems.size(), 1);
    EXPECT_TRUE(outcome.problems.front().startsWith(file()
                                                    + QStringLiteral(":10:9: error: "
                                                                     "logging.level: ")))
        << outcome.problems.front().toStdString();
    EXPECT_EQ(spdlog::default_logger()->level(), spdlog::level::warn) << "unchanged";
    EXPECT_EQ(devices->level(), spdlog::level::debug);

    write(QString::fromLatin1(kLane)); // [logging] gone: back to the defaults
    outcome = reloader.reload();
    EXPECT_EQ(outcome.applied, QStringList{QStringLiteral("logging")});
    EXPECT_EQ(spdlog::default_logger()->level(), spdlog::level::info);
    EXPECT_EQ(devices->level(), spdlog::level::info);
}

} // namespace
