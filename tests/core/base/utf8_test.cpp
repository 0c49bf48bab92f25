#include <gtest/gtest.h>

#include "core/base/utf8.h"

namespace lane::core {
namespace {

TEST(Utf8, DecodesOneToFourByteSequences)
{
    EXPECT_EQ(decodeUtf8("A\xC3\xA9\xEA\xB0\x80\xF0\x9F\x98\x80"),
              (std::u32string{U'A', U'\u00E9', U'\uAC00', U'\U0001F600'}));
    char32_t cp = 0;
    EXPECT_EQ(utf8SequenceLength("\xEA\xB0\x80", 0, &cp), 3u);
    EXPECT_EQ(cp, U'\uAC00');
}

TEST(Utf8, InvalidBytesBecomeReplacementCharactersOneByteAtATime)
{
    // Stray continuation, overlong '/', a UTF-16 surrogate, beyond U+10FFFF, truncated.
    EXPECT_EQ(utf8SequenceLength("\x80", 0), 0u);
    EXPECT_EQ(utf8SequenceLength("\xC0\xAF", 0), 0u);
    EXPECT_EQ(utf8SequenceLength("\xED\xA0\x80", 0), 0u);
    EXPECT_EQ(utf8SequenceLength("\xF4\x90\x80\x80", 0), 0u);
    EXPECT_EQ(utf8SequenceLength("\xEA\xB0", 0), 0u);
    EXPECT_EQ(decodeUtf8("a\xEA\xB0"), (std::u32string{U'a', U'\uFFFD', U'\uFFFD'}));
    std::size_t pos = 1;
    EXPECT_EQ(nextCodePoint("a\xFFz", pos), U'\uFFFD');
    EXPECT_EQ(pos, 2u);
    EXPECT_EQ(nextCodePoint("a\xFFz", pos), U'z');
}

TEST(Utf8, EncodesWhatItDecodes)
{
    const std::string text = "\xEC\x86\x8C\xEC\xA3\xBC 360ml \xE2\x82\xA9 \xF0\x9F\x98\x80";
    EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
}

TEST(Utf8, HangulAndFullWidthFormsTakeTwoColumns)
{
    EXPECT_EQ(displayWidth("milk"), 4);
    EXPECT_EQ(displayWidth("\xEC\x9A\xB0\xEC\x9C\xA0 1L"), 7); // "우유 1L"
    EXPECT_EQ(displayWidth("\xEF\xBF\xA6"), 2);                // full-width won sign
    EXPECT_EQ(displayWidth("\xE2\x82\xA9"), 1);                // won sign
}

TEST(Utf8, TruncationNeverSplitsAWideCharacter)
{
    const std::string milk = "\xEC\x9A\xB0\xEC\x9C\xA0"; // "우유", 4 columns
    EXPECT_EQ(truncateToWidth(milk, 3), "\xEC\x9A\xB0");
    EXPECT_EQ(truncateToWidth(milk, 4), milk);
    EXPECT_EQ(truncateToWidth("abc", 0), "");
}

} // namespace
} // namespace lane::core
