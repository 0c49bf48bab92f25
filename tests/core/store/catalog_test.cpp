#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "storetestutil.h"

namespace lane::core::test {
namespace {

class CatalogTest : public ::testing::Test
{
protected:
    void SetUp() override { f.create(); }
    StoreFixture f;
};

TEST_F(CatalogTest, FindsItemsByBarcodePluAndSku)
{
    auto &cat = f.store->catalog();
    auto milk = cat.findByBarcode("08801043022231");
    ASSERT_TRUE(milk);
    EXPECT_EQ(milk->sku, "1002");
    EXPECT_EQ(milk->name, "초코 우유 Choco Milk 200ml");
    EXPECT_EQ(milk->price, Money(1500, krw()));
    EXPECT_EQ(milk->barcodes, (std::vector<std::string>{"08801043022224", "08801043022231"}));

    auto banana = cat.findByPlu("4011");
    ASSERT_TRUE(banana);
    EXPECT_TRUE(banana->weighed);
    EXPECT_FALSE(banana->returnable);
    EXPECT_EQ(banana->tareGrams, 20);
    EXPECT_EQ(banana->taxClass, "exempt");

    auto soju = cat.findBySku("1003");
    ASSERT_TRUE(soju);
    EXPECT_EQ(soju->minimumAge, 19);
    EXPECT_EQ(soju->depositSku, "D100");

    auto quoted = cat.findBySku("1005");
    ASSERT_TRUE(quoted);
    EXPECT_EQ(quoted->name, "\"Quoted\", with comma");
    EXPECT_FALSE(cat.findByBarcode("00000000000000"));
    EXPECT_FALSE(cat.findByPlu("9999"));
    EXPECT_FALSE(cat.lastError());
}

TEST_F(CatalogTest, NameSearchMatchesWordPrefixes)
{
    auto &cat = f.store->catalog();
    auto hits = cat.searchByName("초코", 10);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].sku, "1002");

    hits = cat.searchByName("cha so", 10); // "Chamisul Soju"
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1u);
    EXPECT_EQ((*hits)[0].sku, "1003");

    hits = cat.searchByName("AND ( \"quo NEAR", 10); // user text is never FTS syntax
    ASSERT_TRUE(hits) << hits.error().message;
    EXPECT_EQ(hits->size(), 0u);
    hits = cat.searchByName("quo", 10);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 1u);

    hits = cat.searchByName("zzz", 10);
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->empty());
}

TEST_F(CatalogTest, ExportReimportsToTheSameCatalog)
{
    std::ostringstream out;
    ASSERT_TRUE(exportCatalogCsv(f.store->database(), krw(), out));
    const std::string path = f.dir.file("export.csv");
    std::ofstream(path) << out.str();
    auto again = importCatalogCsv(f.store->database(), path, krw());
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->items, 6);
    EXPECT_EQ(again->barcodes, 5);
    std::ostringstream second;
    ASSERT_TRUE(exportCatalogCsv(f.store->database(), krw(), second));
    EXPECT_EQ(out.str(), second.str());
    EXPECT_EQ(f.store->catalog().findByPlu("4011")->sku, "1004");
}

struct BadFile
{
    const char *file;
    const char *message;
};

class BadCatalogTest : public ::testing::TestWithParam<BadFile>
{};

TEST_P(BadCatalogTest, IsRefusedWithLineAndColumnAndKeepsTheOldCatalog)
{
    StoreFixture f;
    f.create();
    auto r = importCatalogCsv(f.store->database(),
                              catalogData(std::string("bad/") + GetParam().file), krw());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, GetParam().message);
    // All or nothing: the catalog imported before is untouched.
    EXPECT_EQ(*f.store->catalog().itemCount(), 6);
    EXPECT_TRUE(f.store->catalog().findByBarcode("08801043011112"));
}

INSTANTIATE_TEST_SUITE_P(
    Files, BadCatalogTest,
    ::testing::Values(
        BadFile{"price_comma.csv",
                "price_comma.csv:3: column price: \"12,50\" is not a decimal amount for KRW"},
        BadFile{"price_decimals.csv",
                "price_decimals.csv:2: column price: \"12.50\" has more decimals than KRW allows "
                "(0)"},
        BadFile{"bad_barcode.csv", "bad_barcode.csv:2: column barcodes: \"8801043011113\" is not "
                                   "a GTIN-8/12/13/14 with a valid check digit"},
        BadFile{"duplicate_sku.csv",
                "duplicate_sku.csv:4: column sku: \"1\" appears more than once"},
        BadFile{"duplicate_barcode.csv", "duplicate_barcode.csv:3: column barcodes: "
                                         "\"08801043011112\" is already used by item 1"},
        BadFile{"duplicate_plu.csv",
                "duplicate_plu.csv:3: column plu: \"4011\" is already used by item 1"},
        BadFile{"unknown_column.csv", "unknown_column.csv:1: unknown column \"colour\" in the "
                                      "header"},
        BadFile{"missing_column.csv", "missing_column.csv:1: required column \"price\" is missing"},
        BadFile{"field_count.csv", "field_count.csv:3: 8 fields, the header has 13"},
        BadFile{"unclosed_quote.csv", "unclosed_quote.csv:3: quoted field is never closed"},
        BadFile{"bad_age.csv",
                "bad_age.csv:2: column minimum_age: \"adult\" is not an age in years (0-99)"},
        BadFile{"bad_deposit.csv",
                "bad_deposit.csv: item 1: column deposit_sku: \"D9\" is not an item in this file"},
        BadFile{"bad_weighed.csv",
                "bad_weighed.csv:2: column weighed: \"maybe\" is not a yes/no value (1/0)"},
        BadFile{"empty_name.csv", "empty_name.csv:2: column name: is empty"},
        BadFile{"empty.csv", "empty.csv: empty file (a header line is required)"}),
    [](const auto &p) {
        std::string n = p.param.file;
        return n.substr(0, n.find('.'));
    });

TEST(CatalogCsv, MissingFileIsAnError)
{
    StoreFixture f;
    f.create();
    auto r = importCatalogCsv(f.store->database(), f.dir.file("nope.csv"), krw());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, "csv.open");
}

TEST(CatalogCsv, FieldQuoting)
{
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("plain"), "plain");
}

} // namespace
} // namespace lane::core::test
