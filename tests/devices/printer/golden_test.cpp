#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "devices/escpos/encoder.h"
#include "devices/escpos/parser.h"
#include "devices/escpos/utf8.h"
#include "devices/printer/qttextcodec.h"
#include "devices/printer/receiptrenderer.h"
#include "samplereceipts.h"

using namespace lane::devices;
using namespace lane::devices::escpos;

namespace {

QByteArray encodeReceipt(const Document &doc, const PrinterProfile &profile)
{
    EscPosEncoder encoder(profile, printer::makeTextEncoder(profile));
    auto bytes = encoder.encode(doc);
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().message);
    return bytes.ok()
               ? QByteArray(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size()))
               : QByteArray();
}

// Golden file check: the expected stream lives in tests/data/escpos/<name>.bin; on a
// mismatch the actual stream is written next to it as <name>.actual for review.
void expectGolden(const QByteArray &actual, const QString &name)
{
    const QString dir = QStringLiteral(LANE_TEST_DATA_DIR "/escpos/");
    QFile expectedFile(dir + name + QStringLiteral(".bin"));
    QByteArray expected;
    if (expectedFile.open(QIODevice::ReadOnly))
        expected = expectedFile.readAll();
    if (expected != actual) {
        QFile out(dir + name + QStringLiteral(".actual"));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(actual);
        FAIL() << "ESC/POS stream differs from " << expectedFile.fileName().toStdString() << " ("
               << expected.size() << " vs " << actual.size() << " bytes); wrote "
               << out.fileName().toStdString();
    }
}

} // namespace

TEST(GoldenReceipts, EnglishStreamMatches)
{
    expectGolden(encodeReceipt(test::englishReceipt(), PrinterProfile::epson80mm()),
                 QStringLiteral("receipt_en"));
}

TEST(GoldenReceipts, KoreanStreamMatchesAndUsesEucKrInsideFsAmpersand)
{
    const QByteArray bytes = encodeReceipt(test::koreanReceipt(), PrinterProfile::korean80mm());
    // "레인마트" in EUC-KR, and the won sign mapped to U+FFE6 = A3 DC.
    EXPECT_TRUE(bytes.contains(QByteArray::fromHex("b7b9c0ceb8b6c6ae")));
    EXPECT_TRUE(bytes.contains(QByteArray::fromHex("a3dc34") + ",480"));
    EXPECT_TRUE(bytes.startsWith(QByteArray::fromHex("1b401b74001c26")));
    EXPECT_TRUE(bytes.endsWith(QByteArray::fromHex("1c2e")));
    expectGolden(bytes, QStringLiteral("receipt_ko"));
}

TEST(GoldenReceipts, KoreanStreamParsesBackToTheSameText)
{
    const QByteArray bytes = encodeReceipt(test::koreanReceipt(), PrinterProfile::korean80mm());
    const auto result = EscPosParser::parse(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), printer::makeTextDecoder());
    EXPECT_TRUE(result.issues.empty());
    const auto lines = result.document.textLines();
    ASSERT_GE(lines.size(), 3u);
    EXPECT_EQ(lines[0], "레인마트 강남점");
    bool foundMilk = false;
    for (const auto &line : lines) {
        if (line.rfind("서울우유 1L", 0) == 0) {
            foundMilk = true;
            EXPECT_NE(line.find("\uffe62,950"), std::string::npos) << line;
            EXPECT_EQ(displayWidth(line), 48) << line;
        }
    }
    EXPECT_TRUE(foundMilk);
}

TEST(GoldenReceipts, RasterFallbackSendsSlicesBelowTheBufferSize)
{
    PrinterProfile profile = PrinterProfile::raster80mm();
    printer::ReceiptRenderer renderer;
    EscPosEncoder encoder(profile, encodeAscii, renderer.textRasterizer());
    auto bytes = encoder.encode(test::koreanReceipt());
    ASSERT_TRUE(bytes.ok());
    const std::string stream(bytes->begin(), bytes->end());
    const auto result = EscPosParser::parse(stream);
    EXPECT_TRUE(result.issues.empty());
    EXPECT_TRUE(result.document.textLines().empty()); // every text line became an image
    std::size_t pos = 0;
    int blocks = 0;
    while ((pos = stream.find("\x1dv0", pos)) != std::string::npos) {
        const std::size_t rowBytes
            = std::uint8_t(stream[pos + 4]) | (std::uint8_t(stream[pos + 5]) << 8);
        const std::size_t rows
            = std::uint8_t(stream[pos + 6]) | (std::uint8_t(stream[pos + 7]) << 8);
        EXPECT_LE(8 + rowBytes * rows, std::size_t(profile.rasterSliceBytes));
        pos += 8 + rowBytes * rows;
        ++blocks;
    }
    int textElements = 0;
    for (const auto &element : test::koreanReceipt().elements)
        textElements += std::holds_alternative<TextLine>(element)
                        || std::holds_alternative<ColumnsLine>(element);
    EXPECT_GE(blocks, textElements);
}
