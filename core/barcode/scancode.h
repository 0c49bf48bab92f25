#pragma once

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

/// A decimal value as GS1 carries it: digits plus how many of them are decimals.
struct DecimalValue
{
    std::int64_t digits = 0;
    int decimals = 0;
    bool operator==(const DecimalValue &) const = default;
};

/// The retail AIs Lane understands (01, 10, 17, 21, 310n, 320n, 392n, 393n).
struct Gs1Data
{
    std::optional<std::string> gtin;       // AI 01, 14 digits, check digit verified
    std::optional<std::string> batch;      // AI 10
    std::optional<Date> expiry;            // AI 17
    std::optional<std::string> serial;     // AI 21
    std::optional<DecimalValue> netWeightKg; // AI 310n
    std::optional<DecimalValue> netWeightLb; // AI 320n
    std::optional<DecimalValue> price;       // AI 392n, in the sale currency
    std::optional<int> priceCurrencyNumeric; // AI 393n, ISO 4217 numeric
    std::optional<DecimalValue> priceInCurrency; // AI 393n amount
};

/// Where the parts of an in-store (variable-measure) code sit. The pattern is one letter
/// per digit of the 13-digit code: P prefix, I item reference, V value, C price check
/// digit (over the V digits), K the EAN-13 check digit, X ignored.
/// Example (Korea, price): "PPIIIIIVVVVVK"; (Germany, weight with check): "PPIIIIICVVVVK".
struct VariableMeasureTemplate
{
    std::string name;
    std::vector<std::string> prefixes; // two-digit prefixes this template applies to
    std::string pattern;               // 13 letters as above
    enum class Kind { Price, Weight } kind = Kind::Price;
    /// Price: how many of the V digits are minor units below the currency's own exponent
    /// difference; 0 means the V digits are minor units. Weight: V digits are grams.
    int valueDecimalsShift = 0;
};

/// The parsing rules a store configures.
struct ScanRules
{
    std::vector<VariableMeasureTemplate> variableMeasure;
};

/// A decoded in-store code.
struct VariableMeasure
{
    VariableMeasureTemplate::Kind kind = VariableMeasureTemplate::Kind::Price;
    std::string itemReference;   // the I digits, as printed
    std::string lookupKey;       // GTIN-14 of the code with V and C digits zeroed
    std::int64_t value = 0;      // price in minor units, or weight in grams (milli-kg)
};

/// One scan, decoded and validated.
struct ScanCode
{
    Symbology symbology = Symbology::Unknown;
    std::string raw;      // as received, AIM prefix removed, GS kept as 0x1D
    std::string gtin14;   // catalog key: every GTIN normalised to 14 digits; empty if none
    std::optional<VariableMeasure> variable;
    std::optional<Gs1Data> gs1;
};

/// Decodes a scan: optional AIM identifier ("]E0"), EAN-13/8, UPC-A/E (UPC-E expanded),
/// in-store codes by template, or GS1 element strings (with or without "]C1", with GS
/// separators or FNC1 lost by a keyboard wedge where unambiguous). Every rejection names
/// why: bad check digit, unknown AI, bad length, bad date.
Result<ScanCode> parseScan(std::string_view input, const ScanRules &rules);

/// Plain digit strings a cashier keys in also go through parseScan. Validation helpers:
int gtinCheckDigit(std::string_view digitsWithoutCheck); // mod 10, weights 3,1 from the right
bool isValidGtin(std::string_view digits);               // 8, 12, 13 or 14 digits
Result<std::string> expandUpcE(std::string_view upce);   // 8 digits -> 12-digit UPC-A

} // namespace lane::core
