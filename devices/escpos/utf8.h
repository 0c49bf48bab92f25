#pragma once

#include <string>
#include <string_view>

#include "core/base/utf8.h"

namespace lane::devices::escpos {

// UTF-8 decoding and print-column widths are core's (receipt text is laid out there too).
using core::appendUtf8;
using core::decodeUtf8;
using core::displayWidth;
using core::encodeUtf8;
using core::isWide;
using core::truncateToWidth;

/// Replaces characters a printer code page lacks but has a twin for: the won sign U+20A9
/// has no EUC-KR code, its full-width form U+FFE6 does.
std::string mapForKorean(std::string_view utf8);

} // namespace lane::devices::escpos
