#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/base/money.h"
#include "core/sale/receipt.h"

namespace lane::core {

/// Options of the plain-text receipt (fixed-width printers, the journal, golden tests).
struct ReceiptTextOptions
{
    int width = 42;                  // columns; East Asian wide characters count as 2
    std::string storeName;           // first line, centred
    std::vector<std::string> header; // more centred lines (address, VAT number)
    std::vector<std::string> footer;
};

/// Renders a receipt as fixed-width UTF-8 text, one '\n'-terminated line per row.
std::string renderReceiptText(const Receipt &receipt, const ReceiptTextOptions &options);

/// Display width of UTF-8 text: East Asian wide and fullwidth characters (Hangul, CJK,
/// fullwidth forms) take 2 columns, combining marks 0, everything else 1.
int displayWidth(std::string_view utf8);
/// The longest prefix of `utf8` at most `columns` wide (never splits a character).
std::string_view truncateToWidth(std::string_view utf8, int columns);
/// Amount with thousands separators: "12,345", "-1,234.50".
std::string formatAmount(const Money &money);

} // namespace lane::core
