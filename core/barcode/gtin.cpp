#include "core/barcode/gtin.h"

#include <algorithm>

namespace lane::core {

bool isAllDigits(std::string_view s)
{
    return !s.empty()
           && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int gtinCheckDigit(std::string_view digitsWithoutCheck)
{
    if (!isAllDigits(digitsWithoutCheck))
        return -1;
    int sum = 0;
    int weight = 3; // the digit next to the check digit carries weight 3
    for (auto it = digitsWithoutCheck.rbegin(); it != digitsWithoutCheck.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool isValidGtin(std::string_view digits)
{
    const auto n = digits.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    if (!isAllDigits(digits))
        return false;
    return gtinCheckDigit(digits.substr(0, n - 1)) == digits.back() - '0';
}

std::string toGtin14(std::string_view gtin)
{
    std::string out(gtin.size() < 14 ? 14 - gtin.size() : 0, '0');
    out.append(gtin);
    return out;
}

Result<std::string> checkGtin(std::string_view digits, std::string_view what)
{
    const auto n = digits.size();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
        return makeError("barcode.length", std::string(what) + " has " + std::to_string(n)
                                               + " digits; a GTIN has 8, 12, 13 or 14");
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (digits[i] < '0' || digits[i] > '9') {
            return makeError("barcode.character", std::string(what) + ": character at position "
                                                      + std::to_string(i + 1) + " is not a digit");
        }
    }
    const int expected = gtinCheckDigit(digits.substr(0, n - 1));
    if (expected != digits.back() - '0') {
        return makeError("barcode.check_digit",
                         std::string(what) + ": check digit " + std::string(1, digits.back())
                             + " is wrong (expected " + std::to_string(expected) + ")");
    }
    return toGtin14(digits);
}

Result<std::string> expandUpcE(std::string_view upce)
{
    const std::string what = "UPC-E " + std::string(upce);
    if (upce.size() != 8) {
        return makeError("barcode.length",
                         what + " has " + std::to_string(upce.size()) + " digits; UPC-E has 8");
    }
    if (!isAllDigits(upce))
        return makeError("barcode.character", what + " contains a non-digit");
    const char ns = upce[0];
    if (ns != '0' && ns != '1') {
        return makeError("barcode.upce_number_system",
                         what + ": number system " + std::string(1, ns) + " is not 0 or 1");
    }
    // GS1 UPC-E to UPC-A: the last payload digit says where the zeros were suppressed.
    // Each rule applies only where the shorter rules could not: with last digit 3 the
    // third digit is 3-9, with 4 the fourth is not 0, with 5-9 the fifth is not 0.
    const std::string_view x = upce.substr(1, 6);
    const bool canonical = (x[5] == '3' && x[2] >= '3') || (x[5] == '4' && x[3] != '0')
                           || (x[5] >= '5' && x[4] != '0') || x[5] <= '2';
    if (!canonical) {
        return makeError("barcode.upce_invalid",
                         what + ": payload " + std::string(x)
                             + " cannot occur in UPC-E (a shorter suppression rule applies)");
    }
    std::string a;
    a.reserve(12);
    a += ns;
    switch (x[5]) {
    case '0':
    case '1':
    case '2':
        a.append(x.substr(0, 2)).append(1, x[5]).append("0000").append(x.substr(2, 3));
        break;
    case '3':
        a.append(x.substr(0, 3)).append("00000").append(x.substr(3, 2));
        break;
    case '4':
        a.append(x.substr(0, 4)).append("00000").append(1, x[4]);
        break;
    default:
        a.append(x.substr(0, 5)).append("0000").append(1, x[5]);
        break;
    }
    const int expected = gtinCheckDigit(a);
    if (expected != upce[7] - '0') {
        return makeError("barcode.check_digit", what + ": check digit " + std::string(1, upce[7])
                                                    + " is wrong (expected "
                                                    + std::to_string(expected) + ")");
    }
    a += upce[7];
    return a;
}

} // namespace lane::core
