// Whole sales through the real app offscreen: the same composition root as `lane --demo`,
// the real QML, keys and clicks on the window, and assertions on the store (SQLite) and
// the receipt it recorded. Also writes the screenshots of every screen.
#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "app/lane/cardterminal.h"
#include "app/lane/devicehub.h"
#include "app/lane/laneservices.h"
#include "core/report/dayclose.h"
#include "core/store/audit.h"
#include "core/store/sqliteusers.h"
#include "core/store/store.h"
#include "devices/printer/virtualprinter.h"
#include "devices/sim/scalesimulator.h"
#include "devices/sim/serialsimulators.h"
#include "devices/zvt/zvtsimulator.h"
#include "telemetry/telemetry.h"

#include <QtQml/QQmlExtensionPlugin>
Q_IMPORT_QML_PLUGIN(LanePlugin)

using namespace lane::app;

namespace {

const char *kMilk = "8801000000012";    // 2,900
const char *kRamen = "8801000000029";   // 4,500
const char *kSoju = "8801000000036";    // 1,950, 19+, deposit 100
const char *kUnknown = "8809999999997"; // valid check digit, not in the catalog

template<typename F>
bool waitFor(F condition, int ms = 8000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return condition();
}

class Lane : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The card terminal: the ZVT simulator on loopback TCP, outliving the lane so a
        // restarted lane finds what it charged.
        namespace zvt = lane::devices::zvt;
        zvt::SimulatorConfig config;
        config.customerDelay = std::chrono::milliseconds(150);
        config.hostDelay = std::chrono::milliseconds(100);
        terminal = std::make_unique<zvt::ZvtSimulator>(config);
        ASSERT_TRUE(terminal->listenTcp(0).ok());
        start();
    }

    void start(const QString &language = QStringLiteral("en"))
    {
        LaneOptions options;
        options.demo = true;
        options.dataDir = dir.path();
        options.language = language;
        options.terminal = QStringLiteral("127.0.0.1:%1").arg(terminal->tcpPort());
        services = std::make_unique<LaneServices>(options);
        const QStringList problems = services->build();
        ASSERT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        engine = std::make_unique<QQmlApplicationEngine>();
        ASSERT_TRUE(services->load(*engine));
        window = services->window();
        ASSERT_TRUE(window);
        // QTest stamps keys with the wall clock, so a loaded machine would split a burst;
        // the burst timing itself is tested with exact timestamps in viewmodels_test.
        services->wedgeFilter()->setMaxGapMs(2000);
        ASSERT_TRUE(services->qmlWarnings().isEmpty())
            << services->qmlWarnings().join(QLatin1Char('\n')).toStdString();
        window->resize(1024, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    }

    void stop()
    {
        engine.reset();
        services.reset();
        window = nullptr;
    }

    /// The first visible item with this objectName in the visual tree (Repeater delegates
    /// and popups included).
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

    QQuickItem *item(const char *name)
    {
        const QString wanted = QString::fromUtf8(name); // key names can be Hangul
        if (QQuickItem *found = find(window->contentItem(), wanted)) {
            return found;
        }
        // Popups (dialogs) draw in the overlay: reach their items through the object tree.
        for (QQuickItem *candidate : window->findChildren<QQuickItem *>(wanted)) {
            if (candidate->isVisible()) {
                return candidate;
            }
        }
        return nullptr;
    }

    void click(QQuickItem *target)
    {
        ASSERT_TRUE(target);
        ASSERT_TRUE(target->isVisible()) << target->objectName().toStdString();
        const QPointF centre
            = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCoreApplication::processEvents();
    }

    /// Keys digits on the visible keypad by clicking its buttons, then its Enter.
    void keyIn(const QString &digits, const char *enterName)
    {
        for (const QChar ch : digits) {
            click(find(window->contentItem(), QStringLiteral("key_") + ch));
        }
        click(item(enterName));
    }

    void signOn()
    {
        // A scan before sign-on also typed its digits into the focused keypad.
        click(item("key_C"));
        keyIn(QStringLiteral("1001"), "keypadEnter");
        keyIn(QStringLiteral("2580"), "keypadEnter");
        ASSERT_TRUE(services->session()->signedOn());
    }

    /// A keyboard-wedge scanner: a fast burst of characters and Enter, into the window.
    void wedgeScan(const char *code)
    {
        for (const char *c = code; *c; ++c) {
            QTest::keyClick(window, *c);
        }
        QTest::keyClick(window, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    void shoot(const QString &name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage image = window->grabWindow();
        ASSERT_FALSE(image.isNull());
        const QString size = QStringLiteral("%1x%2").arg(window->width()).arg(window->height());
        const QString file
            = QStringLiteral("%1-%2-%3.png").arg(name, services->language()->language(), size);
        QDir().mkpath(screenshotDir());
        ASSERT_TRUE(image.save(screenshotDir() + QLatin1Char('/') + file));
    }

    struct Leaf
    {
        QString name;
        QRectF shown;   // scene rectangle cut to what clipping ancestors show
        bool unclipped; // no clipping ancestor: it must lie wholly inside the window
    };

    /// Named controls as the cashier sees them: each visible item with an objectName and no
    /// visible named item inside it (the banner counts whole), in scene coordinates.
    static void namedLeaves(QQuickItem *item, QRectF clip, bool clipped, QList<Leaf> &out)
    {
        if (!item->isVisible() || item->opacity() <= 0.0) {
            return;
        }
        const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const qsizetype before = out.size();
        if (item->objectName() != QLatin1String("messageBanner")) {
            const bool clips = item->clip();
            for (QQuickItem *child : item->childItems()) {
                namedLeaves(child, clips ? clip.intersected(rect) : clip, clipped || clips, out);
            }
        }
        const QRectF shown = rect.intersected(clip);
        if (out.size() == before && !item->objectName().isEmpty() && rect.width() > 0.5
            && rect.height() > 0.5) {
            out.append({item->objectName(), clipped ? shown : rect, !clipped});
        }
    }

    /// Fails naming both controls when any two overlap, or one is pushed out of the window.
    void expectNothingOverlaps(const QString &where)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50); // layouts settle on the next polish
        const QRectF windowRect(0, 0, window->width(), window->height());
        QList<Leaf> leaves;
        namedLeaves(window->contentItem(), windowRect, false, leaves);
        ASSERT_GT(leaves.size(), 10) << where.toStdString();
        auto show = [](const Leaf &l) {
            return QStringLiteral("%1 (%2,%3 %4x%5)")
                .arg(l.name)
                .arg(l.shown.x())
                .arg(l.shown.y())
                .arg(l.shown.width())
                .arg(l.shown.height())
                .toStdString();
        };
        for (qsizetype i = 0; i < leaves.size(); ++i) {
            if (leaves[i].unclipped) {
                EXPECT_TRUE(windowRect.contains(leaves[i].shown))
                    << where.toStdString() << ": " << show(leaves[i]) << " leaves the window";
            }
            for (qsizetype j = i + 1; j < leaves.size(); ++j) {
                const QRectF overlap = leaves[i].shown.intersected(leaves[j].shown);
                EXPECT_FALSE(overlap.width() > 0.5 && overlap.height() > 0.5)
                    << where.toStdString() << ": " << show(leaves[i]) << " overlaps "
                    << show(leaves[j]);
            }
        }
    }

    static QString screenshotDir()
    {
        // LANE_UPDATE_SCREENSHOTS=1 refreshes docs/screenshots; otherwise the build dir.
        if (qEnvironmentVariableIntValue("LANE_UPDATE_SCREENSHOTS") == 1) {
            return qEnvironmentVariable("LANE_SOURCE_DIR", QStringLiteral(LANE_SOURCE_DIR))
                   + QStringLiteral("/docs/screenshots");
        }
        return QStringLiteral(LANE_BINARY_DIR "/screenshots");
    }

    /// Every line the telemetry spool holds so far (after a flush).
    QList<QByteArray> spoolLines()
    {
        QList<QByteArray> lines;
        if (!services->telemetry()) {
            return lines;
        }
        services->telemetry()->flush();
        QDirIterator it(QString::fromStdString(services->telemetrySpoolDir().string()),
                        {QStringLiteral("*.ndjson")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                lines << file.readAll().split('\n');
            }
        }
        return lines;
    }

    int persistedLines()
    {
        auto basket = services->store()->loadBasket();
        EXPECT_TRUE(basket.ok());
        if (!basket.ok() || !basket.value()) {
            return 0;
        }
        int active = 0;
        for (const auto &line : basket.value()->snapshot.basket.lines) {
            active += line.active() ? 1 : 0;
        }
        return active;
    }

    QTemporaryDir dir;
    std::unique_ptr<lane::devices::zvt::ZvtSimulator> terminal;
    std::unique_ptr<LaneServices> services;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};

TEST_F(Lane, SignOnScanAgeCheckSplitTenderAndReceiptInTheStore)
{
    SaleViewModel *sale = services->sale();
    EXPECT_FALSE(services->session()->signedOn());
    wedgeScan(kMilk); // not signed on: refused, and loudly
    EXPECT_TRUE(sale->messageIsError());
    signOn();

    wedgeScan(kMilk);
    ASSERT_EQ(sale->basket()->count(), 1) << sale->message().toStdString();
    EXPECT_EQ(sale->lastItemName(), QStringLiteral("서울우유 1L"));
    EXPECT_EQ(sale->total(), QStringLiteral("₩2,900"));
    EXPECT_EQ(persistedLines(), 1); // durable after every mutation

    wedgeScan(kUnknown);
    EXPECT_TRUE(sale->messageIsError());
    EXPECT_TRUE(sale->message().contains(QLatin1String(kUnknown)));
    EXPECT_EQ(sale->basket()->count(), 1);

    // PLU 10 (water) twice, keyed with a quantity.
    sale->enterCode(QStringLiteral("10"), 2);
    EXPECT_EQ(sale->basket()->count(), 2);

    // Age-restricted with a deposit: the dialog asks; a date of birth clears it.
    wedgeScan(kSoju);
    EXPECT_EQ(sale->pendingMinimumAge(), 19);
    EXPECT_FALSE(sale->startTender()); // not before the age check
    sale->confirmAge(1990, 5, 17);
    EXPECT_EQ(sale->pendingMinimumAge(), 0);
    EXPECT_EQ(sale->basket()->count(), 4); // soju and its deposit line

    // Discount approved by a supervisor.
    sale->discountLine(0, 10, QStringLiteral("5001"));
    EXPECT_NE(sale->basket()->row(0)->savings, QString());

    wedgeScan(kRamen);
    const int lines = sale->basket()->count();
    EXPECT_EQ(persistedLines(), lines);

    // Split tender: voucher 5,000 then cash by the 10,000 note.
    click(item("payButton"));
    ASSERT_EQ(sale->state(), QStringLiteral("tendering"));
    sale->payVoucher(QStringLiteral("5000"), QStringLiteral("GV-7781"));
    EXPECT_EQ(sale->state(), QStringLiteral("tendering")) << sale->message().toStdString();
    click(item("quickCash2")); // 10,000
    ASSERT_EQ(sale->state(), QStringLiteral("finished")) << sale->message().toStdString();
    EXPECT_FALSE(sale->changeDue().isEmpty());

    // The store holds the sale under its receipt number, with both tenders.
    const std::string number = sale->lastReceiptNumber().toStdString();
    ASSERT_FALSE(number.empty());
    auto stored = services->store()->loadSale(number);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored.value().has_value());
    EXPECT_EQ(stored.value()->tenders.size(), 2u);
    EXPECT_EQ(stored.value()->state, lane::core::TransactionState::Finalized);
    EXPECT_EQ(persistedLines(), 0); // the basket in progress is cleared
    ASSERT_TRUE(sale->lastReceipt());
    EXPECT_EQ(sale->lastReceipt()->lines.size(), std::size_t(lines));

    // The sale reached the telemetry spool with the lane's identity, and no PIN did.
    ASSERT_TRUE(services->telemetry());
    const QList<QByteArray> events = spoolLines();
    const auto has = [&events](const char *name) {
        for (const auto &line : events) {
            if (line.contains(QByteArray("\"name\":\"") + name + '"')
                && line.contains("\"store\":\"S0001\"") && line.contains("\"pos\":\"01\"")) {
                return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(has("app.start"));
    EXPECT_TRUE(has("sale.finalized"));
    const QRegularExpression pin(QStringLiteral("(?<![0-9a-f])(2580|4826|7391)(?![0-9a-f])"));
    for (const auto &line : events) {
        EXPECT_FALSE(pin.match(QString::fromUtf8(line)).hasMatch()) << line.toStdString();
    }

    // Return against that receipt.
    click(item("drawerClosedButton"));
    sale->returnByReceipt(sale->lastReceiptNumber());
    EXPECT_GT(sale->basket()->count(), 0) << sale->message().toStdString();
    EXPECT_EQ(sale->basket()->row(0)->kind, QStringLiteral("return"));
}

TEST_F(Lane, SimulatedScannerScaleAndPrinterThroughTheDeviceManager)
{
    namespace dev = lane::devices;
    signOn();
    SaleViewModel *sale = services->sale();
    dev::DeviceManager &manager = services->deviceHub()->manager();
    ASSERT_TRUE(waitFor([&] {
        for (auto *device : manager.devices()) {
            if (!device->isEnabled()) {
                return false;
            }
        }
        return true;
    }));
    EXPECT_EQ(services->devices()->level(QStringLiteral("printer")), DeviceStatusModel::Level::Ok);

    // A serial scanner (CDC-ACM over a pty) with its AIM identifier: no focus involved.
    auto *scanner
        = manager.device(QStringLiteral("scanner"))->findChild<dev::sim::ScannerSimulator *>();
    ASSERT_TRUE(scanner);
    ASSERT_TRUE(scanner->scan(QByteArray("]E0") + kMilk));
    ASSERT_TRUE(waitFor([&] { return sale->basket()->count() == 1; }))
        << sale->message().toStdString();

    // A weighed item takes the scale's stable weight.
    auto *scale = manager.device(QStringLiteral("scale"))->findChild<dev::sim::ScaleSimulator *>();
    ASSERT_TRUE(scale);
    scale->setWeight(512, true);
    ASSERT_TRUE(waitFor([&] { return services->deviceHub()->stableWeightGrams() == 512; }));
    sale->enterCode(QStringLiteral("4011"), 1); // bananas, 3,980 per kg
    ASSERT_EQ(sale->basket()->count(), 2) << sale->message().toStdString();
    EXPECT_TRUE(sale->basket()->row(1)->quantity.startsWith(QLatin1String("0.512 kg")));

    ASSERT_TRUE(sale->startTender());
    sale->payExactCash();
    ASSERT_EQ(sale->state(), QStringLiteral("finished")) << sale->message().toStdString();

    // The printed document: the items, and a barcode carrying the receipt number.
    auto *printer
        = manager.device(QStringLiteral("printer"))->findChild<dev::printer::VirtualPrinter *>();
    ASSERT_TRUE(printer);
    ASSERT_TRUE(waitFor([&] { return printer->receipts().size() == 1; }));
    const auto &document = printer->receipts().front();
    const auto lines = document.textLines();
    auto printed = [&](const std::string &needle) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string &l) {
            return l.find(needle) != std::string::npos;
        });
    };
    EXPECT_TRUE(printed("서울우유 1L"));
    EXPECT_TRUE(printed("바나나"));
    bool barcode = false;
    for (const auto &element : document.elements) {
        if (const auto *b = std::get_if<dev::escpos::Barcode>(&element)) {
            barcode = b->data == sale->lastReceiptNumber().toStdString();
        }
    }
    EXPECT_TRUE(barcode);
    EXPECT_FALSE(printed("COPY"));

    sale->reprintLastReceipt();
    ASSERT_TRUE(waitFor([&] { return printer->receipts().size() == 2; }));
    const auto copy = printer->receipts().back().textLines();
    EXPECT_TRUE(std::any_of(copy.begin(), copy.end(), [](const std::string &l) {
        return l.find("COPY") != std::string::npos;
    }));
}

TEST_F(Lane, AnOpenBasketSurvivesARestart)
{
    signOn();
    wedgeScan(kMilk);
    wedgeScan(kRamen);
    ASSERT_EQ(services->sale()->basket()->count(), 2);
    stop(); // as if the power went: nothing finalized, nothing flushed by the UI
    start();
    signOn();
    EXPECT_EQ(services->sale()->basket()->count(), 2);
    EXPECT_EQ(services->sale()->total(), QStringLiteral("₩7,400"));
}

TEST_F(Lane, LocksWhenAskedAndTheBasketStays)
{
    signOn();
    wedgeScan(kMilk);
    services->session()->lockNow();
    EXPECT_TRUE(item("lockScreen")->isVisible());
    wedgeScan(kRamen); // locked: no sale
    EXPECT_EQ(services->sale()->basket()->count(), 1);
    EXPECT_TRUE(services->session()->unlock(QStringLiteral("2580")));
    EXPECT_EQ(services->sale()->basket()->count(), 1);
}

/// Every payment the journal holds for one sale.
std::vector<lane::core::PaymentRecord> paymentsOf(LaneServices &services, const std::string &sale)
{
    auto records = services.cardTerminal()->journal().findBySale(sale);
    EXPECT_TRUE(records.ok());
    return records.ok() ? records.value() : std::vector<lane::core::PaymentRecord>{};
}

TEST_F(Lane, CardDeclinedThenApprovedSplitWithCashAndTheTerminalSlipPrinted)
{
    namespace zvt = lane::devices::zvt;
    ASSERT_TRUE(services->cardTerminal());
    signOn();
    SaleViewModel *sale = services->sale();
    ASSERT_TRUE(waitFor([&] { return !sale->paymentsBlocked() && !sale->cardBusy(); }));
    wedgeScan(kMilk);
    wedgeScan(kRamen); // 7,400
    click(item("payButton"));
    ASSERT_EQ(sale->state(), QStringLiteral("tendering"));
    sale->payCash(QStringLiteral("2000"));
    const std::string saleId = sale->transaction()->header().transactionId;

    // Declined (insufficient funds): said plainly, nothing charged, the balance stays.
    terminal->script({zvt::SimStep{zvt::SimScenario::Decline, 0x71},
                      zvt::SimStep{zvt::SimScenario::Approve, 0}});
    click(item("cardButton"));
    EXPECT_TRUE(sale->cardBusy());
    ASSERT_TRUE(waitFor([&] { return item("cardStatusPanel") != nullptr; }));
    ASSERT_TRUE(waitFor([&] { return !sale->cardBusy(); })) << sale->cardStatus().toStdString();
    EXPECT_TRUE(sale->messageIsError());
    EXPECT_TRUE(sale->message().startsWith(QStringLiteral("Card declined")))
        << sale->message().toStdString();
    EXPECT_EQ(sale->balance(), QStringLiteral("₩5,400"));
    EXPECT_EQ(terminal->ledgerTotal(), 0);

    // The next card pays the rest: the terminal's stages were on screen on the way.
    QStringList stages;
    QObject::connect(sale, &SaleViewModel::cardChanged, sale, [&] { stages << sale->cardStage(); });
    click(item("cardButton"));
    ASSERT_TRUE(waitFor([&] { return sale->state() == QStringLiteral("finished"); }))
        << sale->message().toStdString();
    EXPECT_TRUE(stages.contains(QStringLiteral("insert"))) << stages.join(',').toStdString();
    EXPECT_TRUE(stages.contains(QStringLiteral("host"))) << stages.join(',').toStdString();
    EXPECT_EQ(terminal->ledgerTotal(), 5400);

    // The store: cash and card, the card with its masked PAN and the journal id.
    auto stored = services->store()->loadSale(sale->lastReceiptNumber().toStdString());
    ASSERT_TRUE(stored.ok() && stored.value().has_value());
    ASSERT_EQ(stored.value()->tenders.size(), 2u);
    const auto &card = stored.value()->tenders[1];
    EXPECT_EQ(card.kind, lane::core::TenderKind::Card);
    EXPECT_EQ(card.applied.minor(), 5400);
    ASSERT_TRUE(card.card.has_value());
    EXPECT_TRUE(lane::core::validateMaskedPan(card.card->maskedPan).ok()) << card.card->maskedPan;
    EXPECT_FALSE(card.card->authCode.empty());
    const auto payments = paymentsOf(*services, saleId);
    ASSERT_EQ(payments.size(), 2u);
    EXPECT_EQ(payments[0].state, lane::core::PaymentState::Declined);
    EXPECT_EQ(payments[1].state, lane::core::PaymentState::Approved);
    EXPECT_EQ(card.card->reference, payments[1].id);

    // The printer: the sale receipt, then the terminal's own slip as a second document.
    auto *printer = services->deviceHub()
                        ->manager()
                        .device(QStringLiteral("printer"))
                        ->findChild<lane::devices::printer::VirtualPrinter *>();
    ASSERT_TRUE(printer);
    ASSERT_TRUE(waitFor([&] { return printer->receipts().size() == 2; }));
    const auto slip = printer->receipts().back().textLines();
    EXPECT_TRUE(std::any_of(slip.begin(), slip.end(), [&](const std::string &l) {
        return l.find(payments[1].receiptNumber) != std::string::npos;
    }));
    // No full card number anywhere on paper: at most 6 + 4 digits in any run of the PAN.
    const QRegularExpression longNumber(QStringLiteral("[0-9]{13,19}"));
    for (const auto &document : printer->receipts()) {
        for (const auto &line : document.textLines()) {
            // The transaction id carries a timestamp; it is not card data.
            QString text = QString::fromStdString(line);
            text.remove(QString::fromStdString(saleId));
            EXPECT_FALSE(longNumber.match(text).hasMatch()) << line;
        }
    }

    // The slip is stored with the sale's card tender, and a reprint brings it back as a COPY.
    const std::string number = sale->lastReceiptNumber().toStdString();
    auto slips = services->store()->cardSlips(number);
    ASSERT_TRUE(slips.ok()) << slips.error().message;
    ASSERT_EQ(slips.value().size(), 1u);
    EXPECT_TRUE(
        std::any_of(slips.value()[0].begin(), slips.value()[0].end(), [&](const std::string &l) {
            return l.find(payments[1].receiptNumber) != std::string::npos;
        }));
    ASSERT_TRUE(waitFor([&] { return services->store()->wasPrinted(number + "-card").value(); }));
    sale->reprintLastReceipt();
    ASSERT_TRUE(waitFor([&] { return printer->receipts().size() == 4; }));
    EXPECT_EQ(printer->receipts()[2].textLines().front(), "** COPY **");
    EXPECT_EQ(printer->receipts()[3].textLines().front(), "** COPY **");
    const auto slipCopy = printer->receipts()[3].textLines();
    EXPECT_TRUE(std::any_of(slipCopy.begin(), slipCopy.end(), [&](const std::string &l) {
        return l.find(payments[1].receiptNumber) != std::string::npos;
    }));
}

TEST_F(Lane, ALaneRestartedMidPaymentReconcilesBeforeSellingAgain)
{
    namespace zvt = lane::devices::zvt;
    signOn();
    SaleViewModel *sale = services->sale();
    ASSERT_TRUE(waitFor([&] { return !sale->paymentsBlocked() && !sale->cardBusy(); }));
    wedgeScan(kMilk); // 2,900
    ASSERT_TRUE(sale->startTender());
    const std::string saleId = sale->transaction()->header().transactionId;

    // The host approves and charges, then the connection drops; the terminal then stays
    // busy for the first enquiry, so this lane cannot tell what happened.
    terminal->script({zvt::SimStep{zvt::SimScenario::LoseApproval, 0}});
    terminal->setBusyEnquiries(1);
    sale->payCard(QString());
    ASSERT_TRUE(waitFor([&] { return !sale->cardBusy() && sale->paymentsBlocked(); }))
        << sale->message().toStdString();
    EXPECT_EQ(terminal->ledgerTotal(), 2900); // charged, unknown to the lane
    EXPECT_TRUE(sale->messageIsError());
    EXPECT_TRUE(item("checkPaymentsButton"));
    sale->backToBasket(); // nothing else may be done with this sale or another
    wedgeScan(kRamen);
    EXPECT_EQ(sale->basket()->count(), 1);
    EXPECT_TRUE(sale->message().contains(QStringLiteral("interrupted")))
        << sale->message().toStdString();

    stop(); // the power goes
    start();
    sale = services->sale();
    // The restarted lane asks the terminal first; the approval joins the restored sale,
    // which completes and is recorded: charged once, recorded once.
    ASSERT_TRUE(waitFor([&] { return sale->state() == QStringLiteral("finished"); }))
        << sale->message().toStdString();
    EXPECT_FALSE(sale->paymentsBlocked());
    EXPECT_TRUE(sale->message().contains(QStringLiteral("Do not charge again")))
        << sale->message().toStdString();
    auto stored = services->store()->loadSale(sale->lastReceiptNumber().toStdString());
    ASSERT_TRUE(stored.ok() && stored.value().has_value());
    EXPECT_EQ(stored.value()->header.transactionId, saleId);
    ASSERT_EQ(stored.value()->tenders.size(), 1u);
    EXPECT_EQ(stored.value()->tenders[0].kind, lane::core::TenderKind::Card);
    EXPECT_EQ(stored.value()->tenders[0].applied.minor(), terminal->ledgerTotal());
    const auto payments = paymentsOf(*services, saleId);
    ASSERT_EQ(payments.size(), 1u);
    EXPECT_EQ(payments[0].state, lane::core::PaymentState::Approved);
    EXPECT_TRUE(payments[0].recovered);

    signOn(); // selling goes on
    wedgeScan(kRamen);
    EXPECT_EQ(sale->basket()->count(), 1) << sale->message().toStdString();
}

TEST_F(Lane, AClosedBusinessDayRefusesNewSalesWithAClearMessage)
{
    // The manager ran the Z: the business day is closed until the next one is opened.
    lane::core::NullEventSink events;
    lane::core::DayClose dayClose(*services->store(), events);
    const auto z = dayClose.runZ("9001");
    ASSERT_TRUE(z.ok()) << z.error().message;
    signOn();
    wedgeScan(kMilk);
    EXPECT_EQ(services->sale()->basket()->count(), 0);
    EXPECT_TRUE(services->sale()->messageIsError());
    EXPECT_TRUE(services->sale()->message().contains(QStringLiteral("business day is closed")))
        << services->sale()->message().toStdString();
}

TEST_F(Lane, SignOnAndApprovalsGoThroughTheStoresUsersAndTheAuditJournal)
{
    // The demo users live in the store, with PBKDF2 hashes only.
    ASSERT_TRUE(services->userStore());
    auto users = services->userStore()->users();
    ASSERT_TRUE(users.ok());
    EXPECT_GE(users.value().size(), 4u);
    for (const auto &user : users.value()) {
        EXPECT_EQ(user.pinHash.rfind("pbkdf2-sha256$", 0), 0u) << user.id;
    }
    SessionViewModel *session = services->session();
    EXPECT_FALSE(session->signOn(QStringLiteral("1001"), QStringLiteral("1111")));
    signOn();
    // A cashier's discount needs a supervisor; the approval names both.
    EXPECT_FALSE(session->can(QString::fromLatin1(permission::kLineDiscount)));
    EXPECT_EQ(session->approve(QStringLiteral("5001"), QStringLiteral("4826"),
                               QString::fromLatin1(permission::kLineDiscount),
                               QStringLiteral("Discount 10%")),
              QStringLiteral("5001"));
    lane::core::AuditFilter filter;
    filter.from = "2000-01-01";
    filter.to = "2099-12-31";
    auto audit = lane::core::listAudit(*services->store(), filter);
    ASSERT_TRUE(audit.ok()) << audit.error().message;
    std::vector<std::string> types;
    for (const auto &entry : audit.value()) {
        types.push_back(entry.type);
    }
    const auto has = [&](std::string_view type) {
        return std::find(types.begin(), types.end(), type) != types.end();
    };
    EXPECT_TRUE(has(lane::core::audit_type::kSignOnFailed));
    EXPECT_TRUE(has(lane::core::audit_type::kSignOn));
    EXPECT_TRUE(has(lane::core::audit_type::kRefused));
    ASSERT_TRUE(has(lane::core::audit_type::kOverride));
    EXPECT_EQ(audit.value().back().approver, "5001");
    EXPECT_EQ(audit.value().back().user, "1001");
}

TEST_F(Lane, SuspendedBasketsAreListedWithTimeUserAndTotalAndOneIsResumed)
{
    signOn();
    SaleViewModel *sale = services->sale();
    wedgeScan(kMilk);
    wedgeScan(kRamen); // 7,400
    click(item("fnSuspend"));
    ASSERT_EQ(sale->basket()->count(), 0) << sale->message().toStdString();
    ASSERT_EQ(sale->suspendedBaskets().size(), 1);
    const QVariantMap listed = sale->suspendedBaskets().constFirst().toMap();
    EXPECT_EQ(listed.value(QStringLiteral("cashier")).toString(), services->session()->userName());
    EXPECT_EQ(listed.value(QStringLiteral("total")).toString(), QStringLiteral("₩7,400"));
    EXPECT_EQ(listed.value(QStringLiteral("lines")).toInt(), 2);
    EXPECT_EQ(listed.value(QStringLiteral("time")).toString().size(), 5); // HH:mm
    EXPECT_EQ(persistedLines(), 0);

    // The next customer pays; then the suspended basket comes back from the list.
    wedgeScan(kSoju);
    sale->confirmAge(1990, 5, 17);
    ASSERT_TRUE(sale->startTender());
    sale->payExactCash();
    ASSERT_EQ(sale->state(), QStringLiteral("finished"));

    stop(); // suspended baskets live in the store, not in the lane's memory
    start();
    signOn();
    sale = services->sale();
    ASSERT_EQ(sale->suspendedBaskets().size(), 1);
    click(item("fnResume"));
    ASSERT_TRUE(waitFor([&] { return item("suspended0") != nullptr; }));
    shoot(QStringLiteral("10-suspended-baskets"));
    click(item("suspended0"));
    EXPECT_EQ(sale->basket()->count(), 2) << sale->message().toStdString();
    EXPECT_EQ(sale->total(), QStringLiteral("₩7,400"));
    EXPECT_EQ(sale->suspendedBaskets().size(), 0);
    EXPECT_EQ(persistedLines(), 2); // the resumed basket is the durable open one
    ASSERT_TRUE(sale->startTender());
    sale->payExactCash();
    EXPECT_EQ(sale->state(), QStringLiteral("finished")) << sale->message().toStdString();
}

TEST_F(Lane, ItemSearchByKoreanNameAndByDepartmentAddsTheItem)
{
    signOn();
    SaleViewModel *sale = services->sale();
    click(item("searchButton"));
    ASSERT_TRUE(waitFor([&] { return item("searchQuery") != nullptr; }));
    // The department grid first: produce lists the bananas.
    ASSERT_TRUE(waitFor([&] { return item("department_produce") != nullptr; }))
        << sale->search()->departments().size();
    // 서울 typed as jamo on the on-screen keyboard.
    for (const char *key : {"ㅅ", "ㅓ", "ㅇ", "ㅜ", "ㄹ"}) {
        click(item((std::string("searchKey_") + key).c_str()));
    }
    EXPECT_EQ(sale->search()->query(), QStringLiteral("서울"));
    ASSERT_TRUE(waitFor([&] { return item("result0") != nullptr; }));
    ASSERT_EQ(sale->search()->results().size(), 1);
    EXPECT_EQ(sale->search()->results()[0].toMap().value(QStringLiteral("name")).toString(),
              QStringLiteral("서울우유 1L"));
    click(item("result0"));
    ASSERT_EQ(sale->basket()->count(), 1) << sale->message().toStdString();
    EXPECT_EQ(sale->lastItemName(), QStringLiteral("서울우유 1L"));
    EXPECT_EQ(persistedLines(), 1);

    click(item("searchButton"));
    ASSERT_TRUE(waitFor([&] { return item("department_food") != nullptr; }));
    click(item("department_food"));
    ASSERT_TRUE(waitFor([&] { return item("result0") != nullptr; }));
    EXPECT_EQ(sale->search()->department(), QStringLiteral("food"));
    EXPECT_EQ(sale->search()->results().size(), 2);
    click(item("result0"));
    EXPECT_EQ(sale->basket()->count(), 2) << sale->message().toStdString();
}

TEST_F(Lane, AGs1ExpiryDateTakesItsCenturyFromTheStoreYear)
{
    signOn();
    SaleViewModel *sale = services->sale();
    // (01) the milk's GTIN, (17) expiry YYMMDD. GS1's rule reads 99 as 1999 from any year
    // up to 2048, so the item is expired; read as 2099 it would be sold.
    wedgeScan("010880100000001217991231");
    EXPECT_EQ(sale->basket()->count(), 0);
    EXPECT_TRUE(sale->messageIsError());
    EXPECT_TRUE(sale->message().contains(QStringLiteral("expir"))) << sale->message().toStdString();
    sale->clearMessage();
    wedgeScan("010880100000001217491231"); // 2049 from any year 2000-2048
    EXPECT_EQ(sale->basket()->count(), 1) << sale->message().toStdString();
}

// The longest messages the lane shows (an unconfirmed card payment, then the blocked basket)
// in both languages at both screen sizes: the banner grows, and no control may slide under
// another or off the screen.
TEST_F(Lane, LongestMessagesLeaveEveryControlClear)
{
    namespace zvt = lane::devices::zvt;
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            const QString where = language + QLatin1Char(' ') + QString::number(size.width());
            stop();
            QDir(dir.path()).removeRecursively();
            QDir().mkpath(dir.path());
            terminal->setBusyEnquiries(0);
            start(language);
            window->resize(size);
            signOn();
            SaleViewModel *sale = services->sale();
            ASSERT_TRUE(waitFor([&] { return !sale->paymentsBlocked() && !sale->cardBusy(); }));
            expectNothingOverlaps(where + QStringLiteral(" sale"));
            wedgeScan(kMilk);
            ASSERT_TRUE(sale->startTender());
            expectNothingOverlaps(where + QStringLiteral(" tender"));
            terminal->script({zvt::SimStep{zvt::SimScenario::LoseApproval, 0}});
            terminal->setBusyEnquiries(1);
            sale->payCard(QString());
            ASSERT_TRUE(waitFor([&] { return !sale->cardBusy() && sale->paymentsBlocked(); }))
                << sale->message().toStdString();
            ASSERT_GT(sale->message().size(), language == QLatin1String("en") ? 150 : 80)
                << sale->message().toStdString();
            ASSERT_TRUE(item("checkPaymentsButton"));
            expectNothingOverlaps(where + QStringLiteral(" tender, longest message"));
            shoot(QStringLiteral("13-long-message-tender"));
            sale->backToBasket();
            wedgeScan(kRamen);
            ASSERT_TRUE(item("saleCheckPaymentsButton"));
            expectNothingOverlaps(where + QStringLiteral(" sale, blocked"));
            shoot(QStringLiteral("14-long-message-sale"));
        }
    }
}

TEST_F(Lane, ScreenshotsOfEveryScreen)
{
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            stop();
            QDir(dir.path()).removeRecursively();
            QDir().mkpath(dir.path());
            start(language);
            window->resize(size);
            shoot(QStringLiteral("01-sign-on"));
            signOn();
            shoot(QStringLiteral("02-sale-empty"));
            click(item("searchButton"));
            shoot(QStringLiteral("11-search-departments"));
            services->sale()->search()->press(QStringLiteral("ㅅㅣㄴ"));
            shoot(QStringLiteral("12-search-name"));
            services->sale()->search()->clear();
            QObject *dialog = window->findChild<QObject *>(QStringLiteral("itemSearchDialog"));
            ASSERT_TRUE(dialog);
            QMetaObject::invokeMethod(dialog, "close");
            ASSERT_TRUE(waitFor([&] { return item("searchQuery") == nullptr; }));
            wedgeScan(kMilk);
            services->sale()->enterCode(QStringLiteral("10"), 2);
            wedgeScan(kRamen);
            services->sale()->discountLine(1, 10, QStringLiteral("5001"));
            wedgeScan(kSoju);
            shoot(QStringLiteral("03-age-check"));
            services->sale()->confirmAge(1990, 5, 17);
            wedgeScan(kUnknown);
            shoot(QStringLiteral("04-sale-basket"));
            services->sale()->clearMessage();
            ASSERT_TRUE(services->sale()->startTender());
            shoot(QStringLiteral("05-tender"));
            SaleViewModel *sale = services->sale();
            terminal->script(
                {lane::devices::zvt::SimStep{lane::devices::zvt::SimScenario::Decline, 0x71}});
            sale->payCard(QStringLiteral("5000"));
            ASSERT_TRUE(waitFor([&] { return !sale->cardBusy(); }));
            shoot(QStringLiteral("08-card-declined"));
            sale->clearMessage();
            sale->payCard(QStringLiteral("5000"));
            ASSERT_TRUE(waitFor([&] {
                return sale->cardStage() == QLatin1String("insert")
                       || sale->cardStage() == QLatin1String("pin");
            }));
            shoot(QStringLiteral("09-card-terminal"));
            ASSERT_TRUE(waitFor([&] { return !sale->cardBusy(); }));
            services->sale()->payQuickCash(3);
            shoot(QStringLiteral("06-change-and-receipt"));
            services->sale()->drawerClosed();
            // Two suspended baskets, listed for resuming.
            wedgeScan(kMilk);
            wedgeScan(kRamen);
            click(item("fnSuspend"));
            wedgeScan(kRamen);
            click(item("fnSuspend"));
            ASSERT_EQ(services->sale()->suspendedBaskets().size(), 2);
            click(item("fnResume"));
            ASSERT_TRUE(waitFor([&] { return item("suspended1") != nullptr; }));
            shoot(QStringLiteral("10-suspended-baskets"));
            QObject *suspended = window->findChild<QObject *>(QStringLiteral("suspendedDialog"));
            ASSERT_TRUE(suspended);
            QMetaObject::invokeMethod(suspended, "close");
            ASSERT_TRUE(waitFor([&] { return item("suspended0") == nullptr; }));
            services->session()->lockNow();
            shoot(QStringLiteral("07-locked"));
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
