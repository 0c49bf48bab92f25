#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTcpSocket>

#include "devices/escpos/encoder.h"
#include "devices/printer/virtualprinter.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::escpos;
using lane::devices::test::waitFor;

namespace {

QByteArray bytesOf(const Document &doc)
{
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    return QByteArray(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()));
}

} // namespace

TEST(VirtualPrinter, SplitsReceiptsAtCutsAndKeepsTheRestPending)
{
    printer::VirtualPrinter vp;
    QSignalSpy printed(&vp, &printer::VirtualPrinter::receiptPrinted);
    Document one;
    one.text("first").cut();
    Document two;
    two.text("second").cut().text("third");
    vp.feed(bytesOf(one) + bytesOf(two));
    ASSERT_EQ(vp.receipts().size(), 2u);
    EXPECT_EQ(printed.size(), 2);
    EXPECT_EQ(vp.receipts()[0].textLines(), std::vector<std::string>{"first"});
    EXPECT_EQ(vp.receipts()[1].textLines(), std::vector<std::string>{"second"});
    EXPECT_EQ(vp.pending().textLines(), std::vector<std::string>{"third"});
}

TEST(VirtualPrinter, AnswersStatusFromItsCondition)
{
    printer::VirtualPrinter vp;
    EXPECT_EQ(vp.feed(QByteArray::fromHex("100401100402100403100404")),
              QByteArray::fromHex("12121212"));
    vp.setCondition({.paperEnd = true, .coverOpen = true, .drawerPinHigh = true});
    EXPECT_EQ(vp.feed(QByteArray::fromHex("100401100402100404")), QByteArray::fromHex("1e3672"));
    vp.setResponsive(false);
    EXPECT_TRUE(vp.feed(QByteArray::fromHex("100401")).isEmpty());
}

TEST(VirtualPrinter, ReportsConditionChangesUnaskedOnceGsAEnablesIt)
{
    printer::VirtualPrinter vp;
    vp.setCondition({.paperNearEnd = true}); // ASB off: nothing to report
    EXPECT_EQ(vp.asbBlocksSent(), 0);
    auto port = vp.listen();
    ASSERT_TRUE(port.ok());
    QTcpSocket host;
    host.connectToHost(QHostAddress::LocalHost, *port);
    ASSERT_TRUE(host.waitForConnected(2000));
    QByteArray received;
    const auto readAtLeast = [&](qsizetype n) {
        return waitFor([&] {
            received += host.readAll();
            return received.size() >= n;
        });
    };
    // GS a 0x0F: the printer answers with its status at once.
    host.write(QByteArray::fromHex("1d610f"));
    ASSERT_TRUE(readAtLeast(4));
    EXPECT_EQ(received, QByteArray::fromHex("10000300")); // paper near end
    EXPECT_EQ(vp.automaticStatusBack(), 0x0F);
    vp.setCondition({.paperEnd = true});
    ASSERT_TRUE(readAtLeast(8));
    EXPECT_EQ(received.mid(4), QByteArray::fromHex("18000c00")); // offline, paper end
    vp.setCondition({.paperEnd = true});                         // no change: nothing sent
    EXPECT_EQ(vp.asbBlocksSent(), 2);
}

TEST(VirtualPrinter, PaperOutMidReceiptTearsItAndStillAnswersStatus)
{
    printer::VirtualPrinter vp;
    Document doc;
    for (int i = 0; i < 20; ++i)
        doc.text("line " + std::to_string(i));
    doc.cut();
    const QByteArray bytes = bytesOf(doc);
    vp.failAfterBytes(60, {.paperEnd = true});
    const QByteArray reply = vp.feed(bytes + QByteArray::fromHex("100404"));
    EXPECT_EQ(reply, QByteArray::fromHex("72"));
    EXPECT_TRUE(vp.receipts().empty());
    EXPECT_EQ(vp.tornReceipts(), 1);
    vp.setCondition({});
    vp.feed(bytes);
    ASSERT_EQ(vp.receipts().size(), 1u);
    EXPECT_EQ(vp.receipts()[0].textLines().size(), 20u);
}

TEST(VirtualPrinter, ServesLoopbackTcpAndCountsDrawerKicks)
{
    printer::VirtualPrinter vp;
    auto port = vp.listen();
    ASSERT_TRUE(port.ok());
    QTcpSocket client;
    client.connectToHost(QStringLiteral("127.0.0.1"), *port);
    ASSERT_TRUE(client.waitForConnected(2000));
    Document doc;
    doc.pulse().text("paid").cut();
    client.write(bytesOf(doc) + QByteArray::fromHex("100401"));
    ASSERT_TRUE(
        waitFor([&] { return client.bytesAvailable() > 0 || client.waitForReadyRead(10); }));
    EXPECT_EQ(client.readAll(), QByteArray::fromHex("12"));
    ASSERT_TRUE(waitFor([&] { return vp.receipts().size() == 1; }));
    EXPECT_EQ(vp.drawerPulses(), 1);
    vp.disconnectClients();
    ASSERT_TRUE(waitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }));
}
