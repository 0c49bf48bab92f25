// The service manager protocol without systemd: a datagram socket plays NOTIFY_SOCKET, and
// the lane's notifier, its signal handling and the real `lane` executable talk to it.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <chrono>
#include <csignal>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "app/lane/servicenotifier.h"
#include "app/lane/unixsignals.h"

using namespace lane::app;
using namespace std::chrono_literals;

namespace {

/// The manager's end: a bound AF_UNIX datagram socket (a path, or "@name" abstract).
class FakeManager
{
public:
    explicit FakeManager(QByteArray name)
        : m_name(std::move(name))
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, m_name.constData(), std::size_t(m_name.size()));
        if (m_name.startsWith('@')) {
            address.sun_path[0] = '\0';
        }
        const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + std::size_t(m_name.size()));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0;
    }
    ~FakeManager() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    const QByteArray &name() const { return m_name; }

    /// The next datagram within `timeoutMs` while the Qt event loop runs; empty if none.
    QByteArray next(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (QByteArray message = pending(); !message.isEmpty()) {
                return message;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            std::this_thread::sleep_for(2ms);
        }
        return pending();
    }
    /// A datagram already queued, without running the event loop.
    QByteArray pending()
    {
        char buffer[4096];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        return n > 0 ? QByteArray(buffer, int(n)) : QByteArray();
    }
    void drain()
    {
        while (!pending().isEmpty()) {
        }
    }

private:
    QByteArray m_name;
    int m_fd = -1;
    bool m_bound = false;
};

QByteArray socketPath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("notify")).toLocal8Bit();
}

std::unique_ptr<QQuickWindow> smallWindow()
{
    auto window = std::make_unique<QQuickWindow>();
    window->resize(200, 100);
    auto *item = new QQuickItem(window->contentItem());
    item->setSize(QSizeF(50, 50));
    return window;
}

TEST(ServiceNotifier, WithoutAManagerEverythingIsANoOp)
{
    ServiceNotifier notifier({});
    EXPECT_FALSE(notifier.enabled());
    EXPECT_FALSE(notifier.watchdogEnabled());
    EXPECT_TRUE(notifier.notify("READY=1").ok());
    bool ready = false;
    QObject::connect(&notifier, &ServiceNotifier::ready, [&] { ready = true; });
    notifier.readyOnFirstFrame(nullptr, QStringLiteral("ready"));
    EXPECT_TRUE(ready);
}

TEST(ServiceNotifier, ReadsTheEnvironmentSystemdSets)
{
    qputenv("NOTIFY_SOCKET", "/run/systemd/notify");
    qputenv("WATCHDOG_USEC", "30000000");
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid()));
    auto settings = ServiceNotifier::fromEnvironment();
    EXPECT_EQ(settings.socketPath, QByteArray("/run/systemd/notify"));
    EXPECT_EQ(settings.watchdog, 30s);
    EXPECT_EQ(ServiceNotifier(settings).pingInterval(), 15s);

    // A watchdog meant for another process (the lane started by a wrapper script).
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid() + 1));
    EXPECT_EQ(ServiceNotifier::fromEnvironment().watchdog, 0s);
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid()));
    qputenv("WATCHDOG_USEC", "not a number");
    EXPECT_EQ(ServiceNotifier::fromEnvironment().watchdog, 0s);
    qunsetenv("NOTIFY_SOCKET");
    qunsetenv("WATCHDOG_USEC");
    qunsetenv("WATCHDOG_PID");
    EXPECT_FALSE(ServiceNotifier(ServiceNotifier::fromEnvironment()).enabled());
}

TEST(ServiceNotifier, ReadyOnlyOnceTheFirstFrameIsSwappedThenWatchdogPings)
{
    QTemporaryDir dir;
    FakeManager manager(socketPath(dir));
    ASSERT_TRUE(manager.bound());
    ServiceNotifier notifier({manager.name(), 200ms});
    auto window = smallWindow();
    notifier.readyOnFirstFrame(window.get(), QStringLiteral("S0001-01: ready\nto sell"));
    // Nothing is on screen yet: no READY.
    EXPECT_TRUE(manager.next(300).isEmpty());

    window->show();
    const QByteArray ready = manager.next();
    EXPECT_EQ(ready, QByteArray("READY=1\nSTATUS=S0001-01: ready to sell"));
    int pings = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 700) {
        const QByteArray message = manager.next(100);
        pings += message == "WATCHDOG=1" ? 1 : 0;
        EXPECT_TRUE(message.isEmpty() || message == "WATCHDOG=1") << message.toStdString();
    }
    EXPECT_GE(pings, 4); // every 100 ms, half the watchdog period
    // Later frames do not announce again.
    window->update();
    timer.restart();
    while (timer.elapsed() < 300) {
        const QByteArray message = manager.next(50);
        EXPECT_NE(message, QByteArray("READY=1\nSTATUS=S0001-01: ready to sell"));
    }
}

TEST(ServiceNotifier, AHungUiThreadSendsNoPing)
{
    QTemporaryDir dir;
    FakeManager manager(socketPath(dir));
    ASSERT_TRUE(manager.bound());
    ServiceNotifier notifier({manager.name(), 100ms});
    notifier.startWatchdog();
    EXPECT_EQ(manager.next(), QByteArray("WATCHDOG=1"));
    manager.drain();

    // The UI thread is stuck (no events for 8 ping periods): nothing reaches the manager,
    // so systemd's watchdog fires and restarts the lane.
    std::this_thread::sleep_for(400ms);
    EXPECT_TRUE(manager.pending().isEmpty());

    // Once the loop turns again, so do the pings.
    EXPECT_EQ(manager.next(), QByteArray("WATCHDOG=1"));
}

TEST(ServiceNotifier, AbstractSocketsStatusReloadAndStopping)
{
    const QByteArray name = "@lane-notify-test-" + QByteArray::number(::getpid());
    FakeManager manager(name);
    ASSERT_TRUE(manager.bound());
    ServiceNotifier notifier({name, 100ms});
    notifier.setStatus(QStringLiteral("signed off"));
    EXPECT_EQ(manager.next(), QByteArray("STATUS=signed off"));
    notifier.reloading(QStringLiteral("reloading /etc/lane/lane.toml"));
    EXPECT_EQ(manager.next(), QByteArray("RELOADING=1\nSTATUS=reloading /etc/lane/lane.toml"));
    notifier.reloaded(QStringLiteral("ready to sell"));
    EXPECT_EQ(manager.next(), QByteArray("READY=1\nSTATUS=ready to sell"));

    notifier.startWatchdog();
    EXPECT_EQ(manager.next(), QByteArray("WATCHDOG=1"));
    notifier.stopping(QStringLiteral("stopping"));
    EXPECT_EQ(manager.next(), QByteArray("STOPPING=1\nSTATUS=stopping"));
    EXPECT_TRUE(manager.next(350).isEmpty()); // no pings once stopping
}

TEST(ServiceNotifier, ASocketThatCannotBeReachedIsAnError)
{
    QTemporaryDir dir;
    ServiceNotifier missing({socketPath(dir), 0us});
    const auto sent = missing.notify("READY=1");
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().code, "service.notify_socket");
    EXPECT_NE(sent.error().message.find(socketPath(dir).toStdString()), std::string::npos);

    ServiceNotifier relative({"notify", 0us});
    const auto refused = relative.notify("READY=1");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("neither an absolute path nor an abstract name"),
              std::string::npos);
}

TEST(UnixSignals, HangupAsksForAReloadAndTermForAStop)
{
    UnixSignals watcher;
    ASSERT_TRUE(watcher.installed());
    int reloads = 0;
    int stop = 0;
    QObject::connect(&watcher, &UnixSignals::reloadRequested, [&] { ++reloads; });
    QObject::connect(&watcher, &UnixSignals::terminateRequested, [&](int s) { stop = s; });
    ::raise(SIGHUP);
    QElapsedTimer timer;
    timer.start();
    while (reloads == 0 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    EXPECT_EQ(reloads, 1);
    ::raise(SIGTERM); // would end this process without the watcher
    while (stop == 0 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    EXPECT_EQ(stop, SIGTERM);
}

TEST(LaneExecutable, TellsTheManagerWhenReadyAndStopsCleanlyOnTerm)
{
    QTemporaryDir dir;
    FakeManager manager(socketPath(dir));
    ASSERT_TRUE(manager.bound());
    QProcess lane;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(manager.name()));
    env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("400000"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    lane.setProcessEnvironment(env);
    lane.setProcessChannelMode(QProcess::ForwardedChannels);
    lane.start(QStringLiteral(LANE_BINARY_DIR "/app/lane/lane"),
               {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir.filePath("data")});
    ASSERT_TRUE(lane.waitForStarted());
    // WATCHDOG_PID is unset, so the watchdog is the lane's; its pings follow READY.
    const QByteArray ready = manager.next(60000);
    EXPECT_EQ(ready, QByteArray("READY=1\nSTATUS=S0001-01: ready to sell"));
    EXPECT_EQ(manager.next(5000), QByteArray("WATCHDOG=1"));
    EXPECT_EQ(manager.next(5000), QByteArray("WATCHDOG=1"));

    lane.terminate();
    QByteArray message;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && !message.startsWith("STOPPING=1")) {
        message = manager.next(1000);
    }
    EXPECT_EQ(message, QByteArray("STOPPING=1\nSTATUS=stopping"));
    ASSERT_TRUE(lane.waitForFinished(20000));
    EXPECT_EQ(lane.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(lane.exitCode(), 0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
