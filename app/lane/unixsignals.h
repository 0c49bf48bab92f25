#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace lane::app {

/// SIGTERM, SIGINT and SIGHUP as Qt signals on the UI thread (the self-pipe trick: the
/// handler only writes the signal number to a socket the event loop watches), so that a
/// stop drains the telemetry queue and a reload runs between two events, never inside one.
/// One per process.
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

    /// False when the socket pair or the handlers could not be set up.
    bool installed() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminateRequested(int signal);
    void reloadRequested();

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace lane::app
