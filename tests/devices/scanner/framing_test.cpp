#include <gtest/gtest.h>

#include <linux/input.h>

#include "devices/scanner/evdevdecoder.h"
#include "devices/scanner/scanframing.h"

using namespace lane::devices::scanner;

TEST(SerialScanFramer, SplitsOnCrLfAndKeepsAimAndGs)
{
    SerialScanFramer framer;
    auto codes = framer.feed("]E04006381333931\r\n]C1010950110153000310AB");
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].aim, "]E0");
    EXPECT_EQ(codes[0].payload, "4006381333931");
    codes = framer.feed("12\x1d"
                        "17261231\r\n\r\nPLAIN\n");
    ASSERT_EQ(codes.size(), 2u);
    EXPECT_EQ(codes[0].raw, "]C1010950110153000310AB12\x1d"
                            "17261231");
    EXPECT_EQ(codes[1].aim, "");
    EXPECT_EQ(codes[1].payload, "PLAIN");
}

TEST(SerialScanFramer, OversizedLinesAreDroppedAndCounted)
{
    SerialScanFramer framer;
    EXPECT_TRUE(framer.feed(std::string(5000, '7')).empty());
    auto codes = framer.feed("\rOK\r");
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].raw, "OK");
    EXPECT_EQ(framer.oversized(), 1u);
}

TEST(HidPosReport, ParsesAndRoundTrips)
{
    HidPosReport report{"]E0", "4006381333931", false};
    const auto bytes = report.encode();
    ASSERT_EQ(bytes.size(), 64u);
    auto parsed = HidPosReport::parse(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->aim, "]E0");
    EXPECT_EQ(parsed->data, "4006381333931");
    EXPECT_FALSE(parsed->continued);
}

TEST(HidPosReport, BadReportsAreErrors)
{
    EXPECT_FALSE(HidPosReport::parse("").ok());
    EXPECT_FALSE(HidPosReport::parse(std::string("\x02\x05]E0", 5) + "12").ok()); // truncated
    std::string wrongId = HidPosReport{"]E0", "1", false}.encode();
    wrongId[0] = 0x01;
    EXPECT_FALSE(HidPosReport::parse(wrongId).ok());
    std::string tooLong = HidPosReport{"]E0", "1", false}.encode();
    tooLong[1] = char(57);
    auto error = HidPosReport::parse(tooLong);
    ASSERT_FALSE(error.ok());
    EXPECT_NE(error.error().message.find("57"), std::string::npos);
}

TEST(HidPosAssembler, JoinsContinuedReports)
{
    HidPosAssembler assembler;
    const std::string longCode(80, '9');
    auto first = assembler.feed(HidPosReport{"]d2", longCode.substr(0, 56), true}.encode());
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value());
    auto second = assembler.feed(HidPosReport{"]d2", longCode.substr(56), false}.encode());
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->has_value());
    EXPECT_EQ((*second)->raw, "]d2" + longCode);
    EXPECT_EQ((*second)->aim, "]d2");
}

TEST(EvdevDecoder, RecordedKeyEventsBecomeCodes)
{
    EvdevDecoder decoder;
    const std::string events = EvdevDecoder::encode("]C1010950110153000310AB\x1d"
                                                    "17261231");
    // Fed in odd chunks, as a read() may split input_event structs.
    std::vector<ScanData> codes;
    for (std::size_t i = 0; i < events.size(); i += 7) {
        auto more = decoder.feed(std::string_view(events).substr(i, 7));
        codes.insert(codes.end(), more.begin(), more.end());
    }
    ASSERT_EQ(codes.size(), 1u);
    EXPECT_EQ(codes[0].aim, "]C1");
    EXPECT_EQ(codes[0].payload, "010950110153000310AB\x1d"
                                "17261231");
}

TEST(EvdevDecoder, UsLayoutTable)
{
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_A, false), 'a');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_A, true), 'A');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_2, true), '@');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_RIGHTBRACE, false), ']');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_SLASH, true), '?');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_KP7, false), '7');
    EXPECT_EQ(EvdevDecoder::characterFor(KEY_F1, false), 0);
}

TEST(EvdevDecoder, GarbageIsIgnored)
{
    EvdevDecoder decoder;
    std::string garbage(24 * 100, '\xff');
    EXPECT_TRUE(decoder.feed(garbage).empty());
    EXPECT_EQ(decoder.feed(EvdevDecoder::encode("123")).size(), 1u);
}
