// Initial-consonant search against the store's name index (the sample catalog and a catalog
// shaped to defeat the skip-scan: shared prefixes, near misses, more terms than the cap).
#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

#include "core/base/hangul.h"
#include "core/base/utf8.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

std::vector<std::string> skus(const Result<std::vector<Item>> &hits)
{
    std::vector<std::string> out;
    if (hits) {
        for (const auto &item : *hits) {
            out.push_back(item.sku);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

class CatalogInitialsTest : public ::testing::Test
{
protected:
    void SetUp() override { f.create(); }
    StoreFixture f;
};

TEST_F(CatalogInitialsTest, FindsNamesByInitialConsonants)
{
    auto &cat = f.store->catalog();
    EXPECT_EQ(skus(cat.searchByInitials("ㅂㄴㄴ", 10)), std::vector<std::string>{"1004"});
    EXPECT_EQ(skus(cat.searchByInitials("ㅂㄴ", 10)), std::vector<std::string>{"1004"});
    EXPECT_EQ(skus(cat.searchByInitials("ㅊㅋ ㅇㅇ", 10)), std::vector<std::string>{"1002"});
    EXPECT_EQ(skus(cat.searchByInitials("초코 ㅇ", 10)), std::vector<std::string>{"1002"});
    EXPECT_EQ(skus(cat.searchByInitials("ㅅㄹㅁ shin", 10)), std::vector<std::string>{"1001"});
    EXPECT_EQ(skus(cat.searchByInitials("ㅅㅈ", 10)), std::vector<std::string>{"1003"});
    EXPECT_EQ(skus(cat.searchByInitials("바ㄴ", 10)), std::vector<std::string>{"1004"});
    // Names whose words match separately but not as typed.
    EXPECT_TRUE(skus(cat.searchByInitials("ㅂㄴㄴㄴ", 10)).empty());
    EXPECT_TRUE(skus(cat.searchByInitials("ㄴㄴ", 10)).empty()); // not a word start
    EXPECT_TRUE(skus(cat.searchByInitials("ㅊㅋ ㅅㅈ", 10)).empty());
    EXPECT_TRUE(skus(cat.searchByInitials("ㅎ", 10)).empty());
    EXPECT_TRUE(skus(cat.searchByInitials("", 10)).empty());
}

// A catalog where many terms share the first syllables, with near misses on every side of
// the range the skip-scan seeks, so a wrong jump loses or adds items.
TEST_F(CatalogInitialsTest, SkipScanAgreesWithAFullScan)
{
    const std::string path = f.dir.file("initials.csv");
    {
        std::ofstream csv(path);
        csv << "sku,name,barcodes,plu,department,price,tax_class,weighed,minimum_age,"
               "discountable,returnable,deposit_sku,tare_grams\n";
        const char *first[]
            = {"가", "각", "깋", "까", "나", "난", "낳", "바", "박", "빟", "빠", "힣"};
        const char *second[] = {"가", "나", "낙", "닣", "다", "바", "사"};
        int n = 0;
        for (const char *a : first) {
            for (const char *b : second) {
                for (const char *tail : {"", "x", "나"}) {
                    csv << "S" << n << ',' << a << b << tail << " 상품"
                        << ",,,food," << 1000 + n << ",standard,0,,1,1,,0\n";
                    ++n;
                }
            }
        }
    }
    auto imported = importCatalogCsv(f.store->database(), path, krw());
    ASSERT_TRUE(imported) << imported.error().message;

    auto &cat = f.store->catalog();
    auto everything = cat.searchByName("상품", 10000);
    ASSERT_TRUE(everything);
    ASSERT_EQ(everything->size(), 12u * 7u * 3u);
    for (const char *query : {"ㄱ", "ㄱㄴ", "ㄴㄴ", "ㅂㄷ", "ㅂㄴㄴ", "ㅂㄴ", "ㅃㄱ", "ㅎㅅ", "ㄲ",
                              "ㄱㄴㄴ", "난ㄷ", "ㅎㅎ", "ㅂ", "ㄴ"}) {
        std::vector<std::string> expected;
        const std::u32string q = decodeUtf8(query);
        for (const auto &item : *everything) {
            if (HangulInitials::startsWith(decodeUtf8(item.name), q)) {
                expected.push_back(item.sku);
            }
        }
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(skus(cat.searchByInitials(std::string(query) + " 상품", 10000)), expected)
            << query;
    }
}

TEST_F(CatalogInitialsTest, ABroadWordIsCappedNotScanned)
{
    const std::string path = f.dir.file("broad.csv");
    {
        std::ofstream csv(path);
        csv << "sku,name,barcodes,plu,department,price,tax_class,weighed,minimum_age,"
               "discountable,returnable,deposit_sku,tare_grams\n";
        // 200 distinct first syllables under ㅂ (바, 박, 밖, ...).
        for (int i = 0; i < 200; ++i) {
            std::string name;
            appendUtf8(name, HangulInitials::firstSyllable(U'ㅂ') + char32_t(i));
            csv << "B" << i << ',' << name << "다,,,food,100,standard,0,,1,1,,0\n";
        }
    }
    ASSERT_TRUE(importCatalogCsv(f.store->database(), path, krw()));
    auto &cat = f.store->catalog();
    auto hits = cat.searchByInitials("ㅂㄷ", 1000);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), std::size_t(SqliteCatalog::kMaxInitialsTerms));
    for (const auto &item : *hits) {
        EXPECT_EQ(HangulInitials::initialsOf(item.name), "ㅂㄷ") << item.name;
    }
    hits = cat.searchByInitials("ㅂㄷ", 5);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 5u);
}

} // namespace
} // namespace lane::core::test
