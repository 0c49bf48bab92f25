#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace lane::devices::escpos {

enum class Align { Left, Center, Right };

/// Line-level text style; what ESC E, ESC -, GS !, ESC M and ESC a can express.
struct TextStyle
{
    bool bold = false;
    bool underline = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    bool fontB = false;
    Align align = Align::Left;

    bool operator==(const TextStyle &) const = default;
};

/// One printed line of UTF-8 text.
struct TextLine
{
    std::string text;
    TextStyle style;
    bool operator==(const TextLine &) const = default;
};

/// Left and right text on one line (item name and price); the encoder pads between them.
struct ColumnsLine
{
    std::string left;
    std::string right;
    TextStyle style;
    bool operator==(const ColumnsLine &) const = default;
};

/// A 1-bit image, rows packed MSB first, a set bit prints black (GS v 0 layout).
struct RasterImage
{
    int width = 0; ///< dots
    int height = 0;
    std::vector<std::uint8_t> bits;
    Align align = Align::Center;

    int bytesPerRow() const { return (width + 7) / 8; }
    bool pixel(int x, int y) const
    {
        return (bits[std::size_t(y) * std::size_t(bytesPerRow()) + std::size_t(x / 8)]
                >> (7 - x % 8))
               & 1;
    }
    void setPixel(int x, int y, bool black);
    bool operator==(const RasterImage &) const = default;
};

enum class BarcodeType { Code128, Ean13, Gs1_128 };

/// A 1D barcode printed by the printer itself (GS k). GS1-128 data is in bracket notation
/// "[01]09501101530003[10]AB12"; CODE128 is plain ASCII; EAN-13 is 12 or 13 digits.
struct Barcode
{
    BarcodeType type = BarcodeType::Code128;
    std::string data;
    int height = 80;     ///< dots
    int moduleWidth = 2; ///< dots, 2..6
    bool humanReadable = true;
    Align align = Align::Center;
    bool operator==(const Barcode &) const = default;
};

/// A QR code printed by the printer (GS ( k, model 2).
struct QrCode
{
    std::string data;
    int moduleSize = 6;         ///< dots, 1..16
    char errorCorrection = 'M'; ///< L, M, Q or H
    Align align = Align::Center;
    bool operator==(const QrCode &) const = default;
};

struct Feed
{
    int lines = 1;
    bool operator==(const Feed &) const = default;
};

struct Cut
{
    bool partial = true;
    bool operator==(const Cut &) const = default;
};

/// A cash drawer kick (ESC p m t1 t2); times in milliseconds, sent in 2 ms units.
struct DrawerPulse
{
    int pin = 0; ///< 0 = connector pin 2, 1 = pin 5
    int onMs = 100;
    int offMs = 200;
    bool operator==(const DrawerPulse &) const = default;
};

using Element
    = std::variant<TextLine, ColumnsLine, RasterImage, Barcode, QrCode, Feed, Cut, DrawerPulse>;

/// A receipt as a list of printable elements: what the app builds, the encoder turns into
/// ESC/POS bytes, and the parser recovers from them.
struct Document
{
    std::vector<Element> elements;

    Document &text(std::string text, TextStyle style = {});
    Document &columns(std::string left, std::string right, TextStyle style = {});
    Document &image(RasterImage image);
    Document &barcode(Barcode barcode);
    Document &qr(QrCode qr);
    Document &feed(int lines = 1);
    Document &cut(bool partial = true);
    Document &pulse(DrawerPulse pulse = {});

    /// The text lines in order (columns flattened with a tab), for tests and previews.
    std::vector<std::string> textLines() const;
    bool operator==(const Document &) const = default;
};

} // namespace lane::devices::escpos
