#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include "core/config/laneconfig.h"

namespace lane::app {

class SessionViewModel;

/// SIGHUP for a running lane: re-reads the lane file, applies at once what can change while
/// selling and names in the log what waits for a restart. A file with errors changes nothing:
/// the lane keeps the configuration it runs with.
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
    /// Whether a changed key takes effect without a restart.
    static bool isLive(const QString &key);

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
};

} // namespace lane::app
