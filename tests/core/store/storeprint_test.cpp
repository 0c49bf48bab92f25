// What the store keeps about printing: card slips with the sale, printed jobs, the terminal's
// end-of-day in the journal, and the schema step that added them.
#include <gtest/gtest.h>

#include "core/store/migrations.h"
#include "core/store/terminaljournal.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

// One item paid by card: a Paid transaction whose card tender has reference `payment`.
Transaction cardSale(StoreFixture &f, const std::string &payment)
{
    Transaction t = f.newSale();
    EXPECT_TRUE(t.addSku("1001"));
    EXPECT_TRUE(t.startTendering());
    CardApproval approval{"411111******1111", "VISA", "A1B2", "T-9", payment};
    EXPECT_TRUE(t.addCardTender(t.balance(), approval));
    EXPECT_EQ(t.state(), TransactionState::Paid);
    return t;
}

const std::vector<std::string> kSlip{"KUNDENBELEG", "Visa 411111******1111", "EUR 12,00",
                                     "Genehmigt A1B2"};

TEST(StorePrint, CardSlipIsStoredWithTheSaleAndReadAfterReopening)
{
    StoreFixture f;
    f.create();
    auto done = finalizeSale(*f.store, cardSale(f, "pay-1"), f.context(), {},
                             CardSlips{{"pay-1", kSlip}, {"pay-other", {"not this sale"}}});
    ASSERT_TRUE(done) << done.error().message;
    const std::string number = done->header().transactionId;
    f.reopen();
    auto slips = f.store->cardSlips(number);
    ASSERT_TRUE(slips) << slips.error().message;
    ASSERT_EQ(slips->size(), 1u);
    EXPECT_EQ((*slips)[0], kSlip);
    EXPECT_EQ(*f.store->database().queryInt("SELECT COUNT(*) FROM sale_tender_slip"), 1);
    auto none = f.store->cardSlips("S0123-02-20261122-999999");
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

TEST(StorePrint, FullCardNumberOnASlipIsMaskedBeforeItIsStored)
{
    StoreFixture f;
    f.create();
    auto done = finalizeSale(*f.store, cardSale(f, "pay-2"), f.context(), {},
                             CardSlips{{"pay-2", {"Karte 4111 1111 1111 1111", "Trace 000017"}}});
    ASSERT_TRUE(done) << done.error().message;
    auto slips = f.store->cardSlips(done->header().transactionId);
    ASSERT_TRUE(slips);
    ASSERT_EQ(slips->size(), 1u);
    EXPECT_EQ((*slips)[0], (std::vector<std::string>{"Karte **** **** **** 1111", "Trace 000017"}));
    EXPECT_EQ(*f.store->database().queryInt(
                  "SELECT COUNT(*) FROM sale_tender_slip WHERE lines LIKE '%4111 1111%'"),
              0);
}

TEST(StorePrint, CashSaleHasNoSlip)
{
    StoreFixture f;
    f.create();
    Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(t.startTendering());
    ASSERT_TRUE(t.payCash(Money(5000, krw())));
    auto done = finalizeSale(*f.store, t, f.context(), {}, CardSlips{{"", {"stray"}}});
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_TRUE(f.store->cardSlips(done->header().transactionId)->empty());
}

TEST(StorePrint, PrintedJobsSurviveARestartAndCountCopies)
{
    StoreFixture f;
    f.create();
    const std::string number = "S0123-02-20261122-000001";
    EXPECT_FALSE(*f.store->wasPrinted(number));
    ASSERT_TRUE(f.store->recordPrinted({number, "receipt", number, {}}));
    ASSERT_TRUE(f.store->recordPrinted({number, "receipt", number, {}})); // once only
    ASSERT_TRUE(f.store->recordPrinted({number + "-copy-1", "copy", number, {}}));
    f.reopen();
    EXPECT_TRUE(*f.store->wasPrinted(number));
    EXPECT_FALSE(*f.store->wasPrinted(number + "-card"));
    EXPECT_EQ(*f.store->copiesPrinted(number), 1);
    EXPECT_EQ(*f.store->database().queryInt("SELECT COUNT(*) FROM printed_job"), 2);
    auto bad = f.store->recordPrinted({number + "-x", "poster", number, {}});
    ASSERT_FALSE(bad);
    auto noId = f.store->recordPrinted({"", "receipt", number, {}});
    ASSERT_FALSE(noId);
}

TEST(StorePrint, TerminalEndOfDayIsJournaled)
{
    StoreFixture f;
    f.create();
    PaymentResult r;
    r.outcome = PaymentOutcome::Approved;
    r.message = "End-of-day done";
    r.resultCode = 0;
    r.terminalId = "52500038";
    r.traceNumber = "000120";
    r.amount = Money(123450, krw());
    r.receiptLines = {"KASSENSCHNITT", "Karte 4111111111111111", "Summe 123450"};
    auto entry = journalTerminalEndOfDay(*f.store, "zvt:terminal", r);
    ASSERT_TRUE(entry) << entry.error().message;
    EXPECT_EQ(entry->type, "terminal_end_of_day");
    EXPECT_NE(entry->payload.find("\"total_minor\":123450"), std::string::npos) << entry->payload;
    EXPECT_NE(entry->payload.find("\"outcome\":\"approved\""), std::string::npos) << entry->payload;
    EXPECT_NE(entry->payload.find("\"terminal_id\":\"52500038\""), std::string::npos);
    EXPECT_NE(entry->payload.find("************1111"), std::string::npos);
    EXPECT_EQ(entry->payload.find("4111111111111111"), std::string::npos);
    auto verdict = f.store->verifyJournal();
    ASSERT_TRUE(verdict) << verdict.error().message;
    EXPECT_EQ(*f.store->database().queryInt(
                  "SELECT COUNT(*) FROM journal WHERE type = 'terminal_end_of_day'"),
              1);

    PaymentResult failed;
    failed.outcome = PaymentOutcome::NotSent;
    failed.message = "no connection";
    auto second = journalTerminalEndOfDay(*f.store, "zvt:terminal", failed);
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_NE(second->payload.find("\"outcome\":\"not_sent\""), std::string::npos)
        << second->payload;
}

TEST(StorePrint, VersionSevenKeepsVersionSixProgramsWorking)
{
    TempDir dir;
    auto db = Database::open(dir.file("a.db"), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    const auto all = storeMigrations();
    ASSERT_TRUE(migrate(**db, all.first(6)));
    ASSERT_TRUE(migrate(**db));
    EXPECT_EQ(*(*db)->queryInt("PRAGMA user_version"), 7);
    EXPECT_EQ(*readerVersion(**db), 6); // only additions: a version 6 lane still opens it
    EXPECT_EQ(*(*db)->queryInt("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                               "('sale_tender_slip', 'printed_job', 'item_department')"),
              3);
    // A program of version 6 accepts it as it is.
    ASSERT_TRUE(migrate(**db, all.first(6)));
    // The department grid's query uses the index instead of scanning the catalog.
    std::string plan;
    ASSERT_TRUE(forEachRow(
        **db, "EXPLAIN QUERY PLAN SELECT * FROM item WHERE department = ? ORDER BY name LIMIT 40",
        [&](Statement &row) { plan += row.columnText(3) + "\n"; }, std::string("dairy")));
    EXPECT_NE(plan.find("USING INDEX item_department"), std::string::npos) << plan;
    EXPECT_EQ(plan.find("TEMP B-TREE"), std::string::npos) << plan; // read in order, no sort
}

} // namespace
} // namespace lane::core::test
