#include "app/lane/servicenotifier.h"

#include <QQuickWindow>

#include <cerrno>
#include <cstring>
#include <string>

#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace lane::app {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    // Cloned on first use, after main has installed the telemetry sink.
    static const auto log = spdlog::default_logger()->clone("lane.service");
    return log;
}

/// Status text on one line: the protocol separates assignments by newlines.
QByteArray statusLine(const QString &status)
{
    QByteArray text = status.toUtf8();
    text.replace('\n', ' ');
    return "STATUS=" + text;
}

} // namespace

ServiceNotifier::Settings ServiceNotifier::fromEnvironment()
{
    Settings settings;
    settings.socketPath = qgetenv("NOTIFY_SOCKET");
    bool ok = false;
    const qlonglong usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    const QString pid = qEnvironmentVariable("WATCHDOG_PID");
    const bool ours = pid.isEmpty() || pid.toLongLong() == static_cast<qlonglong>(::getpid());
    if (ok && usec > 0 && ours) {
        settings.watchdog = std::chrono::microseconds(usec);
    }
    return settings;
}

ServiceNotifier::ServiceNotifier(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_watchdog.setTimerType(Qt::CoarseTimer);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (auto sent = notify("WATCHDOG=1"); !sent.ok()) {
            logger()->warn("watchdog ping: {}", sent.error().message);
        }
    });
}

ServiceNotifier::~ServiceNotifier()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::chrono::milliseconds ServiceNotifier::pingInterval() const
{
    const auto half
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_settings.watchdog / 2);
    return std::max(half, std::chrono::milliseconds(1));
}

core::Status ServiceNotifier::notify(const QByteArray &message)
{
    if (!enabled()) {
        return {};
    }
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray &path = m_settings.socketPath;
    if ((path[0] != '/' && path[0] != '@') || std::size_t(path.size()) >= sizeof address.sun_path) {
        return core::makeError("service.notify_socket",
                               "NOTIFY_SOCKET is neither an absolute path nor an abstract name: "
                                   + path.toStdString());
    }
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    if (path[0] == '@') {
        address.sun_path[0] = '\0'; // abstract namespace
    }
    if (m_fd < 0) {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            return core::makeError("service.notify_socket",
                                   std::string("socket: ") + std::strerror(errno));
        }
    }
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(path.size()));
    const ssize_t sent
        = ::sendto(m_fd, message.constData(), std::size_t(message.size()), MSG_NOSIGNAL,
                   reinterpret_cast<const sockaddr *>(&address), length);
    if (sent < 0) {
        return core::makeError("service.notify_socket",
                               "send to " + path.toStdString() + ": " + std::strerror(errno));
    }
    return {};
}

void ServiceNotifier::readyOnFirstFrame(QQuickWindow *window, const QString &status)
{
    auto announce = [this, status] {
        if (m_ready) {
            return;
        }
        m_ready = true;
        if (auto sent = notify("READY=1\n" + statusLine(status)); !sent.ok()) {
            logger()->warn("service manager: {}", sent.error().message);
        }
        startWatchdog();
        Q_EMIT ready();
    };
    if (!window) {
        announce();
        return;
    }
    // frameSwapped may come from the render thread; the announcement runs on ours, once:
    // the connection goes with the first frame instead of waking us for every later one.
    connect(window, &QQuickWindow::frameSwapped, this, announce,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    window->update();
}

void ServiceNotifier::startWatchdog()
{
    if (!watchdogEnabled() || m_watchdog.isActive()) {
        return;
    }
    m_watchdog.start(pingInterval());
    (void)notify("WATCHDOG=1");
}

void ServiceNotifier::setStatus(const QString &status)
{
    (void)notify(statusLine(status));
}

void ServiceNotifier::reloading(const QString &status)
{
    (void)notify("RELOADING=1\n" + statusLine(status));
}

void ServiceNotifier::reloaded(const QString &status)
{
    (void)notify("READY=1\n" + statusLine(status));
}

void ServiceNotifier::stopping(const QString &status)
{
    m_watchdog.stop();
    (void)notify("STOPPING=1\n" + statusLine(status));
}

} // namespace lane::app
