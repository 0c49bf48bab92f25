#include "core/report/denominations.h"

#include <algorithm>
#include <limits>

namespace lane::core {

std::vector<Denomination> denominationsFor(const Currency &currency)
{
    const auto code = currency.alpha();
    if (code == "KRW") {
        return {{50000, true}, {10000, true}, {5000, true}, {1000, true},
                {500, false},  {100, false},  {50, false},  {10, false}};
    }
    if (code == "EUR") {
        return {{50000, true}, {20000, true}, {10000, true}, {5000, true}, {2000, true},
                {1000, true},  {500, true},   {200, false},  {100, false}, {50, false},
                {20, false},   {10, false},   {5, false},    {2, false},   {1, false}};
    }
    return {};
}

Result<Money> countTotal(const CashCount &count, const Currency &currency)
{
    const auto table = denominationsFor(currency);
    if (table.empty()) {
        return makeError("cash.no_denominations",
                         "no denomination table for currency " + std::string(currency.alpha()));
    }
    std::int64_t total = 0;
    for (const auto &[denomination, pieces] : count.pieces) {
        const bool known = std::any_of(table.begin(), table.end(), [&](const Denomination &d) {
            return d.minor == denomination;
        });
        if (!known) {
            return makeError("cash.unknown_denomination",
                             Money(denomination, currency).toString() + " is not a "
                                 + std::string(currency.alpha()) + " note or coin");
        }
        if (pieces < 0) {
            return makeError("cash.negative_count",
                             "count of " + Money(denomination, currency).toString()
                                 + " is negative (" + std::to_string(pieces) + ")");
        }
        if (pieces > (std::numeric_limits<std::int64_t>::max() - total) / denomination) {
            return makeError("cash.count_too_large", "drawer count overflows");
        }
        total += pieces * denomination;
    }
    return Money(total, currency);
}

} // namespace lane::core
