// The terminal's end-of-day (ZVT 06 50) run through the lane's card wiring against the ZVT
// simulator on loopback TCP, and journaled in the store with the total it settled.
#include <gtest/gtest.h>

#include <QTest>

#include "app/lane/cardterminal.h"
#include "core/store/journal.h"
#include "devices/zvt/zvtsimulator.h"
#include "tests/core/store/storetestutil.h"
#include "tests/devices/support/testsupport.h"

namespace lane::app {
namespace {

using core::test::StoreFixture;
using devices::test::waitFor;

struct CardRig
{
    StoreFixture f;
    core::LaneConfig config;
    core::NullEventSink events;
    std::unique_ptr<CardTerminal> card;

    CardRig()
    {
        f.create();
        config.store = "S0123";
        config.pos = "02";
        config.sale.currency = core::test::krw();
        auto made = CardTerminal::simulated(config, devices::zvt::SimulatorConfig{},
                                            f.store->database().handle(), f.clock, events);
        EXPECT_TRUE(made.ok()) << made.error().message;
        if (made.ok()) {
            card = std::move(made).value();
        }
    }
};

TEST(CardTerminal, EndOfDayIsJournaledWithTheSettledTotal)
{
    CardRig rig;
    ASSERT_TRUE(rig.card);
    // One approved sale of 12,000 so the terminal has something to settle.
    std::optional<core::PaymentRecord> paid;
    auto id = rig.card->service().startSale(
        core::CardTender{"sale-1", "t1", core::Money(12000, core::test::krw())},
        core::PaymentCallbacks{{}, [&](const core::PaymentRecord &r) {
                                   paid = r;
                               }});
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(waitFor([&] { return paid.has_value(); }, 10000));
    ASSERT_EQ(paid->state, core::PaymentState::Approved) << paid->message;

    std::optional<core::Result<core::JournalEntry>> journaled;
    ASSERT_TRUE(rig.card
                    ->runEndOfDay(*rig.f.store,
                                  [&](core::Result<core::JournalEntry> e) {
                                      journaled.emplace(std::move(e));
                                  })
                    .ok());
    EXPECT_TRUE(rig.card->service().busy());
    ASSERT_TRUE(waitFor([&] { return journaled.has_value(); }, 10000));
    ASSERT_TRUE(journaled->ok()) << journaled->error().message;
    const core::JournalEntry &entry = journaled->value();
    EXPECT_EQ(entry.type, core::journal_type::kTerminalEndOfDay);
    EXPECT_NE(entry.payload.find("\"outcome\":\"approved\""), std::string::npos) << entry.payload;
    EXPECT_NE(entry.payload.find("\"total_minor\":12000"), std::string::npos) << entry.payload;
    EXPECT_FALSE(rig.card->service().busy());
    EXPECT_EQ(*rig.f.store->database().queryInt(
                  "SELECT COUNT(*) FROM journal WHERE type = 'terminal_end_of_day'"),
              1);
    auto verdict = rig.f.store->verifyJournal();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
}

TEST(CardTerminal, EndOfDayIsRefusedWhileAPaymentRuns)
{
    CardRig rig;
    ASSERT_TRUE(rig.card);
    auto id = rig.card->service().startSale(
        core::CardTender{"sale-1", "t1", core::Money(500, core::test::krw())}, {});
    ASSERT_TRUE(id.ok());
    auto refused = rig.card->runEndOfDay(*rig.f.store, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "payment.busy");
    QTest::qWait(200); // let the sale end before the rig goes
}

} // namespace
} // namespace lane::app
