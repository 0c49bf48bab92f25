#include "core/sale/tax.h"

#include <cstdlib>
#include <vector>

namespace lane::core {

namespace {

// The tax in `amount` (inclusive: a gross price) or on it (exclusive: a net price), in
// minor units: the one formula behind inclusiveTax, exclusiveTax and the reprice loop.
std::int64_t taxMinor(std::int64_t amount, std::int64_t basisPoints, bool inclusive,
                      RoundingMode mode)
{
    if (basisPoints <= 0) {
        return 0;
    }
    return divideRounded(Int128(amount) * basisPoints, inclusive ? 10000 + basisPoints : 10000,
                         mode);
}

} // namespace

Money inclusiveTax(const Money &gross, std::int64_t basisPoints, RoundingMode mode)
{
    return Money(taxMinor(gross.minor(), basisPoints, true, mode), gross.currency());
}

Money exclusiveTax(const Money &net, std::int64_t basisPoints, RoundingMode mode)
{
    return Money(taxMinor(net.minor(), basisPoints, false, mode), net.currency());
}

namespace {

// One entry of the summary while it is built: its rate and running sums in minor units.
struct RateSums
{
    const std::string *taxClass = nullptr;
    const TaxRate *rate = nullptr; // null: a class no longer in the tax table
    std::int64_t basisPoints = 0;
    Money net{0, Currency{}};
    Money tax{0, Currency{}};
    std::size_t largest = 0; // line with the largest |net|
    bool any = false;
};

} // namespace

void computeTax(Pricing &pricing, const SaleConfig &config)
{
    const Currency cur = config.currency;
    const bool inclusive = config.taxMode == TaxMode::Inclusive;
    const RoundingMode mode = config.taxRoundingMode;
    auto lineTax = [&](std::int64_t net, std::int64_t bp) {
        return taxMinor(net, bp, inclusive, mode);
    };

    // Summary in the order of the configured table, then unknown classes as they come.
    // Kept per thread: a reprice runs on every basket change and allocates nothing here.
    thread_local std::vector<RateSums> sums;
    sums.clear();
    auto entryFor = [&](const std::string &taxClass) -> std::size_t {
        for (std::size_t i = 0; i < sums.size(); ++i) {
            if (*sums[i].taxClass == taxClass) {
                return i;
            }
        }
        // Unknown classes are refused when a line is added; a restored basket whose tax
        // table changed since is taxed at zero and shows the class so it can be found.
        RateSums r;
        r.net = r.tax = Money::zero(cur);
        r.taxClass = &taxClass;
        r.rate = config.findTaxRate(taxClass);
        r.basisPoints = r.rate && !r.rate->exempt ? r.rate->basisPoints : 0;
        sums.push_back(r);
        return sums.size() - 1;
    };
    for (const auto &r : config.taxRates) {
        entryFor(r.taxClass);
    }
    std::size_t last = 0; // lines of one class often follow each other
    for (std::size_t i = 0; i < pricing.lines.size(); ++i) {
        LinePricing &lp = pricing.lines[i];
        const std::size_t e = last < sums.size() && *sums[last].taxClass == lp.taxClass
                                  ? last
                                  : entryFor(lp.taxClass);
        last = e;
        RateSums &r = sums[e];
        lp.tax = Money(lineTax(lp.net.minor(), r.basisPoints), cur);
        r.net += lp.net;
        r.tax += lp.tax;
        if (!r.any
            || std::llabs(lp.net.minor()) > std::llabs(pricing.lines[r.largest].net.minor())) {
            r.largest = i;
        }
        r.any = true;
    }

    Money totalTax = Money::zero(cur);
    Money total = Money::zero(cur);
    std::size_t used = 0;
    for (RateSums &r : sums) {
        if (!r.any) {
            continue;
        }
        if (config.taxRounding == TaxRounding::PerReceipt) {
            const Money rateTax(lineTax(r.net.minor(), r.basisPoints), cur);
            LinePricing &largest = pricing.lines[r.largest];
            largest.tax += rateTax - r.tax;
            r.tax = rateTax;
        }
        if (used == pricing.taxes.size()) {
            pricing.taxes.emplace_back();
        }
        TaxSummaryLine &s = pricing.taxes[used++];
        s.taxClass = *r.taxClass;
        s.label = r.rate ? r.rate->label : *r.taxClass;
        s.basisPoints = r.basisPoints;
        s.exempt = !r.rate || r.rate->exempt;
        s.tax = r.tax;
        if (inclusive) {
            s.gross = r.net;
            s.base = r.net - r.tax;
        } else {
            s.base = r.net;
            s.gross = r.net + r.tax;
        }
        totalTax += r.tax;
        total += s.gross;
    }
    pricing.taxes.resize(used);
    pricing.tax = totalTax;
    pricing.total = total;
}

} // namespace lane::core
