#include <gtest/gtest.h>

#include "devices/escpos/encoder.h"
#include "devices/escpos/parser.h"

using namespace lane::devices::escpos;

namespace {

Document sampleDocument()
{
    Document doc;
    TextStyle title{
        .bold = true, .doubleWidth = true, .doubleHeight = true, .align = Align::Center};
    doc.text("LANE MARKET", title);
    doc.text("Receipt 0042", TextStyle{.underline = true});
    doc.columns("Milk 1L", "1.99");
    doc.text("small print", TextStyle{.fontB = true, .align = Align::Right});
    RasterImage logo{64, 10, std::vector<std::uint8_t>(80, 0x0F)};
    doc.image(logo);
    doc.barcode(Barcode{BarcodeType::Code128, "R-0042", 60, 2, true, Align::Center});
    doc.barcode(Barcode{BarcodeType::Ean13, "4006381333931", 80, 3, false, Align::Left});
    doc.barcode(Barcode{BarcodeType::Gs1_128, "[01]09501101530003[10]AB12[17]261231", 70, 2, true,
                        Align::Center});
    doc.qr(QrCode{"https://lane.example/r/42", 5, 'Q', Align::Center});
    doc.feed(3).pulse(DrawerPulse{0, 100, 200}).cut(true);
    return doc;
}

std::string encodeToString(const Document &doc)
{
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    EXPECT_TRUE(bytes.ok());
    return std::string(bytes->begin(), bytes->end());
}

} // namespace

TEST(EscPosParser, RecoversEverythingTheEncoderEmits)
{
    const Document doc = sampleDocument();
    const auto result = EscPosParser::parse(encodeToString(doc));
    EXPECT_TRUE(result.issues.empty());
    ASSERT_EQ(result.document.elements.size(), doc.elements.size());
    for (std::size_t i = 0; i < doc.elements.size(); ++i) {
        if (const auto *columns = std::get_if<ColumnsLine>(&doc.elements[i])) {
            const auto &line = std::get<TextLine>(result.document.elements[i]);
            EXPECT_EQ(line.text.substr(0, 7), columns->left);
            EXPECT_EQ(line.text.size(), 48u);
            continue;
        }
        EXPECT_TRUE(result.document.elements[i] == doc.elements[i]) << "element " << i;
    }
}

TEST(EscPosParser, AnyChunkingGivesTheSameDocument)
{
    const std::string bytes = encodeToString(sampleDocument());
    const auto whole = EscPosParser::parse(bytes).document;
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u}) {
        EscPosParser parser;
        for (std::size_t i = 0; i < bytes.size(); i += chunk)
            parser.feed(std::string_view(bytes).substr(i, chunk));
        parser.finish();
        EXPECT_TRUE(parser.issues().empty()) << chunk;
        EXPECT_TRUE(parser.document() == whole) << "chunk " << chunk;
    }
}

TEST(EscPosParser, RealTimeCommandsParseTheSameWhateverTheChunking)
{
    // DLE DC4 1 m t (drawer pulse) split inside its parameters, then text: found by fuzzing.
    const std::string bytes("\x1b@\x10\x14\x01\x00\x05Hi\n", 10);
    const auto whole = EscPosParser::parse(bytes).document;
    EscPosParser parser;
    parser.feed(std::string_view(bytes).substr(0, 5));
    parser.feed(std::string_view(bytes).substr(5));
    parser.finish();
    EXPECT_TRUE(parser.issues().empty());
    EXPECT_TRUE(parser.document() == whole);
    ASSERT_EQ(whole.elements.size(), 1U);
}

TEST(EscPosParser, SlicedRasterIsJoinedBack)
{
    Document doc;
    RasterImage image{576, 150, std::vector<std::uint8_t>(72 * 150)};
    for (std::size_t i = 0; i < image.bits.size(); ++i)
        image.bits[i] = std::uint8_t(i * 7);
    doc.image(image);
    const auto result = EscPosParser::parse(encodeToString(doc));
    ASSERT_EQ(result.document.elements.size(), 1u);
    EXPECT_TRUE(std::get<RasterImage>(result.document.elements[0]) == image);
}

TEST(EscPosParser, UnknownCommandsAreReportedWithTheirOffsetAndSkipped)
{
    const std::string bytes = std::string("AB\n\x1bZ", 5) + "CD\n" + std::string("\x1dQ", 2)
                              + "EF\n" + std::string("\x07", 1) + "G\n";
    const auto result = EscPosParser::parse(bytes);
    ASSERT_EQ(result.issues.size(), 3u);
    EXPECT_EQ(result.issues[0].offset, 3u);
    EXPECT_NE(result.issues[0].message.find("ESC Z"), std::string::npos);
    EXPECT_EQ(result.issues[1].offset, 8u);
    EXPECT_NE(result.issues[1].message.find("GS Q"), std::string::npos);
    EXPECT_EQ(result.issues[2].offset, 13u);
    EXPECT_EQ(result.document.textLines(), (std::vector<std::string>{"AB", "CD", "EF", "G"}));
}

TEST(EscPosParser, StatusRequestsAreReturnedAsTheyArrive)
{
    EscPosParser parser;
    EXPECT_EQ(parser.feed(std::string("\x10\x04\x01\x10\x04", 5)), (std::vector<int>{1}));
    EXPECT_EQ(parser.feed(std::string("\x04", 1)), (std::vector<int>{4}));
    EXPECT_TRUE(parser.issues().empty());
}

TEST(EscPosParser, TruncatedStreamReportsTheIncompleteCommand)
{
    const std::string bytes = encodeToString(sampleDocument());
    for (std::size_t cut = 0; cut < bytes.size(); cut += 5) {
        const auto result = EscPosParser::parse(std::string_view(bytes).substr(0, cut));
        EXPECT_LE(result.document.elements.size(), sampleDocument().elements.size());
    }
    const auto result = EscPosParser::parse(std::string("hello\x1d(k\x10\x00\x31", 10));
    ASSERT_EQ(result.issues.size(), 1u);
    EXPECT_NE(result.issues[0].message.find("ends inside a command"), std::string::npos);
    EXPECT_EQ(result.document.textLines(), std::vector<std::string>{"hello"});
}

TEST(EscPosParser, OversizedRasterIsRefusedAndItsBodySkipped)
{
    EscPosParser parser(decodeLatin1, 1000);
    std::string header("\x1dv0\x00\x50\x00\x50\x00", 8); // 80 x 80 = 6400 bytes
    parser.feed(header);
    parser.feed(std::string(4000, '\xff'));
    parser.feed(std::string(2400, '\x1b'));
    parser.feed("after\n");
    parser.finish();
    ASSERT_EQ(parser.issues().size(), 1u);
    EXPECT_NE(parser.issues()[0].message.find("refused"), std::string::npos);
    EXPECT_EQ(parser.document().textLines(), std::vector<std::string>{"after"});
    EXPECT_EQ(parser.bytesConsumed(), 8u + 6400u + 6u);
}

TEST(EscPosParser, GarbageNeverCrashesAndIssuesAreBounded)
{
    std::string garbage;
    std::uint32_t x = 12345;
    for (int i = 0; i < 200000; ++i) {
        x = x * 1103515245u + 12345u;
        garbage.push_back(char((x >> 16) & 0x1F)); // control bytes only
    }
    const auto result = EscPosParser::parse(garbage);
    EXPECT_LE(result.issues.size(), EscPosParser::kMaxIssues);
    EXPECT_FALSE(result.issues.empty());
}

TEST(EscPosParser, TwoByteModeGoesThroughTheDecoder)
{
    TextDecodeFn decode = [](std::string_view bytes, const TextDecodeMode &mode) {
        return std::string(mode.twoByte ? "K:" : "S:") + std::string(bytes);
    };
    const auto result = EscPosParser::parse(std::string("ab\n\x1c&\xb0\xa1\n\x1c.c\n", 12), decode);
    EXPECT_EQ(result.document.textLines(), (std::vector<std::string>{"S:ab", "K:\xb0\xa1", "S:c"}));
}
