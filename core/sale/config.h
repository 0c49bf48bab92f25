#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/money.h"

namespace lane::core {

/// Whether shelf prices include tax (VAT: Korea, EU) or tax is added on top (US sales tax).
enum class TaxMode { Inclusive, Exclusive };

/// Where tax is rounded: on every line (then summed) or once per rate over the receipt.
enum class TaxRounding { PerLine, PerReceipt };

/// One tax class of the store's tax table. Rates are basis points: 1000 = 10%.
struct TaxRate
{
    std::string taxClass;         // key used by Item::taxClass
    std::int64_t basisPoints = 0; // 1000 = 10%, 1900 = 19%, 825 = 8.25%
    bool exempt = false;          // exempt items carry no tax and are listed as such
    std::string label;            // short label printed on the receipt ("A", "VAT 10%")
};

/// What happens when a voucher is worth more than what is left to pay.
enum class VoucherOvertender {
    Refuse,         // the voucher cannot be used for more than the balance
    NoChange,       // accepted; the excess is forfeited (recorded, no change given)
    ChangeUpToLimit // change in cash up to TenderRules::voucherChangeLimitMinor
};

/// Per-tender rules of the store.
struct TenderRules
{
    bool cashChange = true;      // cash may exceed the balance; change is given
    bool cardOvertender = false; // card may exceed the balance (almost never)
    VoucherOvertender voucher = VoucherOvertender::NoChange;
    std::int64_t voucherChangeLimitMinor = 0;
};

/// Everything the sale engine needs to know about the store's money rules.
struct SaleConfig
{
    Currency currency;
    TaxMode taxMode = TaxMode::Inclusive;
    TaxRounding taxRounding = TaxRounding::PerLine;
    RoundingMode taxRoundingMode = RoundingMode::HalfUp;
    RoundingMode priceRoundingMode = RoundingMode::HalfUp; // weight x price, percentages
    std::int64_t cashRoundingIncrement = 1;                // in minor units; 1 (or 0) disables it
    RoundingMode cashRoundingMode = RoundingMode::HalfUp;
    std::vector<TaxRate> taxRates;
    TenderRules tenders;
    std::chrono::minutes utcOffset{0}; // store time = UTC + offset (business day, promos)
    int promotionSearchNodes = 4096;   // per group of interacting promotions, see promotions.h

    const TaxRate *findTaxRate(const std::string &taxClass) const
    {
        for (const auto &r : taxRates) {
            if (r.taxClass == taxClass) {
                return &r;
            }
        }
        return nullptr;
    }
};

} // namespace lane::core
