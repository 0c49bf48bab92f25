#include "app/lane/configreloader.h"

#include <spdlog/spdlog.h>

#include "app/lane/sessionviewmodel.h"

namespace lane::app {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    // Cloned on first use, after main has installed the telemetry sink.
    static const auto log = spdlog::default_logger()->clone("lane.config");
    return log;
}

} // namespace

ConfigReloader::ConfigReloader(QString laneFile, core::LaneConfig running,
                               SessionViewModel *session, QObject *parent)
    : QObject(parent)
    , m_file(std::move(laneFile))
    , m_running(running)
    , m_started(std::move(running))
    , m_session(session)
{}

QStringList ConfigReloader::changedKeys(const core::LaneConfig &before,
                                        const core::LaneConfig &after)
{
    QStringList keys;
    auto check = [&keys](bool differs, const char *key) {
        if (differs) {
            keys << QString::fromLatin1(key);
        }
    };
    check(before.store != after.store, "lane.store");
    check(before.pos != after.pos, "lane.pos");
    check(before.mode != after.mode, "lane.mode");
    check(before.locale != after.locale, "lane.locale");
    check(before.dataDir != after.dataDir, "lane.data_dir");
    check(before.lockAfterSeconds != after.lockAfterSeconds, "lane.lock_after_seconds");
    check(before.scoIdleSeconds != after.scoIdleSeconds, "lane.sco_idle_seconds");

    const auto &s = before.sale;
    const auto &t = after.sale;
    check(!(s.currency == t.currency), "sale.currency");
    check(s.taxMode != t.taxMode, "sale.tax_mode");
    check(s.taxRounding != t.taxRounding, "sale.tax_rounding");
    check(s.roundingMode != t.roundingMode, "sale.rounding_mode");
    check(s.cashRoundingIncrement != t.cashRoundingIncrement, "sale.cash_rounding_increment");
    check(s.cashRoundingMode != t.cashRoundingMode, "sale.cash_rounding_mode");
    check(s.taxClassesBasisPoints != t.taxClassesBasisPoints, "sale.tax_classes");

    for (const auto &device : before.devices) {
        const auto *other = after.device(device.name);
        if (!other || !(device == *other)) {
            keys << QStringLiteral("devices.%1").arg(QString::fromStdString(device.name));
        }
    }
    for (const auto &device : after.devices) {
        if (!before.device(device.name)) {
            keys << QStringLiteral("devices.%1").arg(QString::fromStdString(device.name));
        }
    }

    const auto &a = before.telemetry;
    const auto &b = after.telemetry;
    check(a.endpoint != b.endpoint, "telemetry.endpoint");
    check(a.format != b.format, "telemetry.format");
    check(a.apiKeyFile != b.apiKeyFile, "telemetry.api_key_file");
    check(a.pinSha256 != b.pinSha256, "telemetry.pin_sha256");
    check(a.caFile != b.caFile, "telemetry.ca_file");
    check(a.spoolDir != b.spoolDir, "telemetry.spool_dir");
    check(a.diskBudgetBytes != b.diskBudgetBytes, "telemetry.disk_budget_bytes");
    check(a.retentionDays != b.retentionDays, "telemetry.retention_days");
    check(a.heartbeatSeconds != b.heartbeatSeconds, "telemetry.heartbeat_seconds");
    check(a.metricsSeconds != b.metricsSeconds, "telemetry.metrics_seconds");
    // The kiosk reads its rules once at start; any change there waits for a restart.
    check(!(before.sco == after.sco), "sco");
    return keys;
}

bool ConfigReloader::isLive(const QString &key)
{
    // The session reads its lock period at every check. The telemetry forwarder and the
    // devices are built once at start (LaneServices), the store identity, currency and tax
    // rules must not change in the middle of a basket.
    return key == QLatin1String("lane.lock_after_seconds");
}

ConfigReloader::Outcome ConfigReloader::reload()
{
    Outcome outcome;
    if (m_file.isEmpty()) {
        outcome.problems << QStringLiteral(
            "no lane file (started without --config): nothing to reload");
        logger()->warn("reload: {}", outcome.problems.front().toStdString());
        return outcome;
    }
    Q_EMIT reloadStarted(QStringLiteral("reloading %1").arg(m_file));
    const auto report = core::loadConfig(m_file.toStdString());
    for (const auto &diagnostic : report.diagnostics) {
        if (diagnostic.level == core::ConfigDiagnostic::Level::Error) {
            outcome.problems << QString::fromStdString(diagnostic.toString());
        }
    }
    if (!report.ok()) {
        for (const auto &problem : outcome.problems) {
            logger()->error("reload refused: {}", problem.toStdString());
        }
        Q_EMIT reloadFinished(QStringLiteral("reload of %1 refused (errors: %2); running as before")
                                  .arg(m_file)
                                  .arg(outcome.problems.size()));
        return outcome;
    }
    outcome.accepted = true;
    core::LaneConfig next = *report.config;
    next.mode = m_started.mode; // the command line's --mode wins, as at start
    for (const QString &key : changedKeys(m_running, next)) {
        if (isLive(key)) {
            outcome.applied << key;
        }
    }
    if (outcome.applied.contains(QLatin1String("lane.lock_after_seconds"))) {
        m_running.lockAfterSeconds = next.lockAfterSeconds;
        if (m_session) {
            m_session->setLockAfterSeconds(next.lockAfterSeconds);
        }
    }
    for (const QString &key : changedKeys(m_started, next)) {
        if (!isLive(key)) {
            outcome.needRestart << key;
        }
    }
    for (const QString &key : outcome.applied) {
        logger()->info("reload: {} applied", key.toStdString());
    }
    for (const QString &key : outcome.needRestart) {
        logger()->warn("reload: {} changed; it takes effect at the next restart "
                       "(systemctl restart lane)",
                       key.toStdString());
    }
    Q_EMIT reloadFinished(outcome.needRestart.isEmpty()
                              ? QStringLiteral("ready to sell; %1 reloaded").arg(m_file)
                              : QStringLiteral("ready to sell; restart needed for %1")
                                    .arg(outcome.needRestart.join(u", ")));
    return outcome;
}

} // namespace lane::app
