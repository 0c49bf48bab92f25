#include <gtest/gtest.h>

#include "devices/scanner/keyburstdetector.h"

using namespace lane::devices::scanner;
using namespace std::chrono_literals;

TEST(KeyBurstDetector, FastBurstEndingInEnterIsAScanAndEnterIsConsumed)
{
    lane::core::ManualClock clock;
    KeyBurstDetector detector(clock);
    for (char32_t c : std::u32string(U"4006381333931")) {
        auto outcome = detector.onCharacter(c);
        EXPECT_TRUE(outcome.consumed);
        EXPECT_TRUE(outcome.release.empty());
        clock.advance(8ms);
    }
    auto enter = detector.onEnter();
    ASSERT_TRUE(enter.scan.has_value());
    EXPECT_EQ(*enter.scan, "4006381333931");
    EXPECT_TRUE(enter.consumed);
    EXPECT_FALSE(detector.holding());
}

TEST(KeyBurstDetector, HumanTypingIsReleasedAndEnterPassesThrough)
{
    lane::core::ManualClock clock;
    KeyBurstDetector detector(clock);
    std::u32string released;
    for (char32_t c : std::u32string(U"1234")) {
        released += detector.onCharacter(c).release;
        clock.advance(120ms);
    }
    released += detector.poll().release;
    EXPECT_EQ(released, U"1234");
    auto enter = detector.onEnter();
    EXPECT_FALSE(enter.scan.has_value());
    EXPECT_FALSE(enter.consumed);
}

TEST(KeyBurstDetector, ShortBurstsAreNotScans)
{
    lane::core::ManualClock clock;
    KeyBurstDetector detector(clock);
    detector.onCharacter(U'4');
    clock.advance(5ms);
    detector.onCharacter(U'2');
    clock.advance(5ms);
    auto enter = detector.onEnter();
    EXPECT_FALSE(enter.scan.has_value());
    EXPECT_EQ(enter.release, U"42");
    EXPECT_FALSE(enter.consumed);
}

TEST(KeyBurstDetector, APauseSplitsTypingFromAScan)
{
    lane::core::ManualClock clock;
    KeyBurstDetector detector(clock, {30ms, 4});
    detector.onCharacter(U'x'); // typed by a person
    clock.advance(500ms);
    std::u32string released;
    for (char32_t c : std::u32string(U"ABCDEF")) {
        released += detector.onCharacter(c).release;
        clock.advance(10ms);
    }
    EXPECT_EQ(released, U"x");
    auto enter = detector.onEnter();
    ASSERT_TRUE(enter.scan.has_value());
    EXPECT_EQ(*enter.scan, "ABCDEF");
}

TEST(KeyBurstDetector, SlowEnterAfterABurstIsNotAScan)
{
    lane::core::ManualClock clock;
    KeyBurstDetector detector(clock);
    for (char32_t c : std::u32string(U"12345")) {
        detector.onCharacter(c);
        clock.advance(5ms);
    }
    clock.advance(200ms);
    auto enter = detector.onEnter();
    EXPECT_FALSE(enter.scan.has_value());
    EXPECT_EQ(enter.release, U"12345");
}
