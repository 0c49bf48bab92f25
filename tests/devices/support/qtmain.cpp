#include <gtest/gtest.h>

#include <QGuiApplication>

// Device tests use sockets, timers and QPainter: they run inside a QGuiApplication on the
// offscreen platform (lane_add_test sets QT_QPA_PLATFORM=offscreen).
int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
