#pragma once

#include <string>
#include <string_view>

#include "core/barcode/scancode.h"

namespace lane::core {

/// True when `s` is non-empty and every character is an ASCII digit.
bool isAllDigits(std::string_view s);

/// Left-pads a GTIN-8/12/13/14 with zeros to 14 digits.
std::string toGtin14(std::string_view gtin);

/// Validates an 8/12/13/14-digit GTIN; the error names `what` ("EAN-13 5901234123458")
/// and which digit is wrong. Returns the GTIN-14.
Result<std::string> checkGtin(std::string_view digits, std::string_view what);

} // namespace lane::core
