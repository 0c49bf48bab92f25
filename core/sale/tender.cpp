#include "core/sale/tender.h"

namespace lane::core {

std::string_view toString(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash:
        return "cash";
    case TenderKind::Card:
        return "card";
    case TenderKind::Voucher:
        return "voucher";
    case TenderKind::GiftCard:
        return "gift card";
    }
    return "?";
}

Status validateMaskedPan(std::string_view maskedPan)
{
    // The message never repeats the input: it may be a full card number.
    auto refuse = [](const std::string &why) {
        return Status(makeError("tender.pan_not_masked", "masked card number refused: " + why));
    };
    int digits = 0;
    int leading = 0;  // digits before the first mask character
    int trailing = 0; // digits after the last mask character
    bool maskSeen = false;
    bool digitAfterMask = false;
    bool maskAfterDigitAfterMask = false;
    for (char c : maskedPan) {
        if (c >= '0' && c <= '9') {
            ++digits;
            if (!maskSeen) {
                ++leading;
            } else {
                digitAfterMask = true;
                ++trailing;
            }
        } else if (c == '*' || c == 'X' || c == 'x' || c == '#') {
            if (digitAfterMask) {
                maskAfterDigitAfterMask = true;
            }
            maskSeen = true;
            trailing = 0;
        } else if (c == ' ' || c == '-') {
            continue;
        } else {
            return refuse("unexpected character");
        }
    }
    if (!maskSeen) {
        return refuse("no masked digits");
    }
    if (digits > 10) {
        return refuse(std::to_string(digits) + " digits shown, at most 10 allowed");
    }
    if (leading > 6 || trailing > 4 || maskAfterDigitAfterMask) {
        return refuse("only the first 6 and last 4 digits may be shown");
    }
    return {};
}

} // namespace lane::core
