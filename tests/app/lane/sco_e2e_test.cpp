// Whole self-checkout sessions through the real app offscreen (lane --mode sco --demo): the
// same composition root, the real QML, a simulated scanner, produce scale, bagging scale and
// card terminal, and assertions on the store (the sale as recorded and its journal).
// Also writes the screenshots of every self-checkout screen.
#include <gtest/gtest.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/lane/cardterminal.h"
#include "app/lane/devicehub.h"
#include "app/lane/laneservices.h"
#include "app/lane/scolane.h"
#include "app/lane/scoperipherals.h"
#include "app/lane/scoviewmodel.h"
#include "app/lane/scovoucher.h"
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
namespace dev = lane::devices;

namespace {

const char *kMilk = "8801000000012";  // 2,900
const char *kRamen = "8801000000029"; // 4,500
const char *kSoju = "8801000000036";  // 1,950, 19+, deposit 100
const char *kBeer = "8801000000081";  // 2,800, 19+, deposit 130

template<typename F>
bool waitFor(F condition, int ms = 8000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    return condition();
}

class Sco : public ::testing::Test
{
protected:
    void SetUp() override { start(); }

    void start(const QString &language = QStringLiteral("en"))
    {
        LaneOptions options;
        options.demo = true;
        options.mode = QStringLiteral("sco");
        options.dataDir = dir.path();
        options.language = language;
        services = std::make_unique<LaneServices>(options);
        const QStringList problems = services->build();
        ASSERT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
        ASSERT_TRUE(services->scoLane());
        sco = services->scoLane()->viewModel();
        sale = services->sale();
        engine = std::make_unique<QQmlApplicationEngine>();
        ASSERT_TRUE(services->load(*engine));
        window = services->window();
        ASSERT_TRUE(window);
        ASSERT_TRUE(services->qmlWarnings().isEmpty())
            << services->qmlWarnings().join(QLatin1Char('\n')).toStdString();
        window->resize(1024, 768);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        auto &manager = services->deviceHub()->manager();
        ASSERT_TRUE(waitFor([&] {
            for (auto *device : manager.devices()) {
                if (!device->isEnabled()) {
                    return false;
                }
            }
            return true;
        }));
        scanner
            = manager.device(QStringLiteral("scanner"))->findChild<dev::sim::ScannerSimulator *>();
        produceScale
            = manager.device(QStringLiteral("scale"))->findChild<dev::sim::ScaleSimulator *>();
        baggingScale = manager.device(QStringLiteral("bagging_scale"))
                           ->findChild<dev::sim::ScaleSimulator *>();
        printer = manager.device(QStringLiteral("printer"))
                      ->findChild<dev::printer::VirtualPrinter *>();
        ASSERT_TRUE(scanner && produceScale && baggingScale && printer);
        bag(0);
    }

    void stop()
    {
        engine.reset();
        services.reset();
        window = nullptr;
    }

    static QQuickItem *find(QQuickItem *root, const QString &name)
    {
        if (!root->isVisible()) {
            return nullptr;
        }
        if (root->objectName() == name) {
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
        if (QQuickItem *found = find(window->contentItem(), name)) {
            return found;
        }
        // Popups (the approval dialog) draw in the overlay: reach them through the objects.
        for (QQuickItem *candidate : window->findChildren<QQuickItem *>(name)) {
            if (candidate->isVisible()) {
                return candidate;
            }
        }
        return nullptr;
    }

    void click(const QString &name)
    {
        QQuickItem *target = item(name);
        ASSERT_TRUE(target) << "no visible " << name.toStdString();
        const QPointF centre
            = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
        QCoreApplication::processEvents();
    }

    void keyIn(const QString &digits)
    {
        for (const QChar ch : digits) {
            click(QStringLiteral("key_") + ch);
        }
        click(QStringLiteral("keypadEnter"));
    }

    /// The attendant signs on at the kiosk with number and PIN on the keypad.
    void attendantSignsOn(const QString &id = QStringLiteral("7001"),
                          const QString &pin = QStringLiteral("1357"))
    {
        sco->openAttendantLogin();
        QCoreApplication::processEvents();
        keyIn(id);
        keyIn(pin);
        ASSERT_TRUE(sco->attendantMode()) << sco->notice().toStdString();
    }

    /// The simulated serial scanner (AIM identifier and all): no focus involved.
    void scan(const char *code)
    {
        const int before = sale->basket()->count();
        ASSERT_TRUE(scanner->scan(QByteArray("]E0") + code));
        ASSERT_TRUE(waitFor([&] { return sale->basket()->count() > before; }))
            << sale->message().toStdString() << " / " << sco->notice().toStdString();
    }

    /// A scan the kiosk refuses: a message, and nothing reaches the basket.
    void scanRefused(const char *code)
    {
        const int before = sale->basket()->count();
        ASSERT_TRUE(scanner->scan(QByteArray("]E0") + code));
        ASSERT_TRUE(waitFor([&] { return sco->notice().contains(QLatin1String("wait")); }))
            << sco->notice().toStdString();
        QTest::qWait(100);
        EXPECT_EQ(sale->basket()->count(), before);
    }

    /// The bagging area now weighs `grams`, steadily.
    void bag(std::int64_t grams)
    {
        baggingScale->setWeight(grams, true);
        ASSERT_TRUE(waitFor([&] { return sco->lastBaggingGrams() == grams; })) << grams;
        QCoreApplication::processEvents();
    }

    void payByVoucher()
    {
        const QString balance = sale->balance();
        QString digits;
        for (const QChar c : balance) {
            if (c.isDigit()) {
                digits += c;
            }
        }
        sco->payVoucher(digits, QStringLiteral("GV-100"));
        ASSERT_EQ(sco->screen(), QStringLiteral("finished")) << sale->message().toStdString();
    }

    /// The stored sale under the last receipt number.
    lane::core::TransactionSnapshot stored()
    {
        auto loaded = services->store()->loadSale(sale->lastReceiptNumber().toStdString());
        EXPECT_TRUE(loaded.ok());
        EXPECT_TRUE(loaded.ok() && loaded.value().has_value());
        return loaded.ok() && loaded.value() ? *loaded.value() : lane::core::TransactionSnapshot{};
    }

    /// Journal entries of `type`, one "payload" per line.
    QStringList journal(const char *type)
    {
        auto &db = services->store()->database();
        auto text = db.queryText(std::string("SELECT coalesce(group_concat(payload, char(10)), '') "
                                             "FROM (SELECT payload FROM journal WHERE type = '")
                                 + type + "' ORDER BY seq)");
        EXPECT_TRUE(text.ok());
        const QString all = text.ok() ? QString::fromStdString(text.value()) : QString();
        return all.isEmpty() ? QStringList() : all.split(QLatin1Char('\n'));
    }

    QList<QByteArray> spoolLines()
    {
        QList<QByteArray> lines;
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

    void shoot(const QString &name)
    {
        // Layouts settle over a few frames after a font or language change.
        QTest::qWait(250);
        const QImage image = window->grabWindow();
        ASSERT_FALSE(image.isNull());
        const QString file = QStringLiteral("sco-%1-%2-%3x%4.png")
                                 .arg(name, services->language()->language())
                                 .arg(window->width())
                                 .arg(window->height());
        QString target = QStringLiteral(LANE_BINARY_DIR "/screenshots");
        if (qEnvironmentVariableIntValue("LANE_UPDATE_SCREENSHOTS") == 1) {
            target = qEnvironmentVariable("LANE_SOURCE_DIR", QStringLiteral(LANE_SOURCE_DIR))
                     + QStringLiteral("/docs/screenshots");
        }
        QDir().mkpath(target);
        ASSERT_TRUE(image.save(target + QLatin1Char('/') + file));
    }

    QTemporaryDir dir;
    std::unique_ptr<LaneServices> services;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    ScoViewModel *sco = nullptr;
    SaleViewModel *sale = nullptr;
    dev::sim::ScannerSimulator *scanner = nullptr;
    dev::sim::ScaleSimulator *produceScale = nullptr;
    dev::sim::ScaleSimulator *baggingScale = nullptr;
    dev::printer::VirtualPrinter *printer = nullptr;
};

TEST_F(Sco, NormalBasketBaggedPaidAndRecordedWithoutAReceipt)
{
    EXPECT_EQ(sco->screen(), QStringLiteral("attract"));
    click(QStringLiteral("scoStart"));
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping"));

    scan(kMilk);
    ASSERT_EQ(sale->basket()->count(), 1);
    EXPECT_EQ(sale->lastItemName(), QStringLiteral("서울우유 1L"));
    EXPECT_TRUE(sco->baggingPending());
    click(QStringLiteral("scoPay")); // not before the milk is bagged
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping"));
    bag(1030);
    EXPECT_FALSE(sco->baggingPending());
    scan(kRamen);
    bag(1030 + 620);
    EXPECT_FALSE(sco->baggingPending());
    EXPECT_EQ(sco->interventionCount(), 0);

    click(QStringLiteral("scoPay"));
    ASSERT_EQ(sco->screen(), QStringLiteral("payment"));
    click(QStringLiteral("scoReceiptNo"));
    EXPECT_FALSE(sco->printReceipt());
    payByVoucher();

    const auto tx = stored();
    EXPECT_EQ(tx.state, lane::core::TransactionState::Finalized);
    EXPECT_EQ(tx.header.cashierId, "sco");
    ASSERT_EQ(tx.basket.lines.size(), 2u);
    ASSERT_EQ(tx.tenders.size(), 1u);
    EXPECT_EQ(tx.tenders[0].kind, lane::core::TenderKind::Voucher);
    // Declined receipt: recorded in the store, not printed.
    EXPECT_EQ(services->scoLane()->peripherals()->declinedReceipts(), 1);
    QTest::qWait(100);
    EXPECT_TRUE(printer->receipts().empty());
    EXPECT_EQ(journal("sale").size(), 1);
    EXPECT_TRUE(journal("sco_intervention").isEmpty());
    // Learned weights are kept for the next shopper.
    const auto settings = services->store()->settings();
    ASSERT_TRUE(settings.ok());
    bool learned = false;
    for (const auto &[key, value] : settings.value()) {
        learned = learned || (key == "sco.weight.1001" && value == "1,1030,1030,1030");
    }
    EXPECT_TRUE(learned);

    click(QStringLiteral("scoDone"));
    EXPECT_EQ(sco->screen(), QStringLiteral("attract"));
}

TEST_F(Sco, ProduceByWeightFromThePictureGridAndCountedItems)
{
    sco->chooseLanguage(QStringLiteral("ko"));
    click(QStringLiteral("scoStart"));
    click(QStringLiteral("scoLookup"));
    ASSERT_EQ(sco->screen(), QStringLiteral("produce"));
    EXPECT_EQ(sco->produce().size(), 3);
    click(QStringLiteral("scoKey_ㅂ")); // 바나나
    ASSERT_EQ(sco->produce().size(), 1);
    EXPECT_EQ(sco->produce().front().toMap().value(QStringLiteral("plu")), QStringLiteral("4011"));

    click(QStringLiteral("scoProduce_4011")); // nothing on the scale yet
    EXPECT_EQ(sale->basket()->count(), 0);
    EXPECT_TRUE(sale->messageIsError());
    produceScale->setWeight(512, true);
    ASSERT_TRUE(
        waitFor([&] { return services->scoLane()->peripherals()->stableWeightGrams() == 512; }));
    click(QStringLiteral("scoProduce_4011"));
    ASSERT_EQ(sale->basket()->count(), 1) << sale->message().toStdString();
    EXPECT_TRUE(sale->basket()->row(0)->quantity.startsWith(QLatin1String("0.512 kg")));
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping"));
    bag(512);
    EXPECT_FALSE(sco->baggingPending());

    // Counted: water by the piece, three of them.
    click(QStringLiteral("scoLookup"));
    click(QStringLiteral("scoProduce_10"));
    click(QStringLiteral("scoCountPlus"));
    click(QStringLiteral("scoCountPlus"));
    click(QStringLiteral("scoCountAdd"));
    ASSERT_EQ(sale->basket()->count(), 2) << sale->message().toStdString();
    EXPECT_TRUE(sale->basket()->row(1)->quantity.startsWith(QLatin1String("3 x")));
    bag(512 + 1560);
    EXPECT_FALSE(sco->baggingPending());
    click(QStringLiteral("scoPay"));
    payByVoucher();

    const auto tx = stored();
    ASSERT_EQ(tx.basket.lines.size(), 2u);
    EXPECT_TRUE(tx.basket.lines[0].item.weighed);
    EXPECT_EQ(tx.basket.lines[0].quantityMilli, 512);
    EXPECT_EQ(tx.basket.lines[1].quantityMilli, 3000);
}

TEST_F(Sco, AgeRestrictedItemsApprovedAndRefusedByTheAttendant)
{
    click(QStringLiteral("scoStart"));
    scan(kBeer);
    EXPECT_EQ(sco->interventionCount(), 1);
    EXPECT_FALSE(sco->blocked()); // this store lets the shopper keep scanning
    EXPECT_TRUE(item(QStringLiteral("scoAgeNote")));
    bag(500);
    scan(kMilk);
    EXPECT_EQ(sale->basket()->count(), 3); // beer, its deposit, milk
    bag(500 + 1030);
    sco->pay();
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping")); // not before the attendant

    // The shopper looks too young: the beer is refused.
    attendantSignsOn();
    click(QStringLiteral("scoRefuseAge"));
    EXPECT_EQ(sale->pendingMinimumAge(), 0);
    EXPECT_TRUE(sco->interventions().isEmpty());

    // Then soju for the parent standing by: approved.
    scan(kSoju);
    EXPECT_EQ(sale->pendingMinimumAge(), 19);
    click(QStringLiteral("scoApproveAge"));
    EXPECT_EQ(sale->pendingMinimumAge(), 0);
    click(QStringLiteral("scoExitAttendant"));
    EXPECT_FALSE(sco->attendantMode());
    bag(1030 + 480); // the beer taken out, the soju bagged
    EXPECT_FALSE(sco->baggingPending());
    EXPECT_FALSE(sco->blocked());
    EXPECT_EQ(sco->interventionCount(), 2);

    sco->pay();
    ASSERT_EQ(sco->screen(), QStringLiteral("payment")) << sco->notice().toStdString();
    payByVoucher();
    const auto tx = stored();
    ASSERT_TRUE(tx.basket.ageVerification);
    EXPECT_EQ(tx.basket.ageVerification->userId, "7001");
    EXPECT_TRUE(tx.basket.ageVerification->visuallyVerified);
    bool beerVoidedByAttendant = false;
    for (const auto &line : tx.basket.lines) {
        if (line.item.sku == "1008") {
            beerVoidedByAttendant = line.voided && line.voided->userId == "7001";
        }
    }
    EXPECT_TRUE(beerVoidedByAttendant);
    const QStringList interventions = journal("sco_intervention");
    ASSERT_EQ(interventions.size(), 2);
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"resolution\":\"refused\"")));
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"attendant\":\"7001\"")));
    EXPECT_TRUE(interventions[1].contains(QLatin1String("\"resolution\":\"approved\"")));
    const QString actions = journal("sco_attendant").join(QLatin1Char('\n'));
    EXPECT_TRUE(actions.contains(QLatin1String("approve_age")));
    EXPECT_TRUE(actions.contains(QLatin1String("refuse_age")));
    EXPECT_TRUE(actions.contains(QLatin1String("sign_on")));
}

TEST_F(Sco, BaggingMismatchStopsTheSaleUntilClearedByBadge)
{
    // An attendant with a badge (the store's user directory keeps only its hash).
    lane::core::NewUser badgeHolder;
    badgeHolder.id = "7002";
    badgeHolder.displayName = "Badge Attendant";
    badgeHolder.role = lane::core::Role::ScoAttendant;
    badgeHolder.badge = "ATT7002X91";
    ASSERT_TRUE(services->userStore()->addUser(badgeHolder).ok());

    click(QStringLiteral("scoStart"));
    scan(kMilk);
    bag(1030); // learned: a litre of milk weighs 1,030 g
    scan(kMilk);
    bag(1030 + 1030 + 900); // the second milk and something nobody scanned
    EXPECT_TRUE(sco->blocked());
    ASSERT_TRUE(item(QStringLiteral("scoIntervention")));
    ASSERT_EQ(sco->interventions().size(), 1);
    EXPECT_EQ(sco->interventions()[0].toMap().value(QStringLiteral("type")),
              QStringLiteral("unexpected_item"));
    scanRefused(kMilk); // while the sale waits for the attendant

    ASSERT_TRUE(scanner->scan(QByteArray("]C0ATT7002X91")));
    ASSERT_TRUE(waitFor([&] { return sco->attendantMode(); })) << sco->notice().toStdString();
    EXPECT_EQ(sale->basket()->count(), 2); // a badge is never an item
    click(QStringLiteral("scoClear_unexpected_item"));
    EXPECT_FALSE(sco->blocked());
    click(QStringLiteral("scoExitAttendant"));

    // The shopper lifts a bag and puts it back: the sale stops, then goes on by itself.
    bag(1030);
    EXPECT_TRUE(sco->blocked());
    bag(1030 + 1030 + 900);
    EXPECT_FALSE(sco->blocked());
    EXPECT_EQ(sco->interventionCount(), 2);

    sco->pay();
    payByVoucher();
    EXPECT_EQ(stored().basket.lines.size(), 2u);
    const QStringList interventions = journal("sco_intervention");
    ASSERT_EQ(interventions.size(), 2);
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"type\":\"unexpected_item\"")));
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"attendant\":\"7002\"")));
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"resolution\":\"cleared\"")));
    EXPECT_TRUE(interventions[1].contains(QLatin1String("\"type\":\"item_removed\"")));
    EXPECT_TRUE(interventions[1].contains(QLatin1String("\"resolution\":\"shopper_corrected\"")));
    // The badge code itself is never journaled.
    EXPECT_FALSE(journal("sco_attendant").join(QString()).contains(QLatin1String("X91")));
}

TEST_F(Sco, HelpCallReachesTelemetryAndTheAttendantAnswersIt)
{
    click(QStringLiteral("scoStart"));
    scan(kMilk);
    click(QStringLiteral("scoHelp"));
    EXPECT_TRUE(sco->helpCalled());
    EXPECT_FALSE(sco->blocked()); // help never stops the sale
    bool event = false;
    for (const auto &line : spoolLines()) {
        event = event
                || (line.contains("\"name\":\"sco.intervention\"") && line.contains("\"help\""));
    }
    EXPECT_TRUE(event);
    attendantSignsOn();
    click(QStringLiteral("scoClear_help"));
    EXPECT_FALSE(sco->helpCalled());
    const QStringList interventions = journal("sco_intervention");
    ASSERT_EQ(interventions.size(), 1);
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"type\":\"help\"")));
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"attendant\":\"7001\"")));
}

TEST_F(Sco, CardDeclinedThenPaid)
{
    ASSERT_TRUE(services->cardTerminal());
    auto *terminal = services->cardTerminal()->simulator();
    ASSERT_TRUE(terminal);
    terminal->script({dev::zvt::SimStep{dev::zvt::SimScenario::Decline, 0x71},
                      dev::zvt::SimStep{dev::zvt::SimScenario::Approve, 0}});
    click(QStringLiteral("scoStart"));
    scan(kRamen);
    bag(620);
    click(QStringLiteral("scoPay"));
    click(QStringLiteral("scoPayCard"));
    ASSERT_TRUE(waitFor(
        [&] { return sale->messageIsError() && !sale->property("cardBusy").toBool(); }, 20000))
        << sale->message().toStdString();
    EXPECT_EQ(sco->screen(), QStringLiteral("payment"));
    click(QStringLiteral("scoPayCard"));
    ASSERT_TRUE(waitFor([&] { return sco->screen() == QLatin1String("finished"); }, 20000))
        << sale->message().toStdString();
    const auto tx = stored();
    ASSERT_EQ(tx.tenders.size(), 1u);
    EXPECT_EQ(tx.tenders[0].kind, lane::core::TenderKind::Card);
    ASSERT_TRUE(waitFor([&] { return !printer->receipts().empty(); })); // receipt by default
}

TEST_F(Sco, IdleShopperIsAskedThenTheBasketIsCancelled)
{
    lane::core::ManualClock clock(lane::core::TimePoint(std::chrono::seconds(1'800'000'000)));
    sco->setClock(&clock);
    click(QStringLiteral("scoStart"));
    scan(kMilk);
    bag(1030);
    const std::string txId = sale->transaction()->header().transactionId;
    clock.advance(std::chrono::seconds(89));
    sco->tick();
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping"));
    clock.advance(std::chrono::seconds(1));
    sco->tick();
    ASSERT_EQ(sco->screen(), QStringLiteral("idle"));
    ASSERT_TRUE(item(QStringLiteral("scoIdlePrompt")));
    click(QStringLiteral("scoIdleContinue"));
    EXPECT_EQ(sco->screen(), QStringLiteral("shopping"));
    EXPECT_EQ(sale->basket()->count(), 1);

    clock.advance(std::chrono::seconds(90));
    sco->tick();
    ASSERT_EQ(sco->screen(), QStringLiteral("idle"));
    clock.advance(std::chrono::seconds(30));
    sco->tick();
    EXPECT_EQ(sco->screen(), QStringLiteral("attract"));
    EXPECT_EQ(sale->basket()->count(), 0);
    // Recorded as a void with the reason, the basket in progress cleared.
    const QStringList voids = journal("void");
    ASSERT_EQ(voids.size(), 1);
    EXPECT_TRUE(voids[0].contains(QLatin1String("\"cashier\":\"sco\"")));
    EXPECT_TRUE(voids[0].contains(QLatin1String("\"sku\":\"1001\"")));
    const QStringList interventions = journal("sco_intervention");
    ASSERT_EQ(interventions.size(), 1);
    EXPECT_TRUE(interventions[0].contains(QLatin1String("\"type\":\"idle_timeout\"")));
    EXPECT_TRUE(interventions[0].contains(QString::fromStdString(txId)));
    auto open = services->store()->loadBasket();
    ASSERT_TRUE(open.ok());
    EXPECT_FALSE(open.value().has_value());
    sco->setClock(nullptr);
}

TEST_F(Sco, ScaleReadingsReachQmlOnlyWhenSomethingChanged)
{
    click(QStringLiteral("scoStart"));
    click(QStringLiteral("scoLookup"));
    click(QStringLiteral("scoProduceBack"));
    scan(kMilk);
    ASSERT_TRUE(sco->baggingPending());

    const QList<const char *> signalNames
        = {"screenChanged",  "noticeChanged", "instructionChanged", "displayChanged",
           "produceChanged", "searchChanged", "totalsChanged",      "interventionsChanged",
           "baggingChanged", "idleChanged",   "attendantChanged",   "paymentChanged"};
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (const char *name : signalNames) {
        const QByteArray signature = QByteArray("2") + name + "()"; // SIGNAL(name())
        spies.push_back(std::make_unique<QSignalSpy>(sco, signature.constData()));
        ASSERT_TRUE(spies.back()->isValid()) << name;
    }
    auto count = [&](const char *name) {
        return spies[std::size_t(signalNames.indexOf(name))]->count();
    };
    const int buildsBefore = sco->produceBuilds();

    // Over half a second of an empty bagging area from the polled scale (4 readings a
    // second), and more readings on top: nothing to tell QML.
    QTest::qWait(600);
    for (int i = 0; i < 8; ++i) {
        sco->onBaggingWeight(0, true);
        sco->onBaggingWeight(0, false);
    }
    for (std::size_t i = 0; i < spies.size(); ++i) {
        EXPECT_EQ(spies[i]->count(), 0) << signalNames[int(i)];
    }
    // The milk lands, then the scale keeps reading it: the bagging concern (and the
    // instruction) change once, nothing else.
    bag(1030);
    QTest::qWait(600);
    EXPECT_FALSE(sco->baggingPending());
    EXPECT_EQ(count("baggingChanged"), 1);
    EXPECT_EQ(count("instructionChanged"), 1);
    EXPECT_EQ(count("produceChanged"), 0);
    EXPECT_EQ(count("searchChanged"), 0);
    EXPECT_EQ(count("screenChanged"), 0);
    EXPECT_EQ(count("interventionsChanged"), 0);
    EXPECT_EQ(count("totalsChanged"), 0);
    EXPECT_EQ(sco->produceBuilds(), buildsBefore); // no catalog lookups for a weight

    // The health check reports every device again and again: the status bar hears a change
    // once, and nothing while the values stay as they are.
    auto *devices = services->devices();
    devices->setStatus(QStringLiteral("telemetry"), DeviceStatusModel::Level::Ok);
    devices->setTelemetryBacklog(1500, 1); // "2 KB waiting to be sent"
    QSignalSpy rows(devices, &QAbstractItemModel::dataChanged);
    QSignalSpy problems(devices, &DeviceStatusModel::problemCountChanged);
    for (int i = 0; i < 5; ++i) {
        devices->setStatus(QStringLiteral("printer"), DeviceStatusModel::Level::Error,
                           QStringLiteral("paper_out"));
        devices->setStatus(QStringLiteral("telemetry"), DeviceStatusModel::Level::Ok);
        devices->setTelemetryBacklog(1500 + i, 1 + i); // still 2 KB, under a minute
    }
    EXPECT_EQ(rows.count(), 1); // the printer row
    EXPECT_EQ(problems.count(), 1);
    devices->setTelemetryBacklog(5000, 1);
    EXPECT_EQ(rows.count(), 2);
    EXPECT_EQ(problems.count(), 1);
}

TEST_F(Sco, PriceOverrideRefusedThenApprovedByASecondPersonAtTheKiosk)
{
    click(QStringLiteral("scoStart"));
    scan(kMilk); // 2,900
    bag(1030);
    scan(kRamen);
    bag(1650);
    // The attendant may not change prices alone (sco_attendant: price_override "approval").
    attendantSignsOn();
    click(QStringLiteral("scoAttendantLine_0"));
    click(QStringLiteral("scoPriceOverride"));
    QTest::qWait(50); // the layout places the reason buttons on the next frame
    click(QStringLiteral("scoPriceReason_shelf_price"));
    keyIn(QStringLiteral("2500"));
    ASSERT_TRUE(sco->approvalPending()) << sco->notice().toStdString();
    EXPECT_TRUE(sco->approvalText().contains(QLatin1String("2,500")))
        << sco->approvalText().toStdString();
    const QString before = sale->basket()->row(0)->amount;

    // A cashier's PIN is right, but a cashier may not approve a price change.
    keyIn(QStringLiteral("1001"));
    keyIn(QStringLiteral("2580"));
    EXPECT_TRUE(sco->approvalPending());
    EXPECT_EQ(sco->approval()->error(), QStringLiteral("1001 may not approve this."));
    EXPECT_EQ(sale->basket()->row(0)->amount, before);
    // The attendant cannot approve their own request either.
    keyIn(QStringLiteral("7001"));
    keyIn(QStringLiteral("1357"));
    EXPECT_TRUE(sco->approvalPending());
    EXPECT_EQ(sale->basket()->row(0)->amount, before);

    // The supervisor approves: the override is done, the dialog closes.
    keyIn(QStringLiteral("5001"));
    keyIn(QStringLiteral("4826"));
    EXPECT_FALSE(sco->approvalPending()) << sco->approval()->error().toStdString();
    EXPECT_NE(sale->basket()->row(0)->amount, before);
    EXPECT_FALSE(item(QStringLiteral("scoApprovalDialog")));
    click(QStringLiteral("scoExitAttendant"));

    sco->pay();
    payByVoucher();
    const auto tx = stored();
    ASSERT_EQ(tx.basket.lines.size(), 2u);
    const auto &milk = tx.basket.lines[0];
    EXPECT_EQ(milk.unitPrice.minor(), 2500);
    ASSERT_TRUE(milk.priceOverride);
    EXPECT_EQ(milk.priceOverride->userId, "5001");
    EXPECT_EQ(milk.priceOverride->reasonCode, "shelf_price");
    EXPECT_EQ(milk.priceOverride->originalUnitPrice.minor(), 2900);
    EXPECT_FALSE(tx.basket.lines[1].priceOverride);

    // Journaled with both identities and the reason; the refusals too.
    const QStringList overrides = journal("auth.override");
    ASSERT_EQ(overrides.size(), 1);
    EXPECT_TRUE(overrides[0].contains(QLatin1String("\"user\":\"7001\"")));
    EXPECT_TRUE(overrides[0].contains(QLatin1String("\"approver\":\"5001\"")));
    EXPECT_TRUE(overrides[0].contains(QLatin1String("\"reason\":\"shelf_price\"")));
    EXPECT_TRUE(overrides[0].contains(QLatin1String("\"action\":\"price_override\"")));
    const QString refused = journal("auth.refused").join(QLatin1Char('\n'));
    EXPECT_TRUE(refused.contains(QLatin1String("\"approver\":\"1001\"")));
    EXPECT_TRUE(refused.contains(QLatin1String("approver_not_permitted")));
    EXPECT_TRUE(refused.contains(QLatin1String("\"approver\":\"7001\"")));
    const QString actions = journal("sco_attendant").join(QLatin1Char('\n'));
    EXPECT_TRUE(actions.contains(QLatin1String("\"action\":\"price_override\"")));
    EXPECT_TRUE(actions.contains(QLatin1String("\"approver\":\"5001\"")));
    EXPECT_FALSE(journal("sale").join(QString()).contains(QLatin1String("4826"))); // no PIN
}

TEST_F(Sco, PriceOverrideApprovedByBadgeAndOneCancelled)
{
    lane::core::NewUser supervisor;
    supervisor.id = "5002";
    supervisor.displayName = "Badge Supervisor";
    supervisor.role = lane::core::Role::Supervisor;
    supervisor.badge = "ATT5002S77";
    ASSERT_TRUE(services->userStore()->addUser(supervisor).ok());

    click(QStringLiteral("scoStart"));
    scan(kRamen); // 4,500
    bag(620);
    attendantSignsOn();
    // Asked, then cancelled: nothing changes.
    const QString before = sale->basket()->row(0)->amount;
    sco->overridePrice(0, QStringLiteral("4000"), QStringLiteral("damaged"));
    ASSERT_TRUE(sco->approvalPending());
    sco->cancelApproval();
    EXPECT_FALSE(sco->approvalPending());
    EXPECT_EQ(sale->basket()->row(0)->amount, before);
    // Asked again; the supervisor scans their badge instead of keying a PIN.
    sco->overridePrice(0, QStringLiteral("4000"), QStringLiteral("damaged"));
    ASSERT_TRUE(sco->approvalPending());
    ASSERT_TRUE(scanner->scan(QByteArray("]C0ATT5002S77")));
    ASSERT_TRUE(waitFor([&] { return !sco->approvalPending(); }))
        << sco->approval()->error().toStdString();
    EXPECT_TRUE(sco->attendantMode()); // still the attendant's session
    EXPECT_EQ(sco->attendantName(), QStringLiteral("정하은 Jung Haeun"));
    click(QStringLiteral("scoExitAttendant"));
    sco->pay();
    payByVoucher();
    const auto tx = stored();
    ASSERT_EQ(tx.basket.lines.size(), 1u);
    ASSERT_TRUE(tx.basket.lines[0].priceOverride);
    EXPECT_EQ(tx.basket.lines[0].priceOverride->userId, "5002");
    EXPECT_EQ(tx.basket.lines[0].unitPrice.minor(), 4000);
    const QStringList overrides = journal("auth.override");
    ASSERT_EQ(overrides.size(), 1);
    EXPECT_TRUE(overrides[0].contains(QLatin1String("\"via\":\"badge\"")));
    EXPECT_FALSE(overrides[0].contains(QLatin1String("S77"))); // never the badge code
}

TEST_F(Sco, ScannedVoucherPaysAndAMalformedOneIsExplained)
{
    const QByteArray good = QByteArray("]C0") + voucherCode("100000000042", 4500).c_str();
    click(QStringLiteral("scoStart"));
    scan(kRamen); // 4,500
    bag(620);
    ASSERT_TRUE(scanner->scan(good)); // not while shopping
    ASSERT_TRUE(waitFor([&] { return sco->notice().contains(QLatin1String("Pay first")); }))
        << sco->notice().toStdString();
    EXPECT_EQ(sale->basket()->count(), 1);

    click(QStringLiteral("scoPay"));
    ASSERT_EQ(sco->screen(), QStringLiteral("payment"));
    EXPECT_TRUE(item(QStringLiteral("scoVoucherHint")));
    // Torn off: too short.
    ASSERT_TRUE(scanner->scan("]C0VC1000000000420000"));
    ASSERT_TRUE(waitFor([&] { return sco->notice().contains(QLatin1String("not a complete")); }))
        << sco->notice().toStdString();
    EXPECT_TRUE(sco->notice().contains(QLatin1String("VC1000000000420000")));
    // One digit misread: the check digit catches it, nothing is paid.
    QByteArray misread = good;
    misread[10] = misread[10] == '9' ? '8' : char(misread[10] + 1);
    ASSERT_TRUE(scanner->scan(misread));
    ASSERT_TRUE(waitFor([&] { return sco->notice().contains(QLatin1String("check digit")); }))
        << sco->notice().toStdString();
    EXPECT_EQ(sco->screen(), QStringLiteral("payment"));
    EXPECT_TRUE(sale->transaction()->tenders().empty());
    EXPECT_TRUE(item(QStringLiteral("scoMessage")));

    ASSERT_TRUE(scanner->scan(good));
    ASSERT_TRUE(waitFor([&] { return sco->screen() == QLatin1String("finished"); }))
        << sale->message().toStdString() << " / " << sco->notice().toStdString();
    const auto tx = stored();
    ASSERT_EQ(tx.tenders.size(), 1u);
    EXPECT_EQ(tx.tenders[0].kind, lane::core::TenderKind::Voucher);
    EXPECT_EQ(tx.tenders[0].reference, "100000000042");
    EXPECT_EQ(tx.tenders[0].tendered.minor(), 4500);
    int refusedEvents = 0;
    for (const auto &line : spoolLines()) {
        refusedEvents += line.contains("\"name\":\"sco.voucher_refused\"") ? 1 : 0;
    }
    EXPECT_EQ(refusedEvents, 2);
}

TEST_F(Sco, ScreenshotsOfEveryScreen)
{
    // CI walks every screen once; refreshing docs/screenshots takes both languages and sizes.
    const bool all = qEnvironmentVariableIntValue("LANE_UPDATE_SCREENSHOTS") == 1;
    const QStringList languages
        = all ? QStringList{QStringLiteral("ko"), QStringLiteral("en")} : QStringList{"ko"};
    const QList<QSize> sizes
        = all ? QList<QSize>{QSize(1024, 768), QSize(1920, 1080)} : QList<QSize>{QSize(1024, 768)};
    for (const QString &language : languages) {
        for (const QSize size : sizes) {
            stop();
            QDir(dir.path()).removeRecursively();
            QDir().mkpath(dir.path());
            start(language);
            window->resize(size);
            shoot(QStringLiteral("01-attract"));
            click(QStringLiteral("scoStart"));
            scan(kMilk);
            bag(1030);
            scan(kRamen);
            bag(1650);
            scan(kSoju);
            shoot(QStringLiteral("02-shopping-age-check"));
            click(QStringLiteral("scoLookup"));
            shoot(QStringLiteral("03-produce"));
            click(QStringLiteral("scoProduce_10"));
            click(QStringLiteral("scoCountPlus"));
            shoot(QStringLiteral("04-produce-count"));
            click(QStringLiteral("scoCountAdd"));
            bag(900); // the ramen's bag lifted out
            ASSERT_TRUE(sco->blocked());
            shoot(QStringLiteral("05-intervention"));
            sco->openAttendantLogin();
            QCoreApplication::processEvents();
            keyIn(QStringLiteral("7001"));
            shoot(QStringLiteral("06-attendant-sign-on"));
            keyIn(QStringLiteral("1357"));
            ASSERT_TRUE(sco->attendantMode());
            shoot(QStringLiteral("07-attendant"));
            // A price change the attendant may not do alone: reason, price, approval.
            click(QStringLiteral("scoAttendantLine_0"));
            click(QStringLiteral("scoPriceOverride"));
            shoot(QStringLiteral("12-price-reason")); // waits for the layout too
            click(QStringLiteral("scoPriceReason_shelf_price"));
            keyIn(QStringLiteral("2500"));
            ASSERT_TRUE(sco->approvalPending());
            keyIn(QStringLiteral("1001"));
            keyIn(QStringLiteral("2580")); // a cashier: refused, the reason on the dialog
            shoot(QStringLiteral("13-approval"));
            keyIn(QStringLiteral("5001"));
            keyIn(QStringLiteral("4826"));
            ASSERT_FALSE(sco->approvalPending()) << sco->approval()->error().toStdString();
            for (const auto &i : sco->interventions()) {
                if (i.toMap().value(QStringLiteral("type")) != QLatin1String("age_check")) {
                    sco->clearIntervention(i.toMap().value(QStringLiteral("id")).toInt());
                }
            }
            sco->approveAge();
            sco->exitAttendant();
            sco->setLargeText(true);
            sco->setHighContrast(true);
            shoot(QStringLiteral("08-large-high-contrast"));
            sco->setLargeText(false);
            sco->setHighContrast(false);
            lane::core::ManualClock clock(
                lane::core::TimePoint(std::chrono::seconds(1'800'000'000)));
            sco->setClock(&clock);
            sco->noteActivity();
            clock.advance(std::chrono::seconds(100));
            sco->tick();
            ASSERT_EQ(sco->screen(), QStringLiteral("idle"));
            shoot(QStringLiteral("09-idle"));
            click(QStringLiteral("scoIdleContinue"));
            sco->setClock(nullptr);
            sco->pay();
            ASSERT_EQ(sco->screen(), QStringLiteral("payment")) << sco->notice().toStdString();
            shoot(QStringLiteral("10-payment"));
            ASSERT_TRUE(scanner->scan("]C0VC1000000000420000")); // a torn voucher
            ASSERT_TRUE(waitFor([&] { return !sco->notice().isEmpty(); }));
            shoot(QStringLiteral("14-voucher-refused"));
            payByVoucher();
            shoot(QStringLiteral("11-thank-you"));
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
