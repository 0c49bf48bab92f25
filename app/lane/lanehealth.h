#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "core/base/clock.h"

namespace lane::telemetry {
class Forwarder;
}

namespace lane::app {

class DeviceStatusModel;

/// What the lane knows about its link to head office at one moment.
struct HealthReading
{
    bool spoolOpen = false;          // the telemetry spool accepts events
    bool receiverConfigured = false; // a forwarder ships them (telemetry.endpoint)
    std::uint64_t pendingBytes = 0;
    std::optional<std::chrono::seconds> oldestPendingAge;
    std::optional<std::chrono::seconds> sinceLastSuccess; // last batch the receiver took
    std::string lastError;                                // the forwarder's last failure
};

/// Feeds the status bar's Network and Monitoring chips from the telemetry spool and the
/// forwarder (LaneServices::forwarder()), every few seconds, so the cashier sees when the
/// lane is offline and how much is waiting, and is told that selling goes on.
class LaneHealth : public QObject
{
    Q_OBJECT

public:
    LaneHealth(DeviceStatusModel *model, const core::Clock &clock, QObject *parent = nullptr);

    /// Null spool dir: the spool could not be opened.
    void setSpool(std::filesystem::path spoolDir);
    void setForwarder(const telemetry::Forwarder *forwarder) { m_forwarder = forwarder; }
    void start(std::chrono::milliseconds interval = std::chrono::seconds(5));

    /// Reads the spool and the forwarder now and updates the chips.
    void refresh();
    /// The chips for one reading (the rules, without any file access).
    static void apply(DeviceStatusModel &model, const HealthReading &reading);
    /// Longer offline than this is a warning on the Network chip.
    static constexpr std::chrono::seconds kOfflineAfter{120};
    /// An older unsent record makes the Monitoring chip a warning.
    static constexpr std::chrono::seconds kBacklogWarnAfter{15 * 60};

private:
    DeviceStatusModel *m_model;
    const core::Clock *m_clock;
    std::filesystem::path m_spoolDir;
    const telemetry::Forwarder *m_forwarder = nullptr;
    QTimer m_timer;
};

} // namespace lane::app
