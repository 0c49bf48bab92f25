#include "core/barcode/variablemeasure.h"

#include <gtest/gtest.h>

#include <string>

namespace lane::core {
namespace {

TEST(PriceCheckDigit, WorkedExamplesFromTheGs1GeneralSpecifications)
{
    // 7.9.3: four-digit price 2875 -> 9; five-digit price 14685 -> 6.
    EXPECT_EQ(priceCheckDigit("2875"), 9);
    EXPECT_EQ(priceCheckDigit("14685"), 6);
}

TEST(PriceCheckDigit, MoreValues)
{
    EXPECT_EQ(priceCheckDigit("0000"), 0);
    EXPECT_EQ(priceCheckDigit("1234"), 9);
    EXPECT_EQ(priceCheckDigit("0999"), 5);
    EXPECT_EQ(priceCheckDigit("9999"), 6);
    EXPECT_EQ(priceCheckDigit("00000"), 0);
    EXPECT_EQ(priceCheckDigit("12345"), 8);
    EXPECT_EQ(priceCheckDigit("04500"), 2);
    EXPECT_EQ(priceCheckDigit("99999"), 6);
    EXPECT_FALSE(priceCheckDigit("123").has_value());
    EXPECT_FALSE(priceCheckDigit("123456").has_value());
    EXPECT_FALSE(priceCheckDigit("12a4").has_value());
}

TEST(PriceCheckDigit, DetectsEverySingleDigitError)
{
    // Each weighting is a permutation of the digits, so one wrong digit always shows.
    for (int width : {4, 5}) {
        const int limit = width == 4 ? 10000 : 100000;
        for (int v = 0; v < limit; v += 7) {
            std::string s = std::to_string(v);
            s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
            const int check = *priceCheckDigit(s);
            for (std::size_t i = 0; i < s.size(); ++i) {
                std::string t = s;
                t[i] = static_cast<char>('0' + (t[i] - '0' + 1) % 10);
                ASSERT_NE(*priceCheckDigit(t), check) << s << " vs " << t;
            }
        }
    }
}

VariableMeasureTemplate korea()
{
    return {
        "kr-price", {"20", "21", "22"}, "PPIIIIIVVVVVK", VariableMeasureTemplate::Kind::Price, 0};
}
VariableMeasureTemplate germanyWeight()
{
    return {"de-weight", {"28"}, "PPIIIIICVVVVK", VariableMeasureTemplate::Kind::Weight, 0};
}
VariableMeasureTemplate germanyPrice5()
{
    return {"de-price5", {"29"}, "PPIIIICVVVVVK", VariableMeasureTemplate::Kind::Price, 0};
}

struct DecodeCase
{
    VariableMeasureTemplate (*tmpl)();
    const char *code;
    const char *item;
    std::int64_t value;
    const char *lookupKey;
};

class DecodeVariableMeasure : public ::testing::TestWithParam<DecodeCase>
{};

TEST_P(DecodeVariableMeasure, ReadsItemValueAndKey)
{
    const auto &c = GetParam();
    auto vm = decodeVariableMeasure(c.code, c.tmpl());
    ASSERT_TRUE(vm.ok()) << vm.error().message;
    EXPECT_EQ(vm->itemReference, c.item);
    EXPECT_EQ(vm->value, c.value);
    EXPECT_EQ(vm->lookupKey, c.lookupKey);
    EXPECT_EQ(vm->templateName, c.tmpl().name);
}

INSTANTIATE_TEST_SUITE_P(
    Countries, DecodeVariableMeasure,
    ::testing::Values(
        // Korea: 21 12345 04500 K -> item 12345, 4,500 won.
        DecodeCase{korea, "2112345045009", "12345", 4500, "02112345000008"},
        // Germany: 28 12345 C=9 1234 g.
        DecodeCase{germanyWeight, "2812345912348", "12345", 1234, "02812345000007"},
        // Five-digit price with check: 29 1234 C=7 01250 -> 12.50.
        DecodeCase{germanyPrice5, "2912347012500", "1234", 1250, "02912340000009"}));

TEST(VariableMeasure, WrongPriceCheckDigitIsRejected)
{
    // 2812345 C=8 (should be 9) 1234; EAN-13 check recomputed so only C is wrong.
    auto vm = decodeVariableMeasure("2812345812341", germanyWeight());
    ASSERT_FALSE(vm.ok());
    EXPECT_EQ(vm.error().code, "barcode.price_check");
    EXPECT_NE(vm.error().message.find("expected 9"), std::string::npos) << vm.error().message;
    EXPECT_NE(vm.error().message.find("de-weight"), std::string::npos);
}

TEST(VariableMeasure, ShiftScalesTheValue)
{
    auto t = korea();
    t.valueDecimalsShift = 1; // V digits in tens of won
    auto vm = decodeVariableMeasure("2112345045009", t);
    ASSERT_TRUE(vm.ok());
    EXPECT_EQ(vm->value, 45000);
}

TEST(VariableMeasure, IgnoredDigitsDoNotChangeTheKey)
{
    VariableMeasureTemplate t{
        "x", {"23"}, "PPIIIIIXVVVVK", VariableMeasureTemplate::Kind::Price, 0};
    auto a = decodeVariableMeasure("2312345101006", t);
    auto b = decodeVariableMeasure("2312345701008", t);
    ASSERT_TRUE(a.ok()) << a.error().message;
    ASSERT_TRUE(b.ok()) << b.error().message;
    EXPECT_EQ(a->lookupKey, b->lookupKey);
    EXPECT_EQ(a->value, 100);
}

TEST(VariableMeasure, FindTemplateTakesTheFirstMatch)
{
    ScanRules rules;
    rules.variableMeasure
        = {germanyWeight(),
           korea(),
           {"late", {"21"}, "PPIIIIIIVVVVK", VariableMeasureTemplate::Kind::Price, 0}};
    EXPECT_EQ(findTemplate(rules, "2112345045009")->name, "kr-price");
    EXPECT_EQ(findTemplate(rules, "2812345912348")->name, "de-weight");
    EXPECT_EQ(findTemplate(rules, "2412345045009"), nullptr);
}

struct BadTemplateCase
{
    VariableMeasureTemplate t;
    const char *fragment;
};

class ValidateTemplate : public ::testing::TestWithParam<BadTemplateCase>
{};

TEST_P(ValidateTemplate, RefusesWithReason)
{
    auto st = validateTemplate(GetParam().t);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "barcode.template");
    EXPECT_NE(st.error().message.find(GetParam().fragment), std::string::npos)
        << st.error().message;
}

using K = VariableMeasureTemplate::Kind;
INSTANTIATE_TEST_SUITE_P(
    Table, ValidateTemplate,
    ::testing::Values(BadTemplateCase{{"a", {"21"}, "PPIIIIIVVVVK", K::Price, 0}, "not 13"},
                      BadTemplateCase{{"b", {"21"}, "PPIIIIIVVVVVZ", K::Price, 0}, "'Z'"},
                      BadTemplateCase{{"c", {"21"}, "IPPIIIIVVVVVK", K::Price, 0}, "two P"},
                      BadTemplateCase{{"d", {"21"}, "PPIIIIIVVVVKV", K::Price, 0}, "end with"},
                      BadTemplateCase{{"e", {"21"}, "PPIIIIIIIIIIK", K::Price, 0}, "V digits"},
                      BadTemplateCase{{"f", {"21"}, "PPIIICVVVVVVK", K::Price, 0}, "4 or 5"},
                      BadTemplateCase{{"g", {"21"}, "PPIIICCVVVVVK", K::Price, 0},
                                      "more than one C"},
                      BadTemplateCase{{"h", {"45"}, "PPIIIIIVVVVVK", K::Price, 0}, "'45'"},
                      BadTemplateCase{{"i", {}, "PPIIIIIVVVVVK", K::Price, 0}, "no prefixes"},
                      BadTemplateCase{{"j", {"21"}, "PPIIIIIVVVVVK", K::Price, 7}, "0-6"}));

TEST(ValidateTemplate, AcceptsTheCountryTemplates)
{
    EXPECT_TRUE(validateTemplate(korea()).ok());
    EXPECT_TRUE(validateTemplate(germanyWeight()).ok());
    EXPECT_TRUE(validateTemplate(germanyPrice5()).ok());
}

} // namespace
} // namespace lane::core
