#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include <QObject>
#include <QString>

#include "core/base/events.h"
#include "core/base/result.h"
#include "core/config/laneconfig.h"

namespace lane::telemetry {
class Forwarder;
struct ForwarderConfig;
} // namespace lane::telemetry

namespace lane::app {

/// Moves telemetry shipping to new [telemetry] settings while the lane sells: the running
/// forwarder finishes its request in flight and releases the spool, then a forwarder for the
/// new receiver starts at the same checkpoints, so no record is lost or sent twice.
class ForwarderSwitch : public QObject
{
    Q_OBJECT

public:
    /// `current` may be null (spool only). New forwarders are children of `owner` (the
    /// composition root, as the first one) and report to `reporter`.
    ForwarderSwitch(telemetry::Forwarder *current, core::EventSink *reporter, QObject *owner,
                    QObject *parent = nullptr);

    /// Starts the move; an error (unknown format, unreadable key file) changes nothing.
    /// A second call while one runs replaces the settings the new forwarder will use.
    core::Status switchTo(const core::LaneConfig &config);

    telemetry::Forwarder *current() const { return m_current; }
    bool switching() const { return m_switching; }
    /// How long the old forwarder may take to finish its request in flight.
    void setDrainTimeout(std::chrono::milliseconds timeout) { m_drainTimeout = timeout; }
    /// Adjusts each new forwarder's settings before it starts (tests: poll faster).
    void setTuning(std::function<void(telemetry::ForwarderConfig &)> tune)
    {
        m_tune = std::move(tune);
    }

Q_SIGNALS:
    /// The forwarder now shipping (null while switching, or spool only). The old one is
    /// deleted after this signal.
    void forwarderChanged(lane::telemetry::Forwarder *forwarder);
    /// "telemetry: shipping to https://..." or "telemetry forwarder: <error>".
    void switched(const QString &status);

private:
    void onDrained();
    void startNext();

    telemetry::Forwarder *m_current = nullptr;
    core::EventSink *m_reporter = nullptr;
    QObject *m_owner = nullptr;
    std::optional<core::LaneConfig> m_next;
    bool m_switching = false;
    std::chrono::milliseconds m_drainTimeout{10'000};
    std::function<void(telemetry::ForwarderConfig &)> m_tune;
};

} // namespace lane::app
