#include "core/payment/paymentmessages.h"

namespace lane::core::paymentmessages {

namespace {
std::string what(const PaymentRecord &r)
{
    switch (r.operation) {
    case PaymentOperation::Refund:
        return "card refund of " + r.amount.toString();
    case PaymentOperation::Reversal:
        return "cancellation of the card payment of " + r.amount.toString();
    case PaymentOperation::EndOfDay:
        return "terminal end-of-day";
    case PaymentOperation::Sale:
        break;
    }
    return "card payment of " + r.amount.toString();
}
std::string cardText(const PaymentRecord &r)
{
    std::string card = r.cardBrand;
    const auto star = r.maskedPan.find_last_of('*');
    if (star != std::string::npos && star + 1 < r.maskedPan.size())
        card += (card.empty() ? "card ending " : " ending ") + r.maskedPan.substr(star + 1);
    return card.empty() ? std::string() : " (" + card + ")";
}
std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}
} // namespace

std::string approved(const PaymentRecord &r)
{
    return capitalised(what(r)) + " approved" + cardText(r) + ".";
}

std::string declined(const PaymentRecord &r, std::string_view reason)
{
    return capitalised(what(r)) + " declined: " + std::string(reason)
           + ". Nothing was charged; ask for another card or payment method.";
}

std::string aborted(const PaymentRecord &r, std::string_view reason)
{
    return capitalised(what(r)) + " cancelled: " + std::string(reason) + ". Nothing was charged.";
}

std::string notSent(const PaymentRecord &r, std::string_view reason)
{
    return "The " + what(r) + " could not be sent to the card terminal (" + std::string(reason)
           + "). Nothing was charged; check the terminal and try again.";
}

std::string unknown(const PaymentRecord &r)
{
    return "The card terminal did not confirm the " + what(r)
           + ". Checking with the terminal before anything else is sold.";
}

std::string recoveredApproved(const PaymentRecord &r)
{
    return "The terminal approved the " + what(r) + cardText(r) + ", receipt " + r.receiptNumber
           + ", before the interruption. It is kept as paid for this sale; do not charge again.";
}

std::string recoveredNotCharged(const PaymentRecord &r)
{
    return "The " + what(r)
           + " did not go through before the interruption. The customer was not charged; "
             "take the payment again.";
}

std::string terminalUnreachable(const PaymentRecord &r, std::string_view reason)
{
    return "The interrupted " + what(r)
           + " cannot be checked because the card terminal does not "
             "answer ("
           + std::string(reason)
           + "). Check the terminal; no new sale can be paid "
             "until it is resolved.";
}

std::string terminalBusy(const PaymentRecord &r)
{
    return "The card terminal is still busy with the interrupted " + what(r)
           + ". Wait until it shows its idle screen, then check again.";
}

std::string blockedByUnresolved(const PaymentRecord &r)
{
    return "The earlier " + what(r)
           + " was interrupted and is not resolved yet. Check it with the terminal first.";
}

std::string manualApproved(const PaymentRecord &r)
{
    return capitalised(what(r)) + " recorded by hand with approval code " + r.approvalCode
           + " (allowed by " + r.approverId + ").";
}

} // namespace lane::core::paymentmessages
