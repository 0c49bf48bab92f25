#include "core/base/money.h"

#include <gtest/gtest.h>

#include <vector>

namespace lane::core {
namespace {

Currency krw()
{
    return *Currency::fromCode("KRW");
}
Currency eur()
{
    return *Currency::fromCode("EUR");
}

TEST(Currency, KnowsExponentsAndNumericCodes)
{
    EXPECT_EQ(krw().exponent, 0);
    EXPECT_EQ(eur().exponent, 2);
    EXPECT_EQ(Currency::fromCode("KWD")->exponent, 3);
    EXPECT_EQ(Currency::fromNumeric(410)->alpha(), "KRW");
    EXPECT_FALSE(Currency::fromCode("XXX").has_value());
}

struct RoundCase
{
    long long num;
    long long den;
    RoundingMode mode;
    long long expected;
};

class DivideRounded : public ::testing::TestWithParam<RoundCase>
{};

TEST_P(DivideRounded, RoundsAsNamed)
{
    const auto &c = GetParam();
    EXPECT_EQ(divideRounded(c.num, c.den, c.mode), c.expected)
        << c.num << "/" << c.den << " " << toString(c.mode);
}

INSTANTIATE_TEST_SUITE_P(
    Modes, DivideRounded,
    ::testing::Values(
        RoundCase{25, 10, RoundingMode::HalfUp, 3}, RoundCase{-25, 10, RoundingMode::HalfUp, -3},
        RoundCase{25, 10, RoundingMode::HalfEven, 2}, RoundCase{35, 10, RoundingMode::HalfEven, 4},
        RoundCase{-35, 10, RoundingMode::HalfEven, -4},
        RoundCase{25, 10, RoundingMode::HalfDown, 2}, RoundCase{26, 10, RoundingMode::HalfDown, 3},
        RoundCase{21, 10, RoundingMode::Up, 3}, RoundCase{-21, 10, RoundingMode::Up, -3},
        RoundCase{29, 10, RoundingMode::Down, 2}, RoundCase{-29, 10, RoundingMode::Down, -2},
        RoundCase{-21, 10, RoundingMode::Ceiling, -2}, RoundCase{21, 10, RoundingMode::Ceiling, 3},
        RoundCase{-21, 10, RoundingMode::Floor, -3}, RoundCase{30, 10, RoundingMode::Floor, 3}));

TEST(Money, ParsesDecimalTextStrictly)
{
    EXPECT_EQ(Money::parse("12.50", eur())->minor(), 1250);
    EXPECT_EQ(Money::parse("12.5", eur())->minor(), 1250);
    EXPECT_EQ(Money::parse("-0.07", eur())->minor(), -7);
    EXPECT_EQ(Money::parse("1500", krw())->minor(), 1500);
    EXPECT_EQ(Money::parse("1.5", krw()).error().code, "money.precision");
    EXPECT_EQ(Money::parse("12.345", eur()).error().code, "money.precision");
    EXPECT_EQ(Money::parse("1,00", eur()).error().code, "money.syntax");
    EXPECT_EQ(Money::parse("", eur()).error().code, "money.syntax");
    EXPECT_EQ(Money::parse("12.", eur()).error().code, "money.syntax");
    EXPECT_EQ(Money::parse("99999999999999999999", krw()).error().code, "money.range");
}

TEST(Money, FormatsPlainDecimal)
{
    EXPECT_EQ(Money(123450, eur()).toString(), "1234.50 EUR");
    EXPECT_EQ(Money(-5, eur()).toString(), "-0.05 EUR");
    EXPECT_EQ(Money(1500, krw()).toString(), "1500 KRW");
    EXPECT_EQ(Money(std::numeric_limits<std::int64_t>::min(), krw()).toDecimalString(),
              "-9223372036854775808");
}

TEST(Money, RefusesMixedCurrencies)
{
    EXPECT_THROW((void)(Money(1, eur()) + Money(1, krw())), MoneyError);
    EXPECT_THROW((void)(Money(1, eur()) < Money(1, krw())), MoneyError);
    EXPECT_THROW((void)(Money(1, eur()) - Money(1, krw())), MoneyError);
    EXPECT_THROW((void)(Money(1, eur()) == Money(1, krw())), MoneyError);
    Money sum(5, eur());
    EXPECT_THROW(sum += Money(1, krw()), MoneyError);
    EXPECT_THROW(sum -= Money(1, krw()), MoneyError);
    EXPECT_EQ(sum, Money(5, eur())); // a refused operation leaves the amount as it was
    auto r = Money(1, eur()).checkedAdd(Money(1, krw()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "money.currency_mismatch");
}

TEST(Money, RefusesOverflow)
{
    const Money big(std::numeric_limits<std::int64_t>::max(), krw());
    EXPECT_THROW((void)(big + Money(1, krw())), MoneyError);
    EXPECT_EQ(big.checkedAdd(Money(1, krw())).error().code, "money.range");
    EXPECT_THROW((void)(big * 2), MoneyError);
    EXPECT_THROW((void)(big * -2), MoneyError);
    const Money least(std::numeric_limits<std::int64_t>::min(), krw());
    EXPECT_THROW((void)(least - Money(1, krw())), MoneyError);
    EXPECT_THROW((void)(-least), MoneyError);
    EXPECT_THROW((void)(Money(-1, krw()) - big - Money(1, krw())), MoneyError);
    // At the edges, not beyond them: exact.
    EXPECT_EQ((big - Money(1, krw()) + Money(1, krw())).minor(), big.minor());
    EXPECT_EQ((least + Money(1, krw())).minor(), std::numeric_limits<std::int64_t>::min() + 1);
    EXPECT_EQ((-big).minor(), -std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ((Money(-3, krw()) * -4).minor(), 12);
}

TEST(Money, MultipliesByMilliQuantities)
{
    // 1.234 kg at 12.99 EUR/kg = 16.02966 -> 16.03
    EXPECT_EQ(Money(1299, eur()).timesMilli(1234, RoundingMode::HalfUp).minor(), 1603);
    // 0.333 kg at 3000 KRW/kg = 999 KRW exactly
    EXPECT_EQ(Money(3000, krw()).timesMilli(333, RoundingMode::HalfUp).minor(), 999);
    // 10% of 1005 KRW = 100.5 -> half-even 100, half-up 101
    EXPECT_EQ(Money(1005, krw()).percent(1000, RoundingMode::HalfEven).minor(), 100);
    EXPECT_EQ(Money(1005, krw()).percent(1000, RoundingMode::HalfUp).minor(), 101);
}

TEST(Money, CashRoundingToIncrement)
{
    EXPECT_EQ(Money(1234, krw()).roundedTo(10, RoundingMode::HalfUp).minor(), 1230);
    EXPECT_EQ(Money(1235, krw()).roundedTo(10, RoundingMode::HalfUp).minor(), 1240);
    // CHF to 0.05
    EXPECT_EQ(Money(1012, eur()).roundedTo(5, RoundingMode::HalfUp).minor(), 1010);
    EXPECT_EQ(Money(1013, eur()).roundedTo(5, RoundingMode::HalfUp).minor(), 1015);
}

TEST(Money, AllocateAddsUpExactly)
{
    const std::vector<std::int64_t> weights{1000, 2000, 3000};
    auto parts = Money(100, eur()).allocate(weights);
    ASSERT_EQ(parts.size(), 3U);
    EXPECT_EQ(parts[0].minor(), 17); // 16.67
    EXPECT_EQ(parts[1].minor(), 33); // 33.33
    EXPECT_EQ(parts[2].minor(), 50);
    auto neg = Money(-100, eur()).allocate(weights);
    EXPECT_EQ(neg[0].minor() + neg[1].minor() + neg[2].minor(), -100);
    EXPECT_EQ(neg[0].minor(), -17);
    const std::vector<std::int64_t> ones{1, 1, 1};
    auto thirds = Money(100, krw()).allocate(ones);
    EXPECT_EQ(thirds[0].minor(), 34);
    EXPECT_EQ(thirds[1].minor(), 33);
    EXPECT_EQ(thirds[2].minor(), 33);
}

} // namespace
} // namespace lane::core
