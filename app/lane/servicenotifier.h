#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

#include "core/base/result.h"

class QQuickWindow;

namespace lane::app {

/// Speaks the service manager's notification protocol (sd_notify(3): one datagram per
/// message to the AF_UNIX socket named by NOTIFY_SOCKET) so systemd knows when the lane can
/// sell (READY=1), that its UI thread still turns (WATCHDOG=1) and what it is doing (STATUS=).
/// Does nothing when the lane was not started by a service manager.
class ServiceNotifier : public QObject
{
    Q_OBJECT

public:
    /// Where to send, and how often the manager expects a watchdog ping (zero: no watchdog).
    struct Settings
    {
        QByteArray socketPath; // "@name" is an abstract socket; empty: no service manager
        std::chrono::microseconds watchdog{0};
    };

    /// NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID as systemd sets them; a watchdog meant
    /// for another process (WATCHDOG_PID differs from ours) is ignored.
    static Settings fromEnvironment();

    explicit ServiceNotifier(Settings settings, QObject *parent = nullptr);
    ~ServiceNotifier() override;

    bool enabled() const { return !m_settings.socketPath.isEmpty(); }
    bool watchdogEnabled() const { return enabled() && m_settings.watchdog.count() > 0; }
    /// Half the manager's watchdog period, as sd_watchdog_enabled(3) recommends.
    std::chrono::milliseconds pingInterval() const;

    /// Sends READY=1 with `status` once `window` has put its first frame on screen, and
    /// starts the watchdog pings. Use it only when the lane can sell.
    void readyOnFirstFrame(QQuickWindow *window, const QString &status);
    /// WATCHDOG=1 from a timer on this object's (the UI) thread: when that thread hangs,
    /// the pings stop and the manager restarts the lane.
    void startWatchdog();
    void setStatus(const QString &status);
    void reloading(const QString &status);
    void reloaded(const QString &status);
    void stopping(const QString &status);

    /// Sends one raw message ("READY=1\nSTATUS=..."); an error when the socket refuses it.
    core::Status notify(const QByteArray &message);

Q_SIGNALS:
    /// READY=1 went out (or would have, with no manager): the lane shows its first screen.
    void ready();

private:
    Settings m_settings;
    int m_fd = -1;
    QTimer m_watchdog;
    bool m_ready = false;
};

} // namespace lane::app
