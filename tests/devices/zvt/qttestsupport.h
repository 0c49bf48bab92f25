#pragma once

#include <chrono>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

namespace lane::devices::zvt::testing {

/// Runs the Qt event loop until `done` holds or `limit` passes; returns `done()`.
inline bool runUntil(const std::function<bool()> &done,
                     std::chrono::milliseconds limit = std::chrono::milliseconds(10000))
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < limit.count())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return done();
}

} // namespace lane::devices::zvt::testing
