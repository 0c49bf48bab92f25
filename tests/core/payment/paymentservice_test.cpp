// The persisted payment state machine with a scripted provider, over both journals.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include "core/payment/paymentservice.h"
#include "core/payment/sqlitepaymentjournal.h"
#include "tests/core/payment/fakeprovider.h"

using namespace lane::core;
using namespace std::chrono_literals;
using lane::core::testing::FakeProvider;
using lane::core::testing::RecordingSink;

namespace {

const Currency kEur = *Currency::fromCode("EUR");
Money eur(std::int64_t cents)
{
    return Money(cents, kEur);
}

PaymentResult approved(std::int64_t cents, std::string receipt)
{
    PaymentResult r;
    r.outcome = PaymentOutcome::Approved;
    r.amount = eur(cents);
    r.approvalCode = "123456";
    r.traceNumber = "000017";
    r.receiptNumber = std::move(receipt);
    r.pan = *MaskedPan::fromMasked("411111******1111");
    r.cardBrand = "Visa";
    r.resultCode = 0;
    r.message = "Approved";
    return r;
}

PaymentResult withOutcome(PaymentOutcome o, std::string message, std::optional<int> code = {})
{
    PaymentResult r;
    r.outcome = o;
    r.message = std::move(message);
    r.resultCode = code;
    return r;
}

struct DbCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};

} // namespace

class PaymentServiceTest : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        if (GetParam()) {
            sqlite3 *raw = nullptr;
            ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
            m_db.reset(raw);
            auto j = SqlitePaymentJournal::open(raw);
            ASSERT_TRUE(j.ok());
            m_sqlite.emplace(std::move(*j));
            journal = &*m_sqlite;
        } else {
            journal = &m_memory;
        }
        service.emplace(provider, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});
    }

    std::string startSale(std::int64_t cents, std::string tender = "t1")
    {
        auto id = service->startSale(
            CardTender{"sale-1", std::move(tender), eur(cents)},
            PaymentCallbacks{[this](const PaymentProgress &p) { progress.push_back(p.text); },
                             [this](const PaymentRecord &r) {
                                 finished.push_back(r);
                             }});
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        return id.ok() ? *id : std::string();
    }

    PaymentRecord stored(const std::string &id)
    {
        auto r = journal->find(id);
        EXPECT_TRUE(r.ok() && r->has_value());
        return r.ok() && r->has_value() ? **r : PaymentRecord{};
    }

    ManualClock clock{TimePoint(std::chrono::seconds(1'700'000'000))};
    FakeProvider provider;
    RecordingSink sink;
    MemoryPaymentJournal m_memory;
    std::unique_ptr<sqlite3, DbCloser> m_db;
    std::optional<SqlitePaymentJournal> m_sqlite;
    PaymentJournal *journal = nullptr;
    std::optional<PaymentService> service;
    std::vector<std::string> progress;
    std::vector<PaymentRecord> finished;
};

TEST_P(PaymentServiceTest, IntentIsDurableBeforeTheProviderSeesTheRequest)
{
    std::optional<PaymentState> stateAtStart;
    provider.onStart = [&](const PaymentRequest &rq) {
        stateAtStart = stored(rq.paymentId).state;
    };
    startSale(1250);
    ASSERT_TRUE(stateAtStart.has_value());
    EXPECT_EQ(*stateAtStart, PaymentState::Intent);
}

TEST_P(PaymentServiceTest, EveryStepIsJournaledAndApprovalCarriesTheResult)
{
    const auto id = startSale(1250);
    provider.progress(PaymentStage::Sent, "Sent to the terminal");
    provider.progress(PaymentStage::InsertCard, "Insert card");
    provider.progress(PaymentStage::WaitingForHost, "Waiting for the payment host");
    EXPECT_EQ(stored(id).state, PaymentState::InProgress);
    provider.finish(approved(1250, "0042"));
    const auto r = stored(id);
    EXPECT_EQ(r.state, PaymentState::Approved);
    EXPECT_EQ(r.approvalCode, "123456");
    EXPECT_EQ(r.receiptNumber, "0042");
    EXPECT_EQ(r.maskedPan, "411111******1111");
    EXPECT_EQ(r.message, "Card payment of 12.50 EUR approved (Visa ending 1111).");
    auto steps = journal->steps(id);
    ASSERT_TRUE(steps.ok());
    EXPECT_EQ(*steps, (std::vector<std::string>{"intent", "sent", "intermediate: Insert card",
                                                "intermediate: Waiting for the payment host",
                                                "approved: Approved"}));
    ASSERT_EQ(finished.size(), 1u);
    EXPECT_EQ(progress, (std::vector<std::string>{"Sent to the terminal", "Insert card",
                                                  "Waiting for the payment host"}));
}

TEST_P(PaymentServiceTest, DeclineIsResolvedWithPlainWords)
{
    const auto id = startSale(900);
    provider.finish(withOutcome(PaymentOutcome::Declined, "Insufficient funds", 0x71));
    const auto r = stored(id);
    EXPECT_EQ(r.state, PaymentState::Declined);
    EXPECT_EQ(r.resultCode.value(), 0x71);
    EXPECT_EQ(r.message, "Card payment of 9.00 EUR declined: Insufficient funds. Nothing was "
                         "charged; ask for another card or payment method.");
}

TEST_P(PaymentServiceTest, SplitTenderKeepsTheApprovedPartWhenTheSecondCardIsDeclined)
{
    const auto first = startSale(3000, "t1");
    provider.finish(approved(3000, "0007"));
    const auto second = startSale(2000, "t2");
    provider.finish(withOutcome(PaymentOutcome::Declined, "Card is blocked", 0x6E));
    auto bySale = journal->findBySale("sale-1");
    ASSERT_TRUE(bySale.ok());
    ASSERT_EQ(bySale->size(), 2u);
    std::int64_t paid = 0;
    for (const auto &p : *bySale)
        if (p.state == PaymentState::Approved)
            paid += p.amount.minor();
    EXPECT_EQ(paid, 3000);
    EXPECT_EQ(stored(first).state, PaymentState::Approved);
    EXPECT_EQ(stored(second).state, PaymentState::Declined);
}

TEST_P(PaymentServiceTest, UnknownOutcomeIsReconciledAtOnceAndFindsTheApproval)
{
    const auto id = startSale(1250);
    provider.lastAnswer = LastTransaction{false, approved(1250, "0043")};
    provider.finish(withOutcome(PaymentOutcome::Unknown, "no message from the terminal within T4"));
    ASSERT_EQ(finished.size(), 1u);
    EXPECT_EQ(finished[0].state, PaymentState::Approved);
    EXPECT_TRUE(finished[0].recovered);
    EXPECT_EQ(stored(id).receiptNumber, "0043");
    EXPECT_NE(finished[0].message.find("do not charge again"), std::string::npos);
}

TEST_P(PaymentServiceTest, CrashAfterSendingIsResolvedOnStartBeforeAnythingElseIsSold)
{
    // A previous run approved one payment (receipt 0042), then died while the next ran.
    startSale(1000);
    provider.finish(approved(1000, "0042"));
    const auto id = startSale(2500);
    provider.progress(PaymentStage::Sent, "Sent to the terminal");
    // "Restart": a new service over the same journal.
    FakeProvider fresh;
    PaymentService restarted(fresh, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});
    auto refused = restarted.startSale(CardTender{"sale-2", "t1", eur(500)}, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "payment.unresolved");

    fresh.lastAnswer = LastTransaction{false, approved(2500, "0043")};
    std::optional<ReconcileReport> report;
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->clear);
    ASSERT_EQ(report->resolved.size(), 1u);
    EXPECT_EQ(stored(id).state, PaymentState::Approved);
    EXPECT_EQ(report->messages[0],
              "The terminal approved the card payment of 25.00 EUR (Visa ending 1111), receipt "
              "0043, before the interruption. It is kept as paid for this sale; do not charge "
              "again.");
    EXPECT_TRUE(restarted.startSale(CardTender{"sale-2", "t1", eur(500)}, {}).ok());
}

TEST_P(PaymentServiceTest, TerminalStillShowingThePreviousReceiptMeansNotCharged)
{
    startSale(1000);
    provider.finish(approved(1000, "0042"));
    const auto id = startSale(1000); // same amount: only the receipt tells them apart
    provider.progress(PaymentStage::Sent, "Sent to the terminal");
    FakeProvider fresh;
    PaymentService restarted(fresh, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});
    fresh.lastAnswer = LastTransaction{false, approved(1000, "0042")};
    std::optional<ReconcileReport> report;
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    ASSERT_TRUE(report && report->clear);
    EXPECT_EQ(stored(id).state, PaymentState::NotCharged);
    EXPECT_NE(report->messages[0].find("was not charged"), std::string::npos);
}

TEST_P(PaymentServiceTest, UnreachableOrBusyTerminalKeepsSellingBlocked)
{
    const auto id = startSale(1000);
    FakeProvider fresh;
    PaymentService restarted(fresh, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});
    fresh.lastAnswer = Result<LastTransaction>(makeError("zvt.unreachable", "connection refused"));
    std::optional<ReconcileReport> report;
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    ASSERT_TRUE(report.has_value());
    EXPECT_FALSE(report->clear);
    EXPECT_NE(report->messages[0].find("does not answer (connection refused)"), std::string::npos);
    EXPECT_EQ(stored(id).state, PaymentState::Unknown);

    fresh.lastAnswer = LastTransaction{true, std::nullopt};
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    EXPECT_FALSE(report->clear);
    EXPECT_NE(report->messages[0].find("still busy"), std::string::npos);
    EXPECT_FALSE(restarted.startSale(CardTender{"sale-2", "t1", eur(500)}, {}).ok());

    fresh.lastAnswer = LastTransaction{false, std::nullopt}; // terminal has no transaction
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    EXPECT_TRUE(report->clear);
    EXPECT_EQ(stored(id).state, PaymentState::NotCharged);
}

TEST_P(PaymentServiceTest, ReversalVoidsTheOriginalPayment)
{
    const auto sale = startSale(1500);
    provider.finish(approved(1500, "0050"));
    auto rev = service->startReversal(sale, PaymentCallbacks{});
    ASSERT_TRUE(rev.ok());
    ASSERT_EQ(provider.requests.back().operation, PaymentOperation::Reversal);
    EXPECT_EQ(provider.requests.back().receiptToReverse, "0050");
    provider.finish(approved(1500, "0051"));
    EXPECT_EQ(stored(sale).state, PaymentState::Reversed);
    EXPECT_EQ(stored(*rev).state, PaymentState::Approved);
    EXPECT_FALSE(service->startReversal(sale, {}).ok()) << "already reversed";
}

TEST_P(PaymentServiceTest, InterruptedReversalFoundAtTheTerminalVoidsTheOriginal)
{
    const auto sale = startSale(1500);
    provider.finish(approved(1500, "0050"));
    auto rev = service->startReversal(sale, PaymentCallbacks{});
    ASSERT_TRUE(rev.ok());
    // The lane dies before the reversal's answer is recorded.
    FakeProvider fresh;
    PaymentService restarted(fresh, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});
    fresh.lastAnswer = LastTransaction{false, approved(1500, "0051")};
    std::optional<ReconcileReport> report;
    restarted.reconcile([&](ReconcileReport r) { report = std::move(r); });
    ASSERT_TRUE(report && report->clear);
    EXPECT_EQ(stored(*rev).state, PaymentState::Approved);
    EXPECT_EQ(stored(sale).state, PaymentState::Reversed);
}

TEST_P(PaymentServiceTest, ManualFallbackNeedsApprovalAndIsJournaled)
{
    const CardTender tender{"sale-9", "t1", eur(4200)};
    EXPECT_EQ(service->recordManualApproval(tender, "A1B2C3", "").error().code,
              "payment.manual.permission");
    EXPECT_EQ(service->recordManualApproval(tender, "A1 B2", "grant-7").error().code,
              "payment.manual.code");
    auto r = service->recordManualApproval(tender, "A1B2C3", "grant-7");
    ASSERT_TRUE(r.ok());
    const auto s = stored(r->id);
    EXPECT_EQ(s.state, PaymentState::Approved);
    EXPECT_TRUE(s.manual);
    EXPECT_EQ(s.approverId, "grant-7");
    EXPECT_EQ(s.approvalCode, "A1B2C3");
    EXPECT_EQ(sink.named("payment.finished").back().text("provider").value(), "manual");
}

TEST_P(PaymentServiceTest, OneEventPerPaymentWithStageTimingsAndNoCardNumber)
{
    startSale(1250);
    clock.advance(120ms);
    provider.progress(PaymentStage::Sent, "Sent to the terminal");
    clock.advance(30ms);
    provider.progress(PaymentStage::InsertCard, "Insert card"); // terminal answered: 150 ms
    clock.advance(4000ms);
    provider.progress(PaymentStage::PinEntry, "Please watch the PIN pad");
    clock.advance(2000ms);
    provider.progress(PaymentStage::WaitingForHost, "Waiting for the payment host");
    clock.advance(850ms);
    provider.finish(approved(1250, "0042"));
    const auto events = sink.named("payment.finished");
    ASSERT_EQ(events.size(), 1u);
    const auto &e = events[0];
    EXPECT_EQ(e.integer("stage_pos_terminal_ms").value(), 150);
    EXPECT_EQ(e.integer("stage_customer_ms").value(), 6000);
    EXPECT_EQ(e.integer("stage_host_ms").value(), 850);
    EXPECT_EQ(e.integer("total_ms").value(), 7000);
    EXPECT_EQ(e.integer("amount_minor").value(), 1250);
    EXPECT_EQ(e.text("state").value(), "approved");
    for (const auto &a : e.attributes) {
        if (std::holds_alternative<std::string>(a.value)) {
            EXPECT_EQ(std::get<std::string>(a.value).find("411111"), std::string::npos) << a.key;
        }
    }
}

TEST_P(PaymentServiceTest, OnlyOnePaymentAtATime)
{
    startSale(100);
    auto second = service->startSale(CardTender{"sale-1", "t2", eur(100)}, {});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, "payment.busy");
    EXPECT_TRUE(service->abort().ok());
    EXPECT_EQ(provider.aborts, 1);
    provider.finish(withOutcome(PaymentOutcome::Aborted, "Cancelled at the till"));
    EXPECT_EQ(finished.back().state, PaymentState::Aborted);
}

INSTANTIATE_TEST_SUITE_P(Journals, PaymentServiceTest, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &p) {
                             return p.param ? std::string("Sqlite") : std::string("Memory");
                         });

TEST_P(PaymentServiceTest, TerminalSlipIsKeptWithThePaymentWithCardNumbersMasked)
{
    const auto id = startSale(1250);
    auto result = approved(1250, "0043");
    result.receiptLines
        = {"KUNDENBELEG", "Visa 411111******1111", "Karte 4111111111111111", "Betrag EUR 12,50"};
    provider.finish(result);
    const auto r = stored(id);
    EXPECT_EQ(r.receiptLines,
              (std::vector<std::string>{"KUNDENBELEG", "Visa 411111******1111",
                                        "Karte ************1111", "Betrag EUR 12,50"}));
    // A later step without lines (the reversal marking it) keeps the slip.
    auto later = r;
    later.receiptLines.clear();
    later.state = PaymentState::Reversed;
    ASSERT_TRUE(journal->recordStep(later, "reversed by p9").ok());
    EXPECT_EQ(stored(id).receiptLines.size(), 4u);
    ASSERT_EQ(finished.size(), 1u);
}

TEST_P(PaymentServiceTest, EndOfDayRunsOnTheTerminalWithoutAPaymentRecord)
{
    std::vector<PaymentResult> answers;
    ASSERT_TRUE(
        service->startEndOfDay(kEur, [&](PaymentResult r) { answers.push_back(std::move(r)); })
            .ok());
    ASSERT_EQ(provider.requests.size(), 1u);
    EXPECT_EQ(provider.requests[0].operation, PaymentOperation::EndOfDay);
    EXPECT_TRUE(service->busy());
    // No payment may start while the terminal settles.
    auto refused = service->startSale(CardTender{"sale-2", "t1", eur(100)}, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, "payment.busy");
    auto done = withOutcome(PaymentOutcome::Approved, "End-of-day done", 0);
    done.receiptLines = {"KASSENSCHNITT", "Summe EUR 1.234,50"};
    provider.finish(done);
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_EQ(answers[0].message, "End-of-day done");
    EXPECT_EQ(answers[0].receiptLines.size(), 2u);
    EXPECT_FALSE(service->busy());
    auto unresolved = journal->findUnresolved();
    ASSERT_TRUE(unresolved.ok());
    EXPECT_TRUE(unresolved->empty());
    EXPECT_TRUE(journal->findBySale("").value().empty());
}

TEST_P(PaymentServiceTest, EndOfDayIsRefusedWhileAPaymentRuns)
{
    startSale(500);
    const auto s = service->startEndOfDay(kEur, [](PaymentResult) {});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "payment.busy");
    EXPECT_EQ(provider.requests.size(), 1u);
}

TEST(PaymentService, JournalFailureStopsThePaymentBeforeTheTerminal)
{
    ManualClock clock;
    FakeProvider provider;
    RecordingSink sink;
    MemoryPaymentJournal journal;
    PaymentService service(provider, journal, clock, sink);
    journal.failNextWrite();
    auto id = service.startSale(CardTender{"sale-1", "t1", eur(100)}, {});
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().code, "payment.journal");
    EXPECT_TRUE(provider.requests.empty());
}

TEST(SqlitePaymentJournal, SurvivesReopeningTheDatabase)
{
    const std::string path = std::string(LANE_BINARY_DIR) + "/payment_journal_reopen.db";
    std::remove(path.c_str());
    PaymentRecord r;
    r.id = "p1";
    r.saleId = "s1";
    r.tenderId = "t1";
    r.amount = eur(777);
    r.provider = "zvt:1";
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        auto j = SqlitePaymentJournal::open(db);
        ASSERT_TRUE(j.ok());
        ASSERT_TRUE(j->writeIntent(r).ok());
        r.state = PaymentState::Sent;
        ASSERT_TRUE(j->recordStep(r, "sent").ok());
        sqlite3_close(db);
    }
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    auto j = SqlitePaymentJournal::open(db);
    ASSERT_TRUE(j.ok());
    auto open = j->findUnresolved();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ((*open)[0].amount, eur(777));
    EXPECT_EQ((*open)[0].state, PaymentState::Sent);
    sqlite3_close(db);
    std::remove(path.c_str());
}
