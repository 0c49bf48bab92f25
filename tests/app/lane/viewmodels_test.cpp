#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QWindow>

#include "app/lane/basketmodel.h"
#include "app/lane/devicestatusmodel.h"
#include "app/lane/hangulcomposer.h"
#include "app/lane/keyboardwedgefilter.h"
#include "app/lane/lanehealth.h"
#include "app/lane/sessionviewmodel.h"
#include "app/lane/userdirectory.h"
#include "core/auth/authorizer.h"
#include "core/auth/credential.h"

using namespace lane::app;
using namespace std::chrono_literals;

namespace {

namespace core = lane::core;

/// The journal as the test sees it: every audit record in order.
class RecordingAuditLog final : public core::AuditLog
{
public:
    core::Status append(const core::AuditRecord &record) override
    {
        records.push_back(record);
        return {};
    }
    std::string field(std::size_t i, const std::string &key) const
    {
        for (const auto &[k, v] : records.at(i).fields) {
            if (k == key) {
                return v;
            }
        }
        return {};
    }
    std::vector<core::AuditRecord> records;
};

class Session : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Few PBKDF2 rounds: the test is about the session, not the hash cost.
        directory.add(core::User{"1001", "Kim", core::Role::Cashier, true,
                                 *core::hashCredential("2580", 1000), ""});
        directory.add(core::User{"5001", "Park", core::Role::Supervisor, true,
                                 *core::hashCredential("4826", 1000), ""});
        directory.add(core::User{"1002", "Lee", core::Role::Cashier, true,
                                 *core::hashCredential("3691", 1000), ""});
        session.setAuthorizer(&audited);
        session.setClock(&clock);
        session.setLockAfterSeconds(60);
    }
    lane::core::ManualClock clock{lane::core::TimePoint{} + 1000h};
    core::InMemoryUserDirectory directory;
    core::Authorizer authorizer{directory, core::PermissionMatrix(), clock};
    RecordingAuditLog log;
    core::NullEventSink events;
    core::AuditedAuthorizer audited{authorizer, log, events};
    SessionViewModel session;
};

TEST_F(Session, SignsOnWithTheRightPinOnlyAndJournalsBoth)
{
    EXPECT_FALSE(session.signOn(QStringLiteral("1001"), QStringLiteral("0000")));
    EXPECT_FALSE(session.signedOn());
    EXPECT_FALSE(session.error().isEmpty());
    EXPECT_FALSE(session.signOn(QStringLiteral("4242"), QStringLiteral("2580")));
    EXPECT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
    EXPECT_TRUE(session.signedOn());
    EXPECT_EQ(session.userName(), QStringLiteral("Kim"));
    EXPECT_TRUE(session.error().isEmpty());
    ASSERT_EQ(log.records.size(), 3u);
    EXPECT_EQ(log.records[0].type, core::audit_type::kSignOnFailed);
    EXPECT_EQ(log.records[2].type, core::audit_type::kSignOn);
    EXPECT_EQ(log.field(2, "user"), "1001");
    for (const auto &record : log.records) {
        for (const auto &[key, value] : record.fields) {
            EXPECT_EQ(value.find("2580"), std::string::npos) << key; // never a PIN
        }
    }
    session.signOff();
    EXPECT_FALSE(session.signedOn());
}

TEST_F(Session, WrongPinsLockTheUserOutForAWhile)
{
    for (int i = 0; i < 3; ++i) {
        EXPECT_FALSE(session.signOn(QStringLiteral("1001"), QStringLiteral("1111")));
    }
    // Locked now: even the right PIN is refused, and the cashier is told why.
    EXPECT_FALSE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
    EXPECT_TRUE(session.error().contains(QStringLiteral("locked")))
        << session.error().toStdString();
    clock.advance(31s);
    EXPECT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
}

TEST_F(Session, LocksAfterInactivityAndUnlocksWithThePin)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
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
    EXPECT_FALSE(session.unlock(QStringLiteral("4826"))); // the supervisor's PIN is not theirs
    EXPECT_TRUE(session.locked());
    EXPECT_TRUE(session.unlock(QStringLiteral("2580")));
    EXPECT_FALSE(session.locked());
}

TEST_F(Session, SupervisorApprovalIsJournaledWithBothIdentities)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
    const QString discount = QString::fromLatin1(permission::kLineDiscount);
    log.records.clear();
    EXPECT_FALSE(session.can(discount));
    ASSERT_EQ(log.records.size(), 1u);
    EXPECT_EQ(log.records[0].type, core::audit_type::kRefused);
    EXPECT_EQ(log.field(0, "decision"), "needs_supervisor");
    // Returns against a receipt need nobody's approval.
    EXPECT_TRUE(session.can(QString::fromLatin1(permission::kReturn)));
    EXPECT_FALSE(session.can(QStringLiteral("no.such.permission")));

    EXPECT_EQ(session.approve(QStringLiteral("5001"), QStringLiteral("1111"), discount,
                              QStringLiteral("damaged box")),
              QString());
    // Another cashier may not approve it.
    EXPECT_EQ(session.approve(QStringLiteral("1002"), QStringLiteral("3691"), discount,
                              QStringLiteral("damaged box")),
              QString());
    EXPECT_FALSE(session.error().isEmpty());
    log.records.clear();
    EXPECT_EQ(session.approve(QStringLiteral("5001"), QStringLiteral("4826"), discount,
                              QStringLiteral("damaged box")),
              QStringLiteral("5001"));
    ASSERT_FALSE(log.records.empty());
    EXPECT_EQ(log.records.back().type, core::audit_type::kOverride);
    EXPECT_EQ(log.field(log.records.size() - 1, "approver"), "5001");
    EXPECT_EQ(log.field(log.records.size() - 1, "reason"), "damaged box");
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
    model.setStatus(QStringLiteral("telemetry"), DeviceStatusModel::Level::Ok);
    model.setTelemetryBacklog(12 * 1024);
    EXPECT_EQ(model.advice(QStringLiteral("telemetry")),
              QStringLiteral("12 KB waiting to be sent"));
    model.setStatus(QStringLiteral("display"), DeviceStatusModel::Level::Ok);
    EXPECT_EQ(model.rowCount(), 8);
}

struct HealthCase
{
    const char *name;
    HealthReading reading;
    DeviceStatusModel::Level network;
    DeviceStatusModel::Level telemetry;
    const char *telemetryAdvice;
};

class Health : public ::testing::TestWithParam<HealthCase>
{};

TEST_P(Health, ChipsFollowTheSpoolAndTheForwarder)
{
    const HealthCase &c = GetParam();
    DeviceStatusModel model;
    LaneHealth::apply(model, c.reading);
    EXPECT_EQ(model.level(QStringLiteral("network")), c.network);
    EXPECT_EQ(model.level(QStringLiteral("telemetry")), c.telemetry);
    EXPECT_EQ(model.advice(QStringLiteral("telemetry")), QString::fromUtf8(c.telemetryAdvice));
}

HealthReading reading(bool receiver, std::uint64_t bytes, std::int64_t oldest,
                      std::optional<std::int64_t> sinceSuccess, std::string error)
{
    HealthReading r;
    r.spoolOpen = true;
    r.receiverConfigured = receiver;
    r.pendingBytes = bytes;
    if (bytes > 0) {
        r.oldestPendingAge = std::chrono::seconds(oldest);
    }
    if (sinceSuccess) {
        r.sinceLastSuccess = std::chrono::seconds(*sinceSuccess);
    }
    r.lastError = std::move(error);
    return r;
}

using L = DeviceStatusModel::Level;
INSTANTIATE_TEST_SUITE_P(
    Readings, Health,
    ::testing::Values(
        HealthCase{"demo_spool_only", reading(false, 3000, 60, {}, ""), L::Off, L::Ok,
                   "3 KB kept on the lane"},
        HealthCase{"up_to_date", reading(true, 0, 0, 10, ""), L::Ok, L::Ok, "Up to date"},
        HealthCase{"sending", reading(true, 5 * 1024, 20, 10, ""), L::Ok, L::Ok,
                   "5 KB waiting to be sent"},
        HealthCase{"brief_error_after_success", reading(true, 5 * 1024, 20, 30, "HTTP 503"), L::Ok,
                   L::Ok, "5 KB waiting to be sent"},
        HealthCase{"offline", reading(true, 2 * 1024 * 1024, 1200, 1300, "connection refused"),
                   L::Warning, L::Warning,
                   "2.0 MB not sent for 20 min: selling goes on; check the network"},
        HealthCase{"never_reached", reading(true, 1024, 30, {}, "host not found"), L::Warning,
                   L::Ok, "1 KB waiting to be sent"},
        HealthCase{"spool_broken", HealthReading{}, L::Off, L::Error,
                   "Off: selling goes on; call support"}),
    [](const ::testing::TestParamInfo<HealthCase> &param) {
        return std::string(param.param.name);
    });

struct ComposeCase
{
    const char *keys; // jamo keys in order; '<' is backspace
    const char *text;
};

class Compose : public ::testing::TestWithParam<ComposeCase>
{};

TEST_P(Compose, JamoKeysBecomeSyllables)
{
    HangulComposer composer;
    for (const QChar key : QString::fromUtf8(GetParam().keys)) {
        if (key == QLatin1Char('<')) {
            composer.backspace();
        } else {
            composer.press(key);
        }
    }
    EXPECT_EQ(composer.text(), QString::fromUtf8(GetParam().text)) << GetParam().keys;
}

INSTANTIATE_TEST_SUITE_P(
    Hangul, Compose,
    ::testing::Values(ComposeCase{"ㄱㅏㄴ", "간"}, ComposeCase{"ㄱㅏㄴㅏ", "가나"},
                      ComposeCase{"ㅅㅓㅇㅜㄹㅇㅜㅇㅠ", "서울우유"}, ComposeCase{"ㄷㅏㄹㄱ", "닭"},
                      ComposeCase{"ㄷㅏㄹㄱㅏ", "달가"}, ComposeCase{"ㄱㅗㅏ", "과"},
                      ComposeCase{"ㅅㅣㄴㄹㅏㅁㅕㄴ", "신라면"}, ComposeCase{"ㄲㅗㅊ", "꽃"},
                      ComposeCase{"ㅇㅏㄸ", "아ㄸ"}, ComposeCase{"ㅏ", "ㅏ"},
                      ComposeCase{"ㄱㄴ", "ㄱㄴ"}, ComposeCase{"ㅇㅏ1 ㅂ", "아1 ㅂ"},
                      ComposeCase{"ramen", "ramen"}, ComposeCase{"ㄷㅏㄹㄱ<", "달"},
                      ComposeCase{"ㄱㅗㅏ<", "고"}, ComposeCase{"ㄱㅏㄴ<<", "ㄱ"},
                      ComposeCase{"아<", ""}, ComposeCase{"ㄱㅏ<<<", ""}));

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
