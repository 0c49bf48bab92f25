#include <gtest/gtest.h>

#include "app/lane/moneyformatter.h"

using lane::app::MoneyFormatter;
using lane::core::Currency;
using lane::core::Money;

namespace {

struct FormatCase
{
    const char *currency;
    std::int64_t minor;
    const char *language;
    const char *expected;
};

class MoneyFormatterFormat : public ::testing::TestWithParam<FormatCase>
{};

TEST_P(MoneyFormatterFormat, FormatsByCurrencyAndLanguage)
{
    const auto &c = GetParam();
    const Money money(c.minor, *Currency::fromCode(c.currency));
    EXPECT_EQ(MoneyFormatter::format(money, QString::fromLatin1(c.language)),
              QString::fromUtf8(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MoneyFormatterFormat,
    ::testing::Values(FormatCase{"KRW", 12500, "ko", "12,500원"},
                      FormatCase{"KRW", 12500, "en", "₩12,500"}, FormatCase{"KRW", 0, "ko", "0원"},
                      FormatCase{"KRW", 999, "en", "₩999"},
                      FormatCase{"KRW", -1000, "ko", "-1,000원"},
                      FormatCase{"KRW", 1234567890, "en", "₩1,234,567,890"},
                      FormatCase{"EUR", 1250, "en", "€12.50"},
                      FormatCase{"EUR", 1250, "ko", "€12.50"}, FormatCase{"EUR", 5, "en", "€0.05"},
                      FormatCase{"EUR", -100000, "en", "-€1,000.00"},
                      FormatCase{"EUR", INT64_MIN, "en", "-€92,233,720,368,547,758.08"},
                      FormatCase{"CHF", 1995, "en", "19.95 CHF"}));

TEST(MoneyFormatter, ParsesKeyedAmountsInMajorUnits)
{
    MoneyFormatter krw(*Currency::fromCode("KRW"));
    ASSERT_TRUE(krw.parse(QStringLiteral("12500")));
    EXPECT_EQ(krw.parse(QStringLiteral("12,500"))->minor(), 12500);
    EXPECT_FALSE(krw.parse(QStringLiteral("12.5"))); // KRW has no minor unit
    EXPECT_FALSE(krw.parse(QStringLiteral("")));
    EXPECT_FALSE(krw.parse(QStringLiteral("abc")));

    MoneyFormatter eur(*Currency::fromCode("EUR"));
    EXPECT_EQ(eur.parse(QStringLiteral("12.5"))->minor(), 1250);
    EXPECT_EQ(eur.parse(QStringLiteral("20"))->minor(), 2000);
    EXPECT_FALSE(eur.parse(QStringLiteral("1.234")));
}

TEST(MoneyFormatter, FollowsItsLanguage)
{
    MoneyFormatter krw(*Currency::fromCode("KRW"));
    krw.setLanguage(QStringLiteral("en"));
    EXPECT_EQ(krw.formatMinor(5000), QStringLiteral("₩5,000"));
    krw.setLanguage(QStringLiteral("ko"));
    EXPECT_EQ(krw.formatMinor(5000), QStringLiteral("5,000원"));
}

} // namespace
