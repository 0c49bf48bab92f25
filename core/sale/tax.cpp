#include "core/sale/tax.h"

#include <cstdlib>

namespace lane::core {

Money inclusiveTax(const Money &gross, std::int64_t basisPoints, RoundingMode mode)
{
    if (basisPoints <= 0) {
        return Money::zero(gross.currency());
    }
    return gross.scaled(basisPoints, 10000 + basisPoints, mode);
}

Money exclusiveTax(const Money &net, std::int64_t basisPoints, RoundingMode mode)
{
    if (basisPoints <= 0) {
        return Money::zero(net.currency());
    }
    return net.percent(basisPoints, mode);
}

namespace {

struct RateView
{
    std::string taxClass;
    std::string label;
    std::int64_t basisPoints = 0;
    bool exempt = false;
};

RateView rateFor(const SaleConfig &config, const std::string &taxClass)
{
    if (const TaxRate *r = config.findTaxRate(taxClass)) {
        return {r->taxClass, r->label, r->exempt ? 0 : r->basisPoints, r->exempt};
    }
    // Unknown classes are refused when a line is added; a restored basket whose tax
    // table changed since is taxed at zero and shows the class so it can be found.
    return {taxClass, taxClass, 0, true};
}

} // namespace

void computeTax(Pricing &pricing, const SaleConfig &config)
{
    const Currency cur = config.currency;
    const bool inclusive = config.taxMode == TaxMode::Inclusive;
    auto lineTax = [&](const Money &net, std::int64_t bp) {
        return inclusive ? inclusiveTax(net, bp, config.taxRoundingMode)
                         : exclusiveTax(net, bp, config.taxRoundingMode);
    };

    // Summary in the order of the configured table, then unknown classes as they come.
    std::vector<TaxSummaryLine> summary;
    std::vector<std::vector<std::size_t>> members; // line indices per summary entry
    auto entryFor = [&](const std::string &taxClass) -> std::size_t {
        for (std::size_t i = 0; i < summary.size(); ++i) {
            if (summary[i].taxClass == taxClass) {
                return i;
            }
        }
        const RateView r = rateFor(config, taxClass);
        TaxSummaryLine s;
        s.taxClass = r.taxClass;
        s.label = r.label;
        s.basisPoints = r.basisPoints;
        s.exempt = r.exempt;
        s.base = s.tax = s.gross = Money::zero(cur);
        summary.push_back(std::move(s));
        members.emplace_back();
        return summary.size() - 1;
    };
    for (const auto &r : config.taxRates) {
        entryFor(r.taxClass);
    }
    for (std::size_t i = 0; i < pricing.lines.size(); ++i) {
        members[entryFor(pricing.lines[i].taxClass)].push_back(i);
    }

    Money totalTax = Money::zero(cur);
    Money total = Money::zero(cur);
    std::vector<TaxSummaryLine> used;
    for (std::size_t e = 0; e < summary.size(); ++e) {
        if (members[e].empty()) {
            continue;
        }
        TaxSummaryLine s = summary[e];
        Money net = Money::zero(cur);
        Money taxSum = Money::zero(cur);
        std::size_t largest = members[e].front();
        for (std::size_t i : members[e]) {
            LinePricing &lp = pricing.lines[i];
            lp.tax = lineTax(lp.net, s.basisPoints);
            net += lp.net;
            taxSum += lp.tax;
            if (std::llabs(lp.net.minor()) > std::llabs(pricing.lines[largest].net.minor())) {
                largest = i;
            }
        }
        if (config.taxRounding == TaxRounding::PerReceipt) {
            const Money rateTax = lineTax(net, s.basisPoints);
            pricing.lines[largest].tax += rateTax - taxSum;
            taxSum = rateTax;
        }
        s.tax = taxSum;
        if (inclusive) {
            s.gross = net;
            s.base = net - taxSum;
        } else {
            s.base = net;
            s.gross = net + taxSum;
        }
        totalTax += s.tax;
        total += s.gross;
        used.push_back(std::move(s));
    }
    pricing.taxes = std::move(used);
    pricing.tax = totalTax;
    pricing.total = total;
}

} // namespace lane::core
