#include <gtest/gtest.h>

#include <QSignalSpy>

#include "devices/adapters/standardadapters.h"
#include "devices/display/poledisplay.h"
#include "devices/drawer/cashdrawer.h"
#include "devices/framework/devicemanager.h"
#include "devices/printer/receiptprinter.h"
#include "devices/printer/virtualprinter.h"
#include "devices/scale/scale.h"
#include "devices/scanner/barcodescanner.h"
#include "devices/sim/scalesimulator.h"
#include "devices/sim/serialsimulators.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using lane::devices::test::RecordingEventSink;
using lane::devices::test::waitFor;

namespace {

struct Lane
{
    RecordingEventSink sink;
    lane::core::SystemClock clock;
    AdapterRegistry registry;
    DeviceManager manager{registry, sink, clock};

    Lane()
    {
        AdapterContext context{clock, sink, [this](const QString &name) {
                                   return manager.device(name);
                               }};
        registerHardwareAdapters(registry, context);
        registerSimulatorAdapters(registry, context);
        manager.setBackoff({10, 100, 2});
    }
};

std::vector<DeviceConfig> demoLane()
{
    return {
        {"receipt", "sim-printer", "", {{"profile", "korean-80mm"}, {"status_timeout_ms", "500"}}},
        {"scanner", "sim-scanner", "", {}},
        {"scale",
         "sim-scale",
         "",
         {{"protocol", "toledo"}, {"poll_ms", "20"}, {"timeout_ms", "200"}}},
        {"display", "sim-display", "", {}},
        {"drawer", "printer-drawer", "", {{"printer", "receipt"}}}};
}

} // namespace

TEST(SimulatedLane, EveryAdapterWorksEndToEnd)
{
    Lane lane;
    ASSERT_TRUE(lane.manager.configure(demoLane()).ok());
    lane.manager.start();
    for (Device *device : lane.manager.devices())
        EXPECT_TRUE(device->isEnabled()) << device->name().toStdString();

    auto *scanner = lane.manager.deviceAs<scanner::BarcodeScanner>(QStringLiteral("scanner"));
    ASSERT_NE(scanner, nullptr);
    QSignalSpy scans(scanner, &scanner::BarcodeScanner::scanned);
    scanner->findChild<sim::ScannerSimulator *>()->scan("]E08801234567893");
    ASSERT_TRUE(waitFor([&] { return scans.size() == 1; }));
    EXPECT_EQ(scans[0][0].value<scanner::ScanEvent>().payload, "8801234567893");

    auto *scale = lane.manager.deviceAs<scale::Scale>(QStringLiteral("scale"));
    scale->findChild<sim::ScaleSimulator *>()->setWeight(1234, true);
    ASSERT_TRUE(waitFor([&] { return scale->saleWeight().ok() && *scale->saleWeight() == 1234; }));

    auto *printer = lane.manager.deviceAs<printer::ReceiptPrinter>(QStringLiteral("receipt"));
    QSignalSpy printed(printer, &Device::outputComplete);
    printer::PrintJob job{QStringLiteral("0001-1"), {}, false};
    job.document.text("영수증 0001").cut();
    ASSERT_TRUE(printer->print(job).ok());
    ASSERT_TRUE(waitFor([&] { return printed.size() == 1; }));
    auto *virtualPrinter = printer->findChild<printer::VirtualPrinter *>();
    ASSERT_EQ(virtualPrinter->receipts().size(), 1u);
    EXPECT_EQ(virtualPrinter->receipts()[0].textLines().front(), "영수증 0001");

    auto *drawer = lane.manager.deviceAs<drawer::CashDrawer>(QStringLiteral("drawer"));
    ASSERT_TRUE(drawer->openDrawer(drawer::OpenReason::Sale).ok());
    ASSERT_TRUE(waitFor([&] { return virtualPrinter->drawerPulses() == 1; }));
    EXPECT_EQ(lane.sink.named("drawer.opened").size(), 1u);

    auto *display = lane.manager.deviceAs<display::PoleDisplay>(QStringLiteral("display"));
    display->showLines(QStringLiteral("Total"), QStringLiteral("12.50"));
    auto *displaySim = display->findChild<sim::DisplaySimulator *>();
    ASSERT_TRUE(waitFor([&] { return displaySim->line(1).startsWith(QStringLiteral("12.50")); }));
    EXPECT_TRUE(lane.sink.named("device.error").empty());
}

TEST(SimulatedLane, UnplugIsReportedThenRecoveredWithItsOutage)
{
    Lane lane;
    ASSERT_TRUE(lane.manager.configure(demoLane()).ok());
    lane.manager.start();
    auto *scale = lane.manager.deviceAs<scale::Scale>(QStringLiteral("scale"));
    auto *simulator = scale->findChild<sim::ScaleSimulator *>();
    simulator->setWeight(500, true);
    ASSERT_TRUE(waitFor([&] { return scale->saleWeight().ok(); }));
    simulator->port().unplug();
    ASSERT_TRUE(waitFor([&] { return lane.sink.named("device.error").size() == 1; }));
    const auto error = lane.sink.named("device.error")[0];
    EXPECT_EQ(error.text("device"), "scale");
    EXPECT_EQ(error.text("kind"), "scale");
    EXPECT_EQ(error.text("code"), "device.disconnected");
    QTest::qWait(60); // a few reconnect attempts fail while unplugged
    EXPECT_GE(lane.manager.failedAttempts(QStringLiteral("scale")), 1);
    ASSERT_TRUE(simulator->port().replug().ok());
    ASSERT_TRUE(waitFor([&] { return lane.sink.named("device.recovered").size() == 1; }));
    const auto recovered = lane.sink.named("device.recovered")[0];
    EXPECT_EQ(recovered.text("device"), "scale");
    EXPECT_GE(recovered.number("outage_ms"), 60);
    ASSERT_TRUE(waitFor([&] { return scale->saleWeight().ok(); }));
    EXPECT_EQ(lane.sink.named("device.error").size(), 1u);
}

TEST(SimulatedLane, PrinterPowerLossMidJobReconnectsAndTheRetryIsSafe)
{
    Lane lane;
    ASSERT_TRUE(lane.manager.configure({demoLane()[0]}).ok());
    lane.manager.start();
    auto *printer = lane.manager.deviceAs<printer::ReceiptPrinter>(QStringLiteral("receipt"));
    auto *vp = printer->findChild<printer::VirtualPrinter *>();
    QSignalSpy failed(printer, &printer::ReceiptPrinter::jobFailed);
    vp->setResponsive(false);
    printer::PrintJob job{QStringLiteral("0002-1"), {}, false};
    job.document.text("total 9.99").cut();
    ASSERT_TRUE(printer->print(job).ok());
    ASSERT_TRUE(waitFor([&] { return vp->bytesReceived() > 3; })); // past GS a: the job began
    vp->disconnectClients(); // power loss: the connection drops, the port stays
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    vp->setResponsive(true);
    ASSERT_TRUE(waitFor([&] { return lane.sink.named("device.recovered").size() == 1; }));
    QSignalSpy printed(printer, &Device::outputComplete);
    ASSERT_TRUE(printer->print(job).ok());
    ASSERT_TRUE(waitFor([&] { return printed.size() == 1; }));
    EXPECT_FALSE(printer->print(job).ok()); // and never a second time
    EXPECT_EQ(vp->receipts().size(), 1u);
}

TEST(AdapterRegistry, HardwareConfigErrorsNameTheDevice)
{
    Lane lane;
    auto bad = lane.manager.configure(
        {{"receipt", "escpos-printer", "tcp:10.0.0.9:9100", {{"profile", "dot-matrix"}}}});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("receipt"), std::string::npos);
    EXPECT_NE(bad.error().message.find("dot-matrix"), std::string::npos);
    EXPECT_FALSE(
        lane.manager.configure({{"s", "toledo-scale", "serial:/dev/ttyS0", {{"parity", "Q"}}}})
            .ok());
    EXPECT_FALSE(lane.manager.configure({{"d", "printer-drawer", "", {}}}).ok());
    EXPECT_FALSE(lane.manager.configure({{"x", "zvt-terminal", "tcp:1.2.3.4:20007", {}}}).ok());
}

TEST(AdapterRegistry, AbsentHardwareIsRetriedNotFatal)
{
    Lane lane;
    ASSERT_TRUE(lane.manager
                    .configure({{"scanner", "serial-scanner", "serial:/nonexistent/ttyACM7", {}},
                                {"usbprinter", "escpos-printer", "usb:04b8:0e28", {}}})
                    .ok());
    lane.manager.start();
    EXPECT_EQ(lane.sink.named("device.error").size(), 2u);
    EXPECT_TRUE(lane.manager.inOutage(QStringLiteral("scanner")));
    EXPECT_TRUE(lane.manager.inOutage(QStringLiteral("usbprinter")));
    lane.manager.stop();
}
