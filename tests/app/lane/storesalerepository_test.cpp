// The lane's SaleRepository over the SQLite store: suspended baskets go to the store's
// suspended_basket table and come back through it, as the sale screen uses them.
#include <gtest/gtest.h>

#include "app/lane/storesalerepository.h"
#include "core/payment/sqlitepaymentjournal.h"
#include "tests/core/store/storetestutil.h"

namespace lane::app {
namespace {

using core::test::StoreFixture;

TEST(StoreSaleRepository, SuspendedBasketsSurviveARestartAndComeBackOnce)
{
    StoreFixture f;
    f.create();
    auto repository = std::make_unique<StoreSaleRepository>(*f.store, f.config, f.clock);
    core::Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(t.addSku("1002", 2000));
    ASSERT_TRUE(repository->saveOpen(t.snapshot()));
    ASSERT_TRUE(t.suspend("c1"));
    ASSERT_TRUE(repository->suspend(t.snapshot()));
    EXPECT_FALSE(repository->loadOpen()); // no longer the basket in progress

    repository.reset();
    f.reopen();
    repository = std::make_unique<StoreSaleRepository>(*f.store, f.config, f.clock);
    auto list = repository->suspended();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].header.cashierName, "Kim");
    EXPECT_EQ(list[0].basket.lines.size(), 2u);
    auto stored = f.store->suspendedBaskets();
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->at(0).total, t.total());
    EXPECT_EQ(list[0].header.transactionId, std::to_string(stored->at(0).id));

    auto taken = repository->takeSuspended(list[0].header.transactionId);
    ASSERT_TRUE(taken.ok()) << taken.error().message;
    EXPECT_EQ(taken.value().state, core::TransactionState::Suspended); // the lane resumes it
    EXPECT_TRUE(repository->suspended().empty());
    auto open = repository->loadOpen();
    ASSERT_TRUE(open);
    EXPECT_EQ(open->state, core::TransactionState::Open);
    EXPECT_EQ(open->basket.lines.size(), 2u);

    auto again = repository->takeSuspended(list[0].header.transactionId);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "store.not_found");
    auto garbage = repository->takeSuspended("12abc");
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().code, "store.not_found");
}

TEST(StoreSaleRepository, RecordAfterZIsRefusedByTheStore)
{
    StoreFixture f;
    f.create();
    ASSERT_TRUE(
        f.store->database().exec("INSERT INTO business_day (business_date, opened_utc_ns, "
                                 "closed_utc_ns, z_number) VALUES ('2026-11-22', 1, 2, 1)"));
    StoreSaleRepository repository(*f.store, f.config, f.clock);
    core::Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(t.startTendering());
    ASSERT_TRUE(t.payCash(core::Money(5000, core::test::krw())));
    auto recorded = repository.record(t);
    ASSERT_FALSE(recorded.ok());
    EXPECT_EQ(recorded.error().code, "business_day.closed");
}

TEST(StoreSaleRepository, CardSlipFromThePaymentJournalIsStoredWithTheSale)
{
    StoreFixture f;
    f.create();
    auto journal = core::SqlitePaymentJournal::open(f.store->database().handle());
    ASSERT_TRUE(journal.ok()) << journal.error().message;
    core::PaymentRecord payment;
    payment.id = "S0123-02-p1";
    payment.saleId = "sale-1";
    payment.tenderId = "t1";
    payment.amount = core::Money(1200, core::test::krw());
    payment.provider = "zvt:terminal";
    ASSERT_TRUE(journal->writeIntent(payment).ok());
    payment.state = core::PaymentState::Approved;
    payment.maskedPan = "411111******1111";
    // A terminal that prints the full number must not get it into the database.
    payment.receiptLines = {"KUNDENBELEG", "Karte 4111111111111111", "KRW 1200", "Genehmigt"};
    ASSERT_TRUE(journal->recordStep(payment, "approved: Approved").ok());

    StoreSaleRepository repository(*f.store, f.config, f.clock);
    repository.setPaymentJournal(&journal.value());
    core::Transaction t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(t.startTendering());
    core::CardApproval approval{"411111******1111", "VISA", "A1B2", "T-9", payment.id};
    ASSERT_TRUE(t.addCardTender(t.balance(), approval));
    auto recorded = repository.record(t);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message;

    f.reopen();
    auto slips = f.store->cardSlips(recorded.value().receiptNumber);
    ASSERT_TRUE(slips) << slips.error().message;
    ASSERT_EQ(slips->size(), 1u);
    EXPECT_EQ((*slips)[0], (std::vector<std::string>{"KUNDENBELEG", "Karte ************1111",
                                                     "KRW 1200", "Genehmigt"}));
    for (const char *table : {"sale_tender_slip", "payment_receipt_lines"}) {
        EXPECT_EQ(*f.store->database().queryInt(std::string("SELECT COUNT(*) FROM ") + table
                                                + " WHERE lines LIKE '%4111111111111111%'"),
                  0)
            << table;
    }
}

} // namespace
} // namespace lane::app
