#pragma once

#include "devices/escpos/document.h"

namespace lane::devices::test {

/// A 192x48 logo drawn from code, so the golden files do not depend on an image file.
escpos::RasterImage sampleLogo();
/// A full English receipt: logo, styles, columns, CODE128, EAN-13, GS1-128, QR, cut.
escpos::Document englishReceipt();
/// The same shape in Korean, with won amounts (U+20A9) and Hangul item names.
escpos::Document koreanReceipt();

} // namespace lane::devices::test
