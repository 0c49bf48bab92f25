#pragma once

#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/base/result.h"

namespace lane::core {

enum class TenderKind { Cash, Card, Voucher, GiftCard };
std::string_view toString(TenderKind kind);

/// What a card terminal approved. Never more of the card number than first 6 / last 4.
struct CardApproval
{
    std::string maskedPan; // e.g. "476173******0010"; at most 10 digits in all
    std::string scheme;    // "VISA", "BC", ...
    std::string authCode;
    std::string terminalId;
    std::string reference; // terminal/acquirer reference for reversal

    bool operator==(const CardApproval &) const = default;
};

/// One payment applied to a transaction.
struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money tendered{0, Currency{}};  // handed over (cash given, voucher face value)
    Money applied{0, Currency{}};   // taken off the balance
    Money change{0, Currency{}};    // given back in cash
    Money forfeited{0, Currency{}}; // voucher value above the balance, without change
    std::string reference;          // voucher/gift card number (as printed; not secret)
    std::optional<CardApproval> card;
    TimePoint at;

    bool operator==(const Tender &) const = default;
};

/// The sale engine's view of a card terminal. The payments module implements it for
/// real terminals (ZVT, nexo, VAN); the engine only records approved results.
struct CardPaymentRequest
{
    std::string transactionId;
    Money amount{0, Currency{}}; // positive: sale, negative: refund
};

class PaymentPort
{
public:
    virtual ~PaymentPort() = default;
    /// Blocks until the terminal approves or declines; a decline is an Error value.
    virtual Result<CardApproval> authorize(const CardPaymentRequest &request) = 0;
    /// Reverses an approval (transaction voided after a card was charged).
    virtual Status reverse(const CardApproval &approval, const Money &amount) = 0;
};

/// Checks that a masked PAN shows at most the first 6 and the last 4 digits (PCI DSS
/// 3.3): only digits and mask characters ('*', 'X', 'x', '#', ' ', '-'), no digit run
/// in the middle, 10 digits or fewer. Error "tender.pan_not_masked" otherwise.
Status validateMaskedPan(std::string_view maskedPan);

} // namespace lane::core
