#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/base/result.h"

namespace lane::app {

/// A paper voucher as its barcode (Code 128) carries it, so the shopper scans it instead of
/// keying value and number: "VC", the voucher number (12 digits), the face value in minor
/// units (9 digits) and a check digit over those 21 digits (GS1 mod 10, weights 3,1 from
/// the right), e.g. "VC" "100000000042" "000050000" "8" (50,000 won). docs/sco.md describes it.
struct ScannedVoucher
{
    std::string number;          // the 12 digits, as printed on the voucher
    std::int64_t valueMinor = 0; // face value in the lane's currency, minor units
};

inline constexpr std::string_view kVoucherPrefix = "VC";

/// Whether a scan (AIM identifier removed) is meant as a voucher: it starts with the prefix.
bool looksLikeVoucher(std::string_view data);

/// Decodes and checks a voucher code. Errors name what is wrong and where:
/// voucher.length, voucher.digit (position), voucher.check_digit, voucher.zero_value.
core::Result<ScannedVoucher> parseVoucherCode(std::string_view data);

/// The code of a voucher (for printing vouchers and for tests).
std::string voucherCode(std::string_view number12, std::int64_t valueMinor);

} // namespace lane::app
