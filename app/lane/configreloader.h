#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "core/config/laneconfig.h"

namespace lane::app {

class ForwarderSwitch;
class SessionViewModel;

/// SIGHUP for a running lane: re-reads the lane file, applies at once what can change while
/// selling (lock period, [logging], the telemetry receiver) and names in the log what waits
/// for a restart. A file with errors changes nothing: the lane keeps the configuration it
/// runs with.
class ConfigReloader : public QObject
{
    Q_OBJECT

public:
    /// What one reload did.
    struct Outcome
    {
        bool accepted = false;   // the file was read without errors
        QStringList applied;     // keys now in effect, e.g. "lane.lock_after_seconds"
        QStringList needRestart; // changed keys the lane only reads at start
        QStringList problems;    // the checker's errors: file:line:column: error: key: message
    };

    /// `running`: the configuration the lane started with, command-line overrides included.
    ConfigReloader(QString laneFile, core::LaneConfig running, SessionViewModel *session,
                   QObject *parent = nullptr);

    /// The dotted keys whose values differ ("lane.store", "devices.printer", "telemetry.endpoint").
    static QStringList changedKeys(const core::LaneConfig &before, const core::LaneConfig &after);
    /// Whether a changed key takes effect without a restart (telemetry keys: when the lane
    /// has a forwarder switch, as a lane started by main does).
    static bool isLive(const QString &key);
    /// The receiver keys ([telemetry] endpoint, format, api_key_file, pin_sha256, ca_file).
    static bool isReceiverKey(const QString &key);

    /// Where telemetry receiver changes go; without one they wait for a restart.
    void setForwarderSwitch(ForwarderSwitch *forwarders) { m_forwarders = forwarders; }

    Outcome reload();
    const core::LaneConfig &running() const { return m_running; }

Q_SIGNALS:
    void reloadStarted(const QString &status);
    void reloadFinished(const QString &status);

private:
    QString m_file;
    core::LaneConfig m_running;
    core::LaneConfig m_started; // restart-only keys are compared with what the lane started with
    SessionViewModel *m_session = nullptr;
    ForwarderSwitch *m_forwarders = nullptr;

    bool appliesLive(const QString &key) const;
    void applyReceiver(const core::LaneConfig &next, const QStringList &changed, Outcome &outcome);
};

} // namespace lane::app
