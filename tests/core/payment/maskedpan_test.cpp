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
