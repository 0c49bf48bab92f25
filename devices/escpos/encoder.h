#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"
#include "devices/escpos/document.h"
#include "devices/escpos/profile.h"

namespace lane::devices::escpos {

using Bytes = std::vector<std::uint8_t>;

/// Converts UTF-8 to the printer's bytes (code page or EUC-KR). The Qt adapter library
/// provides one built on QStringEncoder; the codec itself stays Qt-free.
using TextEncodeFn = std::function<core::Result<std::string>(std::string_view utf8)>;
/// Renders one styled text line into a bitmap `widthDots` wide (raster text mode).
using TextRasterFn
    = std::function<RasterImage(std::string_view utf8, const TextStyle &style, int widthDots)>;

/// ASCII only; anything else becomes '?'. The default where no code page is wired.
core::Result<std::string> encodeAscii(std::string_view utf8);

/// Turns a Document into the ESC/POS byte stream for one printer profile.
class EscPosEncoder
{
public:
    explicit EscPosEncoder(PrinterProfile profile, TextEncodeFn encode = encodeAscii,
                           TextRasterFn raster = {});

    /// The whole job: ESC @, code page, the elements, and leaving two-byte mode.
    [[nodiscard]] core::Result<Bytes> encode(const Document &document) const;
    const PrinterProfile &profile() const { return m_profile; }

    /// Columns available for the style (font A/B, halved for double width).
    int columnsFor(const TextStyle &style) const;
    /// "left ...... right" padded to the line width; left is cut if both do not fit.
    std::string layoutColumns(const ColumnsLine &line) const;

private:
    struct State;
    core::Status encodeElement(const Element &element, State &state, Bytes &out) const;
    core::Status encodeText(const std::string &utf8, const TextStyle &style, State &state,
                            Bytes &out) const;
    void encodeImage(const RasterImage &image, State &state, Bytes &out) const;
    core::Status encodeBarcode(const Barcode &barcode, State &state, Bytes &out) const;
    core::Status encodeQr(const QrCode &qr, State &state, Bytes &out) const;

    PrinterProfile m_profile;
    TextEncodeFn m_encode;
    TextRasterFn m_raster;
};

/// Appends GS v 0 blocks for the image, each at most `sliceBytes` long (header included).
void appendRaster(Bytes &out, const RasterImage &image, int sliceBytes);

} // namespace lane::devices::escpos
