#include <gtest/gtest.h>

#include "devices/escpos/encoder.h"
#include "devices/escpos/utf8.h"

using namespace lane::devices::escpos;

namespace {

std::string str(const Bytes &bytes)
{
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

TEST(EscPosEncoder, PlainLineIsInitCodePageTextLf)
{
    Document doc;
    doc.text("Hello");
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(str(*bytes), std::string("\x1b@\x1bt\x10Hello\n", 11));
}

TEST(EscPosEncoder, StyleChangesAreEmittedOnlyWhenTheyChange)
{
    TextStyle big{.bold = true, .doubleWidth = true, .doubleHeight = true, .align = Align::Center};
    Document doc;
    doc.text("A", big).text("B", big).text("C");
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    ASSERT_TRUE(bytes.ok());
    const std::string expected = std::string("\x1b@\x1bt\x10", 5)
                                 + "\x1b"
                                   "a\x01"
                                   "\x1b"
                                   "E\x01"
                                 + "\x1d!\x11" + "A\n" + "B\n"
                                 + std::string("\x1b"
                                               "a\0",
                                               3)
                                 + std::string("\x1b"
                                               "E\0",
                                               3)
                                 + std::string("\x1d!\0", 3) + "C\n";
    EXPECT_EQ(str(*bytes), expected);
}

TEST(EscPosEncoder, ControlCharactersInTextNeverBecomeCommands)
{
    Document doc;
    doc.text("A\x1b@B\x1dV\x01");
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(str(*bytes).substr(5), "A @B V \n");
}

TEST(EscPosEncoder, ColumnsPadToTheLineWidthCountingWideCharacters)
{
    EscPosEncoder encoder(PrinterProfile::epson80mm());
    const auto line = encoder.layoutColumns(ColumnsLine{"Milk", "1.99", {}});
    EXPECT_EQ(line.size(), 48u);
    EXPECT_EQ(line.substr(0, 4), "Milk");
    EXPECT_EQ(line.substr(44), "1.99");
    const auto korean = encoder.layoutColumns(ColumnsLine{"우유", "1,990", {}});
    EXPECT_EQ(displayWidth(korean), 48);
    TextStyle wide;
    wide.doubleWidth = true;
    EXPECT_EQ(displayWidth(encoder.layoutColumns(ColumnsLine{"TOTAL", "9.99", wide})), 24);
    // Too long: the left side is cut, the price always stays whole.
    const auto cut = encoder.layoutColumns(ColumnsLine{std::string(60, 'x'), "123.45", {}});
    EXPECT_EQ(cut.size(), 48u);
    EXPECT_EQ(cut.substr(42), "123.45");
    EXPECT_EQ(cut[41], ' ');
}

TEST(EscPosEncoder, KoreanModeWrapsInFsAmpersandAndMapsTheWonSign)
{
    std::string seen;
    TextEncodeFn spy = [&](std::string_view utf8) -> lane::core::Result<std::string> {
        seen = std::string(utf8);
        return std::string("XY");
    };
    Document doc;
    doc.text("\u20a91000");
    auto bytes = EscPosEncoder(PrinterProfile::korean80mm(), spy).encode(doc);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(seen, "\uffe61000");
    EXPECT_EQ(str(*bytes), std::string("\x1b@\x1bt\x00\x1c&XY\n\x1c.", 12));
}

TEST(EscPosEncoder, EncodingFailureNamesTheElement)
{
    TextEncodeFn failing = [](std::string_view) -> lane::core::Result<std::string> {
        return lane::core::makeError("escpos.unmappable", "no code for U+1F600");
    };
    Document doc;
    doc.feed(1).text("x");
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm(), failing).encode(doc);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().code, "escpos.unmappable");
    EXPECT_NE(bytes.error().message.find("element 2"), std::string::npos);
}

TEST(EscPosEncoder, RasterTextModeNeedsARasterizer)
{
    Document doc;
    doc.text("x");
    EXPECT_FALSE(EscPosEncoder(PrinterProfile::raster80mm()).encode(doc).ok());
    TextRasterFn raster = [](std::string_view, const TextStyle &, int width) {
        RasterImage image{width, 24, std::vector<std::uint8_t>(std::size_t(width / 8 * 24), 0xFF)};
        return image;
    };
    auto bytes = EscPosEncoder(PrinterProfile::raster80mm(), encodeAscii, raster).encode(doc);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(str(*bytes).substr(2, 2), "\x1dv");
}

TEST(EscPosEncoder, BigImagesAreSlicedBelowTheBufferSize)
{
    RasterImage image{576, 200, std::vector<std::uint8_t>(72 * 200, 0xAA)};
    Bytes out;
    appendRaster(out, image, 4096);
    // 4088 / 72 = 56 rows per slice -> 4 slices (56, 56, 56, 32).
    std::size_t pos = 0;
    int slices = 0;
    int rows = 0;
    while (pos < out.size()) {
        ASSERT_EQ(out[pos], 0x1d);
        ASSERT_EQ(out[pos + 1], 'v');
        const int h = out[pos + 6] | (out[pos + 7] << 8);
        const std::size_t len = 8 + std::size_t(h) * 72;
        EXPECT_LE(len, 4096u);
        pos += len;
        rows += h;
        ++slices;
    }
    EXPECT_EQ(slices, 4);
    EXPECT_EQ(rows, 200);
}

TEST(EscPosEncoder, BarcodesAndQrUseGsKAndGsParenK)
{
    Document doc;
    doc.barcode(Barcode{BarcodeType::Code128, "AB{1", 60, 2, true, Align::Center});
    doc.barcode(Barcode{BarcodeType::Ean13, "4006381333931", 80, 2, true, Align::Center});
    doc.barcode(Barcode{BarcodeType::Gs1_128, "[01]09501101530003[10]AB12[17]261231", 80, 2, true,
                        Align::Center});
    doc.qr(QrCode{"https://lane.example/r/1", 6, 'M', Align::Center});
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    const auto s = str(*bytes);
    EXPECT_NE(s.find(std::string("\x1dk\x49\x07{BAB{{1", 10)), std::string::npos);
    EXPECT_NE(s.find(std::string("\x1dk\x43\x0c"
                                 "400638133393",
                                 16)),
              std::string::npos);
    EXPECT_NE(s.find(std::string("\x1dk\x4a") + char(32)
                     + "0109501101530003"
                       "10AB12{117261231"),
              std::string::npos);
    EXPECT_NE(s.find(std::string("\x1d(k\x1b\x00\x31\x50\x30https://lane.example/r/1", 32)),
              std::string::npos);
    EXPECT_NE(s.find(std::string("\x1d(k\x03\x00\x31\x51\x30", 8)), std::string::npos);
}

TEST(EscPosEncoder, InvalidBarcodesAreErrors)
{
    EscPosEncoder encoder(PrinterProfile::epson80mm());
    for (const auto &barcode :
         {Barcode{BarcodeType::Ean13, "4006381333932"}, Barcode{BarcodeType::Ean13, "12ab"},
          Barcode{BarcodeType::Code128, ""}, Barcode{BarcodeType::Code128, "\x01"},
          Barcode{BarcodeType::Gs1_128, "[01]123"}, Barcode{BarcodeType::Gs1_128, "0101"}}) {
        Document doc;
        doc.barcode(barcode);
        EXPECT_FALSE(encoder.encode(doc).ok()) << barcode.data;
    }
    Document qr;
    qr.qr(QrCode{"x", 4, 'Z'});
    EXPECT_FALSE(encoder.encode(qr).ok());
}

TEST(EscPosEncoder, CutPulseAndFeed)
{
    Document doc;
    doc.feed(300).pulse(DrawerPulse{0, 100, 200}).cut(true).cut(false);
    auto bytes = EscPosEncoder(PrinterProfile::epson80mm()).encode(doc);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(str(*bytes).substr(5), std::string("\x1b"
                                                 "d\xff\x1b"
                                                 "d\x2d\x1bp\x00\x32\x64"
                                                 "\x1dV\x42\x00\x1dV\x41\x00",
                                                 19));
}

TEST(Utf8, InvalidSequencesBecomeReplacementCharacters)
{
    EXPECT_EQ(decodeUtf8("a\xff"
                         "b"),
              U"a\uFFFD"
              "b");
    EXPECT_EQ(decodeUtf8("\xe0"
                         "A"),
              U"\uFFFD"
              "A");
    EXPECT_EQ(decodeUtf8("\xc0\x80"), U"\uFFFD\uFFFD");
    EXPECT_EQ(encodeUtf8(decodeUtf8("한글 ok")), "한글 ok");
    EXPECT_EQ(displayWidth("한글ok"), 6);
    EXPECT_EQ(truncateToWidth("한글ok", 3), "한");
}
