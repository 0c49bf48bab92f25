#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/money.h"
#include "core/base/utf8.h" // displayWidth, truncateToWidth: receipt columns
#include "core/sale/receipt.h"

namespace lane::core {

/// The language of the receipt's own words (labels, tender names); item and promotion
/// names print as they are stored.
enum class ReceiptLanguage { English, Korean };
/// The receipt language of a store or lane locale ("ko_KR", "ko" -> Korean; "en_US" and
/// anything else -> English).
ReceiptLanguage receiptLanguageForLocale(std::string_view locale);

/// Options of the plain-text receipt (fixed-width printers, the journal, golden tests).
struct ReceiptTextOptions
{
    int width = 42; // columns; East Asian wide characters count as 2
    ReceiptLanguage language = ReceiptLanguage::English;
    std::string storeName;           // first line, centred
    std::vector<std::string> header; // more centred lines (address, VAT number)
    std::vector<std::string> footer;
};

/// Renders a receipt as fixed-width UTF-8 text, one '\n'-terminated line per row.
std::string renderReceiptText(const Receipt &receipt, const ReceiptTextOptions &options);

/// Amount with thousands separators: "12,345", "-1,234.50".
std::string formatAmount(const Money &money);

} // namespace lane::core
