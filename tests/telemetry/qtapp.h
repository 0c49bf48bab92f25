#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace lane::telemetry::test {

inline QCoreApplication &qtApp()
{
    static int argc = 1;
    static char name[] = "telemetry_tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? QCoreApplication::instance()
                                                                : new QCoreApplication(argc, argv);
    return *app;
}

/// Runs the event loop until `done` or `timeoutMs`; returns whether `done` became true.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    qtApp();
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace lane::telemetry::test
