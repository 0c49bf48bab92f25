#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::core {

// 128-bit intermediates keep products of money and quantities exact.
__extension__ typedef __int128 Int128;

/// An ISO 4217 currency with the exponent that says how many minor units make a major one.
struct Currency
{
    char code[4] = {0, 0, 0, 0}; // alphabetic code, NUL-terminated
    std::uint16_t numeric = 0;   // numeric code (GS1 AI 393n carries it)
    std::uint8_t exponent = 0;   // KRW 0, USD/EUR/CHF 2, KWD 3

    static std::optional<Currency> fromCode(std::string_view alpha);
    static std::optional<Currency> fromNumeric(int numeric);

    std::string_view alpha() const { return std::string_view(code, 3); }
    std::int64_t minorPerMajor() const;

    bool operator==(const Currency &other) const { return numeric == other.numeric; }
};

/// Named rounding rules; every division of money says which one it uses.
enum class RoundingMode {
    HalfUp,   // half away from zero (commercial rounding)
    HalfEven, // half to even (banker's rounding)
    HalfDown, // half toward zero
    Up,       // away from zero
    Down,     // toward zero (truncate)
    Ceiling,  // toward +infinity
    Floor,    // toward -infinity
};

std::optional<RoundingMode> roundingModeFromString(std::string_view name);
std::string_view toString(RoundingMode mode);

/// Exact integer division num/den (den > 0) rounded as asked. 128-bit inside.
std::int64_t divideRounded(Int128 num, std::int64_t den, RoundingMode mode);

/// Rounds `value` to a multiple of `increment` (> 0), e.g. 10 KRW or 5 Rappen.
std::int64_t roundToIncrement(std::int64_t value, std::int64_t increment, RoundingMode mode);

/// Thrown on arithmetic across two currencies or beyond int64: both are programmer
/// errors, never results of user input (input paths use the checked functions).
class MoneyError : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

/// An amount of money: an integer count of minor units in one currency. Never floating point.
class Money
{
public:
    Money(std::int64_t minor, Currency currency)
        : m_minor(minor)
        , m_currency(currency)
    {}
    static Money zero(Currency currency) { return Money(0, currency); }

    /// Parses a decimal amount in major units ("12.50", "-3", "1500") for this currency;
    /// more decimals than the currency has is an error, never silently rounded.
    static Result<Money> parse(std::string_view text, Currency currency);

    std::int64_t minor() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> checkedAdd(const Money &other) const;
    Result<Money> checkedSubtract(const Money &other) const;

    // Inline: the reprice adds amounts for every line on every basket change. Still
    // checked: a currency mismatch or an overflow throws MoneyError.
    Money operator+(const Money &other) const
    {
        requireSameCurrency(other);
        std::int64_t out = 0;
        if (__builtin_add_overflow(m_minor, other.m_minor, &out)) [[unlikely]] {
            throwOverflow();
        }
        return Money(out, m_currency);
    }
    Money operator-(const Money &other) const
    {
        requireSameCurrency(other);
        std::int64_t out = 0;
        if (__builtin_sub_overflow(m_minor, other.m_minor, &out)) [[unlikely]] {
            throwOverflow();
        }
        return Money(out, m_currency);
    }
    Money operator-() const
    {
        std::int64_t out = 0;
        if (__builtin_sub_overflow(std::int64_t{0}, m_minor, &out)) [[unlikely]] {
            throwOverflow();
        }
        return Money(out, m_currency);
    }
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }
    Money operator*(std::int64_t factor) const
    {
        std::int64_t out = 0;
        if (__builtin_mul_overflow(m_minor, factor, &out)) [[unlikely]] {
            throwOverflow();
        }
        return Money(out, m_currency);
    }

    /// This unit price times a quantity in thousandths (milli-kg, milli-units).
    Money timesMilli(std::int64_t milliQuantity, RoundingMode mode) const;
    /// `basisPoints` hundredths of a percent of this amount (1000 = 10%).
    Money percent(std::int64_t basisPoints, RoundingMode mode) const;
    /// this * numerator / denominator, rounded.
    Money scaled(std::int64_t numerator, std::int64_t denominator, RoundingMode mode) const;
    /// Rounded to a multiple of `incrementMinor` (cash rounding).
    Money roundedTo(std::int64_t incrementMinor, RoundingMode mode) const;

    /// Splits this amount in proportion to `weights` (largest remainder); the parts add up
    /// to exactly this amount. Used to share a transaction discount among lines.
    std::vector<Money> allocate(std::span<const std::int64_t> weights) const;

    /// Plain decimal text with the currency code: "1234.50 EUR", "-1500 KRW".
    std::string toString() const;
    /// Plain decimal text without the code: "1234.50".
    std::string toDecimalString() const;

    bool operator==(const Money &other) const
    {
        requireSameCurrency(other);
        return m_minor == other.m_minor;
    }
    std::strong_ordering operator<=>(const Money &other) const
    {
        requireSameCurrency(other);
        return m_minor <=> other.m_minor;
    }

private:
    void requireSameCurrency(const Money &other) const
    {
        if (!(m_currency == other.m_currency)) [[unlikely]] {
            throwCurrencyMismatch(other);
        }
    }
    [[noreturn]] void throwCurrencyMismatch(const Money &other) const;
    [[noreturn]] static void throwOverflow();

    std::int64_t m_minor;
    Currency m_currency;
};

} // namespace lane::core
