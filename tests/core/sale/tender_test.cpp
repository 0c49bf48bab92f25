#include <gtest/gtest.h>

#include "core/sale/transaction.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;

namespace {

/// A card terminal that approves with a configured masked PAN or declines.
class FakeTerminal final : public PaymentPort
{
public:
    std::string maskedPan = "476173******0010";
    bool decline = false;
    int authorizations = 0;
    int reversals = 0;

    Result<CardApproval> authorize(const CardPaymentRequest &request) override
    {
        ++authorizations;
        lastAmount = request.amount.minor();
        if (decline) {
            return makeError("payment.declined", "card declined (51 insufficient funds)");
        }
        return CardApproval{maskedPan, "VISA", "123456", "T-01", "REF-" + request.transactionId};
    }
    Status reverse(const CardApproval &, const Money &) override
    {
        ++reversals;
        return {};
    }
    std::int64_t lastAmount = 0;
};

class TenderTest : public ::testing::Test
{
protected:
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog = koreanCatalog();
    SaleConfig config = koreanConfig();
    FakeTerminal terminal;

    // 542 g less 10 g tare = 532 g at 9,900/kg = 5,266.8 -> 5,267 won (not a multiple of 10).
    Transaction appleSale()
    {
        Transaction t(header("T-1"), catalog, config, clock);
        auto id = t.addPlu("4001", 542);
        LANE_ASSERT(id.ok());
        auto s = t.startTendering();
        LANE_ASSERT(s.ok());
        return t;
    }
};

TEST_F(TenderTest, CashWithChange)
{
    Transaction t(header("T-1"), catalog, config, clock);
    ASSERT_TRUE(t.addSku("K-RAMEN", 2000).ok()); // 3,000
    ASSERT_TRUE(t.startTendering().ok());
    ASSERT_TRUE(t.payCash(krw(10000)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
    EXPECT_EQ(t.change().minor(), 7000);
    EXPECT_TRUE(t.cashRounding().isZero());
}

TEST_F(TenderTest, CashRoundingOnlyWhenCashSettles)
{
    Transaction t = appleSale();
    EXPECT_EQ(t.balance().minor(), 5267);
    EXPECT_EQ(t.cashDue().minor(), 5260); // rounded down to 10 won
    ASSERT_TRUE(t.payCash(krw(10000)).ok());
    EXPECT_EQ(t.cashRounding().minor(), -7);
    EXPECT_EQ(t.change().minor(), 4740);
    EXPECT_EQ(t.state(), TransactionState::Paid);
    const Receipt r = t.receipt();
    EXPECT_EQ(r.amountDue.minor(), 5260);
    EXPECT_EQ(r.total.minor(), 5267);
}

TEST_F(TenderTest, CardPaysTheExactAmountWithoutRounding)
{
    Transaction t = appleSale();
    ASSERT_TRUE(t.payCard(terminal, krw(5267)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
    EXPECT_TRUE(t.cashRounding().isZero());
    EXPECT_EQ(t.tenders()[0].card->maskedPan, "476173******0010");
}

TEST_F(TenderTest, SplitCardThenCash)
{
    Transaction t = appleSale();
    ASSERT_TRUE(t.payCard(terminal, krw(3000)).ok());
    EXPECT_EQ(t.state(), TransactionState::Tendering);
    EXPECT_EQ(t.cashDue().minor(), 2260); // 2,267 rounded down
    ASSERT_TRUE(t.payCash(krw(5000)).ok());
    EXPECT_EQ(t.cashRounding().minor(), -7);
    EXPECT_EQ(t.change().minor(), 2740);
    EXPECT_EQ(t.paid().minor(), 5260);
}

TEST_F(TenderTest, PartialCashThenCardKeepsExactAmounts)
{
    Transaction t = appleSale();
    ASSERT_TRUE(t.payCash(krw(2000)).ok());
    EXPECT_TRUE(t.cashRounding().isZero());
    ASSERT_TRUE(t.payCard(terminal, krw(3267)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
    EXPECT_TRUE(t.change().isZero());
}

TEST_F(TenderTest, CardOvertenderIsRefusedBeforeTheTerminal)
{
    Transaction t = appleSale();
    auto s = t.payCard(terminal, krw(6000));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "tender.overtender");
    EXPECT_EQ(terminal.authorizations, 0);
}

TEST_F(TenderTest, DeclineRecordsNothing)
{
    Transaction t = appleSale();
    terminal.decline = true;
    auto s = t.payCard(terminal, krw(5267));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "payment.declined");
    EXPECT_TRUE(t.tenders().empty());
    EXPECT_EQ(t.state(), TransactionState::Tendering);
}

TEST_F(TenderTest, UnmaskedPanIsReversedAndNeverStored)
{
    Transaction t = appleSale();
    terminal.maskedPan = "4761730000000010";
    auto s = t.payCard(terminal, krw(5267));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "tender.pan_not_masked");
    EXPECT_EQ(s.error().message.find("4761730000000010"), std::string::npos);
    EXPECT_EQ(terminal.reversals, 1);
    EXPECT_TRUE(t.tenders().empty());
    auto direct = t.addCardTender(krw(5267), {"4761730000000010", "VISA", "1", "T", "R"});
    EXPECT_FALSE(direct.ok());
}

struct PanCase
{
    const char *name;
    const char *pan;
    bool ok;
};

class MaskedPan : public ::testing::TestWithParam<PanCase>
{};

TEST_P(MaskedPan, AtMostFirstSixLastFour)
{
    EXPECT_EQ(validateMaskedPan(GetParam().pan).ok(), GetParam().ok);
}

INSTANTIATE_TEST_SUITE_P(Tender, MaskedPan,
                         ::testing::Values(PanCase{"FirstSixLastFour", "476173******0010", true},
                                           PanCase{"LastFourOnly", "************0010", true},
                                           PanCase{"Spaced", "4761 73** **** 0010", true},
                                           PanCase{"XMask", "476173XXXXXX0010", true},
                                           PanCase{"Full", "4761730000000010", false},
                                           PanCase{"SevenLeading", "4761739*****0010", false},
                                           PanCase{"FiveTrailing", "476173*****00010", false},
                                           PanCase{"DigitInTheMiddle", "476173***5**0010", false},
                                           PanCase{"ElevenDigits", "476173*00010", false},
                                           PanCase{"NoMask", "0010", false},
                                           PanCase{"Empty", "", false},
                                           PanCase{"Letter", "476173******001O", false}),
                         [](const auto &c) { return std::string(c.param.name); });

struct VoucherCase
{
    const char *name;
    VoucherOvertender rule;
    std::int64_t limit;
    std::int64_t face;
    const char *error; // empty: accepted
    std::int64_t change;
    std::int64_t forfeited;
};

class VoucherRules : public TenderTest, public ::testing::WithParamInterface<VoucherCase>
{};

TEST_P(VoucherRules, Overtender)
{
    const auto &c = GetParam();
    config.tenders.voucher = c.rule;
    config.tenders.voucherChangeLimitMinor = c.limit;
    Transaction t = appleSale(); // 5,267
    auto s = t.payVoucher(TenderKind::Voucher, krw(c.face), "GV-001");
    if (*c.error) {
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, c.error);
        EXPECT_TRUE(t.tenders().empty());
        return;
    }
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(t.state(), c.face >= 5267 ? TransactionState::Paid : TransactionState::Tendering);
    EXPECT_EQ(t.tenders()[0].change.minor(), c.change);
    EXPECT_EQ(t.tenders()[0].forfeited.minor(), c.forfeited);
}

INSTANTIATE_TEST_SUITE_P(
    Tender, VoucherRules,
    ::testing::Values(VoucherCase{"Partial", VoucherOvertender::Refuse, 0, 5000, "", 0, 0},
                      VoucherCase{"Refused", VoucherOvertender::Refuse, 0, 10000,
                                  "tender.overtender", 0, 0},
                      // 10,000 - 5,267 = 4,733 forfeited
                      VoucherCase{"NoChange", VoucherOvertender::NoChange, 0, 10000, "", 0, 4733},
                      VoucherCase{"ChangeWithinLimit", VoucherOvertender::ChangeUpToLimit, 5000,
                                  10000, "", 4733, 0},
                      VoucherCase{"ChangeOverLimit", VoucherOvertender::ChangeUpToLimit, 1000,
                                  10000, "tender.change_limit", 0, 0}),
    [](const auto &c) { return std::string(c.param.name); });

TEST_F(TenderTest, GiftCardNeverOvertendersAndSplitsWithCash)
{
    Transaction t = appleSale();
    EXPECT_EQ(t.payVoucher(TenderKind::GiftCard, krw(6000), "GC-9").error().code,
              "tender.overtender");
    ASSERT_TRUE(t.payVoucher(TenderKind::GiftCard, krw(5000), "GC-9").ok());
    EXPECT_EQ(t.cashDue().minor(), 260); // 267 rounded down
    ASSERT_TRUE(t.payCash(krw(1000)).ok());
    EXPECT_EQ(t.change().minor(), 740);
    EXPECT_EQ(t.state(), TransactionState::Paid);
}

TEST_F(TenderTest, CashWithoutChangeRule)
{
    config.tenders.cashChange = false;
    Transaction t = appleSale();
    EXPECT_EQ(t.payCash(krw(10000)).error().code, "tender.overtender");
    ASSERT_TRUE(t.payCash(krw(5260)).ok());
    EXPECT_EQ(t.state(), TransactionState::Paid);
}

TEST_F(TenderTest, TendersOnlyWhileTendering)
{
    Transaction t(header("T-1"), catalog, config, clock);
    ASSERT_TRUE(t.addSku("K-RAMEN").ok());
    auto s = t.payCash(krw(5000));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, "transaction.invalid_state");
    ASSERT_TRUE(t.startTendering().ok());
    EXPECT_EQ(t.payCash(usd(100)).error().code, "tender.currency");
}

struct EuroRoundingCase
{
    std::int64_t total;
    std::int64_t due;
};

class EuroCashRounding : public ::testing::TestWithParam<EuroRoundingCase>
{};

TEST_P(EuroCashRounding, ToFiveCents)
{
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog;
    ASSERT_TRUE(catalog.add(item("X", "x", eur(GetParam().total), "H")).ok());
    SaleConfig cfg = eurConfig();
    Transaction t(header("E-1"), catalog, cfg, clock);
    ASSERT_TRUE(t.addSku("X").ok());
    ASSERT_TRUE(t.startTendering().ok());
    EXPECT_EQ(t.cashDue().minor(), GetParam().due);
}

// Half up to 0.05: .97 -> .95, .98 -> 1.00, .02 -> .00, .03 -> .05, .05 stays.
INSTANTIATE_TEST_SUITE_P(Tender, EuroCashRounding,
                         ::testing::Values(EuroRoundingCase{297, 295}, EuroRoundingCase{298, 300},
                                           EuroRoundingCase{1002, 1000},
                                           EuroRoundingCase{1003, 1005},
                                           EuroRoundingCase{1005, 1005}));

} // namespace
