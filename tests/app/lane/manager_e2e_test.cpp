// The store manager's day through the real app offscreen (`lane --demo`'s composition root,
// the real QML, clicks on the window): the float counted into a shift, sales, the blind
// count, then the Z from the manager screen, checked in the store (Z record, journal,
// closed business day) and on the virtual receipt printer. Also writes the screenshots of
// the manager screens.
#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "app/lane/devicehub.h"
#include "app/lane/laneservices.h"
#include "core/report/dayclose.h"
#include "core/store/store.h"
#include "devices/printer/virtualprinter.h"

#include <QtQml/QQmlExtensionPlugin>
Q_IMPORT_QML_PLUGIN(LanePlugin)

using namespace lane::app;

namespace {

const char *kMilk = "8801000000012";  // 2,900
const char *kRamen = "8801000000029"; // 4,500

template<typename F>
bool waitFor(F condition, int ms = 8000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return condition();
}

class ManagerDay : public ::testing::Test
{
protected:
    void SetUp() override { start(); }

    void start(const QString &language = QStringLiteral("en"), QSize size = {1024, 768})
    {
        LaneOptions options;
        options.demo = true;
        options.dataDir = dir.path();
        options.language = language;
        services = std::make_unique<LaneServices>(options);
        const QStringList problems = services->build();
        ASSERT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        engine = std::make_unique<QQmlApplicationEngine>();
        ASSERT_TRUE(services->load(*engine));
        window = services->window();
        ASSERT_TRUE(window);
        services->wedgeFilter()->setMaxGapMs(2000);
        ASSERT_TRUE(services->qmlWarnings().isEmpty())
            << services->qmlWarnings().join(QLatin1Char('\n')).toStdString();
        window->resize(size);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    }

    void stop()
    {
        engine.reset();
        services.reset();
        window = nullptr;
    }

    static QQuickItem *find(QQuickItem *root, const QString &name)
    {
        if (root->objectName() == name && root->isVisible()) {
            return root;
        }
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = find(child, name)) {
                return found;
            }
        }
        return nullptr;
    }

    QQuickItem *item(const QString &name)
    {
        // Popups live in the window's overlay, beside the content item.
        QQuickItem *found = find(window->contentItem(), name);
        return found ? found : find(window->contentItem()->parentItem(), name);
    }

    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        ASSERT_TRUE(target) << name.toStdString();
        ASSERT_TRUE(target->isEnabled()) << name.toStdString();
        const QPointF centre
            = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCoreApplication::processEvents();
    }

    void keyIn(const QString &digits, const QString &enter)
    {
        for (const QChar ch : digits) {
            click(QStringLiteral("key_") + ch);
        }
        click(enter);
    }

    void signOnCashier()
    {
        click(QStringLiteral("key_C"));
        keyIn(QStringLiteral("1001"), QStringLiteral("keypadEnter"));
        keyIn(QStringLiteral("2580"), QStringLiteral("keypadEnter"));
        ASSERT_TRUE(services->session()->signedOn());
    }

    /// The manager button, then the manager's number and PIN on the gate's keypad.
    void managerIn()
    {
        click(QStringLiteral("managerButton"));
        ASSERT_TRUE(item(QStringLiteral("managerGate")));
        keyIn(QStringLiteral("9001"), QStringLiteral("keypadEnter"));
        keyIn(QStringLiteral("7391"), QStringLiteral("keypadEnter"));
        ASSERT_TRUE(services->manager()->active()) << services->manager()->message().toStdString();
    }

    /// Touches a denomination row and keys its pieces on the count keypad.
    void count(int row, int pieces)
    {
        click(QStringLiteral("countRow_%1").arg(row));
        keyIn(QString::number(pieces), QStringLiteral("keypadEnter"));
    }

    void wedgeScan(const char *code)
    {
        for (const char *c = code; *c; ++c) {
            QTest::keyClick(window, *c);
        }
        QTest::keyClick(window, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    lane::devices::printer::VirtualPrinter *printer()
    {
        auto &manager = services->deviceHub()->manager();
        auto *device = manager.device(QStringLiteral("printer"));
        return device ? device->findChild<lane::devices::printer::VirtualPrinter *>() : nullptr;
    }

    void shoot(const QString &name)
    {
        // Layouts settle on the next frame after a model change (a Repeater's new rows).
        window->requestUpdate();
        QTest::qWait(200);
        QCoreApplication::processEvents();
        const QImage image = window->grabWindow();
        ASSERT_FALSE(image.isNull());
        const QString file = QStringLiteral("%1-%2-%3x%4.png")
                                 .arg(name, services->language()->language())
                                 .arg(window->width())
                                 .arg(window->height());
        const QString dirName = qEnvironmentVariableIntValue("LANE_UPDATE_SCREENSHOTS") == 1
                                    ? QStringLiteral(LANE_SOURCE_DIR "/docs/screenshots")
                                    : QStringLiteral(LANE_BINARY_DIR "/screenshots");
        QDir().mkpath(dirName);
        ASSERT_TRUE(image.save(dirName + QLatin1Char('/') + file));
    }

    QTemporaryDir dir;
    std::unique_ptr<LaneServices> services;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

TEST_F(ManagerDay, SalesThenTheZFromTheManagerScreen)
{
    signOnCashier();
    auto *vm = services->manager();
    auto &db = services->store()->database();

    // A cashier alone does not get in; the manager keys number and PIN.
    managerIn();
    // Opening float: 5 x 10,000 (row 1) and 10 x 1,000 (row 3).
    count(1, 5);
    count(3, 10);
    click(QStringLiteral("openShiftButton"));
    ASSERT_TRUE(vm->shiftOpen()) << vm->message().toStdString();
    EXPECT_EQ(vm->shift().value(QStringLiteral("float")).toString(), QStringLiteral("₩60,000"));
    click(QStringLiteral("managerBack"));
    EXPECT_FALSE(vm->active());

    // Two cash sales on the sale screen.
    SaleViewModel *sale = services->sale();
    for (const char *code : {kMilk, kRamen}) {
        wedgeScan(code);
        ASSERT_TRUE(sale->startTender()) << sale->message().toStdString();
        sale->payExactCash();
        ASSERT_EQ(sale->state(), QStringLiteral("finished")) << sale->message().toStdString();
        sale->drawerClosed();
    }
    ASSERT_TRUE(waitFor([&] { return printer() && printer()->receipts().size() == 2; }));

    // The Z waits for the open shift.
    managerIn();
    click(QStringLiteral("managerTabClose"));
    EXPECT_FALSE(item(QStringLiteral("runZButton"))->isEnabled());
    EXPECT_TRUE(item(QStringLiteral("zCheck_shifts")));

    // Blind count: 60,000 + 7,400 = 67,400 (6 x 10,000, 1 x 5,000, 2 x 1,000, 4 x 100).
    click(QStringLiteral("managerTabShift"));
    count(1, 6);
    count(2, 1);
    count(3, 2);
    count(5, 4);
    click(QStringLiteral("closeShiftButton"));
    ASSERT_FALSE(vm->shiftOpen()) << vm->message().toStdString();
    EXPECT_TRUE(item(QStringLiteral("closeResult")));

    // The day's figures, then the Z.
    click(QStringLiteral("managerTabReport"));
    EXPECT_EQ(vm->report().value(QStringLiteral("net")).toString(), QStringLiteral("₩7,400"));
    click(QStringLiteral("managerTabClose"));
    click(QStringLiteral("runZButton"));
    click(QStringLiteral("zConfirmButton"));
    ASSERT_TRUE(vm->dayClosed()) << vm->message().toStdString();
    EXPECT_TRUE(item(QStringLiteral("zDone")));

    // The store: one Z record for the day, its journal entry, the day closed.
    EXPECT_EQ(*db.queryInt("SELECT COUNT(*) FROM z_record"), 1);
    EXPECT_EQ(*db.queryInt("SELECT net_sales_minor FROM z_record"), 7400);
    EXPECT_EQ(*db.queryInt("SELECT COUNT(*) FROM journal WHERE type = 'z_report'"), 1);
    EXPECT_EQ(*db.queryInt("SELECT COUNT(*) FROM journal WHERE type = 'shift.close'"), 1);
    EXPECT_EQ(*db.queryText("SELECT json_extract(payload, '$.user') FROM journal WHERE type = "
                            "'z_report'"),
              "9001");
    EXPECT_EQ(lane::core::checkSalesAllowed(*services->store()).error().code,
              "business_day.closed");

    // The printed Z on the receipt printer.
    ASSERT_TRUE(waitFor([&] { return printer()->receipts().size() == 3; }));
    const auto lines = printer()->receipts().back().textLines();
    auto printed = [&](const std::string &needle) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string &l) {
            return l.find(needle) != std::string::npos;
        });
    };
    EXPECT_TRUE(printed("Z REPORT"));
    EXPECT_TRUE(printed("NET SALES                             7400"));

    // Back on the sale screen, selling is refused until the next day is opened.
    click(QStringLiteral("managerBack"));
    ASSERT_TRUE(item(QStringLiteral("payButton")));
    wedgeScan(kMilk);
    EXPECT_TRUE(sale->messageIsError()) << sale->message().toStdString();
    EXPECT_FALSE(sale->basket()->count() > 0 && sale->startTender());
    EXPECT_EQ(*db.queryInt("SELECT COUNT(*) FROM sale"), 2);
}

TEST_F(ManagerDay, ScreenshotsOfTheManagerScreens)
{
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            stop();
            QDir(dir.path()).removeRecursively();
            QDir().mkpath(dir.path());
            start(language, size);
            signOnCashier();
            click(QStringLiteral("managerButton"));
            shoot(QStringLiteral("manager-01-sign-in"));
            keyIn(QStringLiteral("9001"), QStringLiteral("keypadEnter"));
            keyIn(QStringLiteral("7391"), QStringLiteral("keypadEnter"));
            ASSERT_TRUE(services->manager()->active());
            count(1, 5);
            count(3, 10);
            shoot(QStringLiteral("manager-02-shift-float"));
            click(QStringLiteral("openShiftButton"));
            click(QStringLiteral("managerBack"));
            for (const char *code : {kMilk, kRamen, kMilk}) {
                wedgeScan(code);
                ASSERT_TRUE(services->sale()->startTender());
                services->sale()->payExactCash();
                services->sale()->drawerClosed();
            }
            managerIn();
            click(QStringLiteral("managerTabReport"));
            shoot(QStringLiteral("manager-03-figures"));
            click(QStringLiteral("managerTabClose"));
            shoot(QStringLiteral("manager-04-close-checks"));
            click(QStringLiteral("managerTabShift"));
            count(1, 6);
            count(3, 8);
            click(QStringLiteral("closeShiftButton")); // 2,300 short: needs approval
            shoot(QStringLiteral("manager-05-blind-count"));
            ASSERT_TRUE(services->manager()->closeShift(QStringLiteral("unexplained")));
            click(QStringLiteral("managerTabClose"));
            click(QStringLiteral("runZButton"));
            click(QStringLiteral("zConfirmButton"));
            ASSERT_TRUE(services->manager()->dayClosed());
            shoot(QStringLiteral("manager-06-z-done"));
        }
    }
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
