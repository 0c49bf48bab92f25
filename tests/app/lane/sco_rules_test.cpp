// Self-checkout rules without a screen: the bagging-area check with learned tolerances,
// skip-bagging limits, the intervention log (events, journal, counts) and the produce
// search keys, the voucher code.
#include <gtest/gtest.h>

#include "app/lane/scobagging.h"
#include "app/lane/scointervention.h"
#include "app/lane/scoviewmodel.h"
#include "app/lane/scovoucher.h"

using namespace lane::app;
using lane::core::TimePoint;

namespace {

TimePoint at(int seconds)
{
    return TimePoint(std::chrono::seconds(1'800'000'000 + seconds));
}

lane::core::ScoSettings settings()
{
    lane::core::ScoSettings s;
    s.toleranceGrams = 20;
    s.tolerancePercent = 10;
    s.unknownItemMaxGrams = 5000;
    s.baggingTimeoutSeconds = 10;
    s.skipBaggingPerTransaction = 1;
    s.skipBaggingMaxGrams = 1000;
    return s;
}

struct Reading
{
    const char *what;
    std::int64_t learnedGrams; // 0: never weighed before
    std::int64_t units;
    std::int64_t baggedGrams; // change on the scale after the scan
    BaggingVerdict expected;
};

class BaggingRule : public ::testing::TestWithParam<Reading>
{};

TEST_P(BaggingRule, VerdictAfterOneScan)
{
    const Reading r = GetParam();
    ScoBagging bagging(settings());
    if (r.learnedGrams > 0) {
        bagging.setLearned("milk",
                           LearnedWeight{3, 3 * r.learnedGrams, r.learnedGrams, r.learnedGrams});
    }
    bagging.reset(1200); // the shopper's own bag
    bagging.expect("milk", r.units, std::nullopt, at(0));
    EXPECT_EQ(bagging.weigh(1200 + r.baggedGrams, at(2)), r.expected) << r.what;
}

INSTANTIATE_TEST_SUITE_P(
    Sco, BaggingRule,
    ::testing::Values(
        Reading{"learned, exact", 1030, 1, 1030, BaggingVerdict::Ok},
        Reading{"learned, within 10 percent", 1030, 1, 1120, BaggingVerdict::Ok},
        Reading{"learned, 150 g heavier", 1030, 1, 1180, BaggingVerdict::UnexpectedItem},
        Reading{"learned, something lighter instead", 1030, 1, 400, BaggingVerdict::UnexpectedItem},
        Reading{"learned, two units", 1030, 2, 2070, BaggingVerdict::Ok},
        Reading{"learned, one of two units", 1030, 2, 1030, BaggingVerdict::UnexpectedItem},
        Reading{"nothing arrived yet", 1030, 1, 5, BaggingVerdict::Waiting},
        Reading{"the shopper's bag was lifted", 1030, 1, -1200, BaggingVerdict::ItemRemoved},
        Reading{"unknown item, any plausible weight", 0, 1, 780, BaggingVerdict::Ok},
        Reading{"unknown item, heavier than anything sold", 0, 1, 7000,
                BaggingVerdict::UnexpectedItem}));

TEST(ScoBagging, LearnsPerItemAndWidensTheToleranceToTheSpreadSeen)
{
    ScoBagging bagging(settings());
    std::vector<std::pair<std::string, LearnedWeight>> saved;
    bagging.setLearnedSink(
        [&saved](const std::string &sku, const LearnedWeight &w) { saved.emplace_back(sku, w); });
    bagging.reset(0);
    std::int64_t total = 0;
    for (const std::int64_t grams : {500, 530, 470}) {
        bagging.expect("bread", 1, std::nullopt, at(0));
        total += grams;
        ASSERT_EQ(bagging.weigh(total, at(1)), BaggingVerdict::Ok);
    }
    ASSERT_EQ(saved.size(), 3u);
    EXPECT_EQ(saved.back().first, "bread");
    const auto w = bagging.learned("bread");
    ASSERT_TRUE(w);
    EXPECT_EQ(w->count, 3);
    EXPECT_EQ(w->meanGrams(), 500);
    EXPECT_EQ(bagging.toleranceFor("bread", 500), 60); // spread 470..530 beats 10 % (50)
    bagging.expect("bread", 1, std::nullopt, at(2));
    EXPECT_EQ(bagging.weigh(total + 555, at(3)), BaggingVerdict::Ok); // within 500 +- 60
    bagging.expect("bread", 1, std::nullopt, at(4));
    EXPECT_EQ(bagging.weigh(total + 555 + 600, at(5)), BaggingVerdict::UnexpectedItem);
}

TEST(ScoBagging, WeighedItemsAreCheckedAgainstTheirSoldWeight)
{
    ScoBagging bagging(settings());
    bagging.reset(0);
    bagging.expect("banana", 1, 512, at(0));
    EXPECT_EQ(bagging.weigh(700, at(1)), BaggingVerdict::UnexpectedItem);
    EXPECT_EQ(bagging.weigh(515, at(2)), BaggingVerdict::Ok);
    EXPECT_FALSE(bagging.learned("banana")); // a weight, not a unit weight
}

TEST(ScoBagging, NotBaggedAfterTheTimeoutAndSkipWithinLimits)
{
    ScoBagging bagging(settings());
    bagging.reset(0);
    bagging.expect("milk", 1, std::nullopt, at(0));
    EXPECT_EQ(bagging.tick(at(9)), BaggingVerdict::Waiting);
    EXPECT_EQ(bagging.tick(at(10)), BaggingVerdict::NotBagged);
    EXPECT_TRUE(bagging.skip().ok());
    EXPECT_FALSE(bagging.pending());
    EXPECT_EQ(bagging.skipsLeft(), 0);
    EXPECT_EQ(bagging.tick(at(30)), BaggingVerdict::Ok);
    bagging.expect("milk", 1, std::nullopt, at(31));
    const auto again = bagging.skip();
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, "sco.skip_limit");
}

TEST(ScoBagging, HeavyItemsCannotSkipBagging)
{
    ScoBagging bagging(settings());
    bagging.setLearned("water6", LearnedWeight{2, 2 * 12000, 12000, 12000});
    bagging.reset(0);
    bagging.expect("water6", 1, std::nullopt, at(0));
    const auto skipped = bagging.skip();
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().code, "sco.skip_too_heavy");
    EXPECT_TRUE(bagging.pending());
}

TEST(ScoBagging, ItemsAddedWithoutAScanAndTakenAway)
{
    ScoBagging bagging(settings());
    bagging.reset(300);
    EXPECT_EQ(bagging.weigh(310, at(0)), BaggingVerdict::Ok); // noise
    EXPECT_EQ(bagging.weigh(900, at(1)), BaggingVerdict::UnexpectedItem);
    bagging.accept(900); // the attendant looked
    EXPECT_EQ(bagging.weigh(400, at(2)), BaggingVerdict::ItemRemoved);
}

TEST(ScoBagging, AVoidedItemMayLeaveTheBaggingArea)
{
    ScoBagging bagging(settings());
    bagging.setLearned("soju", LearnedWeight{1, 480, 480, 480});
    bagging.reset(0);
    bagging.expect("soju", 1, std::nullopt, at(0));
    ASSERT_EQ(bagging.weigh(480, at(1)), BaggingVerdict::Ok);
    bagging.expectRemoval("soju", 1);
    EXPECT_EQ(bagging.weigh(0, at(2)), BaggingVerdict::Ok);
    EXPECT_EQ(bagging.baselineGrams(), 0);
    // Voided before it was bagged: nothing to take out, nothing pending.
    bagging.expect("soju", 1, std::nullopt, at(3));
    bagging.expectRemoval("soju", 1);
    EXPECT_FALSE(bagging.pending());
}

TEST(LearnedWeight, RoundTripsAndRefusesGarbage)
{
    const LearnedWeight w{4, 2000, 480, 530};
    const auto back = LearnedWeight::decode(w.encode());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->encode(), "4,2000,480,530");
    for (const char *bad :
         {"", "4,2000,480", "4,2000,480,530,1", "x,1,1,1", "0,0,0,0", "1,5,9,3"}) {
        EXPECT_FALSE(LearnedWeight::decode(bad)) << bad;
    }
}

class RecordingSink : public lane::core::EventSink
{
public:
    void emit(lane::core::Severity, std::string_view name, std::string_view,
              std::vector<lane::core::EventAttribute> attributes) override
    {
        names.emplace_back(name);
        last = std::move(attributes);
    }
    std::vector<std::string> names;
    std::vector<lane::core::EventAttribute> last;
};

class RecordingJournal : public ScoJournal
{
public:
    lane::core::Status
    record(const std::string &type,
           const std::vector<std::pair<std::string, std::string>> &fields) override
    {
        entries.push_back({type, fields});
        return {};
    }
    std::string field(std::size_t i, const std::string &key) const
    {
        for (const auto &[k, v] : entries.at(i).second) {
            if (k == key) {
                return v;
            }
        }
        return "<missing>";
    }
    std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>> entries;
};

TEST(InterventionLog, CountsPerTransactionEmitsAndJournalsWithTheAttendant)
{
    RecordingSink events;
    RecordingJournal journal;
    InterventionLog log;
    log.setEventSink(&events);
    log.setJournal(&journal);

    const auto a = log.raise(InterventionType::UnexpectedItem, "310 g", "T1", at(0));
    EXPECT_EQ(log.raise(InterventionType::UnexpectedItem, "again", "T1", at(1)), a); // one open
    log.raise(InterventionType::Help, "shopping", "T1", at(2));
    EXPECT_EQ(log.count(), 2);
    EXPECT_EQ(events.names, (std::vector<std::string>{"sco.intervention", "sco.intervention"}));

    ASSERT_TRUE(log.resolve(a, "cleared", "7001", at(12)).ok());
    EXPECT_FALSE(log.resolve(a, "cleared", "7001", at(13)).ok()); // already resolved
    ASSERT_EQ(journal.entries.size(), 1u);
    EXPECT_EQ(journal.entries[0].first, "sco_intervention");
    EXPECT_EQ(journal.field(0, "type"), "unexpected_item");
    EXPECT_EQ(journal.field(0, "attendant"), "7001");
    EXPECT_EQ(journal.field(0, "transaction"), "T1");
    EXPECT_EQ(journal.field(0, "waited_ms"), "12000");
    EXPECT_EQ(events.names.back(), "sco.intervention.resolved");

    log.newTransaction(); // the help call is still open and carries over
    EXPECT_EQ(log.count(), 1);
    ASSERT_TRUE(log.firstOpen());
    EXPECT_EQ(log.firstOpen()->type, InterventionType::Help);
}

TEST(ProduceSearch, InitialConsonantsOfHangulAndLettersOfTheRest)
{
    EXPECT_EQ(initialConsonants(QStringLiteral("바나나")), QStringLiteral("ㅂㄴㄴ"));
    EXPECT_EQ(initialConsonants(QStringLiteral("사과 Apple")), QStringLiteral("ㅅㄱ apple"));
    EXPECT_EQ(initialConsonants(QStringLiteral("까치")), QStringLiteral("ㄲㅊ"));
    EXPECT_EQ(initialConsonants(QStringLiteral("힣")), QStringLiteral("ㅎ"));
}

TEST(VoucherCode, RoundTripsNumberAndValue)
{
    const std::string code = voucherCode("100000000042", 50'000);
    EXPECT_EQ(code.size(), 24u);
    EXPECT_TRUE(looksLikeVoucher(code));
    const auto voucher = parseVoucherCode(code);
    ASSERT_TRUE(voucher.ok()) << voucher.error().message;
    EXPECT_EQ(voucher.value().number, "100000000042");
    EXPECT_EQ(voucher.value().valueMinor, 50'000);
    EXPECT_FALSE(looksLikeVoucher("8801000000012"));
}

struct BadVoucher
{
    std::string code;
    std::string error;
    std::string mentions; // the message names what is wrong and where
};

class VoucherRefused : public ::testing::TestWithParam<BadVoucher>
{};

TEST_P(VoucherRefused, WithAReasonNamingWhere)
{
    const auto &c = GetParam();
    const auto voucher = parseVoucherCode(c.code);
    ASSERT_FALSE(voucher.ok()) << c.code;
    EXPECT_EQ(voucher.error().code, c.error);
    EXPECT_NE(voucher.error().message.find(c.mentions), std::string::npos)
        << voucher.error().message;
}

std::string withCheck(std::string code, char check)
{
    code.back() = check;
    return code;
}

INSTANTIATE_TEST_SUITE_P(
    Codes, VoucherRefused,
    ::testing::Values(
        BadVoucher{"VC1000000000420000", "voucher.length", "16 characters"},
        BadVoucher{voucherCode("100000000042", 1) + "7", "voucher.length", "23 characters"},
        BadVoucher{"VC10000000004200000500X0", "voucher.digit", "character 23"},
        BadVoucher{withCheck(voucherCode("100000000042", 50'000),
                             voucherCode("100000000042", 50'000).back() == '9'
                                 ? '0'
                                 : char(voucherCode("100000000042", 50'000).back() + 1)),
                   "voucher.check_digit", "check digit"},
        BadVoucher{voucherCode("100000000042", 0), "voucher.zero_value", "zero"},
        BadVoucher{"XX100000000042000050000", "voucher.prefix", "VC"}));

} // namespace
