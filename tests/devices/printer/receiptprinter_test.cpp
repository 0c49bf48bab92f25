#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTemporaryDir>

#include "devices/framework/serialchannel.h"
#include "devices/framework/tcpchannel.h"
#include "devices/printer/receiptprinter.h"
#include "devices/printer/virtualprinter.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::escpos;
using lane::devices::test::waitFor;

namespace {

printer::PrintJob job(const QString &id, int lines = 5)
{
    printer::PrintJob j;
    j.id = id;
    for (int i = 0; i < lines; ++i)
        j.document.text("Receipt " + id.toStdString() + " line " + std::to_string(i));
    j.document.cut();
    return j;
}

struct TcpRig
{
    printer::VirtualPrinter vp;
    std::unique_ptr<printer::ReceiptPrinter> printer;

    TcpRig()
    {
        auto port = vp.listen();
        EXPECT_TRUE(port.ok());
        printer::ReceiptPrinter::Settings settings;
        settings.statusTimeoutMs = 300;
        settings.errorPollMs = 20;
        printer = std::make_unique<printer::ReceiptPrinter>(
            QStringLiteral("receipt"),
            std::make_unique<TcpChannel>(QStringLiteral("127.0.0.1"), *port, 1000), settings);
        EXPECT_TRUE(printer->open().ok());
        EXPECT_TRUE(printer->claim().ok());
        EXPECT_TRUE(printer->enable().ok());
    }
};

} // namespace

TEST(ReceiptPrinter, PrintsAJobAndRefusesToPrintTheSameIdTwice)
{
    TcpRig rig;
    QSignalSpy complete(rig.printer.get(), &Device::outputComplete);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("0042-1"))).ok());
    EXPECT_EQ(rig.printer->state(), DeviceState::Busy);
    ASSERT_TRUE(waitFor([&] { return complete.size() == 1; }));
    EXPECT_EQ(complete[0][0].toString(), QStringLiteral("0042-1"));
    EXPECT_EQ(rig.printer->state(), DeviceState::Idle);
    ASSERT_EQ(rig.vp.receipts().size(), 1u);
    EXPECT_EQ(rig.vp.receipts()[0].textLines().front(), "Receipt 0042-1 line 0");
    auto again = rig.printer->print(job(QStringLiteral("0042-1")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "printer.already_printed");
    QTest::qWait(20);
    EXPECT_EQ(rig.vp.receipts().size(), 1u);
}

TEST(ReceiptPrinter, ReprintIsANewJobWithACopyHeader)
{
    TcpRig rig;
    QSignalSpy complete(rig.printer.get(), &Device::outputComplete);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("0042-1"))).ok());
    auto copy = job(QStringLiteral("0042-2"));
    copy.copy = true;
    ASSERT_TRUE(rig.printer->print(copy).ok());
    ASSERT_TRUE(waitFor([&] { return complete.size() == 2; }));
    ASSERT_EQ(rig.vp.receipts().size(), 2u);
    EXPECT_EQ(rig.vp.receipts()[1].textLines().front(), "** COPY **");
    EXPECT_EQ(rig.vp.receipts()[0].textLines().front(), "Receipt 0042-1 line 0");
}

TEST(ReceiptPrinter, PaperOutBeforeTheJobFailsItAndRecoveryIsNoticed)
{
    TcpRig rig;
    rig.vp.setCondition({.paperEnd = true});
    QSignalSpy failed(rig.printer.get(), &printer::ReceiptPrinter::jobFailed);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("7"))).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    const auto error = failed[0][1].value<DeviceError>();
    EXPECT_EQ(error.code, DeviceErrorCode::PaperEnd);
    EXPECT_TRUE(error.message().contains(QStringLiteral("out of paper")));
    EXPECT_EQ(rig.printer->state(), DeviceState::Error);
    EXPECT_TRUE(rig.vp.receipts().empty());
    // GS a at open, then only the status requests: no job bytes.
    EXPECT_EQ(rig.vp.bytesReceived(), 3 + 12);
    rig.vp.setCondition({});
    ASSERT_TRUE(waitFor([&] { return rig.printer->state() == DeviceState::Idle; }));
    QSignalSpy complete(rig.printer.get(), &Device::outputComplete);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("7"))).ok()); // never printed: allowed
    ASSERT_TRUE(waitFor([&] { return complete.size() == 1; }));
}

TEST(ReceiptPrinter, AJobWhilePaperIsStillOutNeverLeavesTheErrorState)
{
    TcpRig rig;
    rig.vp.setCondition({.paperEnd = true});
    QSignalSpy failed(rig.printer.get(), &printer::ReceiptPrinter::jobFailed);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("a"))).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    QSignalSpy states(rig.printer.get(), &Device::stateChanged);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("b"))).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 2; }));
    EXPECT_TRUE(states.isEmpty()); // no false recovery on the way
    EXPECT_EQ(rig.printer->state(), DeviceState::Error);
}

TEST(ReceiptPrinter, PaperOutMidReceiptFailsTheJobSoTheRetryPrintsItWhole)
{
    TcpRig rig;
    rig.vp.failAfterBytes(80, {.paperEnd = true});
    QSignalSpy failed(rig.printer.get(), &printer::ReceiptPrinter::jobFailed);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("9"), 30)).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed[0][1].value<DeviceError>().code, DeviceErrorCode::PaperEnd);
    EXPECT_FALSE(rig.printer->wasPrinted(QStringLiteral("9")));
    EXPECT_EQ(rig.vp.tornReceipts(), 1);
    rig.vp.setCondition({});
    ASSERT_TRUE(waitFor([&] { return rig.printer->state() == DeviceState::Idle; }));
    QSignalSpy complete(rig.printer.get(), &Device::outputComplete);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("9"), 30)).ok());
    ASSERT_TRUE(waitFor([&] { return complete.size() == 1; }));
    ASSERT_EQ(rig.vp.receipts().size(), 1u);
    EXPECT_EQ(rig.vp.receipts()[0].textLines().size(), 30u);
}

TEST(ReceiptPrinter, SilentPrinterTimesOut)
{
    TcpRig rig;
    rig.vp.setResponsive(false);
    QSignalSpy failed(rig.printer.get(), &printer::ReceiptPrinter::jobFailed);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("t"))).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed[0][1].value<DeviceError>().code, DeviceErrorCode::Timeout);
    EXPECT_TRUE(rig.vp.receipts().empty());
}

TEST(ReceiptPrinter, PowerLossMidJobIsADisconnect)
{
    TcpRig rig;
    rig.vp.setResponsive(false);
    QSignalSpy failed(rig.printer.get(), &printer::ReceiptPrinter::jobFailed);
    QSignalSpy errors(rig.printer.get(), &Device::errorEvent);
    ASSERT_TRUE(rig.printer->print(job(QStringLiteral("p"))).ok());
    ASSERT_TRUE(waitFor([&] { return rig.vp.bytesReceived() > 3; })); // past GS a: the job began
    rig.vp.disconnectClients(true);
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed[0][1].value<DeviceError>().code, DeviceErrorCode::Disconnected);
    EXPECT_EQ(rig.printer->state(), DeviceState::Error);
}

TEST(ReceiptPrinter, UnplugOverSerialAndReconnect)
{
    QTemporaryDir dir;
    PtyPort pty(dir.filePath(QStringLiteral("printer0")));
    ASSERT_TRUE(pty.open().ok());
    printer::VirtualPrinter vp;
    vp.attach(&pty);
    printer::ReceiptPrinter::Settings settings;
    settings.statusTimeoutMs = 300;
    printer::ReceiptPrinter printer(
        QStringLiteral("receipt"),
        std::make_unique<SerialChannel>(pty.portPath(), SerialSettings{}), settings);
    ASSERT_TRUE(printer.open().ok());
    ASSERT_TRUE(printer.claim().ok());
    ASSERT_TRUE(printer.enable().ok());
    QSignalSpy complete(&printer, &Device::outputComplete);
    ASSERT_TRUE(printer.print(job(QStringLiteral("s1"))).ok());
    ASSERT_TRUE(waitFor([&] { return complete.size() == 1; }));
    QSignalSpy errors(&printer, &Device::errorEvent);
    pty.unplug();
    ASSERT_TRUE(waitFor([&] { return errors.size() == 1; }));
    EXPECT_EQ(errors[0][0].value<DeviceError>().code, DeviceErrorCode::Disconnected);
    EXPECT_FALSE(printer.reconnect().ok());
    ASSERT_TRUE(pty.replug().ok());
    ASSERT_TRUE(printer.reconnect().ok());
    EXPECT_TRUE(printer.isEnabled());
    ASSERT_TRUE(printer.print(job(QStringLiteral("s2"))).ok());
    ASSERT_TRUE(waitFor([&] { return complete.size() == 2; }));
    EXPECT_EQ(vp.receipts().size(), 2u);
}

TEST(ReceiptPrinter, QueryStatusReportsTheDrawerBit)
{
    TcpRig rig;
    rig.vp.setCondition({.drawerPinHigh = true});
    QSignalSpy status(rig.printer.get(), &printer::ReceiptPrinter::printerStatusChanged);
    ASSERT_TRUE(waitFor([&] {
        rig.printer->queryStatus();
        return status.size() >= 1;
    }));
    EXPECT_TRUE(rig.printer->lastStatus().drawerPinHigh);
    EXPECT_TRUE(rig.printer->lastStatus().canPrint());
}

TEST(ReceiptPrinter, PaperOutBetweenJobsIsReportedUnaskedAndSoIsTheFix)
{
    TcpRig rig;
    ASSERT_TRUE(waitFor([&] { return rig.vp.automaticStatusBack() == kAsbAll; }));
    QSignalSpy status(rig.printer.get(), &printer::ReceiptPrinter::printerStatusChanged);
    rig.vp.setCondition({.coverOpen = true});
    ASSERT_TRUE(waitFor([&] { return rig.printer->state() == DeviceState::Error; }));
    EXPECT_TRUE(rig.printer->lastStatus().coverOpen);
    EXPECT_EQ(rig.vp.statusRequestsAnswered(), 0); // no job and no polling needed
    rig.vp.setCondition({});
    ASSERT_TRUE(waitFor([&] { return rig.printer->state() == DeviceState::Idle; }));
    EXPECT_TRUE(rig.printer->lastStatus().canPrint());
    EXPECT_GE(status.size(), 2);
}

TEST(ReceiptPrinter, WithoutAutomaticStatusBackOnlyAJobFindsTheFault)
{
    printer::VirtualPrinter vp;
    auto port = vp.listen();
    ASSERT_TRUE(port.ok());
    printer::ReceiptPrinter::Settings settings;
    settings.statusTimeoutMs = 300;
    settings.automaticStatusBack = false;
    printer::ReceiptPrinter printer(
        QStringLiteral("receipt"),
        std::make_unique<TcpChannel>(QStringLiteral("127.0.0.1"), *port, 1000), settings);
    ASSERT_TRUE(printer.open().ok());
    ASSERT_TRUE(printer.claim().ok());
    ASSERT_TRUE(printer.enable().ok());
    vp.setCondition({.paperEnd = true});
    QTest::qWait(100);
    EXPECT_EQ(vp.automaticStatusBack(), 0);
    EXPECT_NE(printer.state(), DeviceState::Error);
    QSignalSpy failed(&printer, &printer::ReceiptPrinter::jobFailed);
    ASSERT_TRUE(printer.print(job(QStringLiteral("n1"))).ok());
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(printer.state(), DeviceState::Error);
}
