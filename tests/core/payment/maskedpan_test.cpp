#include <gtest/gtest.h>

#include "core/payment/maskedpan.h"

using lane::core::MaskedPan;

struct PanCase
{
    const char *input;
    const char *expected; // nullptr: refused
};

class MaskedPanCases : public ::testing::TestWithParam<PanCase>
{};

TEST_P(MaskedPanCases, AtMostFirstSixAndLastFour)
{
    const auto &c = GetParam();
    auto pan = MaskedPan::fromMasked(c.input);
    if (c.expected) {
        ASSERT_TRUE(pan.ok()) << c.input << ": " << pan.error().message;
        EXPECT_EQ(pan->text(), c.expected);
    } else {
        EXPECT_FALSE(pan.ok()) << c.input;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Pans, MaskedPanCases,
    ::testing::Values(PanCase{"411111******1111", "411111******1111"},
                      PanCase{"411111EEEEEE1111", "411111******1111"},
                      PanCase{"************1111", "************1111"},
                      PanCase{"XXXXXXXXXXXX4444", "************4444"},
                      PanCase{"4111111111111111", nullptr},         // full PAN
                      PanCase{"41111111****1111", nullptr},         // 8 leading digits
                      PanCase{"411111*****11111", nullptr},         // 5 trailing digits
                      PanCase{"411111**1*****1111", nullptr},       // digit in the middle
                      PanCase{"4111-11******1111", nullptr},        // not a digit or mask
                      PanCase{"411111**************1111", nullptr}, // too long
                      PanCase{"", nullptr}));

TEST(MaskedPan, LastFour)
{
    EXPECT_EQ(MaskedPan::fromMasked("555555******4444")->lastFour(), "4444");
    EXPECT_EQ(MaskedPan::fromMasked("555555**********")->lastFour(), "");
}

struct SlipLineCase
{
    const char *line;
    const char *expected;
    int masked;
};

class CardNumbersInText : public ::testing::TestWithParam<SlipLineCase>
{};

TEST_P(CardNumbersInText, FullNumbersKeepOnlyTheLastFour)
{
    const auto &c = GetParam();
    std::string text = c.line;
    EXPECT_EQ(lane::core::maskCardNumbers(text), c.masked) << c.line;
    EXPECT_EQ(text, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    SlipLines, CardNumbersInText,
    ::testing::Values(SlipLineCase{"Karte 4111111111111111", "Karte ************1111", 1},
                      SlipLineCase{"PAN 4111 1111 1111 1111", "PAN **** **** **** 1111", 1},
                      SlipLineCase{"5555-5555-5555-4444 exp", "****-****-****-4444 exp", 1},
                      SlipLineCase{"4111111111111111 12", "************1111 12", 1},
                      SlipLineCase{"ID4111111111111111x", "ID************1111x", 1},
                      // Already masked, or numbers that are not card numbers: left as printed.
                      SlipLineCase{"Karte 411111******1111", "Karte 411111******1111", 0},
                      SlipLineCase{"Trace 000123 TID 52500038", "Trace 000123 TID 52500038", 0},
                      SlipLineCase{"4111111111111112", "4111111111111112", 0},
                      SlipLineCase{"Betrag EUR 12,34  22.11.2026 10:15",
                                   "Betrag EUR 12,34  22.11.2026 10:15", 0},
                      SlipLineCase{"", "", 0}));

TEST(Luhn, KnownNumbers)
{
    EXPECT_TRUE(lane::core::luhnValid("4111111111111111"));
    EXPECT_TRUE(lane::core::luhnValid("5555555555554444"));
    EXPECT_FALSE(lane::core::luhnValid("4111111111111112"));
    EXPECT_FALSE(lane::core::luhnValid("41111x1111111111"));
    EXPECT_FALSE(lane::core::luhnValid(""));
}
