#include "core/sale/transaction.h"

namespace lane::core {

// A tender must be in the sale currency and point the same way as the balance: money in
// for a sale, money out for a refund.
Status Transaction::checkTenderAmount(const Money &amount) const
{
    if (auto s = requireState(TransactionState::Tendering, "take a payment"); !s) {
        return s;
    }
    if (!(amount.currency() == m_config->currency)) {
        return makeError("tender.currency", "tender in " + std::string(amount.currency().alpha())
                                                + ", the sale is in "
                                                + std::string(m_config->currency.alpha()));
    }
    const Money bal = balance();
    if (amount.isZero() || (bal.isNegative() != amount.isNegative())) {
        return makeError("tender.amount",
                         "tender " + amount.toString() + " against balance " + bal.toString());
    }
    return {};
}

void Transaction::recordTender(Tender tender)
{
    tender.at = m_clock->now();
    m_tenders.push_back(std::move(tender));
    if (balance().isZero()) {
        (void)moveTo(TransactionState::Paid, m_header.cashierId, {});
    }
}

Status Transaction::payCash(Money tendered)
{
    if (auto s = checkTenderAmount(tendered); !s) {
        return s;
    }
    const Currency cur = m_config->currency;
    const Money bal = balance();
    const Money due = cashDue(); // cash rounding applies only when cash settles the rest
    Tender t;
    t.kind = TenderKind::Cash;
    t.tendered = tendered;
    t.change = t.forfeited = Money::zero(cur);
    const bool settles = bal.isNegative() ? tendered <= due : tendered >= due;
    if (!settles) {
        t.applied = tendered;
    } else {
        t.applied = due;
        t.change = tendered - due;
        if (bal.isNegative() && !t.change.isZero()) {
            return makeError("tender.overtender", "refund " + tendered.toString()
                                                      + " is more than the " + due.toString()
                                                      + " due");
        }
        if (!t.change.isZero() && !m_config->tenders.cashChange) {
            return makeError("tender.overtender", "cash " + tendered.toString() + " exceeds the "
                                                      + due.toString()
                                                      + " due and change is not given");
        }
        m_cashRoundingMinor += (due - bal).minor();
    }
    recordTender(std::move(t));
    return {};
}

Status Transaction::payCard(PaymentPort &port, Money amount)
{
    if (auto s = checkTenderAmount(amount); !s) {
        return s;
    }
    const Money bal = balance();
    if ((bal.isNegative() ? amount < bal : amount > bal) && !m_config->tenders.cardOvertender) {
        return makeError("tender.overtender",
                         "card " + amount.toString() + " exceeds the balance " + bal.toString());
    }
    auto approval = port.authorize(CardPaymentRequest{m_header.transactionId, amount});
    if (!approval) {
        return approval.error();
    }
    if (auto s = validateMaskedPan(approval->maskedPan); !s) {
        // Never keep what the terminal should not have sent; give the money back.
        (void)port.reverse(*approval, amount);
        return s;
    }
    return addCardTender(amount, std::move(approval).value());
}

Status Transaction::addCardTender(Money amount, CardApproval approval)
{
    if (auto s = checkTenderAmount(amount); !s) {
        return s;
    }
    if (auto s = validateMaskedPan(approval.maskedPan); !s) {
        return s;
    }
    const Money bal = balance();
    if ((bal.isNegative() ? amount < bal : amount > bal) && !m_config->tenders.cardOvertender) {
        return makeError("tender.overtender",
                         "card " + amount.toString() + " exceeds the balance " + bal.toString());
    }
    Tender t;
    t.kind = TenderKind::Card;
    t.tendered = t.applied = amount;
    t.change = t.forfeited = Money::zero(m_config->currency);
    t.reference = approval.reference;
    t.card = std::move(approval);
    recordTender(std::move(t));
    return {};
}

Status Transaction::payVoucher(TenderKind kind, Money faceValue, std::string reference)
{
    if (kind != TenderKind::Voucher && kind != TenderKind::GiftCard) {
        return makeError("tender.kind", "payVoucher takes vouchers and gift cards only");
    }
    if (auto s = checkTenderAmount(faceValue); !s) {
        return s;
    }
    const Money bal = balance();
    if (bal.isNegative()) {
        return makeError("tender.voucher_refund", "refunds are not paid out as vouchers here");
    }
    Tender t;
    t.kind = kind;
    t.tendered = t.applied = faceValue;
    t.change = t.forfeited = Money::zero(m_config->currency);
    t.reference = std::move(reference);
    if (faceValue > bal) {
        const Money excess = faceValue - bal;
        const auto rule
            = kind == TenderKind::GiftCard ? VoucherOvertender::Refuse : m_config->tenders.voucher;
        switch (rule) {
        case VoucherOvertender::Refuse:
            return makeError("tender.overtender", std::string(toString(kind)) + " "
                                                      + faceValue.toString()
                                                      + " exceeds the balance " + bal.toString());
        case VoucherOvertender::NoChange:
            t.forfeited = excess;
            break;
        case VoucherOvertender::ChangeUpToLimit:
            if (excess.minor() > m_config->tenders.voucherChangeLimitMinor) {
                return makeError(
                    "tender.change_limit",
                    "voucher change " + excess.toString() + " exceeds the limit "
                        + Money(m_config->tenders.voucherChangeLimitMinor, m_config->currency)
                              .toString());
            }
            t.change = excess;
            break;
        }
        t.applied = bal;
    }
    recordTender(std::move(t));
    return {};
}

} // namespace lane::core
