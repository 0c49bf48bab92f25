// The ZVT adapter and the payment state machine against the simulator over real transports
// (loopback TCP and a pty), for every scripted fault.
#include <QCoreApplication>

#include <gtest/gtest.h>

#include "core/payment/paymentservice.h"
#include "devices/zvt/zvtsimulator.h"
#ifdef LANE_ZVT_HAS_FRAMEWORK
#include "devices/framework/channelfactory.h"
#include "devices/zvt/zvtframeworkchannel.h"
#endif
#include "devices/zvt/zvtterminal.h"
#include "tests/core/payment/fakeprovider.h"
#include "tests/devices/zvt/qttestsupport.h"

using namespace lane::core;
using namespace lane::devices::zvt;
using namespace std::chrono_literals;
using lane::core::testing::RecordingSink;
using lane::devices::zvt::testing::runUntil;

namespace {

const Currency kEur = *Currency::fromCode("EUR");

struct Rig
{
    explicit Rig(LinkType link, SimulatorConfig simConfig = {}, Timeouts timeouts = {},
                 bool ownChannels = false)
    {
        simConfig.link = link;
        sim = std::make_unique<ZvtSimulator>(simConfig);
        std::string port;
        if (link == LinkType::Tcp) {
            EXPECT_TRUE(sim->listenTcp().ok());
            port = "tcp:127.0.0.1:" + std::to_string(sim->tcpPort());
        } else {
            auto path = sim->openPty();
            EXPECT_TRUE(path.ok());
            port = "serial:" + (path.ok() ? *path : std::string());
        }
        std::unique_ptr<ByteChannel> channel;
#ifdef LANE_ZVT_HAS_FRAMEWORK
        if (!ownChannels) {
            // The production path: the device framework's channels.
            lane::devices::DeviceConfig dc{"terminal", "zvt", port, {{"stopbits", "2"}}};
            auto fw = lane::devices::makeChannel(dc);
            EXPECT_TRUE(fw.ok()) << (fw.ok() ? "" : fw.error().message);
            if (fw.ok())
                channel = makeFrameworkChannel(std::move(*fw));
        }
#endif
        if (!channel) {
            if (link == LinkType::Tcp)
                channel = makeTcpChannel("127.0.0.1", sim->tcpPort());
            else
                channel = makeSerialChannel(QString::fromStdString(port.substr(7)));
        }
        TerminalConfig config;
        config.link = link;
        config.charset = simConfig.charset;
        config.timeouts = timeouts;
        terminal = std::make_unique<ZvtTerminal>(std::move(channel), config, clock);
        service = std::make_unique<PaymentService>(*terminal, journal, clock, sink,
                                                   PaymentServiceOptions{"S001-P01"});
    }

    /// Runs one card sale to its end; returns the final record.
    PaymentRecord pay(std::int64_t cents, std::function<void()> midway = {})
    {
        std::optional<PaymentRecord> done;
        std::string tender = "t"; // appended, not "t" + ...: GCC 12 -O3 warns falsely on that
        tender += std::to_string(++tenders);
        auto id = service->startSale(
            CardTender{"sale-1", tender, Money(cents, kEur)},
            PaymentCallbacks{[this, midway](const PaymentProgress &p) {
                                 texts.push_back(p.text);
                                 if (midway && p.stage == PaymentStage::InsertCard)
                                     midway();
                             },
                             [&](const PaymentRecord &r) {
                                 done = r;
                             }});
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message);
        EXPECT_TRUE(runUntil([&] { return done.has_value(); }, 20s));
        return done.value_or(PaymentRecord{});
    }

    std::int64_t recordedTotal() const
    {
        std::int64_t total = 0;
        const auto payments = journal.findBySale("sale-1");
        for (const auto &p : payments.value())
            if (p.state == PaymentState::Approved || p.state == PaymentState::Reversed)
                total
                    += p.operation == PaymentOperation::Sale ? p.amount.minor() : -p.amount.minor();
        return total;
    }

    SystemClock clock;
    RecordingSink sink;
    MemoryPaymentJournal journal;
    std::unique_ptr<ZvtSimulator> sim;
    std::unique_ptr<ZvtTerminal> terminal;
    std::unique_ptr<PaymentService> service;
    std::vector<std::string> texts;
    int tenders = 0;
};

std::string linkName(const ::testing::TestParamInfo<LinkType> &p)
{
    return p.param == LinkType::Tcp ? "Tcp" : "Pty";
}

} // namespace

class ZvtTerminalTest : public ::testing::TestWithParam<LinkType>
{};

TEST_P(ZvtTerminalTest, ApprovedSaleCarriesMaskedPanReceiptAndIntermediateTexts)
{
    Rig rig(GetParam());
    const auto r = rig.pay(1250);
    EXPECT_EQ(r.state, PaymentState::Approved) << r.message;
    EXPECT_EQ(r.receiptNumber, "0001");
    EXPECT_EQ(r.maskedPan.size(), 16u);
    EXPECT_EQ(r.maskedPan.substr(6, 6), "******");
    EXPECT_FALSE(r.approvalCode.empty());
    EXPECT_FALSE(r.cardBrand.empty());
    EXPECT_EQ(rig.texts, (std::vector<std::string>{"Sent to the terminal", "Insert card",
                                                   "Please watch the PIN pad",
                                                   "Waiting for the payment host"}));
    ASSERT_FALSE(r.receiptLines.empty()) << "terminal receipt for the printer";
    EXPECT_EQ(r.receiptLines.front(), "Kartenzahlung");
    EXPECT_EQ(rig.sim->ledgerTotal(), 1250);
    EXPECT_EQ(rig.recordedTotal(), 1250);
    EXPECT_EQ(rig.sim->missingAcks(), 0) << "the ECR acknowledges every terminal message";
    // Registration first, then the authorisation with the amount in BCD.
    ASSERT_GE(rig.sim->received().size(), 2u);
    EXPECT_TRUE(rig.sim->received()[0].is(0x06, 0x00));
    EXPECT_EQ(hex(encodeApdu(rig.sim->received()[1])), "06 01 0A 04 00 00 00 00 12 50 49 09 78");
}

struct DeclineCase
{
    std::uint8_t code;
    const char *words;
};

TEST_P(ZvtTerminalTest, DeclinesWithSeveralResultCodes)
{
    Rig rig(GetParam());
    for (const DeclineCase c :
         {DeclineCase{0x71, "Insufficient funds"}, DeclineCase{0x6E, "Card is blocked"},
          DeclineCase{0x78, "Card expired"}}) {
        rig.sim->script({SimStep{SimScenario::Decline, c.code}});
        const auto r = rig.pay(500);
        EXPECT_EQ(r.state, PaymentState::Declined);
        EXPECT_EQ(r.resultCode.value_or(-1), c.code);
        EXPECT_NE(r.message.find(c.words), std::string::npos) << r.message;
    }
    EXPECT_EQ(rig.sim->ledgerTotal(), 0);
}

TEST_P(ZvtTerminalTest, CustomerAbortAtTheTerminal)
{
    Rig rig(GetParam());
    rig.sim->script({SimStep{SimScenario::CustomerAbort}});
    const auto r = rig.pay(700);
    EXPECT_EQ(r.state, PaymentState::Aborted);
    EXPECT_NE(r.message.find("Aborted by timeout or the abort key"), std::string::npos);
    EXPECT_EQ(rig.sim->ledgerTotal(), 0);
}

TEST_P(ZvtTerminalTest, PosAbortSends06B0AndNothingIsCharged)
{
    SimulatorConfig sc;
    sc.customerDelay = 300ms;
    Rig rig(GetParam(), sc);
    const auto r = rig.pay(900, [&] { ASSERT_TRUE(rig.service->abort().ok()); });
    EXPECT_EQ(r.state, PaymentState::Aborted);
    EXPECT_NE(r.message.find("Cancelled at the till"), std::string::npos);
    bool sawAbort = false;
    for (const auto &a : rig.sim->received())
        sawAbort = sawAbort || a.is(0x06, 0xB0);
    EXPECT_TRUE(sawAbort);
    EXPECT_EQ(rig.sim->ledgerTotal(), 0);
}

TEST_P(ZvtTerminalTest, HostTimeoutIsADecline)
{
    Rig rig(GetParam());
    rig.sim->script({SimStep{SimScenario::HostTimeout}});
    const auto r = rig.pay(1500);
    EXPECT_EQ(r.state, PaymentState::Declined);
    EXPECT_NE(r.message.find("Remote station does not respond"), std::string::npos);
}

TEST_P(ZvtTerminalTest, MissingAckEndsAfterT3AndReconcilesToNotCharged)
{
    Rig rig(GetParam(), {}, Timeouts{300ms, 180000ms, 3});
    rig.sim->script({SimStep{SimScenario::NoAck}});
    const auto r = rig.pay(1100);
    EXPECT_EQ(r.state, PaymentState::NotCharged) << r.message;
    EXPECT_TRUE(r.recovered);
    EXPECT_EQ(rig.sim->ledgerTotal(), 0);
}

TEST_P(ZvtTerminalTest, SilentTerminalEndsAfterT4AndReconciles)
{
    Rig rig(GetParam(), {}, Timeouts{5000ms, 400ms, 3});
    rig.sim->script({SimStep{SimScenario::TerminalSilent}});
    const auto r = rig.pay(1200);
    EXPECT_EQ(r.state, PaymentState::NotCharged) << r.message;
    EXPECT_EQ(rig.recordedTotal(), rig.sim->ledgerTotal());
}

TEST_P(ZvtTerminalTest, ConnectionDropMidTransactionIsReconciled)
{
    Rig rig(GetParam(), {}, Timeouts{5000ms, 400ms, 3});
    rig.sim->script({SimStep{SimScenario::DropConnection}});
    const auto r = rig.pay(1300);
    EXPECT_EQ(r.state, PaymentState::NotCharged) << r.message;
    EXPECT_EQ(rig.recordedTotal(), rig.sim->ledgerTotal());
    // The lane sells on afterwards, over a fresh connection.
    EXPECT_EQ(rig.pay(200).state, PaymentState::Approved);
}

TEST_P(ZvtTerminalTest, ApprovalLostOnTheWayBackIsRecoveredNotChargedTwice)
{
    Rig rig(GetParam(), {}, Timeouts{5000ms, 400ms, 3});
    rig.pay(1000); // an earlier approval gives the lane a known receipt
    rig.sim->script({SimStep{SimScenario::LoseApproval}});
    const auto r = rig.pay(2500);
    EXPECT_EQ(r.state, PaymentState::Approved) << r.message;
    EXPECT_TRUE(r.recovered);
    EXPECT_NE(r.message.find("do not charge again"), std::string::npos);
    EXPECT_EQ(rig.sim->ledgerTotal(), 3500);
    EXPECT_EQ(rig.recordedTotal(), 3500);
}

TEST_P(ZvtTerminalTest, BusyTerminalDuringReconcileKeepsItOpenUntilIdle)
{
    Rig rig(GetParam(), {}, Timeouts{5000ms, 400ms, 3});
    rig.sim->script({SimStep{SimScenario::LoseApproval}});
    rig.sim->setBusyEnquiries(1);
    const auto r = rig.pay(800);
    EXPECT_EQ(r.state, PaymentState::Unknown);
    EXPECT_NE(r.message.find("still busy"), std::string::npos);
    EXPECT_FALSE(rig.service->startSale(CardTender{"sale-1", "tx", Money(100, kEur)}, {}).ok());
    std::optional<ReconcileReport> report;
    rig.service->reconcile([&](ReconcileReport rep) { report = std::move(rep); });
    ASSERT_TRUE(runUntil([&] { return report.has_value(); }));
    EXPECT_TRUE(report->clear);
    EXPECT_EQ(rig.recordedTotal(), 800);
    EXPECT_EQ(rig.sim->ledgerTotal(), 800);
}

TEST_P(ZvtTerminalTest, ReversalAndRefund)
{
    Rig rig(GetParam());
    const auto sale = rig.pay(1999);
    ASSERT_EQ(sale.state, PaymentState::Approved);
    std::optional<PaymentRecord> done;
    auto rev
        = rig.service->startReversal(sale.id, PaymentCallbacks{{}, [&](const PaymentRecord &r) {
                                                                   done = r;
                                                               }});
    ASSERT_TRUE(rev.ok());
    ASSERT_TRUE(runUntil([&] { return done.has_value(); }));
    EXPECT_EQ(done->state, PaymentState::Approved) << done->message;
    EXPECT_EQ(rig.journal.find(sale.id).value()->state, PaymentState::Reversed);
    EXPECT_EQ(rig.sim->ledgerTotal(), 0);

    done.reset();
    auto refund = rig.service->startRefund(CardTender{"sale-2", "r1", Money(500, kEur)},
                                           PaymentCallbacks{{}, [&](const PaymentRecord &r) {
                                                                done = r;
                                                            }});
    ASSERT_TRUE(refund.ok());
    ASSERT_TRUE(runUntil([&] { return done.has_value(); }));
    EXPECT_EQ(done->state, PaymentState::Approved);
    EXPECT_EQ(rig.sim->ledgerTotal(), -500);
}

TEST_P(ZvtTerminalTest, EndOfDay)
{
    Rig rig(GetParam());
    rig.pay(1000);
    std::optional<PaymentResult> result;
    rig.terminal->start(PaymentRequest{PaymentOperation::EndOfDay, Money(0, kEur), {}, "eod"}, {},
                        [&](PaymentResult r) { result = std::move(r); });
    ASSERT_TRUE(runUntil([&] { return result.has_value(); }));
    EXPECT_EQ(result->outcome, PaymentOutcome::Approved);
    EXPECT_TRUE(rig.sim->received().back().is(0x06, 0x50));
}

INSTANTIATE_TEST_SUITE_P(Links, ZvtTerminalTest, ::testing::Values(LinkType::Tcp, LinkType::Serial),
                         linkName);

struct VariantCase
{
    Charset charset;
    bool tlv;
};

class ZvtVendorVariants : public ::testing::TestWithParam<VariantCase>
{};

TEST_P(ZvtVendorVariants, ReceiptTextAndDisplayTextsDecode)
{
    SimulatorConfig sc;
    sc.charset = GetParam().charset;
    sc.useTlv = GetParam().tlv;
    Rig rig(LinkType::Tcp, sc);
    std::optional<PaymentResult> result;
    rig.terminal->start(PaymentRequest{PaymentOperation::Sale, Money(4200, kEur), {}, "v"}, {},
                        [&](PaymentResult r) { result = std::move(r); });
    ASSERT_TRUE(runUntil([&] { return result.has_value(); }));
    ASSERT_EQ(result->outcome, PaymentOutcome::Approved) << result->message;
    ASSERT_GE(result->receiptLines.size(), 3u);
    EXPECT_EQ(result->receiptLines[1], "H\xC3\xA4ndlerbeleg");
    EXPECT_EQ(result->receiptLines[2], "Betrag EUR 42,00");
}

INSTANTIATE_TEST_SUITE_P(Variants, ZvtVendorVariants,
                         ::testing::Values(VariantCase{Charset::Cp437, false},
                                           VariantCase{Charset::Latin1, false},
                                           VariantCase{Charset::Utf8, true},
                                           VariantCase{Charset::Cp437, true}));

TEST(ZvtTerminal, OwnTcpAndSerialChannelsWork)
{
    for (LinkType link : {LinkType::Tcp, LinkType::Serial}) {
        Rig rig(link, {}, {}, true);
        EXPECT_EQ(rig.pay(1234).state, PaymentState::Approved);
        EXPECT_EQ(rig.sim->ledgerTotal(), 1234);
    }
}

TEST(ZvtTerminal, PanWithTooManyDigitsIsDropped)
{
    SimulatorConfig sc;
    sc.leakPan = true;
    Rig rig(LinkType::Tcp, sc);
    const auto r = rig.pay(300);
    EXPECT_EQ(r.state, PaymentState::Approved);
    EXPECT_TRUE(r.maskedPan.empty()) << r.maskedPan;
}

TEST(ZvtTerminal, UnreachableTerminalIsNotSent)
{
    SystemClock clock;
    TerminalConfig config;
    ZvtTerminal terminal(makeTcpChannel("127.0.0.1", 1), config, clock);
    std::optional<PaymentResult> result;
    terminal.start(PaymentRequest{PaymentOperation::Sale, Money(100, kEur), {}, "x"}, {},
                   [&](PaymentResult r) { result = std::move(r); });
    ASSERT_TRUE(runUntil([&] { return result.has_value(); }));
    EXPECT_EQ(result->outcome, PaymentOutcome::NotSent);
}

TEST(ZvtTerminal, StageTimingsSeparateCustomerFromHost)
{
    SimulatorConfig sc;
    sc.customerDelay = 60ms;
    sc.hostDelay = 120ms;
    Rig rig(LinkType::Tcp, sc);
    rig.pay(1000);
    const auto events = rig.sink.named("payment.finished");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_GE(events[0].integer("stage_customer_ms").value(), 55);
    EXPECT_GE(events[0].integer("stage_host_ms").value(), 115);
    EXPECT_GE(events[0].integer("total_ms").value(),
              events[0].integer("stage_customer_ms").value()
                  + events[0].integer("stage_host_ms").value());
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
