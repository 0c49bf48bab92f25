#include "core/sale/basket.h"
#include "core/sale/tax.h"

namespace lane::core {

namespace {

// Working memory of the reprice, kept per thread so that a reprice of a basket that did
// not grow allocates nothing.
struct RepriceScratch
{
    std::vector<std::size_t> lineIndex; // pricing index -> data index
    std::vector<std::size_t> pricingOf; // line id -> pricing index
    std::vector<std::size_t> shareable;
    std::vector<std::int64_t> weights;
};

} // namespace

// Order: gross -> manual line discount -> promotions -> transaction discounts -> tax.
// The figures are filled into the previous Pricing in place, reusing its storage.
void Basket::reprice()
{
    thread_local RepriceScratch sc;
    const SaleConfig &cfg = *m_config;
    const Currency cur = cfg.currency;
    const Money zero = Money::zero(cur);
    Pricing &p = m_pricing;
    auto &lineIndex = sc.lineIndex;
    lineIndex.clear();
    for (std::size_t i = 0; i < m_data.lines.size(); ++i) {
        if (m_data.lines[i].active()) {
            lineIndex.push_back(i);
        }
    }
    p.lines.resize(lineIndex.size());
    for (std::size_t k = 0; k < lineIndex.size(); ++k) {
        const BasketLine &l = m_data.lines[lineIndex[k]];
        LinePricing &lp = p.lines[k];
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
    }
    m_promotions.applyInto(m_data.lines, cfg, m_clock->now(), p.promotions, &m_promotionMemo);
    auto &pricingOf = sc.pricingOf;
    pricingOf.assign(m_data.nextLineId, p.lines.size());
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        if (p.lines[k].lineId < pricingOf.size()) {
            pricingOf[p.lines[k].lineId] = k;
        }
    }
    for (const auto &app : p.promotions) {
        for (std::size_t k = 0; k < app.lineIds.size(); ++k) {
            const LineId id = app.lineIds[k];
            if (id < pricingOf.size() && pricingOf[id] < p.lines.size()) {
                LinePricing &lp = p.lines[pricingOf[id]];
                lp.promotionSavings += app.lineShares[k];
            }
        }
    }
    for (auto &lp : p.lines) {
        lp.net = lp.gross - lp.lineDiscount - lp.promotionSavings;
    }

    // Transaction discounts, one after the other, shared over discountable sale lines in
    // proportion to what is left of them.
    auto &shareable = sc.shareable;
    shareable.clear();
    for (std::size_t k = 0; k < p.lines.size(); ++k) {
        const BasketLine &l = m_data.lines[lineIndex[k]];
        if (l.kind == LineKind::Sale && l.item.discountable && p.lines[k].net.minor() > 0) {
            shareable.push_back(k);
        }
    }
    p.transactionDiscounts.clear();
    for (const auto &d : m_data.discounts) {
        Money amount = zero;
        if (!d.voided) {
            Money base = zero;
            auto &weights = sc.weights;
            weights.clear();
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
    p.subtotal = zero;
    p.savings = zero;
    for (const auto &lp : p.lines) {
        p.subtotal += lp.gross;
        p.savings += lp.lineDiscount + lp.promotionSavings + lp.transactionDiscount;
    }
    computeTax(p, cfg);
}

} // namespace lane::core
