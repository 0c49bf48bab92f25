#pragma once

#include <QFont>
#include <QImage>
#include <QString>

#include "core/base/result.h"
#include "devices/escpos/document.h"
#include "devices/escpos/encoder.h"

namespace lane::devices::printer {

/// Draws a Document the way an 80 mm thermal printer would: 576 dots wide, font A cells
/// 12x24 (font B 9x17), wide characters two cells, barcodes and QR codes drawn with zint.
/// Used by the virtual printer, the app's receipt preview and the raster-text fallback.
class ReceiptRenderer
{
public:
    struct Options
    {
        int widthDots = 576;
        int marginDots = 16;  ///< white paper above and below
        int lineSpacing = 30; ///< dots per font A line (ESC 2 default)
        QString fontFamily = QStringLiteral("NanumGothicCoding");
        QString fontPath = QStringLiteral("/usr/share/fonts/truetype/nanum/NanumGothicCoding.ttf");
    };

    ReceiptRenderer();
    explicit ReceiptRenderer(Options options);

    /// The receipt as a white image with black print (QImage::Format_Grayscale8).
    QImage render(const escpos::Document &document) const;
    /// One styled text line as a 1-bit image `widthDots` wide (for TextMode::Raster).
    escpos::RasterImage rasterizeText(std::string_view utf8, const escpos::TextStyle &style,
                                      int widthDots) const;
    /// A TextRasterFn for EscPosEncoder that uses this renderer.
    escpos::TextRasterFn textRasterizer() const;

    /// A barcode or QR code drawn by zint (black on white); errors name the data.
    static core::Result<QImage> renderBarcode(const escpos::Barcode &barcode);
    static core::Result<QImage> renderQr(const escpos::QrCode &qr);
    /// True if the configured font (with Hangul) was found.
    bool hasKoreanFont() const { return m_fontFound; }

private:
    int textLineHeight(const escpos::TextStyle &style) const;
    void drawText(QPainter &painter, int y, const QString &text, const escpos::TextStyle &style,
                  int widthDots) const;

    Options m_options;
    QFont m_font;
    bool m_fontFound = false;
};

/// 1-bit raster image -> QImage (black on white) and back, with a 50% threshold.
QImage toQImage(const escpos::RasterImage &image);
escpos::RasterImage toRaster(const QImage &image, escpos::Align align = escpos::Align::Center);

} // namespace lane::devices::printer
