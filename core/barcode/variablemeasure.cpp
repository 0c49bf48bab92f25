#include "core/barcode/variablemeasure.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/barcode/gtin.h"

namespace lane::core {
namespace {

// Weighted products of GS1 General Specifications 7.9.3, indexed by digit.
// "2-": units digit of 2d minus its tens digit; "3": units digit of 3d;
// "5+": units digit of 5d plus its tens digit; "5-": units digit of 5d minus its tens digit.
constexpr std::array<int, 10> kTwoMinus = {0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
constexpr std::array<int, 10> kThree = {0, 3, 6, 9, 2, 5, 8, 1, 4, 7};
constexpr std::array<int, 10> kFivePlus = {0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
constexpr std::array<int, 10> kFiveMinus = {0, 5, 9, 4, 8, 3, 7, 2, 6, 1};

std::size_t countOf(std::string_view pattern, char c)
{
    return static_cast<std::size_t>(std::count(pattern.begin(), pattern.end(), c));
}

} // namespace

std::optional<int> priceCheckDigit(std::string_view digits)
{
    if (!isAllDigits(digits))
        return std::nullopt;
    auto d = [&](std::size_t i) {
        return static_cast<std::size_t>(digits[i] - '0');
    };
    if (digits.size() == 4) {
        const int sum = kTwoMinus[d(0)] + kTwoMinus[d(1)] + kThree[d(2)] + kFiveMinus[d(3)];
        return (sum * 3) % 10;
    }
    if (digits.size() == 5) {
        const int sum = kFivePlus[d(0)] + kTwoMinus[d(1)] + kFiveMinus[d(2)] + kFivePlus[d(3)]
                        + kTwoMinus[d(4)];
        // The check digit is the one whose "5-" product makes the sum a multiple of 10.
        const int target = (10 - sum % 10) % 10;
        const auto it = std::find(kFiveMinus.begin(), kFiveMinus.end(), target);
        return static_cast<int>(it - kFiveMinus.begin());
    }
    return std::nullopt;
}

Status validateTemplate(const VariableMeasureTemplate &t)
{
    const std::string what = "in-store code template '" + t.name + "'";
    auto fail = [&](const std::string &why) {
        return makeError("barcode.template", what + ": " + why);
    };
    const std::string_view p = t.pattern;
    if (p.size() != 13)
        return fail("pattern '" + t.pattern + "' has " + std::to_string(p.size())
                    + " letters, not 13");
    for (std::size_t i = 0; i < p.size(); ++i) {
        if (std::string_view("PIVCKX").find(p[i]) == std::string_view::npos)
            return fail("pattern letter '" + std::string(1, p[i]) + "' at position "
                        + std::to_string(i + 1) + " is not one of P I V C K X");
    }
    if (p.substr(0, 2) != "PP" || countOf(p, 'P') != 2)
        return fail("pattern must start with exactly two P (the prefix)");
    if (p[12] != 'K' || countOf(p, 'K') != 1)
        return fail("pattern must end with the one K (EAN-13 check digit)");
    const std::size_t v = countOf(p, 'V');
    if (v == 0 || v > 10)
        return fail("pattern needs 1 to 10 V digits, has " + std::to_string(v));
    const std::size_t c = countOf(p, 'C');
    if (c > 1)
        return fail("pattern has more than one C");
    if (c == 1 && v != 4 && v != 5)
        return fail("a price check digit C needs 4 or 5 V digits, not " + std::to_string(v));
    if (t.prefixes.empty())
        return fail("no prefixes");
    for (const auto &prefix : t.prefixes) {
        const bool ok
            = prefix.size() == 2 && isAllDigits(prefix) && (prefix == "02" || prefix[0] == '2');
        if (!ok)
            return fail("prefix '" + prefix + "' is not an in-store prefix (02, 20-29)");
    }
    if (t.valueDecimalsShift < 0 || t.valueDecimalsShift > 6)
        return fail("valueDecimalsShift " + std::to_string(t.valueDecimalsShift) + " is not 0-6");
    return {};
}

const VariableMeasureTemplate *findTemplate(const ScanRules &rules, std::string_view ean13)
{
    if (ean13.size() < 2)
        return nullptr;
    const std::string_view prefix = ean13.substr(0, 2);
    for (const auto &t : rules.variableMeasure) {
        if (std::find(t.prefixes.begin(), t.prefixes.end(), prefix) != t.prefixes.end())
            return &t;
    }
    return nullptr;
}

Result<VariableMeasure> decodeVariableMeasure(std::string_view ean13,
                                              const VariableMeasureTemplate &t)
{
    if (auto st = validateTemplate(t); !st)
        return st.error();
    if (ean13.size() != 13 || !isAllDigits(ean13))
        return makeError("barcode.length",
                         "in-store code '" + std::string(ean13) + "' is not 13 digits");
    VariableMeasure vm;
    vm.kind = t.kind;
    vm.templateName = t.name;
    std::string valueDigits;
    int checkDigit = -1;
    std::string key(ean13);
    for (std::size_t i = 0; i < 13; ++i) {
        switch (t.pattern[i]) {
        case 'I':
            vm.itemReference += ean13[i];
            break;
        case 'V':
            valueDigits += ean13[i];
            key[i] = '0';
            break;
        case 'C':
            checkDigit = ean13[i] - '0';
            key[i] = '0';
            break;
        case 'X':
            key[i] = '0';
            break;
        default:
            break;
        }
    }
    if (checkDigit >= 0) {
        const int expected = *priceCheckDigit(valueDigits);
        if (expected != checkDigit) {
            return makeError("barcode.price_check",
                             "in-store code " + std::string(ean13) + " (template '" + t.name
                                 + "'): price check digit " + std::to_string(checkDigit)
                                 + " does not match the value " + valueDigits + " (expected "
                                 + std::to_string(expected) + ")");
        }
    }
    std::int64_t value = 0;
    for (char ch : valueDigits)
        value = value * 10 + (ch - '0');
    for (int i = 0; i < t.valueDecimalsShift; ++i)
        value *= 10;
    vm.value = value;
    key[12] = static_cast<char>('0' + gtinCheckDigit(std::string_view(key).substr(0, 12)));
    vm.lookupKey = toGtin14(key);
    return vm;
}

} // namespace lane::core
