#include "core/barcode/gs1.h"

#include <gtest/gtest.h>

#include <string>

namespace lane::core {
namespace {

// Test inputs write GS (0x1D) as '|', which is not in the GS1 character set.
std::string g(std::string s)
{
    for (char &c : s) {
        if (c == '|')
            c = '\x1d';
    }
    return s;
}

Result<Gs1Data> raw(const std::string &s, int year = 2026)
{
    return parseGs1(g(s), Gs1Syntax::Transmitted, Gs1Options{year, 0});
}

Result<Gs1Data> keyed(const std::string &s, int year = 2026)
{
    return parseGs1(g(s), Gs1Syntax::Bracketed, Gs1Options{year, 0});
}

TEST(Gs1, GtinAloneAndWithLostSeparators)
{
    auto d = raw("0109501101530003");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->gtin, "09501101530003");
    ASSERT_EQ(d->elements.size(), 1u);
    EXPECT_EQ(d->elements[0], (Gs1Element{"01", "09501101530003", 1}));

    // Predefined-length fields need no GS; the variable one is last.
    d = raw("010950110153000317251231"
            "10ABC123");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->expiry, (Date{2025, 12, 31}));
    EXPECT_EQ(d->batch, "ABC123");
    EXPECT_EQ(d->elements[2].position, 25u);
}

TEST(Gs1, SeparatorsLeadingAndRedundant)
{
    auto d = raw("0109501101530003"
                 "17260200"
                 "10B1|21S99");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->expiry, (Date{2026, 2, 28})); // day 00: last day of the month
    EXPECT_EQ(d->batch, "B1");
    EXPECT_EQ(d->serial, "S99");

    d = raw("|0109501101530003|17251231|");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->gtin, "09501101530003");
    EXPECT_EQ(d->expiry, (Date{2025, 12, 31}));
}

TEST(Gs1, MeasuresAndPrices)
{
    auto d = raw("0194012345678904"
                 "3103001250");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->netWeightKg, (DecimalValue{1250, 3}));

    d = raw("0194012345678904"
            "3202000520"
            "39221250");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->netWeightLb, (DecimalValue{520, 2}));
    EXPECT_EQ(d->price, (DecimalValue{1250, 2}));

    d = raw("0194012345678904"
            "3932978"
            "1250");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->priceCurrencyNumeric, 978);
    EXPECT_EQ(d->priceInCurrency, (DecimalValue{1250, 2}));

    d = raw("0209501101530003"
            "3012");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->content, "09501101530003");
    EXPECT_EQ(d->count, 12);
}

TEST(Gs1, AllDateAis)
{
    auto d = raw("11250101"
                 "13250102"
                 "15250103"
                 "17250104");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->productionDate, (Date{2025, 1, 1}));
    EXPECT_EQ(d->packagingDate, (Date{2025, 1, 2}));
    EXPECT_EQ(d->bestBefore, (Date{2025, 1, 3}));
    EXPECT_EQ(d->expiry, (Date{2025, 1, 4}));
}

TEST(Gs1, CenturyFollowsTheSlidingWindow)
{
    // 7.12: from 49 years back to 50 years ahead of the current year.
    EXPECT_EQ(resolveGs1Year(76, 2026), 2076);
    EXPECT_EQ(resolveGs1Year(77, 2026), 1977);
    EXPECT_EQ(resolveGs1Year(0, 2026), 2000);
    EXPECT_EQ(resolveGs1Year(20, 2080), 2120);
    EXPECT_EQ(resolveGs1Year(30, 2080), 2130);
    EXPECT_EQ(resolveGs1Year(31, 2080), 2031);
    EXPECT_EQ(resolveGs1Year(99, 2000), 1999);
    EXPECT_EQ(resolveGs1Year(50, 2000), 2050);
    EXPECT_EQ(resolveGs1Year(51, 2000), 1951);
    EXPECT_EQ(resolveGs1Year(99, 0), 2099);

    auto d = raw("17770101");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->expiry->year, 1977);
    d = raw("17760101");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->expiry->year, 2076);
}

TEST(Gs1, LeapYearsDependOnTheCentury)
{
    EXPECT_TRUE(raw("17240229").ok());
    EXPECT_TRUE(raw("17000229").ok()); // 2000 is a leap year
    // In 2060 the window is 2011-2110, so "00" is 2100: not a leap year.
    auto d = raw("17000229", 2060);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().code, "gs1.bad_date");
    EXPECT_NE(d.error().message.find("2100-02"), std::string::npos) << d.error().message;
}

TEST(Gs1, ExpiryComparison)
{
    const Date expiry{2025, 12, 31};
    EXPECT_FALSE(isExpired(expiry, Date{2025, 12, 30}));
    EXPECT_FALSE(isExpired(expiry, Date{2025, 12, 31})); // sellable on its expiry day
    EXPECT_TRUE(isExpired(expiry, Date{2026, 1, 1}));
    EXPECT_TRUE(isExpired(Date{2026, 2, 28}, Date{2026, 3, 1}));
}

TEST(Gs1, BracketedForm)
{
    auto d = keyed("(01)09501101530003(17)251231(10)ABC(21)XYZ");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->gtin, "09501101530003");
    EXPECT_EQ(d->expiry, (Date{2025, 12, 31}));
    EXPECT_EQ(d->batch, "ABC");
    EXPECT_EQ(d->serial, "XYZ");
    EXPECT_EQ(d->elements[2].position, 29u);

    d = keyed("(01)09501101530003(10)A(B)C");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->batch, "A(B)C"); // brackets without digits are data

    d = keyed("(3103)001250(01)94012345678904");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->netWeightKg, (DecimalValue{1250, 3}));
}

TEST(Gs1, IdenticalRepeatIsHarmless)
{
    auto d = raw("0109501101530003"
                 "0109501101530003");
    ASSERT_TRUE(d.ok()) << d.error().message;
    EXPECT_EQ(d->gtin, "09501101530003");
}

struct BadCase
{
    const char *input;
    bool bracketed;
    const char *code;
    const char *fragment;
};

class Gs1Rejects : public ::testing::TestWithParam<BadCase>
{};

TEST_P(Gs1Rejects, WithCodeAndPlace)
{
    const auto &c = GetParam();
    auto d = c.bracketed ? keyed(c.input) : raw(c.input);
    ASSERT_FALSE(d.ok()) << c.input;
    EXPECT_EQ(d.error().code, c.code) << d.error().message;
    EXPECT_NE(d.error().message.find(c.fragment), std::string::npos) << d.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Gs1Rejects,
    ::testing::Values(
        BadCase{"0109501101530004", false, "gs1.check_digit",
                "(01) GTIN at position 1: check digit 4"},
        BadCase{"0109501101530003"
                "17251301",
                false, "gs1.bad_date",
                "GS1 AI (17) expiry date at position 17: month 13 is not a valid month"},
        BadCase{"0109501101530003"
                "17250231",
                false, "gs1.bad_date", "day 31 is not valid in 2025-02"},
        BadCase{"0109501101530003"
                "17250229",
                false, "gs1.bad_date", "day 29"},
        BadCase{"0109501101530003"
                "17250001",
                false, "gs1.bad_date", "month 00"},
        BadCase{"0109501101530003"
                "99ABC",
                false, "gs1.unknown_ai", "GS1 AI (99) at position 17"},
        BadCase{"0109501101530003"
                "3106123456",
                false, "gs1.unknown_ai", "(3106)"},
        BadCase{"0109501101530003"
                "3209123456",
                false, "gs1.unknown_ai", "(3209)"},
        BadCase{"0109501101530003"
                "422250",
                false, "gs1.unknown_ai", "(422)"},
        BadCase{"0109501101530003"
                "8008250101",
                false, "gs1.unknown_ai", "(8008)"},
        BadCase{"010950110153", false, "gs1.length", "expected 14 characters, found 10"},
        BadCase{"0109501101530003"
                "172512",
                false, "gs1.length", "expected 6 characters, found 4"},
        BadCase{"010950110|1530003", false, "gs1.length", "(01) GTIN at position 1"},
        BadCase{"0109501101530003"
                "10ABCDEFGHIJKLMNOPQRSTU",
                false, "gs1.unterminated", "(10) batch at position 17: not terminated by GS"},
        BadCase{"0109501101530003"
                "10ABC"
                "17251231",
                false, "gs1.unterminated", "from position 22 reads as AI (17)"},
        BadCase{"10ABC"
                "0109501101530003",
                false, "gs1.unterminated", "reads as AI (01)"},
        BadCase{"0109501101530003"
                "21S1"
                "3103001250",
                false, "gs1.unterminated", "AI (3103)"},
        BadCase{"0109501101530003"
                "10ABCDEFGHIJKLMNOPQRSTU|21X",
                false, "gs1.length", "at most 20"},
        BadCase{"0109501101530003"
                "10AB~C",
                false, "gs1.character", "'~' at position 21"},
        BadCase{"0109501101530003"
                "310300125X",
                false, "gs1.character", "'X' at position 26"},
        BadCase{"0109501101530003"
                "393297",
                false, "gs1.length", "at least 4"},
        BadCase{"0109501101530003"
                "10|17251231",
                false, "gs1.length", "empty"},
        BadCase{"0109501101530003"
                "0194012345678904",
                false, "gs1.duplicate_ai", "(01)"},
        BadCase{"01095011015300031", false, "gs1.character", "expected an AI at position 17"},
        BadCase{"0109501101530003"
                "AB",
                false, "gs1.character", "found 'A'"},
        BadCase{"0109501101530003"
                "310",
                false, "gs1.length", "(310) at position 17: the AI is incomplete"},
        BadCase{"", false, "gs1.empty", "empty"}, BadCase{"|", false, "gs1.empty", "empty"},
        BadCase{"0194012345678904"
                "39221250"
                "10ABC",
                false, "gs1.unterminated",
                "(3922) price at position 17: not terminated by GS: the data from position 25 "
                "reads as AI (10)"},
        BadCase{"0194012345678904"
                "39221250"
                "21ABC"
                "|10X",
                false, "gs1.character", "'A'"},
        BadCase{"(01)0950110153000", true, "gs1.length", "found 13"},
        BadCase{"(99)1", true, "gs1.unknown_ai", "(99)"},
        BadCase{"(3106)123456", true, "gs1.unknown_ai", "(3106)"},
        BadCase{"01(01)09501101530003", true, "gs1.character", "expected '(AI)' at position 1"},
        BadCase{"(01)09501101530003(17)251301", true, "gs1.bad_date", "at position 19: month 13"},
        BadCase{"(10)A|B", true, "gs1.character", "GS is not allowed"},
        BadCase{"(10)", true, "gs1.length", "empty"},
        BadCase{"(21)123456789012345678901", true, "gs1.length", "at most 20"}));

} // namespace
} // namespace lane::core
