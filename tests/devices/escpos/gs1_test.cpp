#include <gtest/gtest.h>

#include "devices/escpos/gs1.h"

using namespace lane::devices::escpos;

TEST(Gs1, BracketedAndElementStringsConvert)
{
    auto fields = parseGs1Bracketed("[01]09501101530003[10]AB12[17]261231[3103]001250");
    ASSERT_TRUE(fields.ok());
    ASSERT_EQ(fields->size(), 4u);
    EXPECT_EQ((*fields)[3].ai, "3103");
    const auto element = toGs1ElementString(*fields);
    EXPECT_EQ(element, "0109501101530003"
                       "10AB12\x1d"
                       "17261231"
                       "3103001250");
    auto back = parseGs1ElementString(element);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, *fields);
    EXPECT_EQ(toGs1Bracketed(*back), "[01]09501101530003[10]AB12[17]261231[3103]001250");
}

TEST(Gs1, BadInputIsAnErrorNamingTheProblem)
{
    EXPECT_FALSE(parseGs1Bracketed("").ok());
    EXPECT_FALSE(parseGs1Bracketed("01123").ok());
    EXPECT_FALSE(parseGs1Bracketed("[01]123").ok());
    EXPECT_FALSE(parseGs1Bracketed("[01").ok());
    EXPECT_FALSE(parseGs1Bracketed("[55]12").ok());
    EXPECT_FALSE(parseGs1ElementString("01123").ok());
    EXPECT_FALSE(parseGs1ElementString("xx").ok());
    auto error = parseGs1Bracketed("[17]1234");
    ASSERT_FALSE(error.ok());
    EXPECT_NE(error.error().message.find("(17) needs 6"), std::string::npos);
}
