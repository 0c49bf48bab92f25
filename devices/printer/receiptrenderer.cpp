#include "devices/printer/receiptrenderer.h"

#include <QFontDatabase>
#include <QPainter>

#include <cstring>

#include <zint.h>

#include "devices/escpos/utf8.h"

namespace lane::devices::printer {

using namespace escpos;

namespace {

constexpr int kCellA[2] = {12, 24};
constexpr int kCellB[2] = {9, 17};

int xFor(Align align, int contentWidth, int totalWidth)
{
    switch (align) {
    case Align::Left:
        return 0;
    case Align::Center:
        return std::max(0, (totalWidth - contentWidth) / 2);
    case Align::Right:
        return std::max(0, totalWidth - contentWidth);
    }
    return 0;
}

core::Result<QImage> runZint(int symbology, int inputMode, float scale, float height, bool hrt,
                             int option1, const std::string &data)
{
    zint_symbol *symbol = ZBarcode_Create();
    if (!symbol)
        return core::makeError("printer.barcode", "zint: out of memory");
    symbol->symbology = symbology;
    symbol->input_mode = inputMode;
    symbol->scale = scale;
    symbol->show_hrt = hrt ? 1 : 0;
    symbol->output_options |= BARCODE_QUIET_ZONES;
    if (height > 0)
        symbol->height = height;
    if (option1 > 0)
        symbol->option_1 = option1;
    const int rc = ZBarcode_Encode_and_Buffer(
        symbol, reinterpret_cast<const unsigned char *>(data.data()), int(data.size()), 0);
    if (rc >= ZINT_ERROR) {
        const std::string message
            = std::string("zint cannot encode '") + data + "': " + symbol->errtxt;
        ZBarcode_Delete(symbol);
        return core::makeError("printer.barcode", message);
    }
    QImage image(symbol->bitmap_width, symbol->bitmap_height, QImage::Format_RGB888);
    for (int y = 0; y < symbol->bitmap_height; ++y)
        std::memcpy(image.scanLine(y),
                    symbol->bitmap + std::size_t(y) * std::size_t(symbol->bitmap_width) * 3,
                    std::size_t(symbol->bitmap_width) * 3);
    ZBarcode_Delete(symbol);
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

ReceiptRenderer::ReceiptRenderer()
    : ReceiptRenderer(Options{})
{}

ReceiptRenderer::ReceiptRenderer(Options options)
    : m_options(std::move(options))
{
    m_fontFound = QFontDatabase::families().contains(m_options.fontFamily);
    if (!m_fontFound && !m_options.fontPath.isEmpty()) {
        const int id = QFontDatabase::addApplicationFont(m_options.fontPath);
        m_fontFound = id >= 0;
        if (m_fontFound) {
            const auto families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                m_options.fontFamily = families.first();
        }
    }
    m_font = QFont(m_options.fontFamily);
    m_font.setStyleStrategy(QFont::PreferAntialias);
}

core::Result<QImage> ReceiptRenderer::renderBarcode(const Barcode &barcode)
{
    const float scale = float(std::clamp(barcode.moduleWidth, 1, 6)) / 2.0f;
    const float height = float(barcode.height) / (2.0f * scale);
    switch (barcode.type) {
    case BarcodeType::Code128:
        return runZint(BARCODE_CODE128, DATA_MODE, scale, height, barcode.humanReadable, 0,
                       barcode.data);
    case BarcodeType::Ean13:
        return runZint(BARCODE_EANX, DATA_MODE, scale, height, barcode.humanReadable, 0,
                       barcode.data);
    case BarcodeType::Gs1_128:
        return runZint(BARCODE_GS1_128, GS1_MODE, scale, height, barcode.humanReadable, 0,
                       barcode.data);
    }
    return core::makeError("printer.barcode", "unknown barcode type");
}

core::Result<QImage> ReceiptRenderer::renderQr(const QrCode &qr)
{
    const int level = 1 + int(std::string("LMQH").find(qr.errorCorrection));
    return runZint(BARCODE_QRCODE, DATA_MODE, float(std::clamp(qr.moduleSize, 1, 16)) / 2.0f, 0,
                   false, level > 0 ? level : 2, qr.data);
}

int ReceiptRenderer::textLineHeight(const TextStyle &style) const
{
    const int base = style.fontB ? 22 : m_options.lineSpacing;
    return style.doubleHeight ? base + (style.fontB ? kCellB[1] : kCellA[1]) : base;
}

void ReceiptRenderer::drawText(QPainter &painter, int y, const QString &text,
                               const TextStyle &style, int widthDots) const
{
    const int cellW = style.fontB ? kCellB[0] : kCellA[0];
    const int cellH = style.fontB ? kCellB[1] : kCellA[1];
    const int sx = style.doubleWidth ? 2 : 1;
    const int sy = style.doubleHeight ? 2 : 1;
    const std::u32string chars = decodeUtf8(text.toStdString());
    int columns = 0;
    for (char32_t cp : chars)
        columns += isWide(cp) ? 2 : 1;
    const int maxColumns = widthDots / (cellW * sx);
    const int x0 = xFor(style.align, std::min(columns, maxColumns) * cellW * sx, widthDots);
    QFont font = m_font;
    font.setPixelSize(cellH - 3);
    font.setBold(style.bold);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.translate(x0, y);
    painter.scale(sx, sy);
    int col = 0;
    for (char32_t cp : chars) {
        const int w = isWide(cp) ? 2 : 1;
        if (col + w > maxColumns)
            break;
        if (cp != U' ') {
            const QString glyph = QString::fromUcs4(&cp, 1);
            painter.drawText(QRect(col * cellW, 0, w * cellW, cellH), Qt::AlignCenter, glyph);
        }
        col += w;
    }
    if (style.underline)
        painter.fillRect(QRect(0, cellH - 2, col * cellW, 2), Qt::black);
    painter.restore();
}

QImage ReceiptRenderer::render(const Document &document) const
{
    const int width = m_options.widthDots;
    // First pass: what every element needs (zint images) and how tall the paper gets.
    std::vector<QImage> pictures(document.elements.size());
    int height = 2 * m_options.marginDots;
    for (std::size_t i = 0; i < document.elements.size(); ++i) {
        const auto &element = document.elements[i];
        if (const auto *line = std::get_if<TextLine>(&element)) {
            height += textLineHeight(line->style);
        } else if (const auto *columns = std::get_if<ColumnsLine>(&element)) {
            height += textLineHeight(columns->style);
        } else if (const auto *image = std::get_if<RasterImage>(&element)) {
            pictures[i] = toQImage(*image);
        } else if (const auto *barcode = std::get_if<Barcode>(&element)) {
            auto picture = renderBarcode(*barcode);
            pictures[i] = picture ? *picture : QImage();
        } else if (const auto *qr = std::get_if<QrCode>(&element)) {
            auto picture = renderQr(*qr);
            pictures[i] = picture ? *picture : QImage();
        } else if (const auto *feed = std::get_if<Feed>(&element)) {
            height += std::clamp(feed->lines, 0, 255) * m_options.lineSpacing;
        } else if (std::holds_alternative<Cut>(element)) {
            height += m_options.lineSpacing;
        }
        height += pictures[i].isNull() ? 0 : pictures[i].height() + 8;
    }
    QImage paper(width, std::min(height, 1 << 15), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.setRenderHint(QPainter::TextAntialiasing);
    int y = m_options.marginDots;
    for (std::size_t i = 0; i < document.elements.size(); ++i) {
        const auto &element = document.elements[i];
        if (const auto *line = std::get_if<TextLine>(&element)) {
            drawText(painter, y, QString::fromStdString(line->text), line->style, width);
            y += textLineHeight(line->style);
        } else if (const auto *columns = std::get_if<ColumnsLine>(&element)) {
            const EscPosEncoder layout(PrinterProfile{"preview", width, width / 12, width / 9});
            drawText(painter, y, QString::fromStdString(layout.layoutColumns(*columns)),
                     columns->style, width);
            y += textLineHeight(columns->style);
        } else if (const auto *feed = std::get_if<Feed>(&element)) {
            y += std::clamp(feed->lines, 0, 255) * m_options.lineSpacing;
        } else if (std::holds_alternative<Cut>(element)) {
            QPen pen(Qt::gray, 1, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(0, y + m_options.lineSpacing / 2, width,
                             y + m_options.lineSpacing / 2);
            y += m_options.lineSpacing;
        } else if (!pictures[i].isNull()) {
            Align align = Align::Center;
            if (const auto *image = std::get_if<RasterImage>(&element))
                align = image->align;
            else if (const auto *barcode = std::get_if<Barcode>(&element))
                align = barcode->align;
            else if (const auto *qr = std::get_if<QrCode>(&element))
                align = qr->align;
            painter.drawImage(xFor(align, pictures[i].width(), width), y + 4, pictures[i]);
            y += pictures[i].height() + 8;
        }
    }
    painter.end();
    return paper.convertToFormat(QImage::Format_Grayscale8);
}

RasterImage ReceiptRenderer::rasterizeText(std::string_view utf8, const TextStyle &style,
                                           int widthDots) const
{
    const int height = (style.fontB ? kCellB[1] : kCellA[1]) * (style.doubleHeight ? 2 : 1) + 6;
    QImage line(widthDots, height, QImage::Format_RGB32);
    line.fill(Qt::white);
    {
        QPainter painter(&line);
        drawText(painter, 3, QString::fromUtf8(utf8.data(), qsizetype(utf8.size())), style,
                 widthDots);
    }
    return toRaster(line, Align::Left);
}

TextRasterFn ReceiptRenderer::textRasterizer() const
{
    return [copy = *this](std::string_view utf8, const TextStyle &style, int widthDots) {
        return copy.rasterizeText(utf8, style, widthDots);
    };
}

QImage toQImage(const RasterImage &image)
{
    QImage out(image.width, image.height, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < image.height; ++y) {
        uchar *row = out.scanLine(y);
        for (int x = 0; x < image.width; ++x) {
            if (image.pixel(x, y))
                row[x] = 0;
        }
    }
    return out;
}

RasterImage toRaster(const QImage &source, Align align)
{
    const QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    RasterImage image;
    image.width = (gray.width() + 7) / 8 * 8;
    image.height = gray.height();
    image.align = align;
    image.bits.assign(std::size_t(image.bytesPerRow()) * std::size_t(image.height), 0);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (row[x] < 128)
                image.setPixel(x, y, true);
        }
    }
    return image;
}

} // namespace lane::devices::printer
