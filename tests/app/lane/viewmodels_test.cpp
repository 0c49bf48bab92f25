#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QWindow>

#include "app/lane/basketmodel.h"
#include "app/lane/devicestatusmodel.h"
#include "app/lane/keyboardwedgefilter.h"
#include "app/lane/sessionviewmodel.h"
#include "app/lane/userdirectory.h"

using namespace lane::app;
using namespace std::chrono_literals;

namespace {

class Session : public ::testing::Test
{
protected:
    void SetUp() override
    {
        users.addUser(QStringLiteral("1001"), QStringLiteral("Kim"), QStringLiteral("1234"), {});
        users.addUser(QStringLiteral("9001"), QStringLiteral("Park"), QStringLiteral("9999"),
                      {QString::fromLatin1(permission::kLineDiscount)});
        session.setUserDirectory(&users);
        session.setClock(&clock);
        session.setLockAfterSeconds(60);
    }
    LocalUserDirectory users;
    lane::core::ManualClock clock{lane::core::TimePoint{} + 1000h};
    SessionViewModel session;
};

TEST_F(Session, SignsOnWithTheRightPinOnly)
{
    EXPECT_FALSE(session.signOn(QStringLiteral("1001"), QStringLiteral("0000")));
    EXPECT_FALSE(session.signedOn());
    EXPECT_FALSE(session.error().isEmpty());
    EXPECT_FALSE(session.signOn(QStringLiteral("4242"), QStringLiteral("1234")));
    EXPECT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("1234")));
    EXPECT_TRUE(session.signedOn());
    EXPECT_EQ(session.userName(), QStringLiteral("Kim"));
    EXPECT_TRUE(session.error().isEmpty());
    session.signOff();
    EXPECT_FALSE(session.signedOn());
}

TEST_F(Session, LocksAfterInactivityAndUnlocksWithThePin)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("1234")));
    clock.advance(59s);
    session.checkInactivity();
    EXPECT_FALSE(session.locked());
    session.noteActivity(); // a touch restarts the period
    clock.advance(59s);
    session.checkInactivity();
    EXPECT_FALSE(session.locked());
    clock.advance(1s);
    session.checkInactivity();
    EXPECT_TRUE(session.locked());
    EXPECT_FALSE(session.unlock(QStringLiteral("9999")));
    EXPECT_TRUE(session.locked());
    EXPECT_TRUE(session.unlock(QStringLiteral("1234")));
    EXPECT_FALSE(session.locked());
}

TEST_F(Session, SupervisorApprovalNeedsThePermission)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("1234")));
    const QString discount = QString::fromLatin1(permission::kLineDiscount);
    EXPECT_FALSE(session.can(discount));
    EXPECT_EQ(session.approve(QStringLiteral("9001"), QStringLiteral("1111"), discount), QString());
    EXPECT_EQ(session.approve(QStringLiteral("9001"), QStringLiteral("9999"),
                              QString::fromLatin1(permission::kNoSale)),
              QString());
    EXPECT_EQ(session.approve(QStringLiteral("9001"), QStringLiteral("9999"), discount),
              QStringLiteral("9001"));
}

TEST(DeviceStatus, SaysWhatToDoWhenADeviceFails)
{
    DeviceStatusModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 7);
    EXPECT_EQ(model.problemCount(), 0);
    model.setStatus(QStringLiteral("printer"), DeviceStatusModel::Level::Error,
                    QStringLiteral("paper_out"));
    EXPECT_EQ(model.problemCount(), 1);
    EXPECT_EQ(model.advice(QStringLiteral("printer")),
              QStringLiteral("Paper out: replace the roll"));
    model.setStatus(QStringLiteral("printer"), DeviceStatusModel::Level::Ok);
    EXPECT_EQ(model.advice(QStringLiteral("printer")), QStringLiteral("Ready"));
    EXPECT_EQ(model.problemCount(), 0);
    model.setStatus(QStringLiteral("telemetry"), DeviceStatusModel::Level::Warning);
    model.setTelemetryBacklog(12);
    EXPECT_EQ(model.advice(QStringLiteral("telemetry")),
              QStringLiteral("12 event(s) waiting to be sent"));
    model.setStatus(QStringLiteral("display"), DeviceStatusModel::Level::Ok);
    EXPECT_EQ(model.rowCount(), 8);
}

TEST(BasketModel, ExposesRowsByRole)
{
    BasketModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &BasketModel::countChanged);
    model.setRows({BasketRow{1,
                             QStringLiteral("Milk"),
                             QStringLiteral("1 x 2,900원"),
                             QStringLiteral("2,900원"),
                             {},
                             QStringLiteral("sale"),
                             false},
                   BasketRow{2, QStringLiteral("Soju"), QStringLiteral("2 x 1,950원"),
                             QStringLiteral("3,900원"), QStringLiteral("-390원"),
                             QStringLiteral("sale"), true}});
    EXPECT_EQ(counted.count(), 1);
    ASSERT_EQ(model.rowCount(), 2);
    const auto idx = model.index(1);
    EXPECT_EQ(model.data(idx, BasketModel::NameRole).toString(), QStringLiteral("Soju"));
    EXPECT_EQ(model.data(idx, BasketModel::SavingsRole).toString(), QStringLiteral("-390원"));
    EXPECT_TRUE(model.data(idx, BasketModel::VoidedRole).toBool());
    EXPECT_EQ(model.data(idx, BasketModel::LineIdRole).toUInt(), 2u);
    EXPECT_EQ(model.roleNames().value(BasketModel::AmountRole), QByteArray("amount"));
}

/// Sends one key press with a given timestamp to the window, as the platform would.
bool sendKey(QWindow &window, int key, const QString &text, quint64 ms)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
    event.setTimestamp(ms);
    QGuiApplication::sendEvent(&window, &event);
    return event.isAccepted();
}

TEST(KeyboardWedge, FastBurstIsAScanAndItsEnterIsSwallowed)
{
    QWindow window;
    KeyboardWedgeFilter filter;
    window.installEventFilter(&filter);
    QSignalSpy scans(&filter, &KeyboardWedgeFilter::scanned);
    const QString code = QStringLiteral("8801000000012");
    quint64 t = 1000;
    for (const QChar ch : code) {
        sendKey(window, ch.unicode(), QString(ch), t);
        t += 8;
    }
    // The Enter of a scan must not reach the window (and so not a focused button).
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    enter.setTimestamp(t);
    EXPECT_TRUE(filter.eventFilter(&window, &enter));
    ASSERT_EQ(scans.count(), 1);
    EXPECT_EQ(scans.at(0).at(0).toString(), code);
}

TEST(KeyboardWedge, TypingIsNotAScan)
{
    QWindow window;
    KeyboardWedgeFilter filter;
    QSignalSpy scans(&filter, &KeyboardWedgeFilter::scanned);
    quint64 t = 1000;
    for (const QChar ch : QStringLiteral("123456789")) {
        QKeyEvent key(QEvent::KeyPress, ch.unicode(), Qt::NoModifier, QString(ch));
        key.setTimestamp(t);
        EXPECT_FALSE(filter.eventFilter(&window, &key));
        t += 180; // a person typing
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    enter.setTimestamp(t);
    EXPECT_FALSE(filter.eventFilter(&window, &enter)); // the focused button gets its Enter
    EXPECT_EQ(scans.count(), 0);
    // A short fast burst (two keys) is not a scan either.
    for (const QChar ch : QStringLiteral("12")) {
        QKeyEvent key(QEvent::KeyPress, ch.unicode(), Qt::NoModifier, QString(ch));
        key.setTimestamp(++t);
        (void)filter.eventFilter(&window, &key);
    }
    enter.setTimestamp(++t);
    EXPECT_FALSE(filter.eventFilter(&window, &enter));
    EXPECT_EQ(scans.count(), 0);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
