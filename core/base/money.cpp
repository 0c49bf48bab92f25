#include "core/base/money.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <numeric>

namespace lane::core {

namespace {

// The currencies a chain is likely to trade in; exponents from ISO 4217.
constexpr std::array<Currency, 30> kCurrencies{{
    {"AUD", 36, 2},  {"BHD", 48, 3},  {"CAD", 124, 2}, {"CHF", 756, 2}, {"CNY", 156, 2},
    {"CZK", 203, 2}, {"DKK", 208, 2}, {"EUR", 978, 2}, {"GBP", 826, 2}, {"HKD", 344, 2},
    {"HUF", 348, 2}, {"IDR", 360, 2}, {"INR", 356, 2}, {"ISK", 352, 0}, {"JOD", 400, 3},
    {"JPY", 392, 0}, {"KRW", 410, 0}, {"KWD", 414, 3}, {"MXN", 484, 2}, {"MYR", 458, 2},
    {"NOK", 578, 2}, {"NZD", 554, 2}, {"PHP", 608, 2}, {"PLN", 985, 2}, {"SEK", 752, 2},
    {"SGD", 702, 2}, {"THB", 764, 2}, {"TWD", 901, 2}, {"USD", 840, 2}, {"VND", 704, 0},
}};

std::int64_t checkedInt64(Int128 v)
{
    if (v > std::numeric_limits<std::int64_t>::max()
        || v < std::numeric_limits<std::int64_t>::min()) {
        throw MoneyError("money amount overflows 64 bits");
    }
    return static_cast<std::int64_t>(v);
}

} // namespace

std::optional<Currency> Currency::fromCode(std::string_view alpha)
{
    for (const auto &c : kCurrencies) {
        if (c.alpha() == alpha) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<Currency> Currency::fromNumeric(int numeric)
{
    for (const auto &c : kCurrencies) {
        if (c.numeric == numeric) {
            return c;
        }
    }
    return std::nullopt;
}

std::int64_t Currency::minorPerMajor() const
{
    std::int64_t f = 1;
    for (int i = 0; i < exponent; ++i) {
        f *= 10;
    }
    return f;
}

std::optional<RoundingMode> roundingModeFromString(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, RoundingMode>, 7> kNames{{
        {"half-up", RoundingMode::HalfUp},
        {"half-even", RoundingMode::HalfEven},
        {"half-down", RoundingMode::HalfDown},
        {"up", RoundingMode::Up},
        {"down", RoundingMode::Down},
        {"ceiling", RoundingMode::Ceiling},
        {"floor", RoundingMode::Floor},
    }};
    for (const auto &[n, m] : kNames) {
        if (n == name) {
            return m;
        }
    }
    return std::nullopt;
}

std::string_view toString(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfUp:
        return "half-up";
    case RoundingMode::HalfEven:
        return "half-even";
    case RoundingMode::HalfDown:
        return "half-down";
    case RoundingMode::Up:
        return "up";
    case RoundingMode::Down:
        return "down";
    case RoundingMode::Ceiling:
        return "ceiling";
    case RoundingMode::Floor:
        return "floor";
    }
    return "?";
}

std::int64_t divideRounded(Int128 num, std::int64_t den, RoundingMode mode)
{
    if (den <= 0) {
        throw MoneyError("money division by a non-positive number");
    }
    // Truncating division, the remainder with the sign of num. Amounts times rates almost
    // always fit 64 bits, where the division is several times cheaper than in 128.
    Int128 q = 0;
    Int128 r = 0;
    if (num >= std::numeric_limits<std::int64_t>::min()
        && num <= std::numeric_limits<std::int64_t>::max()) {
        const auto n = static_cast<std::int64_t>(num);
        q = n / den;
        r = n % den;
    } else {
        q = num / den;
        r = num % den;
    }
    if (r == 0) {
        return checkedInt64(q);
    }
    const bool negative = num < 0;
    const Int128 absR2 = (r < 0 ? -r : r) * 2;
    bool away = false; // move one step away from zero?
    switch (mode) {
    case RoundingMode::Down:
        away = false;
        break;
    case RoundingMode::Up:
        away = true;
        break;
    case RoundingMode::Ceiling:
        away = !negative;
        break;
    case RoundingMode::Floor:
        away = negative;
        break;
    case RoundingMode::HalfUp:
        away = absR2 >= den;
        break;
    case RoundingMode::HalfDown:
        away = absR2 > den;
        break;
    case RoundingMode::HalfEven:
        away = absR2 > den || (absR2 == den && (q % 2 != 0));
        break;
    }
    if (away) {
        q += negative ? -1 : 1;
    }
    return checkedInt64(q);
}

std::int64_t roundToIncrement(std::int64_t value, std::int64_t increment, RoundingMode mode)
{
    if (increment <= 1) {
        return value;
    }
    return checkedInt64(static_cast<Int128>(divideRounded(value, increment, mode)) * increment);
}

Result<Money> Money::parse(std::string_view text, Currency currency)
{
    const std::string where = "amount \"" + std::string(text) + "\"";
    std::string_view s = text;
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    const auto dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    std::string_view frac = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
    if (whole.empty() && frac.empty()) {
        return makeError("money.syntax", where + ": not a number");
    }
    auto allDigits = [](std::string_view v) {
        return std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (!allDigits(whole) || !allDigits(frac) || (dot != std::string_view::npos && frac.empty())) {
        return makeError("money.syntax", where + ": not a decimal number");
    }
    if (frac.size() > currency.exponent) {
        return makeError("money.precision", where + ": " + std::string(currency.alpha()) + " has "
                                                + std::to_string(currency.exponent)
                                                + " decimal places");
    }
    Int128 v = 0;
    for (char c : whole) {
        v = v * 10 + (c - '0');
        if (v > std::numeric_limits<std::int64_t>::max()) {
            return makeError("money.range", where + ": too large");
        }
    }
    for (int i = 0; i < currency.exponent; ++i) {
        v = v * 10 + (static_cast<std::size_t>(i) < frac.size() ? frac[i] - '0' : 0);
        if (v > std::numeric_limits<std::int64_t>::max()) {
            return makeError("money.range", where + ": too large");
        }
    }
    return Money(static_cast<std::int64_t>(negative ? -v : v), currency);
}

void Money::throwCurrencyMismatch(const Money &other) const
{
    throw MoneyError("money arithmetic across currencies: " + std::string(m_currency.alpha())
                     + " and " + std::string(other.m_currency.alpha()));
}

void Money::throwOverflow()
{
    throw MoneyError("money amount overflows 64 bits");
}

Result<Money> Money::checkedAdd(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        return makeError("money.currency_mismatch",
                         "cannot add " + other.toString() + " to " + toString());
    }
    std::int64_t out = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &out)) {
        return makeError("money.range",
                         "sum of " + toString() + " and " + other.toString() + " is too large");
    }
    return Money(out, m_currency);
}

Result<Money> Money::checkedSubtract(const Money &other) const
{
    if (!(m_currency == other.m_currency)) {
        return makeError("money.currency_mismatch",
                         "cannot subtract " + other.toString() + " from " + toString());
    }
    std::int64_t out = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &out)) {
        return makeError("money.range", "difference of " + toString() + " and " + other.toString()
                                            + " is too large");
    }
    return Money(out, m_currency);
}

Money Money::timesMilli(std::int64_t milliQuantity, RoundingMode mode) const
{
    return Money(divideRounded(static_cast<Int128>(m_minor) * milliQuantity, 1000, mode),
                 m_currency);
}

Money Money::percent(std::int64_t basisPoints, RoundingMode mode) const
{
    return Money(divideRounded(static_cast<Int128>(m_minor) * basisPoints, 10000, mode),
                 m_currency);
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator, RoundingMode mode) const
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    return Money(divideRounded(static_cast<Int128>(m_minor) * numerator, denominator, mode),
                 m_currency);
}

Money Money::roundedTo(std::int64_t incrementMinor, RoundingMode mode) const
{
    return Money(roundToIncrement(m_minor, incrementMinor, mode), m_currency);
}

std::vector<Money> Money::allocate(std::span<const std::int64_t> weights) const
{
    std::vector<Money> parts(weights.size(), Money::zero(m_currency));
    Int128 total = 0;
    for (auto w : weights) {
        if (w < 0) {
            throw MoneyError("money allocation with a negative weight");
        }
        total += w;
    }
    if (weights.empty()) {
        return parts;
    }
    if (total == 0) {
        // Nothing to weigh by: everything goes to the first part so the sum still holds.
        parts[0] = *this;
        return parts;
    }
    // Largest remainder (Hamilton): floor shares, then hand out the leftover units one by
    // one to the largest remainders, earliest index first on ties, so it is deterministic.
    const bool negative = m_minor < 0;
    const Int128 amount = negative ? -static_cast<Int128>(m_minor) : m_minor;
    std::vector<Int128> remainders(weights.size());
    Int128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Int128 num = amount * weights[i];
        parts[i] = Money(checkedInt64(num / total), m_currency);
        remainders[i] = num % total;
        given += num / total;
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (Int128 left = amount - given, k = 0; left > 0; --left, ++k) {
        auto &p = parts[order[static_cast<std::size_t>(k % static_cast<Int128>(order.size()))]];
        p = Money(p.minor() + 1, m_currency);
    }
    if (negative) {
        for (auto &p : parts) {
            p = -p;
        }
    }
    return parts;
}

std::string Money::toDecimalString() const
{
    const bool negative = m_minor < 0;
    // Work in unsigned so INT64_MIN prints correctly.
    const unsigned long long abs = negative ? 0ULL - static_cast<unsigned long long>(m_minor)
                                            : static_cast<unsigned long long>(m_minor);
    std::string digits = std::to_string(abs);
    const std::size_t exp = m_currency.exponent;
    if (exp > 0) {
        if (digits.size() <= exp) {
            digits.insert(0, exp + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - exp, 1, '.');
    }
    return negative ? "-" + digits : digits;
}

std::string Money::toString() const
{
    return toDecimalString() + " " + std::string(m_currency.alpha());
}

} // namespace lane::core
