#include "devices/escpos/encoder.h"

#include <algorithm>

#include "devices/escpos/commands.h"
#include "devices/escpos/gs1.h"
#include "devices/escpos/utf8.h"

namespace lane::devices::escpos {

using namespace cmd;

namespace {

core::Error encodeError(std::string message)
{
    return core::makeError("escpos.encode", std::move(message));
}

void put(Bytes &out, std::initializer_list<int> bytes)
{
    for (int b : bytes)
        out.push_back(std::uint8_t(b));
}

void putString(Bytes &out, std::string_view s)
{
    out.insert(out.end(), s.begin(), s.end());
}

int alignCode(Align align)
{
    return align == Align::Left ? 0 : align == Align::Center ? 1 : 2;
}

// Control characters in item names must never reach the printer as commands.
std::string sanitize(std::string_view utf8)
{
    std::string out(utf8);
    for (char &c : out) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            c = ' ';
    }
    return out;
}

bool ean13CheckOk(std::string_view digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < 12; ++i)
        sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10 == digits[12] - '0';
}

} // namespace

core::Result<std::string> encodeAscii(std::string_view utf8)
{
    std::string out;
    for (char32_t cp : decodeUtf8(utf8))
        out.push_back(cp < 0x80 ? char(cp) : '?');
    return out;
}

struct EscPosEncoder::State
{
    TextStyle style;
};

EscPosEncoder::EscPosEncoder(PrinterProfile profile, TextEncodeFn encode, TextRasterFn raster)
    : m_profile(std::move(profile))
    , m_encode(std::move(encode))
    , m_raster(std::move(raster))
{}

int EscPosEncoder::columnsFor(const TextStyle &style) const
{
    const int columns = style.fontB ? m_profile.columnsFontB : m_profile.columnsFontA;
    return style.doubleWidth ? columns / 2 : columns;
}

std::string EscPosEncoder::layoutColumns(const ColumnsLine &line) const
{
    const int width = columnsFor(line.style);
    // Korean firmware prints U+FFE6 for the won sign: a wide character, so map first.
    const bool korean = m_profile.textMode == TextMode::Korean;
    const std::string right = truncateToWidth(
        korean ? mapForKorean(sanitize(line.right)) : sanitize(line.right), width);
    const int rightWidth = displayWidth(right);
    // Keep at least one space between the columns.
    const std::string left
        = truncateToWidth(sanitize(line.left), std::max(0, width - rightWidth - 1));
    const int gap = std::max(1, width - displayWidth(left) - rightWidth);
    return left + std::string(std::size_t(gap), ' ') + right;
}

core::Result<Bytes> EscPosEncoder::encode(const Document &document) const
{
    Bytes out;
    out.reserve(256 + document.elements.size() * 40);
    put(out, {ESC, '@'});
    if (m_profile.textMode != TextMode::Raster)
        put(out, {ESC, 't', m_profile.codePage});
    if (m_profile.textMode == TextMode::Korean)
        put(out, {FS, '&'});
    State state;
    for (std::size_t i = 0; i < document.elements.size(); ++i) {
        if (auto status = encodeElement(document.elements[i], state, out); !status)
            return core::makeError(status.error().code, "element " + std::to_string(i + 1) + ": "
                                                            + status.error().message);
    }
    if (m_profile.textMode == TextMode::Korean)
        put(out, {FS, '.'});
    return out;
}

core::Status EscPosEncoder::encodeElement(const Element &element, State &state, Bytes &out) const
{
    if (const auto *line = std::get_if<TextLine>(&element))
        return encodeText(line->text, line->style, state, out);
    if (const auto *columns = std::get_if<ColumnsLine>(&element))
        return encodeText(layoutColumns(*columns), columns->style, state, out);
    if (const auto *image = std::get_if<RasterImage>(&element)) {
        if (image->width <= 0 || image->height <= 0
            || image->bits.size() != std::size_t(image->bytesPerRow()) * std::size_t(image->height))
            return encodeError("image size does not match its bits");
        if (image->width > m_profile.paperWidthDots)
            return encodeError("image " + std::to_string(image->width) + " dots wide, paper is "
                               + std::to_string(m_profile.paperWidthDots));
        encodeImage(*image, state, out);
        return {};
    }
    if (const auto *barcode = std::get_if<Barcode>(&element))
        return encodeBarcode(*barcode, state, out);
    if (const auto *qr = std::get_if<QrCode>(&element))
        return encodeQr(*qr, state, out);
    if (const auto *feed = std::get_if<Feed>(&element)) {
        for (int left = std::max(0, feed->lines); left > 0; left -= 255)
            put(out, {ESC, 'd', std::min(left, 255)});
        return {};
    }
    if (const auto *cut = std::get_if<Cut>(&element)) {
        put(out, {GS, 'V', cut->partial ? 66 : 65, 0});
        return {};
    }
    const auto &pulse = std::get<DrawerPulse>(element);
    put(out, {ESC, 'p', pulse.pin == 1 ? 1 : 0, std::clamp(pulse.onMs / 2, 1, 255),
              std::clamp(pulse.offMs / 2, 1, 255)});
    return {};
}

core::Status EscPosEncoder::encodeText(const std::string &utf8, const TextStyle &style,
                                       State &state, Bytes &out) const
{
    const std::string clean = sanitize(utf8);
    if (m_profile.textMode == TextMode::Raster) {
        if (!m_raster)
            return encodeError("raster text mode without a text rasterizer");
        RasterImage image = m_raster(clean, style, m_profile.paperWidthDots);
        image.align = Align::Left;
        encodeImage(image, state, out);
        return {};
    }
    TextStyle &cur = state.style;
    if (cur.align != style.align)
        put(out, {ESC, 'a', alignCode(style.align)});
    if (cur.bold != style.bold)
        put(out, {ESC, 'E', style.bold ? 1 : 0});
    if (cur.underline != style.underline)
        put(out, {ESC, '-', style.underline ? 1 : 0});
    if (cur.doubleWidth != style.doubleWidth || cur.doubleHeight != style.doubleHeight)
        put(out, {GS, '!', (style.doubleWidth ? 0x10 : 0) | (style.doubleHeight ? 0x01 : 0)});
    if (cur.fontB != style.fontB)
        put(out, {ESC, 'M', style.fontB ? 1 : 0});
    cur = style;
    const std::string mapped = m_profile.textMode == TextMode::Korean ? mapForKorean(clean) : clean;
    auto encoded = m_encode(mapped);
    if (!encoded)
        return encoded.error();
    putString(out, *encoded);
    out.push_back(LF);
    return {};
}

void EscPosEncoder::encodeImage(const RasterImage &image, State &state, Bytes &out) const
{
    if (state.style.align != image.align) {
        put(out, {ESC, 'a', alignCode(image.align)});
        state.style.align = image.align;
    }
    appendRaster(out, image, m_profile.rasterSliceBytes);
}

core::Status EscPosEncoder::encodeBarcode(const Barcode &barcode, State &state, Bytes &out) const
{
    std::string payload;
    int m = 0;
    switch (barcode.type) {
    case BarcodeType::Code128:
        m = kBarcodeCode128;
        if (barcode.data.empty())
            return encodeError("empty CODE128 data");
        for (char c : barcode.data) {
            if (c < 0x20 || c > 0x7E)
                return encodeError("CODE128 data must be printable ASCII");
        }
        payload = "{B";
        for (char c : barcode.data)
            payload += c == '{' ? std::string("{{") : std::string(1, c);
        break;
    case BarcodeType::Ean13: {
        m = kBarcodeEan13;
        const auto &d = barcode.data;
        const bool digits
            = std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || (d.size() != 12 && d.size() != 13))
            return encodeError("EAN-13 needs 12 or 13 digits, got '" + d + "'");
        if (d.size() == 13 && !ean13CheckOk(d))
            return encodeError("EAN-13 check digit wrong in '" + d + "'");
        payload = d.substr(0, 12);
        break;
    }
    case BarcodeType::Gs1_128: {
        m = kBarcodeGs1_128;
        auto fields = parseGs1Bracketed(barcode.data);
        if (!fields)
            return fields.error();
        // FNC1 is written "{1"; the printer adds the leading FNC1 of GS1-128 itself.
        payload = toGs1ElementString(*fields, "{1");
        break;
    }
    }
    if (payload.size() > 255)
        return encodeError("barcode data longer than 255 bytes");
    if (state.style.align != barcode.align) {
        put(out, {ESC, 'a', alignCode(barcode.align)});
        state.style.align = barcode.align;
    }
    put(out, {GS, 'h', std::clamp(barcode.height, 1, 255)});
    put(out, {GS, 'w', std::clamp(barcode.moduleWidth, 2, 6)});
    put(out, {GS, 'H', barcode.humanReadable ? 2 : 0});
    put(out, {GS, 'k', m, int(payload.size())});
    putString(out, payload);
    return {};
}

core::Status EscPosEncoder::encodeQr(const QrCode &qr, State &state, Bytes &out) const
{
    if (qr.data.empty() || qr.data.size() > 7089)
        return encodeError("QR data must be 1..7089 bytes");
    const std::string levels = "LMQH";
    const auto level = levels.find(qr.errorCorrection);
    if (level == std::string::npos)
        return encodeError("QR error correction must be L, M, Q or H");
    if (state.style.align != qr.align) {
        put(out, {ESC, 'a', alignCode(qr.align)});
        state.style.align = qr.align;
    }
    put(out, {GS, '(', 'k', 4, 0, 49, 65, 50, 0});                            // model 2
    put(out, {GS, '(', 'k', 3, 0, 49, 67, std::clamp(qr.moduleSize, 1, 16)}); // module size
    put(out, {GS, '(', 'k', 3, 0, 49, 69, 48 + int(level)});                  // error correction
    const std::size_t len = qr.data.size() + 3;
    put(out, {GS, '(', 'k', int(len & 0xFF), int(len >> 8), 49, 80, 48}); // store
    putString(out, qr.data);
    put(out, {GS, '(', 'k', 3, 0, 49, 81, 48}); // print
    return {};
}

void appendRaster(Bytes &out, const RasterImage &image, int sliceBytes)
{
    const int rowBytes = image.bytesPerRow();
    const int rowsPerSlice = std::max(1, (sliceBytes - 8) / std::max(1, rowBytes));
    for (int y = 0; y < image.height; y += rowsPerSlice) {
        const int rows = std::min(rowsPerSlice, image.height - y);
        put(out, {GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, rows & 0xFF, rows >> 8});
        const auto begin = image.bits.begin() + std::ptrdiff_t(y) * rowBytes;
        out.insert(out.end(), begin, begin + std::ptrdiff_t(rows) * rowBytes);
    }
}

} // namespace lane::devices::escpos
