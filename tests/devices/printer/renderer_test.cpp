#include <gtest/gtest.h>

#include <QDir>
#include <QFontMetrics>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include "devices/escpos/encoder.h"
#include "devices/printer/qttextcodec.h"
#include "devices/printer/receiptrenderer.h"
#include "devices/printer/virtualprinter.h"
#include "samplereceipts.h"

using namespace lane::devices;
using namespace lane::devices::escpos;

namespace {

struct Decoded
{
    std::string format;
    std::string text;
};

std::vector<Decoded> decodeAll(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    std::vector<Decoded> out;
    for (const auto &result : ZXing::ReadBarcodes(view, hints))
        out.push_back({ZXing::ToString(result.format()), result.text()});
    return out;
}

bool contains(const std::vector<Decoded> &all, const std::string &format, const std::string &text)
{
    for (const auto &d : all) {
        if (d.format == format && d.text == text)
            return true;
    }
    return false;
}

QString savePng(const QImage &image, const QString &name)
{
    const QString dir = QStringLiteral(LANE_BINARY_DIR "/tests/data/escpos");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    EXPECT_TRUE(image.save(path));
    return path;
}

// Renders the document through the whole path: encoder -> bytes -> virtual printer.
QImage printThroughVirtualPrinter(const Document &doc, const PrinterProfile &profile)
{
    EscPosEncoder encoder(profile, printer::makeTextEncoder(profile));
    auto bytes = encoder.encode(doc);
    EXPECT_TRUE(bytes.ok());
    printer::VirtualPrinter vp;
    vp.feed(QByteArray(reinterpret_cast<const char *>(bytes->data()), qsizetype(bytes->size())));
    EXPECT_EQ(vp.receipts().size(), 1u);
    EXPECT_TRUE(vp.issues().empty());
    return vp.receipts().empty() ? QImage() : vp.render(vp.receipts().front());
}

} // namespace

TEST(ReceiptRenderer, TheFontHasHangul)
{
    printer::ReceiptRenderer renderer;
    ASSERT_TRUE(renderer.hasKoreanFont());
    QFont font(QStringLiteral("NanumGothicCoding"));
    QFontMetrics metrics(font);
    EXPECT_TRUE(metrics.inFontUcs4(U'한'));
    EXPECT_TRUE(metrics.inFontUcs4(U'\uFFE6'));
}

TEST(ReceiptRenderer, EnglishReceiptIs576WideAndItsCodesDecode)
{
    const QImage image
        = printThroughVirtualPrinter(test::englishReceipt(), PrinterProfile::epson80mm());
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 576);
    savePng(image, QStringLiteral("receipt_en.png"));
    const auto codes = decodeAll(image);
    EXPECT_TRUE(contains(codes, "Code128", "R0042-0001"));
    EXPECT_TRUE(contains(codes, "EAN-13", "4006381333931"));
    EXPECT_TRUE(contains(codes, "QRCode", "https://lane.example/r/0042-0001"));
    bool gs1 = false;
    for (const auto &d : codes)
        gs1 = gs1 || (d.format == "Code128" && d.text.find("09501101530003") != std::string::npos);
    EXPECT_TRUE(gs1);
}

TEST(ReceiptRenderer, KoreanReceiptHasHangulAndItsCodesDecode)
{
    const QImage image
        = printThroughVirtualPrinter(test::koreanReceipt(), PrinterProfile::korean80mm());
    ASSERT_FALSE(image.isNull());
    savePng(image, QStringLiteral("receipt_ko.png"));
    const auto codes = decodeAll(image);
    EXPECT_TRUE(contains(codes, "Code128", "R0042-0001"));
    EXPECT_TRUE(contains(codes, "QRCode", "https://lane.example/r/0042-0001?lang=ko"));
}

TEST(ReceiptRenderer, AlignmentPutsInkWhereItBelongs)
{
    printer::ReceiptRenderer renderer;
    Document doc;
    doc.text("LEFT", TextStyle{.align = Align::Left});
    doc.text("RIGHT", TextStyle{.align = Align::Right});
    doc.text("MID", TextStyle{.align = Align::Center});
    const QImage image = renderer.render(doc);
    auto inkSpan = [&](int row) {
        int first = image.width();
        int last = -1;
        for (int y = 16 + row * 30; y < 16 + row * 30 + 24; ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                if (line[x] < 128) {
                    first = std::min(first, x);
                    last = std::max(last, x);
                }
            }
        }
        return std::make_pair(first, last);
    };
    const auto left = inkSpan(0);
    const auto right = inkSpan(1);
    const auto mid = inkSpan(2);
    EXPECT_LT(left.first, 12);
    EXPECT_GT(right.second, 576 - 12);
    EXPECT_NEAR((mid.first + mid.second) / 2, 288, 12);
}

TEST(ReceiptRenderer, RasterTextRoundTripsThroughOneBitImages)
{
    printer::ReceiptRenderer renderer;
    const auto raster = renderer.rasterizeText("합계 \u20a919,190", TextStyle{}, 576);
    EXPECT_EQ(raster.width, 576);
    EXPECT_EQ(raster.height, 30);
    int black = 0;
    for (auto byte : raster.bits)
        black += __builtin_popcount(byte);
    EXPECT_GT(black, 100);
    EXPECT_TRUE(printer::toRaster(printer::toQImage(raster), Align::Left) == raster);
}

TEST(ReceiptRenderer, InvalidBarcodeDataIsAnErrorNotACrash)
{
    auto bad = printer::ReceiptRenderer::renderBarcode(Barcode{BarcodeType::Ean13, "12A45"});
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().message.find("12A45"), std::string::npos);
}
