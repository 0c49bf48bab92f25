#include <gtest/gtest.h>

#include "telemetry/httppolicy.h"

#include <set>

using namespace lane::telemetry;
using namespace std::chrono;

TEST(HttpPolicyTest, ClassifiesReplies)
{
    EXPECT_EQ(classifyReply(200), ReplyClass::Success);
    EXPECT_EQ(classifyReply(202), ReplyClass::Success);
    EXPECT_EQ(classifyReply(204), ReplyClass::Success);
    for (int s : {0, 408, 429, 500, 502, 503, 504})
        EXPECT_EQ(classifyReply(s), ReplyClass::Retryable) << s;
    for (int s : {400, 401, 403, 404, 422})
        EXPECT_EQ(classifyReply(s), ReplyClass::Permanent) << s;
    EXPECT_EQ(classifyReply(413), ReplyClass::TooLarge);
}

TEST(HttpPolicyTest, ParsesRetryAfter)
{
    const lane::core::TimePoint now{sys_days{year{2015} / 10 / 21} + hours(7) + minutes(28)};
    EXPECT_EQ(parseRetryAfter("120", now), milliseconds(120000));
    EXPECT_EQ(parseRetryAfter(" 0 ", now), milliseconds(0));
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now), milliseconds(30000));
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), milliseconds(0));
    // Far beyond the nanosecond range of the clock: no overflow, just a long delay.
    auto far = parseRetryAfter("Wed, 21 Oct 4030 07:28:00 GMT", now);
    ASSERT_TRUE(far);
    EXPECT_GT(far->count(), 0);
    // Far beyond what nanoseconds since 1970 can hold: still a plain (huge) delay.
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 4030 07:28:00 GMT", now),
              duration_cast<milliseconds>(sys_days{year{4030} / 10 / 21}
                                          - sys_days{year{2015} / 10 / 21}));
    for (const char *bad : {"", "-5", "1.5", "soon", "Wed, 21 Oct 2015 07:28:30 UTC",
                            "Wed, 32 Oct 2015 07:28:30 GMT", "Wed, 21 Foo 2015 07:28:30 GMT"})
        EXPECT_FALSE(parseRetryAfter(bad, now)) << bad;
}

TEST(HttpPolicyTest, ParsesOtlpPartialSuccess)
{
    auto ps = parseOtlpPartialSuccess(
        R"({"partialSuccess":{"rejectedLogRecords":"3","errorMessage":"too old"}})");
    ASSERT_TRUE(ps);
    EXPECT_EQ(ps->rejected, 3);
    EXPECT_EQ(ps->message, "too old");
    EXPECT_FALSE(parseOtlpPartialSuccess("{}"));
    EXPECT_FALSE(parseOtlpPartialSuccess(R"({"partialSuccess":{}})"));
    EXPECT_FALSE(parseOtlpPartialSuccess("not json"));
}

TEST(HttpPolicyTest, BackoffGrowsWithJitterWithinBounds)
{
    Backoff b(milliseconds(100), milliseconds(5000), 42);
    std::int64_t prevCap = 100;
    for (int i = 0; i < 12; ++i) {
        const auto d = b.next().count();
        const std::int64_t cap = std::min<std::int64_t>(100LL << i, 5000);
        EXPECT_GE(d, cap / 2);
        EXPECT_LE(d, cap);
        EXPECT_GE(cap, prevCap);
        prevCap = cap;
    }
    b.reset();
    EXPECT_LE(b.next().count(), 100);
    Backoff other(milliseconds(100), milliseconds(5000), 43);
    std::set<std::int64_t> seen;
    for (int i = 0; i < 8; ++i)
        seen.insert(Backoff(milliseconds(1000), milliseconds(5000), static_cast<unsigned>(i))
                        .next()
                        .count());
    EXPECT_GT(seen.size(), 1u) << "jitter spreads a fleet";
}

TEST(HttpPolicyTest, ClickHouseParseErrorsArePermanentOtherFailuresNot)
{
    EXPECT_TRUE(isClickHouseInputError(
        "Code: 27, e.displayText() = DB::Exception: Cannot parse input: expected {"));
    EXPECT_FALSE(isClickHouseInputError("Code: 60, e.displayText() = DB::Exception: Table "
                                        "default.x doesn't exist."));
    EXPECT_FALSE(isClickHouseInputError("Code: 241, Memory limit exceeded"));
    EXPECT_FALSE(isClickHouseInputError("Internal Server Error"));
}
