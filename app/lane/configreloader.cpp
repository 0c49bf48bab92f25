#include "app/lane/configreloader.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/lane/forwarderswitch.h"
#include "app/lane/loglevels.h"
#include "app/lane/sessionviewmodel.h"

namespace lane::app {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    // Made on first use, after main has installed the telemetry sink; registered, so
    // [logging.modules] "lane.config" reaches it.
    return laneLogger("lane.config");
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
    check(!(before.logging == after.logging), "logging");
    return keys;
}

bool ConfigReloader::isLive(const QString &key)
{
    // The session reads its lock period at every check, log levels are the loggers' own,
    // and the forwarder switch moves shipping to a new receiver between two batches. The
    // devices are built once at start (LaneServices), the store identity, currency and tax
    // rules must not change in the middle of a basket, and the spool stays where it is.
    return key == QLatin1String("lane.lock_after_seconds") || key == QLatin1String("logging")
           || isReceiverKey(key);
}

bool ConfigReloader::isReceiverKey(const QString &key)
{
    return key == QLatin1String("telemetry.endpoint") || key == QLatin1String("telemetry.format")
           || key == QLatin1String("telemetry.api_key_file")
           || key == QLatin1String("telemetry.pin_sha256")
           || key == QLatin1String("telemetry.ca_file");
}

bool ConfigReloader::appliesLive(const QString &key) const
{
    return isLive(key) && (m_forwarders || !isReceiverKey(key));
}

void ConfigReloader::applyReceiver(const core::LaneConfig &next, const QStringList &changed,
                                   Outcome &outcome)
{
    // The new forwarder reads the running spool: only the receiver settings change.
    core::LaneConfig target = m_running;
    const auto &t = next.telemetry;
    target.telemetry.endpoint = t.endpoint;
    target.telemetry.format = t.format;
    target.telemetry.apiKeyFile = t.apiKeyFile;
    target.telemetry.pinSha256 = t.pinSha256;
    target.telemetry.caFile = t.caFile;
    if (const auto moved = m_forwarders->switchTo(target); !moved.ok()) {
        outcome.problems << QStringLiteral("telemetry: %1; still shipping as before")
                                .arg(QString::fromStdString(moved.error().message));
        logger()->error("reload: {}", outcome.problems.back().toStdString());
        return;
    }
    m_running.telemetry = target.telemetry;
    for (const QString &key : changed) {
        if (isReceiverKey(key)) {
            outcome.applied << key;
        }
    }
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
    const QStringList changed = changedKeys(m_running, next);
    if (changed.contains(QLatin1String("lane.lock_after_seconds"))) {
        outcome.applied << QStringLiteral("lane.lock_after_seconds");
        m_running.lockAfterSeconds = next.lockAfterSeconds;
        if (m_session) {
            m_session->setLockAfterSeconds(next.lockAfterSeconds);
        }
    }
    if (changed.contains(QLatin1String("logging"))) {
        outcome.applied << QStringLiteral("logging");
        m_running.logging = next.logging;
        applyLogLevels(next.logging);
    }
    if (m_forwarders && std::any_of(changed.begin(), changed.end(), isReceiverKey)) {
        applyReceiver(next, changed, outcome);
    }
    for (const QString &key : changedKeys(m_started, next)) {
        if (!appliesLive(key)) {
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
    QString status = outcome.needRestart.isEmpty()
                         ? QStringLiteral("ready to sell; %1 reloaded").arg(m_file)
                         : QStringLiteral("ready to sell; restart needed for %1")
                               .arg(outcome.needRestart.join(u", "));
    if (!outcome.problems.isEmpty()) {
        status += QStringLiteral("; ") + outcome.problems.join(u"; ");
    }
    Q_EMIT reloadFinished(status);
    return outcome;
}

} // namespace lane::app
