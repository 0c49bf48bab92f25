// Printed jobs kept in the store: the lane "crashes" after printing (every object dropped, the
// store reopened) and a retry of the same receipt prints nothing; an explicit reprint is a
// COPY and takes the card slip stored with the sale along.
#include <gtest/gtest.h>

#include <QTest>

#include <algorithm>

#include "app/lane/printledger.h"
#include "devices/framework/tcpchannel.h"
#include "devices/printer/receiptprinter.h"
#include "devices/printer/virtualprinter.h"
#include "tests/core/store/storetestutil.h"
#include "tests/devices/support/testsupport.h"

namespace lane::app {
namespace {

using core::test::StoreFixture;
using devices::test::waitFor;

std::unique_ptr<devices::printer::ReceiptPrinter> connectPrinter(quint16 port)
{
    devices::printer::ReceiptPrinter::Settings settings;
    settings.statusTimeoutMs = 500;
    settings.errorPollMs = 20;
    auto printer = std::make_unique<devices::printer::ReceiptPrinter>(
        QStringLiteral("receipt"),
        std::make_unique<devices::TcpChannel>(QStringLiteral("127.0.0.1"), port, 1000), settings);
    EXPECT_TRUE(printer->open().ok());
    EXPECT_TRUE(printer->claim().ok());
    EXPECT_TRUE(printer->enable().ok());
    return printer;
}

devices::escpos::Document body(const std::string &number)
{
    devices::escpos::Document d;
    d.text("Receipt " + number);
    d.cut();
    return d;
}

// A card sale committed with the terminal's slip; returns its receipt number.
std::string cardSaleWithSlip(StoreFixture &f)
{
    core::Transaction t = f.newSale();
    EXPECT_TRUE(t.addSku("1001"));
    EXPECT_TRUE(t.startTendering());
    EXPECT_TRUE(t.addCardTender(t.balance(), {"411111******1111", "VISA", "A1B2", "T-9", "pay-1"}));
    auto done = core::finalizeSale(*f.store, t, f.context(), {},
                                   core::CardSlips{{"pay-1", {"KUNDENBELEG", "Visa ****1111"}}});
    EXPECT_TRUE(done) << done.error().message;
    return done ? done->header().transactionId : std::string();
}

bool printed(StoreFixture &f, const std::string &jobId)
{
    const auto r = f.store->wasPrinted(jobId);
    return r.ok() && *r;
}

std::int64_t copies(StoreFixture &f, const std::string &number)
{
    const auto r = f.store->copiesPrinted(number);
    return r.ok() ? *r : -1;
}

bool hasLine(const devices::escpos::Document &d, const std::string &line)
{
    const auto lines = d.textLines();
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

TEST(PrintLedger, RetryAfterACrashPrintsNothingAndAReprintIsACopyWithTheSlip)
{
    StoreFixture f;
    f.create();
    const std::string number = cardSaleWithSlip(f);
    devices::printer::VirtualPrinter paper;
    auto port = paper.listen();
    ASSERT_TRUE(port.ok());

    auto printer = connectPrinter(*port);
    auto ledger = std::make_unique<PrintLedger>(*f.store);
    ASSERT_TRUE(ledger->printReceipt(*printer, body(number), number, false).ok());
    ASSERT_TRUE(ledger->printSlip(*printer, number + "-card", number, {"KUNDENBELEG"}).ok());
    ASSERT_TRUE(waitFor([&] { return printed(f, number + "-card") && printed(f, number); }));
    ASSERT_EQ(paper.receipts().size(), 2u);

    // Crash: the ledger, the printer object and the store connection are gone.
    ledger.reset();
    printer.reset();
    f.reopen();
    printer = connectPrinter(*port);
    ledger = std::make_unique<PrintLedger>(*f.store);

    auto retry = ledger->printReceipt(*printer, body(number), number, false);
    ASSERT_FALSE(retry.ok());
    EXPECT_EQ(retry.error().code, "printer.already_printed");
    auto slipRetry = ledger->printSlip(*printer, number + "-card", number, {"KUNDENBELEG"});
    ASSERT_FALSE(slipRetry.ok());
    EXPECT_EQ(slipRetry.error().code, "printer.already_printed");
    QTest::qWait(100);
    EXPECT_EQ(paper.receipts().size(), 2u);

    // The explicit reprint: a COPY of the receipt and of the slip stored with the sale.
    ASSERT_TRUE(ledger->printReceipt(*printer, body(number), number, true).ok());
    ASSERT_TRUE(waitFor([&] { return paper.receipts().size() == 4u; }));
    EXPECT_EQ(paper.receipts()[2].textLines().front(), "** COPY **");
    EXPECT_TRUE(hasLine(paper.receipts()[2], "Receipt " + number));
    EXPECT_EQ(paper.receipts()[3].textLines().front(), "** COPY **");
    EXPECT_TRUE(hasLine(paper.receipts()[3], "Visa ****1111"));
    ASSERT_TRUE(waitFor([&] { return copies(f, number) == 1; }));

    // Another reprint after another restart is a new copy, never refused as a duplicate.
    ledger.reset();
    printer.reset();
    f.reopen();
    printer = connectPrinter(*port);
    ledger = std::make_unique<PrintLedger>(*f.store);
    ASSERT_TRUE(ledger->printReceipt(*printer, body(number), number, true).ok());
    ASSERT_TRUE(waitFor([&] { return paper.receipts().size() == 6u; }));
    EXPECT_TRUE(waitFor(
        [&] { return printed(f, number + "-copy-2") && printed(f, number + "-card-copy-2"); }));
}

TEST(PrintLedger, ASecondPressWhileQueuedKeepsTheFirstJobsRecordAndTheSlipIsMasked)
{
    StoreFixture f;
    f.create();
    const std::string number = cardSaleWithSlip(f);
    devices::printer::VirtualPrinter paper;
    auto port = paper.listen();
    ASSERT_TRUE(port.ok());
    auto printer = connectPrinter(*port);
    PrintLedger ledger(*f.store);

    ASSERT_TRUE(ledger.printReceipt(*printer, body(number), number, false).ok());
    auto second = ledger.printReceipt(*printer, body(number), number, false);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, "printer.already_queued");
    EXPECT_TRUE(waitFor([&] { return printed(f, number); }))
        << "the refused second press dropped the first job's record";

    // A terminal that does not mask its slip: the paper gets the masked number only.
    ASSERT_TRUE(
        ledger.printSlip(*printer, number + "-card", number, {"PAN 4111 1111 1111 1111"}).ok());
    ASSERT_TRUE(waitFor([&] { return paper.receipts().size() == 2u; }));
    EXPECT_TRUE(hasLine(paper.receipts()[1], "PAN **** **** **** 1111"));
    for (const auto &line : paper.receipts()[1].textLines())
        EXPECT_EQ(line.find("4111 1111"), std::string::npos) << line;
}

TEST(PrintLedger, AJobThatFailedIsNotRecordedAndPrintsOnRetry)
{
    StoreFixture f;
    f.create();
    devices::printer::VirtualPrinter paper;
    auto port = paper.listen();
    ASSERT_TRUE(port.ok());
    paper.setCondition({.paperEnd = true});
    auto printer = connectPrinter(*port);
    PrintLedger ledger(*f.store);
    const std::string number = "S0123-02-20261122-000007";
    ASSERT_TRUE(ledger.printReceipt(*printer, body(number), number, false).ok());
    ASSERT_TRUE(waitFor([&] { return printer->queuedJobs() == 0; }));
    QTest::qWait(50);
    EXPECT_FALSE(printed(f, number));
    EXPECT_TRUE(paper.receipts().empty());

    paper.setCondition({});
    ASSERT_TRUE(waitFor([&] { return printer->state() == devices::DeviceState::Idle; }));
    ASSERT_TRUE(ledger.printReceipt(*printer, body(number), number, false).ok());
    ASSERT_TRUE(waitFor([&] { return printed(f, number); }));
    EXPECT_EQ(paper.receipts().size(), 1u);
}

TEST(PrintLedger, AZPrintedBeforeARestartIsRefusedItsMarkedCopyIsNot)
{
    StoreFixture f;
    f.create();
    devices::printer::VirtualPrinter paper;
    auto port = paper.listen();
    ASSERT_TRUE(port.ok());
    auto printer = connectPrinter(*port);
    auto ledger = std::make_unique<PrintLedger>(*f.store);
    ASSERT_TRUE(ledger->printDocument(*printer, QStringLiteral("z-1"), body("Z 1")).ok());
    ASSERT_TRUE(waitFor([&] { return printed(f, "z-1"); }));

    ledger.reset();
    printer.reset();
    f.reopen();
    printer = connectPrinter(*port);
    ledger = std::make_unique<PrintLedger>(*f.store);
    auto again = ledger->printDocument(*printer, QStringLiteral("z-1"), body("Z 1"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "printer.already_printed");
    ASSERT_TRUE(ledger->printDocument(*printer, QStringLiteral("z-1-copy"), body("Z 1")).ok());
    ASSERT_TRUE(waitFor([&] { return paper.receipts().size() == 2u; }));
}

} // namespace
} // namespace lane::app
