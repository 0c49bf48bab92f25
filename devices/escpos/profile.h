#pragma once

#include <string>

namespace lane::devices::escpos {

/// How text reaches the paper.
enum class TextMode {
    SingleByte, ///< ESC t code page, one byte per character
    Korean,     ///< FS & two-byte mode, EUC-KR (Korean firmware)
    Raster,     ///< text rendered to a bitmap and sent with GS v 0
};

/// What the encoder must know about one printer model.
struct PrinterProfile
{
    std::string name;
    int paperWidthDots = 576; ///< 80 mm paper at 203 dpi
    int columnsFontA = 48;    ///< 12x24 dots
    int columnsFontB = 64;    ///< 9x17 dots
    int codePage = 0;         ///< ESC t n (0 = PC437, 16 = WPC1252)
    TextMode textMode = TextMode::SingleByte;
    int rasterSliceBytes = 4096; ///< largest GS v 0 block the printer buffers

    static PrinterProfile epson80mm()
    {
        return PrinterProfile{"epson-80mm", 576, 48, 64, 16, TextMode::SingleByte, 4096};
    }
    static PrinterProfile korean80mm()
    {
        return PrinterProfile{"korean-80mm", 576, 48, 64, 0, TextMode::Korean, 4096};
    }
    static PrinterProfile raster80mm()
    {
        return PrinterProfile{"raster-80mm", 576, 48, 64, 0, TextMode::Raster, 4096};
    }
    static PrinterProfile epson58mm()
    {
        return PrinterProfile{"epson-58mm", 384, 32, 42, 16, TextMode::SingleByte, 4096};
    }
};

} // namespace lane::devices::escpos
