#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>

namespace lane::devices::zvt {

/// The byte stream to a terminal. A small seam of its own until the device framework's
/// byte channel exists; the TCP and serial implementations below are thin Qt wrappers.
/// Callbacks run on the owning thread's event loop.
class ByteChannel
{
public:
    struct Handlers
    {
        std::function<void()> opened;
        std::function<void(const QByteArray &)> received;
        std::function<void(const QString &reason)> closed; // also for a failed open
    };

    virtual ~ByteChannel() = default;
    virtual void setHandlers(Handlers handlers) = 0;
    virtual void open() = 0;
    virtual void close() = 0;
    virtual bool isOpen() const = 0;
    virtual bool write(const QByteArray &bytes) = 0;
    virtual QString describe() const = 0;
};

/// ZVT over TCP (default port 20007).
std::unique_ptr<ByteChannel> makeTcpChannel(const QString &host, quint16 port = 20007);
/// ZVT over a serial line (9600 8N2 by default). Line settings the device refuses (a pty)
/// are logged, not fatal.
std::unique_ptr<ByteChannel> makeSerialChannel(const QString &path, qint32 baud = 9600);

} // namespace lane::devices::zvt
