#include <gtest/gtest.h>

#include "devices/scale/scaleprotocol.h"

using namespace lane::devices::scale;

TEST(ParseGrams, DecimalTextToIntegerGrams)
{
    EXPECT_EQ(*parseGrams("1.234", "kg"), 1234);
    EXPECT_EQ(*parseGrams("01.2345", "kg"), 1235); // half away from zero
    EXPECT_EQ(*parseGrams("-0.0005", "kg"), -1);
    EXPECT_EQ(*parseGrams("  100.00", "g"), 100);
    EXPECT_EQ(*parseGrams("99.5", "g"), 100);
    EXPECT_EQ(*parseGrams("250", "g"), 250);
    EXPECT_FALSE(parseGrams("1.2.3", "kg").ok());
    EXPECT_FALSE(parseGrams("", "kg").ok());
    EXPECT_FALSE(parseGrams("12", "lb").ok());
    EXPECT_FALSE(parseGrams("99999999999", "kg").ok());
}

TEST(ToledoCodec, WeightAndStatusReplies)
{
    ToledoCodec codec;
    auto replies = codec.feed("\x02"
                              "01.234\r\x02?1\r");
    ASSERT_EQ(replies.size(), 2u);
    ASSERT_TRUE(replies[0].ok());
    EXPECT_EQ(replies[0]->kind, ScaleReply::Kind::Weight);
    EXPECT_EQ(replies[0]->grams, 1234);
    EXPECT_TRUE(replies[0]->stable);
    ASSERT_TRUE(replies[1].ok());
    EXPECT_EQ(replies[1]->kind, ScaleReply::Kind::Status);
    EXPECT_EQ(replies[1]->status & 0x01, 1);
    EXPECT_EQ(ToledoCodec::weightReply(1234), "\x02"
                                              "01.234\r");
}

TEST(ToledoCodec, ParityBitIsStrippedAndChunksJoin)
{
    ToledoCodec codec;
    std::string reply = "\x02"
                        "00.500\r";
    for (char &c : reply)
        c = char(c | 0x80);
    EXPECT_TRUE(codec.feed(reply.substr(0, 3)).empty());
    auto replies = codec.feed(reply.substr(3));
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_EQ(replies[0]->grams, 500);
}

TEST(ToledoCodec, GarbageAndOversizedRepliesAreErrors)
{
    ToledoCodec codec;
    auto replies = codec.feed("noise\x02xx.y\r\x02?\r\x02" + std::string(40, '1') + "\r");
    ASSERT_EQ(replies.size(), 3u);
    for (const auto &reply : replies)
        EXPECT_FALSE(reply.ok());
}

TEST(SicsCodec, StableDynamicAndStatusLines)
{
    SicsCodec codec;
    auto replies
        = codec.feed("S S     100.00 g\r\nS D     101.50 g\r\nS I\r\nS +\r\nZ A\r\nT S      "
                     "1.250 kg\r\nES\r\n");
    ASSERT_EQ(replies.size(), 7u);
    EXPECT_EQ(replies[0]->grams, 100);
    EXPECT_TRUE(replies[0]->stable);
    EXPECT_EQ(replies[1]->grams, 102);
    EXPECT_FALSE(replies[1]->stable);
    EXPECT_EQ(replies[2]->kind, ScaleReply::Kind::Busy);
    EXPECT_EQ(replies[3]->kind, ScaleReply::Kind::Overload);
    EXPECT_EQ(replies[4]->kind, ScaleReply::Kind::ZeroDone);
    EXPECT_EQ(replies[5]->kind, ScaleReply::Kind::TareDone);
    EXPECT_EQ(replies[5]->grams, 1250);
    EXPECT_EQ(replies[6]->kind, ScaleReply::Kind::Refused);
    auto round
        = SicsCodec::parseLine(std::string_view(SicsCodec::weightReply(-25, false)).substr(0, 16));
    ASSERT_TRUE(round.ok());
    EXPECT_EQ(round->grams, -25);
}

TEST(SicsCodec, MalformedLinesAreErrorsNamingTheLine)
{
    for (const char *line : {"S", "X S 1 g", "S S", "S S 12 oz", "S Q 1 g", "Z S 1 g"}) {
        auto reply = SicsCodec::parseLine(line);
        ASSERT_FALSE(reply.ok()) << line;
    }
    SicsCodec codec;
    auto replies = codec.feed(std::string(100, 'S') + "\r\n");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_FALSE(replies[0].ok());
}
