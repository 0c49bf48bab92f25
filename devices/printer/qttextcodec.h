#pragma once

#include "devices/escpos/encoder.h"
#include "devices/escpos/parser.h"

namespace lane::devices::printer {

/// Text encoding for a printer profile, built on QStringEncoder (ICU): EUC-KR for Korean
/// firmware (the encoder maps U+20A9 to U+FFE6 first), the ESC t code page otherwise.
/// Characters the code page lacks become '?' rather than failing the receipt.
escpos::TextEncodeFn makeTextEncoder(const escpos::PrinterProfile &profile);
/// The matching decoder for the virtual printer: FS & text as EUC-KR, the rest by code page.
escpos::TextDecodeFn makeTextDecoder();
/// ICU name of an ESC t code page ("IBM437", "windows-1252"), empty if unknown.
const char *codePageName(int codePage);

} // namespace lane::devices::printer
