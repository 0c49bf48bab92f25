#pragma once

#include <optional>
#include <string_view>

#include "core/barcode/scancode.h"

namespace lane::core {

/// GS1 price/weight verifier digit (General Specifications 7.9.3) over exactly 4 digits
/// (weights 2-, 2-, 3, 5-) or 5 digits (weights 5+, 2-, 5-, 5+, 2-); nullopt otherwise.
std::optional<int> priceCheckDigit(std::string_view digits);

/// Checks a template as configured: 13 letters from PIVCKX, "PP" first, "K" last, at
/// least one V, at most one C and then 4 or 5 V digits, prefixes "02" or "20"-"29",
/// shift 0-6. Config loaders call this so a bad template fails at load, not at a scan.
Status validateTemplate(const VariableMeasureTemplate &t);

/// The first template whose prefixes include the code's first two digits, or null.
const VariableMeasureTemplate *findTemplate(const ScanRules &rules, std::string_view ean13);

/// Decodes a valid EAN-13 (check digit already verified) with the given template.
Result<VariableMeasure> decodeVariableMeasure(std::string_view ean13,
                                              const VariableMeasureTemplate &t);

} // namespace lane::core
