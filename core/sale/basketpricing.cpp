#include "core/sale/basket.h"
#include "core/sale/tax.h"

namespace lane::core {

// Order: gross -> manual line discount -> promotions -> transaction discounts -> tax.
void Basket::reprice()
{
    const SaleConfig &cfg = *m_config;
    const Currency cur = cfg.currency;
    const Money zero = Money::zero(cur);
    Pricing p = std::move(m_pricing); // reuse its storage
    p.lines.clear();
    p.transactionDiscounts.clear();
    p.taxes.clear();
    p.subtotal = p.savings = p.tax = p.total = zero;
    p.lines.reserve(m_data.lines.size());
    std::vector<std::size_t> lineIndex; // pricing index -> data index
    for (std::size_t i = 0; i < m_data.lines.size(); ++i) {
        const BasketLine &l = m_data.lines[i];
        if (!l.active()) {
            continue;
        }
        LinePricing lp;
        lp.lineId = l.id;
        if (l.fixedAmount) {
            lp.gross = *l.fixedAmount;
        } else if (l.quantityMilli % kOneUnit == 0) { // whole units: no division needed
            lp.gross = l.unitPrice * (l.quantityMilli / kOneUnit);
        } else {
            lp.gross = l.unitPrice.timesMilli(l.quantityMilli, cfg.priceRoundingMode);
        }
        lp.lineDiscount = lp.promotionSavings = lp.transactionDiscount = lp.tax = zero;
        if (l.discount && l.kind == LineKind::Sale && l.item.discountable) {
            lp.lineDiscount = l.discount->kind == Discount::Kind::Percent
                                  ? lp.gross.percent(l.discount->basisPoints, cfg.priceRoundingMode)
                                  : std::min(l.discount->amount, lp.gross);
        }
        lp.taxClass = l.item.taxClass;
        p.lines.push_back(std::move(lp));
        lineIndex.push_back(i);
    }
    m_promotions.applyInto(m_data.lines, cfg, m_clock->now(), p.promotions);
    std::vector<std::size_t> pricingOf(m_data.nextLineId, p.lines.size()); // line id -> index
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        if (p.lines[k].lineId < pricingOf.size()) {
            pricingOf[p.lines[k].lineId] = k;
        }
    }
    for (const auto &app : p.promotions) {
        for (std::size_t k = 0; k < app.lineIds.size(); ++k) {
            const LineId id = app.lineIds[k];
            if (id < pricingOf.size() && pricingOf[id] < p.lines.size()) {
                p.lines[pricingOf[id]].promotionSavings += app.lineShares[k];
            }
        }
    }
    for (auto &lp : p.lines) {
        lp.net = lp.gross - lp.lineDiscount - lp.promotionSavings;
    }

    // Transaction discounts, one after the other, shared over discountable sale lines in
    // proportion to what is left of them.
    std::vector<std::size_t> shareable;
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        const BasketLine &l = m_data.lines[lineIndex[k]];
        if (l.kind == LineKind::Sale && l.item.discountable && p.lines[k].net.minor() > 0) {
            shareable.push_back(k);
        }
    }
    for (const auto &d : m_data.discounts) {
        Money amount = zero;
        if (!d.voided) {
            Money base = zero;
            std::vector<std::int64_t> weights;
            for (std::size_t k : shareable) {
                base += p.lines[k].net;
                weights.push_back(p.lines[k].net.minor());
            }
            amount = d.discount.kind == Discount::Kind::Percent
                         ? base.percent(d.discount.basisPoints, cfg.priceRoundingMode)
                         : std::min(d.discount.amount, base);
            const auto shares = amount.allocate(weights);
            for (std::size_t s = 0; s < shareable.size(); ++s) {
                LinePricing &lp = p.lines[shareable[s]];
                lp.transactionDiscount += shares[s];
                lp.net -= shares[s];
            }
        }
        p.transactionDiscounts.push_back(amount);
    }
    for (const auto &lp : p.lines) {
        p.subtotal += lp.gross;
        p.savings += lp.lineDiscount + lp.promotionSavings + lp.transactionDiscount;
    }
    computeTax(p, cfg);
    m_pricing = std::move(p);
}

} // namespace lane::core
