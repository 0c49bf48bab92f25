#include <gtest/gtest.h>

#include <QSignalSpy>

#include "devices/drawer/cashdrawer.h"
#include "devices/framework/serialchannel.h"
#include "devices/framework/tcpchannel.h"
#include "devices/printer/virtualprinter.h"
#include "devices/sim/serialsimulators.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::drawer;
using lane::devices::test::RecordingEventSink;
using lane::devices::test::waitFor;

namespace {

void bringUp(Device &device)
{
    ASSERT_TRUE(device.open().ok());
    ASSERT_TRUE(device.claim().ok());
    ASSERT_TRUE(device.enable().ok());
}

} // namespace

TEST(CashDrawer, OpensThroughThePrinterAndReadsItsState)
{
    printer::VirtualPrinter vp;
    auto port = vp.listen();
    ASSERT_TRUE(port.ok());
    printer::ReceiptPrinter::Settings settings;
    settings.statusTimeoutMs = 300;
    printer::ReceiptPrinter printer(
        QStringLiteral("receipt"), std::make_unique<TcpChannel>(QStringLiteral("127.0.0.1"), *port),
        settings);
    bringUp(printer);
    RecordingEventSink sink;
    CashDrawer drawer(
        QStringLiteral("drawer"), [&] { return &printer; }, CashDrawer::Settings{}, sink);
    bringUp(drawer);
    QSignalSpy opened(&drawer, &CashDrawer::drawerOpened);
    ASSERT_TRUE(drawer.openDrawer(OpenReason::NoSale).ok());
    ASSERT_TRUE(waitFor([&] { return vp.drawerPulses() == 1; }));
    ASSERT_EQ(opened.size(), 1);
    ASSERT_EQ(sink.named("drawer.opened").size(), 1u);
    EXPECT_EQ(sink.named("drawer.opened")[0].text("reason"), "no_sale");
    EXPECT_EQ(sink.named("drawer.opened")[0].text("device"), "drawer");

    QSignalSpy state(&drawer, &CashDrawer::drawerStateChanged);
    vp.setCondition({.drawerPinHigh = true});
    drawer.refreshState();
    ASSERT_TRUE(waitFor([&] { return state.size() == 1; }));
    EXPECT_TRUE(state[0][0].toBool());
    vp.setCondition({});
    drawer.refreshState();
    ASSERT_TRUE(waitFor([&] { return state.size() == 2; }));
    EXPECT_EQ(drawer.isDrawerOpen(), false);
}

TEST(CashDrawer, OwnSerialPortAndReasons)
{
    sim::DrawerSimulator simulator;
    ASSERT_TRUE(simulator.start().ok());
    RecordingEventSink sink;
    CashDrawer drawer(QStringLiteral("drawer"),
                      std::make_unique<SerialChannel>(simulator.portPath(), SerialSettings{}),
                      CashDrawer::Settings{}, sink);
    auto closed = drawer.openDrawer(OpenReason::Sale);
    ASSERT_FALSE(closed.ok());
    EXPECT_TRUE(sink.events.empty());
    bringUp(drawer);
    for (auto reason : {OpenReason::Sale, OpenReason::CashIn, OpenReason::CashOut})
        ASSERT_TRUE(drawer.openDrawer(reason).ok());
    ASSERT_TRUE(waitFor([&] { return simulator.kicks() == 3; }));
    const auto events = sink.named("drawer.opened");
    ASSERT_EQ(events.size(), 3u);
    EXPECT_EQ(events[0].text("reason"), "sale");
    EXPECT_EQ(events[1].text("reason"), "cash_in");
    EXPECT_EQ(events[2].text("reason"), "cash_out");
    EXPECT_FALSE(drawer.isDrawerOpen().has_value());
}

TEST(CashDrawer, MissingPrinterIsAnOpenError)
{
    RecordingEventSink sink;
    CashDrawer drawer(
        QStringLiteral("drawer"), [] { return nullptr; }, CashDrawer::Settings{}, sink);
    auto status = drawer.open();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("printer"), std::string::npos);
}
