#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include "core/base/result.h"

namespace lane::devices {

/// A small byte pipe to one device (serial port, TCP socket, evdev/hidraw fd, USB bulk
/// endpoints). Adapters and codecs only see bytes, so any transport fits any protocol and
/// tests swap in pty pairs, loopback sockets or socketpairs.
class ByteChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ByteChannel() override = default;

    /// Opens the transport. Connection-oriented channels may finish asynchronously; they
    /// buffer writes until then and Q_EMIT connectionLost if it fails.
    [[nodiscard]] virtual core::Status open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    [[nodiscard]] virtual core::Status write(const QByteArray &data) = 0;
    /// "serial:/dev/ttyUSB0", "tcp:10.0.0.5:9100"... for logs and error details.
    virtual QString description() const = 0;

    /// Non-fatal problems met while opening (line settings a port refused, no grab).
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void dataReceived(const QByteArray &data);
    void connectionLost(const QString &reason);

protected:
    void addWarning(const QString &warning);

private:
    QStringList m_warnings;
};

} // namespace lane::devices
