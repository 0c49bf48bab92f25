#include "core/barcode/scancode.h"

#include <gtest/gtest.h>

#include <string>

namespace lane::core {
namespace {

std::string g(std::string s)
{
    for (char &c : s) {
        if (c == '|')
            c = '\x1d';
    }
    return s;
}

ScanRules storeRules()
{
    using K = VariableMeasureTemplate::Kind;
    ScanRules rules;
    rules.referenceYear = 2026;
    rules.variableMeasure = {
        {"kr-price", {"20", "21", "22"}, "PPIIIIIVVVVVK", K::Price, 0},
        {"de-weight", {"28"}, "PPIIIIICVVVVK", K::Weight, 0},
        {"us-price", {"02"}, "PPIIIIICVVVVK", K::Price, 0},
    };
    return rules;
}

struct GoodCase
{
    const char *input;
    Symbology symbology;
    const char *gtin14;
    const char *raw;
    bool gs1;
};

class ParseScanAccepts : public ::testing::TestWithParam<GoodCase>
{};

TEST_P(ParseScanAccepts, Decodes)
{
    const auto &c = GetParam();
    auto code = parseScan(g(c.input), storeRules());
    ASSERT_TRUE(code.ok()) << c.input << ": " << code.error().message;
    EXPECT_EQ(code->symbology, c.symbology) << toString(code->symbology);
    EXPECT_EQ(code->gtin14, c.gtin14);
    EXPECT_EQ(code->raw, g(c.raw));
    EXPECT_EQ(code->gs1.has_value(), c.gs1);
    EXPECT_FALSE(code->variable.has_value());
}

using S = Symbology;
INSTANTIATE_TEST_SUITE_P(
    Table, ParseScanAccepts,
    ::testing::Values(
        GoodCase{"4006381333931", S::Ean13, "04006381333931", "4006381333931", false},
        GoodCase{"4006381333931\r\n", S::Ean13, "04006381333931", "4006381333931", false},
        GoodCase{"]E04006381333931", S::Ean13, "04006381333931", "4006381333931", false},
        GoodCase{"036000291452", S::UpcA, "00036000291452", "036000291452", false},
        GoodCase{"]E0036000291452", S::UpcA, "00036000291452", "036000291452", false},
        GoodCase{"0036000291452", S::UpcA, "00036000291452", "0036000291452", false},
        GoodCase{"]E001234558", S::UpcE, "00012345000058", "01234558", false},
        GoodCase{"01234558", S::UpcE, "00012345000058", "01234558", false},
        GoodCase{"96385074", S::Ean8, "00000096385074", "96385074", false},
        GoodCase{"]E496385074", S::Ean8, "00000096385074", "96385074", false},
        GoodCase{"09501101530003", S::Unknown, "09501101530003", "09501101530003", false},
        GoodCase{"]I109501101530003", S::Itf14, "09501101530003", "09501101530003", false},
        // In-store prefix without a template: a plain EAN-13.
        GoodCase{"2412345045000", S::Ean13, "02412345045000", "2412345045000", false},
        GoodCase{"]C10109501101530003"
                 "17251231"
                 "10ABC",
                 S::Gs1_128, "09501101530003",
                 "0109501101530003"
                 "17251231"
                 "10ABC",
                 true},
        GoodCase{"]e00109501101530003", S::Gs1DataBar, "09501101530003", "0109501101530003", true},
        GoodCase{"]d20109501101530003|21ABC", S::Gs1DataMatrix, "09501101530003",
                 "0109501101530003|21ABC", true},
        GoodCase{"]Q30109501101530003", S::Gs1Qr, "09501101530003", "0109501101530003", true},
        GoodCase{"]C1(01)09501101530003(10)A1", S::Gs1_128, "09501101530003",
                 "(01)09501101530003(10)A1", true},
        GoodCase{"(01)09501101530003(17)251231", S::Unknown, "09501101530003",
                 "(01)09501101530003(17)251231", true},
        GoodCase{"0109501101530003", S::Unknown, "09501101530003", "0109501101530003", true},
        GoodCase{"0109501101530003|10ABC", S::Unknown, "09501101530003", "0109501101530003|10ABC",
                 true},
        GoodCase{"010950110153000310ABC", S::Unknown, "09501101530003", "010950110153000310ABC",
                 true},
        GoodCase{"]C13012", S::Gs1_128, "", "3012", true},
        // Not products: passed through for receipts, coupons, loyalty cards.
        GoodCase{"]C0RET-0001-2026", S::Code128, "", "RET-0001-2026", false},
        GoodCase{"]Q1https://example.com/r/1", S::Qr, "", "https://example.com/r/1", false},
        GoodCase{"]A0ABC123", S::Code39, "", "ABC123", false},
        GoodCase{"]d1XYZ", S::DataMatrix, "", "XYZ", false},
        GoodCase{"]X0abc", S::Unknown, "", "abc", false},
        GoodCase{"R20261122-0042", S::Unknown, "", "R20261122-0042", false},
        GoodCase{"1234567", S::Unknown, "", "1234567", false},
        GoodCase{"98765432109876543210", S::Unknown, "", "98765432109876543210", false}));

struct VariableCase
{
    const char *input;
    const char *templateName;
    VariableMeasureTemplate::Kind kind;
    const char *item;
    std::int64_t value;
    const char *key;
};

class ParseScanVariable : public ::testing::TestWithParam<VariableCase>
{};

TEST_P(ParseScanVariable, UsesTheFirstMatchingTemplate)
{
    const auto &c = GetParam();
    auto code = parseScan(c.input, storeRules());
    ASSERT_TRUE(code.ok()) << code.error().message;
    ASSERT_TRUE(code->variable.has_value());
    EXPECT_EQ(code->variable->templateName, c.templateName);
    EXPECT_EQ(code->variable->kind, c.kind);
    EXPECT_EQ(code->variable->itemReference, c.item);
    EXPECT_EQ(code->variable->value, c.value);
    EXPECT_EQ(code->variable->lookupKey, c.key);
    EXPECT_EQ(code->gtin14, c.key); // the catalog key of an in-store item
}

using K = VariableMeasureTemplate::Kind;
INSTANTIATE_TEST_SUITE_P(
    Table, ParseScanVariable,
    ::testing::Values(
        VariableCase{"2112345045009", "kr-price", K::Price, "12345", 4500, "02112345000008"},
        VariableCase{"]E02112345045009", "kr-price", K::Price, "12345", 4500, "02112345000008"},
        VariableCase{"2812345912348", "de-weight", K::Weight, "12345", 1234, "02812345000007"},
        // US random weight as 12-digit UPC-A: number system 2 is EAN-13 prefix 02.
        VariableCase{"212345804995", "us-price", K::Price, "12345", 499, "00212345000007"}));

struct BadCase
{
    const char *input;
    const char *code;
    const char *fragment;
};

class ParseScanRejects : public ::testing::TestWithParam<BadCase>
{};

TEST_P(ParseScanRejects, WithCodeAndReason)
{
    const auto &c = GetParam();
    auto code = parseScan(g(c.input), storeRules());
    ASSERT_FALSE(code.ok()) << c.input;
    EXPECT_EQ(code.error().code, c.code) << code.error().message;
    EXPECT_NE(code.error().message.find(c.fragment), std::string::npos) << code.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ParseScanRejects,
    ::testing::Values(
        BadCase{"", "barcode.empty", "empty"}, BadCase{"\r\n", "barcode.empty", "empty"},
        BadCase{"4006381333932", "barcode.check_digit", "EAN-13 4006381333932: check digit 2"},
        BadCase{"]E04006381333932", "barcode.check_digit", "expected 1"},
        BadCase{"036000291453", "barcode.check_digit", "UPC-A"},
        BadCase{"96385075", "barcode.check_digit", "EAN-8"},
        BadCase{"]E001234559", "barcode.check_digit", "UPC-E"},
        BadCase{"]E01234567890", "barcode.length", "10 digits"},
        BadCase{"]E4400638133393", "barcode.length", "8 for EAN-8"},
        BadCase{"]E0ABC", "barcode.character", "position 1"},
        BadCase{"]E24006381333931"
                "12345",
                "barcode.addon_unsupported", "]E2"},
        BadCase{"]E3400638133393112", "barcode.addon_unsupported", "]E3"},
        BadCase{"]E", "barcode.aim", "incomplete"}, BadCase{"]C1", "barcode.empty", "]C1"},
        BadCase{"]I109501101530004", "barcode.check_digit", "ITF-14"},
        BadCase{"]C10109501101530004", "gs1.check_digit", "at position 4"},
        BadCase{"]C10109501101530003"
                "17251301",
                "gs1.bad_date",
                "GS1 AI (17) expiry date at position 20: month 13 is not a valid month"},
        BadCase{"]C10109501101530003"
                "10ABC"
                "17251231",
                "gs1.unterminated", "(10) batch"},
        BadCase{"]d20109501101530003"
                "99X",
                "gs1.unknown_ai", "(99) at position 20"},
        BadCase{"(01)09501101530003(17)250231", "gs1.bad_date", "day 31"},
        BadCase{"0109501101530003|422250", "gs1.unknown_ai", "(422)"},
        BadCase{"2812345812341", "barcode.price_check", "de-weight"},
        BadCase{"2112345045008", "barcode.check_digit", "EAN-13"}));

TEST(ParseScan, InvalidTemplateFailsTheScanItClaims)
{
    ScanRules rules;
    rules.variableMeasure = {{"broken", {"23"}, "PPIIIIIVVVVV", K::Price, 0}};
    auto code = parseScan("2312345101006", rules);
    ASSERT_FALSE(code.ok());
    EXPECT_EQ(code.error().code, "barcode.template");
    EXPECT_TRUE(parseScan("4006381333931", rules).ok()); // other codes are unaffected
}

TEST(ParseScan, ReferenceYearDrivesTheCentury)
{
    ScanRules rules;
    rules.referenceYear = 2026;
    auto code = parseScan("]C10109501101530003"
                          "17800101",
                          rules);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code->gs1->expiry->year, 1980);
    rules.referenceYear = 0;
    code = parseScan("]C10109501101530003"
                     "17800101",
                     rules);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code->gs1->expiry->year, 2080);
}

TEST(ParseScan, SymbologyNames)
{
    EXPECT_EQ(toString(Symbology::Ean13), "EAN-13");
    EXPECT_EQ(toString(Symbology::Gs1DataMatrix), "GS1 DataMatrix");
    EXPECT_EQ(toString(Symbology::Itf14), "ITF-14");
}

} // namespace
} // namespace lane::core
