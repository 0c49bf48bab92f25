#include <gtest/gtest.h>

#include "core/base/hangul.h"

namespace lane::core {
namespace {

TEST(HangulInitials, SyllablesBecomeTheirInitialConsonant)
{
    EXPECT_EQ(HangulInitials::initialsOf("바나나"), "ㅂㄴㄴ");
    EXPECT_EQ(HangulInitials::initialsOf("사과 Apple"), "ㅅㄱ apple");
    EXPECT_EQ(HangulInitials::initialsOf("까치"), "ㄲㅊ");
    EXPECT_EQ(HangulInitials::initialsOf("가힣"), "ㄱㅎ"); // first and last syllable
    EXPECT_EQ(HangulInitials::initialsOf("ㅂ1-Z"), "ㅂ1-z");
    EXPECT_EQ(HangulInitials::initialsOf(""), "");
}

TEST(HangulInitials, SyllableRangesOfEachInitial)
{
    EXPECT_EQ(HangulInitials::firstSyllable(U'ㄱ'), U'가');
    EXPECT_EQ(HangulInitials::lastSyllable(U'ㄱ'), U'깋');
    EXPECT_EQ(HangulInitials::firstSyllable(U'ㅂ'), U'바');
    EXPECT_EQ(HangulInitials::lastSyllable(U'ㅂ'), U'빟');
    EXPECT_EQ(HangulInitials::lastSyllable(U'ㅎ'), U'힣');
    EXPECT_EQ(HangulInitials::firstSyllable(U'ㅏ'), 0u); // a vowel is no initial
    EXPECT_EQ(HangulInitials::firstSyllable(U'ㄳ'), 0u); // nor a compound final
    EXPECT_EQ(HangulInitials::initialOf(U'A'), 0u);
    EXPECT_EQ(HangulInitials::initialOf(U'빠'), U'ㅃ');
}

TEST(HangulInitials, MatchesCharacterByCharacter)
{
    EXPECT_TRUE(HangulInitials::startsWith(U"바나나", U"ㅂㄴ"));
    EXPECT_TRUE(HangulInitials::startsWith(U"바나나", U"바ㄴㄴ"));
    EXPECT_TRUE(HangulInitials::startsWith(U"Banana", U"ban"));
    EXPECT_FALSE(HangulInitials::startsWith(U"바나나", U"ㅂㄴㄴㄴ"));
    EXPECT_FALSE(HangulInitials::startsWith(U"까치", U"ㄱ")); // ㄲ is its own initial
    EXPECT_FALSE(HangulInitials::startsWith(U"바나나", U"ㄴ"));
    EXPECT_TRUE(HangulInitials::contains(U"초코 우유", U"ㅇㅇ"));
    EXPECT_FALSE(HangulInitials::contains(U"초코 우유", U"ㅇㅊ"));
    EXPECT_TRUE(HangulInitials::hasInitialJamo("초코 ㅇ"));
    EXPECT_FALSE(HangulInitials::hasInitialJamo("초코 우유 ㅏ"));
}

} // namespace
} // namespace lane::core
