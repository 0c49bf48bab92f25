#include "core/sale/tax.h"
#include "core/sale/minorsum.h"

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
    std::int64_t net = 0;
    std::int64_t tax = 0;
    std::size_t largest = 0; // line with the largest |net|
    bool any = false;
};

using minor::add;
using minor::subtract;

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
        const std::int64_t net = lp.net.minor();
        const std::int64_t tax = lineTax(net, r.basisPoints);
        lp.tax = Money(tax, cur);
        r.net = add(r.net, net);
        r.tax = add(r.tax, tax);
        if (!r.any || std::llabs(net) > std::llabs(pricing.lines[r.largest].net.minor())) {
            r.largest = i;
        }
        r.any = true;
    }

    std::int64_t totalTax = 0;
    std::int64_t total = 0;
    std::size_t used = 0;
    for (RateSums &r : sums) {
        if (!r.any) {
            continue;
        }
        if (config.taxRounding == TaxRounding::PerReceipt) {
            const std::int64_t rateTax = lineTax(r.net, r.basisPoints);
            LinePricing &largest = pricing.lines[r.largest];
            largest.tax = Money(add(largest.tax.minor(), subtract(rateTax, r.tax)), cur);
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
        s.tax = Money(r.tax, cur);
        if (inclusive) {
            s.gross = Money(r.net, cur);
            s.base = Money(subtract(r.net, r.tax), cur);
        } else {
            s.base = Money(r.net, cur);
            s.gross = Money(add(r.net, r.tax), cur);
        }
        totalTax = add(totalTax, r.tax);
        total = add(total, s.gross.minor());
    }
    pricing.taxes.resize(used);
    pricing.tax = Money(totalTax, cur);
    pricing.total = Money(total, cur);
}

} // namespace lane::core
