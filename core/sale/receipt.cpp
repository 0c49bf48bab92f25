#include "core/sale/receipt.h"
#include "core/sale/transaction.h"

namespace lane::core {

Receipt Transaction::receipt() const
{
    const Currency cur = m_config->currency;
    const Money zero = Money::zero(cur);
    const Pricing &p = pricing();
    const BasketData &data = m_basket.data();
    Receipt r;
    r.header = m_header;
    r.state = m_state;
    r.currency = cur;
    r.taxMode = m_config->taxMode;
    r.utcOffsetMinutes = static_cast<std::int32_t>(m_config->utcOffset.count());
    for (const auto &l : data.lines) {
        ReceiptLine rl;
        rl.lineId = l.id;
        rl.kind = l.kind;
        rl.sku = l.item.sku;
        rl.name = l.item.name;
        rl.quantityMilli = l.quantityMilli;
        rl.weighed = l.item.weighed && !l.fixedAmount;
        rl.tareGrams = l.tareGrams;
        rl.unitPrice = l.fixedAmount && !l.item.weighed && l.kind != LineKind::Return
                           ? *l.fixedAmount
                           : l.unitPrice;
        rl.taxClass = l.item.taxClass;
        if (const TaxRate *rate = m_config->findTaxRate(l.item.taxClass)) {
            rl.taxLabel = rate->label;
        }
        rl.voided = !l.active();
        if (l.voided) {
            rl.voidReason = l.voided->reason;
        }
        rl.returnable = l.item.returnable;
        rl.parentLineId = l.parentLineId;
        rl.ageCheck = l.ageCheck;
        rl.priceOverride = l.priceOverride;
        rl.returnOrigin = l.returnOrigin;
        rl.amount = rl.lineDiscount = rl.paid = zero;
        if (const LinePricing *lp = p.line(l.id)) {
            rl.amount = lp->gross;
            rl.lineDiscount = lp->lineDiscount;
            rl.paid = lp->net;
        } else {
            rl.amount = l.fixedAmount
                            ? *l.fixedAmount
                            : l.unitPrice.timesMilli(l.quantityMilli, m_config->priceRoundingMode);
        }
        r.lines.push_back(std::move(rl));
    }
    for (const auto &app : p.promotions) {
        std::string label = app.name;
        if (app.count > 1) {
            label += " x" + std::to_string(app.count);
        }
        r.savings.push_back(ReceiptSaving{std::move(label), app.saving, app.lineIds,
                                          app.lineIds.empty() ? 0 : app.lineIds.back()});
    }
    for (std::size_t i = 0; i < data.discounts.size() && i < p.transactionDiscounts.size(); ++i) {
        const auto &d = data.discounts[i];
        if (d.voided) {
            continue;
        }
        std::string label = "Discount";
        if (d.discount.kind == Discount::Kind::Percent) {
            const auto bp = d.discount.basisPoints;
            label += " " + std::to_string(bp / 100);
            if (bp % 100 != 0) {
                label += "." + std::to_string(bp % 100 / 10)
                         + (bp % 10 ? std::to_string(bp % 10) : "");
            }
            label += "%";
        }
        r.transactionDiscounts.push_back(
            ReceiptSaving{std::move(label), p.transactionDiscounts[i], {}, 0});
    }
    r.taxes = p.taxes;
    r.subtotal = p.subtotal;
    r.savingsTotal = p.savings;
    r.tax = p.tax;
    r.total = p.total;
    r.cashRounding = cashRounding();
    r.amountDue = p.total + r.cashRounding;
    r.paid = paid();
    r.change = change();
    r.tenders = m_tenders;
    r.returnWithoutReceipt = data.returnWithoutReceipt;
    r.approvals = data.approvals;
    return r;
}

} // namespace lane::core
