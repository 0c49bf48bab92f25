#include <gtest/gtest.h>

#include <string>

#include "core/base/cardnumber.h"

using lane::core::findCardNumbers;

namespace {

// The card numbers found, as the text they cover.
std::vector<std::string> found(const std::string &text)
{
    std::vector<std::string> out;
    for (const auto &span : findCardNumbers(text))
        out.push_back(text.substr(span.begin, span.end - span.begin));
    return out;
}

} // namespace

TEST(CardNumber, FoundPlainGroupedAndGluedToLetters)
{
    using V = std::vector<std::string>;
    EXPECT_EQ(found("card 4111111111111111 ok"), V{"4111111111111111"});
    EXPECT_EQ(found("card 4111 1111 1111 1111 ok"), V{"4111 1111 1111 1111"});
    EXPECT_EQ(found("card 5555-5555-5555-4444."), V{"5555-5555-5555-4444"});
    EXPECT_EQ(found("ID4111111111111111x"), V{"4111111111111111"});
    EXPECT_EQ(found("a 4111111111111111 b 5555555555554444"),
              (V{"4111111111111111", "5555555555554444"}));
}

TEST(CardNumber, AFollowingNumberDoesNotHideOne)
{
    EXPECT_EQ(found("4111 1111 1111 1111 12"), std::vector<std::string>{"4111 1111 1111 1111"});
}

TEST(CardNumber, OtherLongNumbersAreNotCardNumbers)
{
    EXPECT_TRUE(found("trace 000123 terminal 52500001 amount 12500").empty());
    EXPECT_TRUE(found("4111111111111112").empty()) << "fails Luhn";
    EXPECT_TRUE(found("411111111111").empty()) << "12 digits";
    // One 20-digit number is not cut into a made-up 16-digit card number.
    EXPECT_TRUE(found("41111111111111111234").empty());
    // Two separators are not a group joint.
    EXPECT_TRUE(found("4111  1111  1111  1111").empty());
}
