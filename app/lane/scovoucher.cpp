#include "app/lane/scovoucher.h"

#include "core/barcode/scancode.h"

namespace lane::app {

namespace {
constexpr std::size_t kNumberDigits = 12;
constexpr std::size_t kValueDigits = 9;
constexpr std::size_t kDigits = kNumberDigits + kValueDigits + 1;
} // namespace

bool looksLikeVoucher(std::string_view data)
{
    return data.substr(0, kVoucherPrefix.size()) == kVoucherPrefix;
}

core::Result<ScannedVoucher> parseVoucherCode(std::string_view data)
{
    const std::string code(data);
    if (!looksLikeVoucher(data)) {
        return core::makeError("voucher.prefix", "voucher code '" + code + "' does not start with "
                                                     + std::string(kVoucherPrefix));
    }
    const std::string_view digits = data.substr(kVoucherPrefix.size());
    if (digits.size() != kDigits) {
        return core::makeError("voucher.length",
                               "voucher code '" + code + "' has " + std::to_string(digits.size())
                                   + " characters after " + std::string(kVoucherPrefix)
                                   + ", expected " + std::to_string(kDigits)
                                   + " (number 12, value 9, check digit 1)");
    }
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] < '0' || digits[i] > '9') {
            return core::makeError("voucher.digit",
                                   "voucher code '" + code + "': character "
                                       + std::to_string(i + 1 + kVoucherPrefix.size())
                                       + " is not a digit");
        }
    }
    // The same mod-10 check as every GTIN: one misread digit never pays a wrong amount.
    const int expected = core::gtinCheckDigit(digits.substr(0, kDigits - 1));
    const int actual = digits.back() - '0';
    if (expected != actual) {
        return core::makeError("voucher.check_digit", "voucher code '" + code + "': check digit is "
                                                          + std::to_string(actual) + ", expected "
                                                          + std::to_string(expected));
    }
    ScannedVoucher voucher;
    voucher.number = std::string(digits.substr(0, kNumberDigits));
    voucher.valueMinor = std::stoll(std::string(digits.substr(kNumberDigits, kValueDigits)));
    if (voucher.valueMinor == 0) {
        return core::makeError("voucher.zero_value",
                               "voucher code '" + code + "' has a face value of zero");
    }
    return voucher;
}

std::string voucherCode(std::string_view number12, std::int64_t valueMinor)
{
    std::string value = std::to_string(valueMinor);
    value.insert(0, kValueDigits > value.size() ? kValueDigits - value.size() : 0, '0');
    const std::string body = std::string(number12) + value;
    return std::string(kVoucherPrefix) + body + std::to_string(core::gtinCheckDigit(body));
}

} // namespace lane::app
