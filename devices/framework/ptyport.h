#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include "core/base/result.h"

namespace lane::devices {

/// The device end of a pseudo-terminal, for simulators and tests: simulators talk through the
/// master while the adapter opens the slave as its serial port. A stable symlink stands for the
/// port the configuration names (like /dev/serial/by-id/...): unplug() closes the master (the
/// adapter's reads fail), replug() creates a new pty behind the same symlink.
class PtyPort : public QObject
{
    Q_OBJECT
public:
    /// `linkPath` empty: no symlink, portPath() is the slave's /dev/pts/N.
    explicit PtyPort(QString linkPath = {}, QObject *parent = nullptr);
    ~PtyPort() override;

    [[nodiscard]] core::Status open();
    void unplug();
    [[nodiscard]] core::Status replug() { return open(); }
    bool isPlugged() const { return m_master >= 0; }
    /// What the adapter opens: the symlink if there is one, else the slave path.
    QString portPath() const;
    QString slavePath() const { return m_slavePath; }
    bool write(const QByteArray &data);
    /// Bytes written while nothing had the slave open are lost (EIO on the master).
    int eioCount() const { return m_eio; }

Q_SIGNALS:
    void dataReceived(const QByteArray &data);
    /// The adapter closed the slave (master read EIO).
    void peerClosed();

private:
    void readReady();

    QString m_linkPath;
    QString m_slavePath;
    int m_master = -1;
    int m_eio = 0;
    bool m_peerSeen = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lane::devices
