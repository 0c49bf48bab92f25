#pragma once

#include <cstdint>

#include "core/base/money.h"
#include "core/sale/config.h"
#include "core/sale/pricing.h"

namespace lane::core {

/// Tax contained in a gross price: gross * rate / (100% + rate), rounded.
Money inclusiveTax(const Money &gross, std::int64_t basisPoints, RoundingMode mode);
/// Tax added on top of a net price: net * rate, rounded.
Money exclusiveTax(const Money &net, std::int64_t basisPoints, RoundingMode mode);

/// Fills each LinePricing::tax, the per-rate summary, Pricing::tax and Pricing::total
/// from the line nets. Per-line rounding sums rounded line taxes; per-receipt rounding
/// rounds once per rate and gives the difference to the line with the largest amount.
/// Either way, for every rate base + tax = gross, and the rates' gross adds up to total.
void computeTax(Pricing &pricing, const SaleConfig &config);

} // namespace lane::core
