// The lane's SaleRepository over the SQLite store: suspended baskets go to the store's
// suspended_basket table and come back through it, as the sale screen uses them.
#include <gtest/gtest.h>

#include "app/lane/storesalerepository.h"
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

} // namespace
} // namespace lane::app
