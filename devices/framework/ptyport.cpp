#include "devices/framework/ptyport.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <QFile>
#include <QTimer>

namespace lane::devices {

PtyPort::PtyPort(QString linkPath, QObject *parent)
    : QObject(parent)
    , m_linkPath(std::move(linkPath))
{}

PtyPort::~PtyPort()
{
    unplug();
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

QString PtyPort::portPath() const
{
    return m_linkPath.isEmpty() ? m_slavePath : m_linkPath;
}

core::Status PtyPort::open()
{
    unplug();
    int master = -1;
    int slave = -1;
    char name[256] = {};
    termios raw{};
    cfmakeraw(&raw);
    if (::openpty(&master, &slave, name, &raw, nullptr) != 0)
        return core::makeError("sim.pty", std::string("openpty failed: ") + std::strerror(errno));
    ::close(slave); // the adapter opens it by name; until then master reads give EIO
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    m_master = master;
    m_slavePath = QString::fromLocal8Bit(name);
    if (!m_linkPath.isEmpty()) {
        QFile::remove(m_linkPath);
        if (!QFile::link(m_slavePath, m_linkPath)) {
            unplug();
            return core::makeError("sim.pty", "cannot link " + m_linkPath.toStdString());
        }
    }
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] { readReady(); });
    return {};
}

void PtyPort::unplug()
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_master >= 0) {
        ::close(m_master);
        m_master = -1;
    }
    if (!m_linkPath.isEmpty())
        QFile::remove(m_linkPath);
}

bool PtyPort::write(const QByteArray &data)
{
    if (m_master < 0)
        return false;
    return ::write(m_master, data.constData(), std::size_t(data.size())) == data.size();
}

void PtyPort::readReady()
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            m_peerSeen = true;
            Q_EMIT dataReceived(QByteArray(buffer, int(n)));
            continue;
        }
        if (n < 0 && errno == EIO) {
            // Nothing holds the slave open: stop polling until the adapter writes again.
            ++m_eio;
            m_notifier->setEnabled(false);
            QTimer::singleShot(20, this, [this] {
                if (m_notifier)
                    m_notifier->setEnabled(true);
            });
            if (m_peerSeen) {
                m_peerSeen = false;
                Q_EMIT peerClosed();
            }
            return;
        }
        return; // EAGAIN
    }
}

} // namespace lane::devices
