#include "devices/framework/fdchannel.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace lane::devices {

FdChannel::FdChannel(QString path, Kind kind, QObject *parent)
    : ByteChannel(parent)
    , m_path(std::move(path))
    , m_kind(kind)
{}

std::unique_ptr<FdChannel> FdChannel::adopt(int fd, Kind kind, QString label)
{
    auto channel = std::make_unique<FdChannel>(std::move(label), kind);
    channel->m_adoptedFd = fd;
    channel->m_adopted = true;
    return channel;
}

FdChannel::~FdChannel()
{
    close();
    if (m_adoptedFd >= 0)
        ::close(m_adoptedFd);
}

QString FdChannel::description() const
{
    const char *scheme = m_kind == Kind::Evdev    ? "evdev:"
                         : m_kind == Kind::Hidraw ? "hidraw:"
                                                  : "fd:";
    return QString::fromLatin1(scheme) + m_path;
}

core::Status FdChannel::open()
{
    close();
    if (m_adoptedFd >= 0) {
        m_fd = m_adoptedFd;
        m_adoptedFd = -1;
    } else if (m_adopted) {
        return core::makeError("device.not_found", description().toStdString()
                                                       + " was an adopted descriptor and is gone");
    } else {
        m_fd = ::open(m_path.toLocal8Bit().constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0 && errno == EACCES)
            m_fd = ::open(m_path.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (m_fd < 0)
            return core::makeError("device.not_found", "cannot open " + m_path.toStdString() + ": "
                                                           + std::strerror(errno));
    }
    return start();
}

core::Status FdChannel::start()
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    if (m_kind == Kind::Evdev) {
        m_grabbed = ::ioctl(m_fd, EVIOCGRAB, 1) == 0;
        if (!m_grabbed)
            addWarning(QStringLiteral("EVIOCGRAB failed (%1): key presses also reach the desktop")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readReady(); });
    return {};
}

void FdChannel::readReady()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            // hidraw returns one report per read; evdev whole input_event structs.
            Q_EMIT dataReceived(QByteArray(buffer, int(n)));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EINTR))
            return;
        const QString reason
            = n == 0 ? QStringLiteral("end of file") : QString::fromLocal8Bit(std::strerror(errno));
        close();
        Q_EMIT connectionLost(reason);
        return;
    }
}

void FdChannel::close()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_fd >= 0) {
        if (m_grabbed)
            ::ioctl(m_fd, EVIOCGRAB, 0);
        ::close(m_fd);
        m_fd = -1;
        m_grabbed = false;
    }
}

core::Status FdChannel::write(const QByteArray &data)
{
    if (m_fd < 0)
        return core::makeError("device.not_open", description().toStdString() + " is not open");
    if (::write(m_fd, data.constData(), std::size_t(data.size())) != data.size())
        return core::makeError("device.io", "write to " + description().toStdString()
                                                + " failed: " + std::strerror(errno));
    return {};
}

} // namespace lane::devices
