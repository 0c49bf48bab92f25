#include "app/lane/lanehealth.h"

#include "app/lane/devicestatusmodel.h"
#include "telemetry/control.h"
#include "telemetry/forwarder.h"

namespace lane::app {

LaneHealth::LaneHealth(DeviceStatusModel *model, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_clock(&clock)
{
    connect(&m_timer, &QTimer::timeout, this, &LaneHealth::refresh);
}

void LaneHealth::setSpool(std::filesystem::path spoolDir)
{
    m_spoolDir = std::move(spoolDir);
}

void LaneHealth::start(std::chrono::milliseconds interval)
{
    refresh();
    m_timer.start(interval);
}

void LaneHealth::refresh()
{
    HealthReading reading;
    reading.spoolOpen = !m_spoolDir.empty();
    reading.receiverConfigured = m_forwarder != nullptr;
    if (reading.spoolOpen) {
        // Reads the spool's segment sizes and the forwarder's checkpoints: small files.
        const auto status = telemetry::telemetryStatus(m_spoolDir, {}, m_clock);
        if (status.ok()) {
            reading.pendingBytes = status.value().pendingBytes;
            reading.oldestPendingAge = status.value().oldestPendingAge;
            if (status.value().lastSuccess) {
                reading.sinceLastSuccess = std::chrono::duration_cast<std::chrono::seconds>(
                    m_clock->now() - *status.value().lastSuccess);
            }
        } else {
            reading.lastError = status.error().message;
        }
    }
    if (m_forwarder) {
        const auto stats = m_forwarder->stats();
        if (reading.lastError.empty()) {
            reading.lastError = stats.lastError;
        }
    }
    apply(*m_model, reading);
}

void LaneHealth::apply(DeviceStatusModel &model, const HealthReading &reading)
{
    using Level = DeviceStatusModel::Level;
    const QString network = QStringLiteral("network");
    const QString monitoring = QStringLiteral("telemetry");
    if (!reading.receiverConfigured) {
        model.setStatus(network, Level::Off, QStringLiteral("no_receiver"));
    } else if (!reading.lastError.empty()
               && (!reading.sinceLastSuccess || *reading.sinceLastSuccess > kOfflineAfter)) {
        model.setStatus(network, Level::Warning, QStringLiteral("no_network"));
    } else {
        model.setStatus(network, Level::Ok);
    }

    const qint64 ageSeconds = reading.oldestPendingAge ? reading.oldestPendingAge->count() : 0;
    model.setTelemetryBacklog(qint64(reading.pendingBytes), ageSeconds);
    if (!reading.spoolOpen) {
        model.setStatus(monitoring, Level::Error, QStringLiteral("spool_unavailable"));
    } else if (reading.receiverConfigured && reading.pendingBytes > 0 && reading.oldestPendingAge
               && *reading.oldestPendingAge > kBacklogWarnAfter) {
        model.setStatus(monitoring, Level::Warning, QStringLiteral("backlog"));
    } else if (!reading.receiverConfigured) {
        model.setStatus(monitoring, Level::Ok, QStringLiteral("kept_locally"));
    } else {
        model.setStatus(monitoring, Level::Ok);
    }
}

} // namespace lane::app
