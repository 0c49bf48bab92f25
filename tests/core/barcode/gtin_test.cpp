#include "core/barcode/gtin.h"

#include <gtest/gtest.h>

namespace lane::core {
namespace {

struct CheckDigitCase
{
    const char *withoutCheck;
    int expected;
};

class GtinCheckDigit : public ::testing::TestWithParam<CheckDigitCase>
{};

TEST_P(GtinCheckDigit, MatchesPublishedCodes)
{
    EXPECT_EQ(gtinCheckDigit(GetParam().withoutCheck), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Published, GtinCheckDigit,
                         ::testing::Values(CheckDigitCase{"400638133393", 1},  // EAN-13
                                           CheckDigitCase{"590123412345", 7},  // EAN-13
                                           CheckDigitCase{"03600029145", 2},   // UPC-A
                                           CheckDigitCase{"01234567890", 5},   // UPC-A
                                           CheckDigitCase{"9638507", 4},       // EAN-8
                                           CheckDigitCase{"0950110153000", 3}, // GTIN-14
                                           CheckDigitCase{"1950110153000", 0}, // GTIN-14
                                           CheckDigitCase{"000000000000", 0},  // all zero
                                           CheckDigitCase{"12345a", -1},       // not digits
                                           CheckDigitCase{"", -1}));

TEST(Gtin, ValidatesLengthDigitsAndCheck)
{
    EXPECT_TRUE(isValidGtin("4006381333931"));
    EXPECT_TRUE(isValidGtin("036000291452"));
    EXPECT_TRUE(isValidGtin("96385074"));
    EXPECT_TRUE(isValidGtin("09501101530003"));
    EXPECT_FALSE(isValidGtin("4006381333932")); // one digit off
    EXPECT_FALSE(isValidGtin("4006381333913")); // transposed
    EXPECT_FALSE(isValidGtin("400638133393"));  // 12 digits, wrong check
    EXPECT_FALSE(isValidGtin("3931"));          // length
    EXPECT_FALSE(isValidGtin("400638133393X"));
    EXPECT_FALSE(isValidGtin(""));
}

TEST(Gtin, EverySingleDigitErrorIsDetected)
{
    const std::string good = "5901234123457";
    for (std::size_t i = 0; i < good.size(); ++i) {
        for (char c = '0'; c <= '9'; ++c) {
            if (c == good[i])
                continue;
            std::string bad = good;
            bad[i] = c;
            EXPECT_FALSE(isValidGtin(bad)) << bad;
        }
    }
}

TEST(Gtin, CheckGtinNamesTheProblemAndPadsTo14)
{
    auto ok = checkGtin("96385074", "EAN-8 96385074");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, "00000096385074");

    auto bad = checkGtin("4006381333932", "EAN-13 4006381333932");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, "barcode.check_digit");
    EXPECT_NE(bad.error().message.find("expected 1"), std::string::npos) << bad.error().message;

    EXPECT_EQ(checkGtin("1234567", "x").error().code, "barcode.length");
    EXPECT_EQ(checkGtin("40063813339A1", "x").error().code, "barcode.character");
}

struct UpcECase
{
    const char *upce;
    const char *upca;
};

class UpcEExpansion : public ::testing::TestWithParam<UpcECase>
{};

TEST_P(UpcEExpansion, FollowsTheGs1Rules)
{
    auto a = expandUpcE(GetParam().upce);
    ASSERT_TRUE(a.ok()) << a.error().message;
    EXPECT_EQ(*a, GetParam().upca);
    EXPECT_TRUE(isValidGtin(*a));
}

// One case per rule of the last payload digit: 0-2, 3, 4, 5-9; number systems 0 and 1.
INSTANTIATE_TEST_SUITE_P(
    Table, UpcEExpansion,
    ::testing::Values(UpcECase{"01234505", "012000003455"}, UpcECase{"01234514", "012100003454"},
                      UpcECase{"01234523", "012200003453"}, UpcECase{"01234531", "012300000451"},
                      UpcECase{"01234543", "012340000053"}, UpcECase{"01234558", "012345000058"},
                      UpcECase{"01234596", "012345000096"}, UpcECase{"04252614", "042100005264"},
                      UpcECase{"06543217", "065100004327"}, UpcECase{"19876544", "198760000054"}));

struct UpcEErrorCase
{
    const char *upce;
    const char *code;
};

class UpcERejects : public ::testing::TestWithParam<UpcEErrorCase>
{};

TEST_P(UpcERejects, WithCode)
{
    auto a = expandUpcE(GetParam().upce);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().code, GetParam().code);
    EXPECT_NE(a.error().message.find(GetParam().upce), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Table, UpcERejects,
                         ::testing::Values(UpcEErrorCase{"01234506", "barcode.check_digit"},
                                           UpcEErrorCase{"21234505", "barcode.upce_number_system"},
                                           UpcEErrorCase{"0123450", "barcode.length"},
                                           UpcEErrorCase{"012345050", "barcode.length"},
                                           UpcEErrorCase{"0123A505", "barcode.character"},
                                           UpcEErrorCase{"01204534", "barcode.upce_invalid"},
                                           UpcEErrorCase{"01230545", "barcode.upce_invalid"},
                                           UpcEErrorCase{"01234053", "barcode.upce_invalid"}));

} // namespace
} // namespace lane::core
