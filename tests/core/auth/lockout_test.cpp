#include "core/auth/lockout.h"

#include <gtest/gtest.h>

namespace lane::core {
namespace {

using namespace std::chrono_literals;

TEST(Lockout, DelayGrowsAndIsCapped)
{
    ManualClock clock;
    LockoutTracker t(clock);
    EXPECT_EQ(t.delayAfter(1), 0s);
    EXPECT_EQ(t.delayAfter(2), 0s);
    EXPECT_EQ(t.delayAfter(3), 30s);
    EXPECT_EQ(t.delayAfter(4), 60s);
    EXPECT_EQ(t.delayAfter(5), 120s);
    EXPECT_EQ(t.delayAfter(7), 480s);
    EXPECT_EQ(t.delayAfter(8), 900s); // 960 s capped at 15 min
    EXPECT_EQ(t.delayAfter(1000), 900s);
}

TEST(Lockout, LocksAfterThreeFailuresForThirtySeconds)
{
    ManualClock clock(TimePoint{} + 1000h);
    LockoutTracker t(clock);
    t.recordFailure("1001");
    t.recordFailure("1001");
    EXPECT_TRUE(t.check("1001").ok());
    t.recordFailure("1001");
    auto st = t.check("1001");
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "auth.locked");
    EXPECT_NE(st.error().message.find("30 s"), std::string::npos) << st.error().message;
    EXPECT_TRUE(t.check("1002").ok()); // other users are unaffected

    clock.advance(29s);
    EXPECT_FALSE(t.check("1001").ok());
    clock.advance(1s);
    EXPECT_TRUE(t.check("1001").ok());

    // The next failure doubles the delay.
    t.recordFailure("1001");
    clock.advance(59s);
    EXPECT_FALSE(t.check("1001").ok());
    clock.advance(1s);
    EXPECT_TRUE(t.check("1001").ok());
    t.recordFailure("1001");
    clock.advance(119s);
    EXPECT_FALSE(t.check("1001").ok());
    clock.advance(1s);
    EXPECT_TRUE(t.check("1001").ok());
}

TEST(Lockout, SuccessResets)
{
    ManualClock clock;
    LockoutTracker t(clock);
    t.recordFailure("1001");
    t.recordFailure("1001");
    t.recordSuccess("1001");
    t.recordFailure("1001");
    t.recordFailure("1001");
    EXPECT_TRUE(t.check("1001").ok());
    EXPECT_EQ(t.state("1001").failures, 2);
}

TEST(Lockout, StateCanBeRestored)
{
    ManualClock clock(TimePoint{} + 10h);
    LockoutTracker a(clock);
    for (int i = 0; i < 4; ++i)
        a.recordFailure("1001");
    LockoutTracker b(clock);
    b.restore("1001", a.state("1001"));
    EXPECT_FALSE(b.check("1001").ok());
    clock.advance(60s);
    EXPECT_TRUE(b.check("1001").ok());
    EXPECT_EQ(b.state("1001").failures, 4);
}

TEST(Lockout, PolicyIsConfigurable)
{
    ManualClock clock;
    LockoutTracker t(clock, LockoutPolicy{5, 10s, 40s});
    EXPECT_EQ(t.delayAfter(4), 0s);
    EXPECT_EQ(t.delayAfter(5), 10s);
    EXPECT_EQ(t.delayAfter(7), 40s);
    EXPECT_EQ(t.delayAfter(9), 40s);
}

} // namespace
} // namespace lane::core
