#include "devices/escpos/document.h"

namespace lane::devices::escpos {

void RasterImage::setPixel(int x, int y, bool black)
{
    auto &byte = bits[std::size_t(y) * std::size_t(bytesPerRow()) + std::size_t(x / 8)];
    const auto mask = std::uint8_t(0x80u >> (x % 8));
    byte = black ? std::uint8_t(byte | mask) : std::uint8_t(byte & ~mask);
}

Document &Document::text(std::string text, TextStyle style)
{
    elements.emplace_back(TextLine{std::move(text), style});
    return *this;
}

Document &Document::columns(std::string left, std::string right, TextStyle style)
{
    elements.emplace_back(ColumnsLine{std::move(left), std::move(right), style});
    return *this;
}

Document &Document::image(RasterImage image)
{
    elements.emplace_back(std::move(image));
    return *this;
}

Document &Document::barcode(Barcode barcode)
{
    elements.emplace_back(std::move(barcode));
    return *this;
}

Document &Document::qr(QrCode qr)
{
    elements.emplace_back(std::move(qr));
    return *this;
}

Document &Document::feed(int lines)
{
    elements.emplace_back(Feed{lines});
    return *this;
}

Document &Document::cut(bool partial)
{
    elements.emplace_back(Cut{partial});
    return *this;
}

Document &Document::pulse(DrawerPulse pulse)
{
    elements.emplace_back(pulse);
    return *this;
}

std::vector<std::string> Document::textLines() const
{
    std::vector<std::string> lines;
    for (const auto &element : elements) {
        if (const auto *line = std::get_if<TextLine>(&element))
            lines.push_back(line->text);
        else if (const auto *columns = std::get_if<ColumnsLine>(&element))
            lines.push_back(columns->left + "\t" + columns->right);
    }
    return lines;
}

} // namespace lane::devices::escpos
