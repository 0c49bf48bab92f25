#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::core {

/// The symbology a scanner reported (AIM identifier) or that the data implies.
enum class Symbology {
    Unknown,
    Ean13,
    Ean8,
    UpcA,
    UpcE,
    Gs1_128,
    Gs1DataBar,
    Gs1DataMatrix,
    Gs1Qr,
    Code128,
    Code39,
    Qr,
    DataMatrix,
    Itf14,
};

std::string_view toString(Symbology s);

/// A calendar date without time zone (GS1 AI 17 and similar).
struct Date
{
    int year = 0;
    int month = 0; // 1-12
    int day = 0;   // 1-31; GS1 "00" means end of month and is resolved to the last day
    auto operator<=>(const Date &) const = default;
};

/// True when `today` is after the expiry date: an item is sellable through its expiry day.
bool isExpired(const Date &expiry, const Date &today);

/// A decimal value as GS1 carries it: digits plus how many of them are decimals.
struct DecimalValue
{
    std::int64_t digits = 0;
    int decimals = 0;
    bool operator==(const DecimalValue &) const = default;
};

/// One element string as read: the AI, its data, and where the AI started in the input
/// (1-based character position, AIM prefix included).
struct Gs1Element
{
    std::string ai;
    std::string value;
    std::size_t position = 0;
    bool operator==(const Gs1Element &) const = default;
};

/// The retail AIs Lane understands (01, 02, 10, 11, 13, 15, 17, 21, 30, 310n, 320n, 392n,
/// 393n). Any other AI is rejected by name, so nothing on a label is silently dropped.
struct Gs1Data
{
    std::optional<std::string> gtin;             // AI 01, 14 digits, check digit verified
    std::optional<std::string> content;          // AI 02, GTIN of contained items
    std::optional<std::string> batch;            // AI 10
    std::optional<Date> productionDate;          // AI 11
    std::optional<Date> packagingDate;           // AI 13
    std::optional<Date> bestBefore;              // AI 15
    std::optional<Date> expiry;                  // AI 17
    std::optional<std::string> serial;           // AI 21
    std::optional<std::int64_t> count;           // AI 30
    std::optional<DecimalValue> netWeightKg;     // AI 310n
    std::optional<DecimalValue> netWeightLb;     // AI 320n
    std::optional<DecimalValue> price;           // AI 392n, in the sale currency
    std::optional<int> priceCurrencyNumeric;     // AI 393n, ISO 4217 numeric
    std::optional<DecimalValue> priceInCurrency; // AI 393n amount
    std::vector<Gs1Element> elements;            // every element in input order
};

/// Where the parts of an in-store (variable-measure) code sit. The pattern is one letter
/// per digit of the 13-digit code: P prefix, I item reference, V value, C price check
/// digit (over the 4 or 5 V digits, GS1 General Specifications 7.9.3), K the EAN-13 check
/// digit, X ignored (not part of the item's identity).
/// Example (Korea, price): "PPIIIIIVVVVVK"; (Germany, weight with check): "PPIIIIICVVVVK".
struct VariableMeasureTemplate
{
    std::string name;
    std::vector<std::string> prefixes; // two-digit prefixes: "02" or "20" to "29"
    std::string pattern;               // 13 letters as above
    enum class Kind { Price, Weight } kind = Kind::Price;
    /// Power of ten the V digits are multiplied by to give minor units (price) or grams
    /// (weight), 0-6. 0: the V digits are minor units or grams; 1: tens of them, etc.
    int valueDecimalsShift = 0;
};

/// The parsing rules a store configures.
struct ScanRules
{
    std::vector<VariableMeasureTemplate> variableMeasure;
    /// The current year from the caller's clock, for the GS1 century rule on YYMMDD dates
    /// (General Specifications 7.12: 49 years back to 50 ahead). 0 reads every YY as 20YY.
    int referenceYear = 0;
};

/// A decoded in-store code.
struct VariableMeasure
{
    VariableMeasureTemplate::Kind kind = VariableMeasureTemplate::Kind::Price;
    std::string templateName;  // the template that matched
    std::string itemReference; // the I digits, as printed
    std::string lookupKey;     // GTIN-14 of the code with V, C and X digits zeroed
    std::int64_t value = 0;    // price in minor units, or weight in grams (milli-kg)
};

/// One scan, decoded and validated.
struct ScanCode
{
    Symbology symbology = Symbology::Unknown;
    std::string raw;    // as received, AIM prefix removed, GS kept as 0x1D
    std::string gtin14; // catalog key: every GTIN normalised to 14 digits (for an in-store
                        // code its lookupKey); empty for non-product codes (receipts...)
    std::optional<VariableMeasure> variable;
    std::optional<Gs1Data> gs1;
};

/// Decodes a scan: optional AIM identifier ("]E0"), EAN-13/8, UPC-A/E (UPC-E expanded),
/// in-store codes by template, or GS1 element strings (with or without "]C1", with GS
/// separators or FNC1 lost by a keyboard wedge where unambiguous, or keyed as
/// "(01)...(17)..."). Codes that are not products pass through with an empty gtin14.
/// Without an AIM identifier: 8/12/13/14 digits must be a valid GTIN (8 digits with a
/// leading 0 read as UPC-E first); "01" + a valid GTIN-14 (+ more) is a GS1 string.
/// Every rejection names why and where: bad check digit, unknown AI, bad length, bad date.
Result<ScanCode> parseScan(std::string_view input, const ScanRules &rules);

/// Plain digit strings a cashier keys in also go through parseScan. Validation helpers:
int gtinCheckDigit(std::string_view digitsWithoutCheck); // mod 10, weights 3,1 from the
                                                         // right; -1 if not all digits
bool isValidGtin(std::string_view digits);               // 8, 12, 13 or 14 digits
Result<std::string> expandUpcE(std::string_view upce);   // 8 digits -> 12-digit UPC-A

} // namespace lane::core
