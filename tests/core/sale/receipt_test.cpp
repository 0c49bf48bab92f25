#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/sale/receipttext.h"
#include "core/sale/transaction.h"
#include "salefixtures.h"

using namespace lane::core;
using namespace lane::core::testing;
using namespace std::chrono;

namespace {

class CardPort final : public PaymentPort
{
public:
    Result<CardApproval> authorize(const CardPaymentRequest &) override
    {
        return CardApproval{"949019******1234", "BC", "30012345", "T-7", "A1"};
    }
    Status reverse(const CardApproval &, const Money &) override { return {}; }
};

// Compares with tests/data/receipts/<name>.expected; on a mismatch writes <name>.actual
// next to it so the difference can be reviewed (and accepted by renaming).
void expectGolden(const std::string &name, const std::string &text)
{
    const std::filesystem::path dir = std::filesystem::path(LANE_TEST_DATA_DIR) / "receipts";
    std::ifstream in(dir / (name + ".expected"), std::ios::binary);
    std::stringstream expected;
    expected << in.rdbuf();
    const auto actualPath = dir / (name + ".actual");
    if (!in || expected.str() != text) {
        std::ofstream(actualPath, std::ios::binary) << text;
        ADD_FAILURE() << name << ": receipt differs from the golden file; wrote " << actualPath;
    } else {
        std::filesystem::remove(actualPath);
    }
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        EXPECT_LE(displayWidth(line), 42) << name << ": " << line;
    }
}

TEST(ReceiptText, DisplayWidth)
{
    EXPECT_EQ(displayWidth("ramen"), 5);
    EXPECT_EQ(displayWidth("신라면"), 6);
    EXPECT_EQ(displayWidth("콜라 1.5L"), 9);
    EXPECT_EQ(displayWidth("Ｗ"), 2);        // fullwidth
    EXPECT_EQ(displayWidth("é"), 1);         // precomposed
    EXPECT_EQ(displayWidth("e\xcc\x81"), 1); // e + combining acute
    EXPECT_EQ(truncateToWidth("신라면", 5), "신라");
    EXPECT_EQ(truncateToWidth("신라면", 6), "신라면");
    EXPECT_EQ(truncateToWidth("ab신", 3), "ab");
    EXPECT_EQ(displayWidth("\xff"), 1); // invalid byte counts as one replacement
    // "사과" decomposed (NFD, as some catalog exports send it): the vowel and final jamo
    // join the leading one, so it prints as wide as the composed form.
    EXPECT_EQ(displayWidth("\u1109\u1161\u1100\u116a"), 4);
    EXPECT_EQ(truncateToWidth("\u1109\u1161\u1100\u116a", 3), "\u1109\u1161");
}

TEST(ReceiptText, LanguageFromLocale)
{
    EXPECT_EQ(receiptLanguageForLocale("ko_KR"), ReceiptLanguage::Korean);
    EXPECT_EQ(receiptLanguageForLocale("ko"), ReceiptLanguage::Korean);
    EXPECT_EQ(receiptLanguageForLocale("ko-KR.UTF-8"), ReceiptLanguage::Korean);
    EXPECT_EQ(receiptLanguageForLocale("en_US"), ReceiptLanguage::English);
    EXPECT_EQ(receiptLanguageForLocale("kok_IN"), ReceiptLanguage::English); // Konkani
    EXPECT_EQ(receiptLanguageForLocale(""), ReceiptLanguage::English);
}

TEST(ReceiptText, FormatAmount)
{
    EXPECT_EQ(formatAmount(krw(1234567)), "1,234,567");
    EXPECT_EQ(formatAmount(krw(-1500)), "-1,500");
    EXPECT_EQ(formatAmount(krw(999)), "999");
    EXPECT_EQ(formatAmount(usd(123456)), "1,234.56");
    EXPECT_EQ(formatAmount(eur(-5)), "-0.05");
}

TEST(ReceiptGolden, KoreanInclusiveVatSplitTender)
{
    ManualClock clock{fridayAfternoonSeoul()};
    MemoryCatalog catalog = koreanCatalog();
    SaleConfig config = koreanConfig();
    Promotion ramen;
    ramen.id = "P-RAMEN3";
    ramen.name = "신라면 3개 4,000원";
    ramen.kind = Promotion::Kind::NForPrice;
    ramen.skus = {"K-RAMEN"};
    ramen.quantity = 3;
    ramen.price = krw(4000);
    TransactionHeader h = header("0001-02-000123", 123);
    Transaction t(h, catalog, config, clock, {ramen});
    ASSERT_TRUE(t.addScan(gtinScan("08801043014809"), 3000).ok());
    ASSERT_TRUE(t.addPlu("4001", 542).ok()); // apples 532 g net
    ASSERT_TRUE(t.addSku("K-COLA", 2000).ok());
    auto soju = t.addSku("K-SOJU");
    ASSERT_TRUE(soju.ok());
    auto milk = t.addSku("K-MILK");
    ASSERT_TRUE(milk.ok());
    ASSERT_TRUE(t.voidLine(*milk, "c7", "customer changed mind").ok());
    ASSERT_TRUE(t.verifyAge({"c7", Date{1990, 5, 1}, false}).ok());
    ASSERT_TRUE(t.startTendering().ok());
    // 4,500 - 500 + 5,267 + 5,600 + 200 + 1,950 = 17,017
    EXPECT_EQ(t.total().minor(), 17017);
    CardPort port;
    ASSERT_TRUE(t.payCard(port, krw(10000)).ok());
    ASSERT_TRUE(t.payCash(krw(10000)).ok()); // 7,017 -> 7,010 in cash, change 2,990
    clock.advance(minutes(2));
    ASSERT_TRUE(t.finalize().ok());
    const Receipt r = t.receipt();
    EXPECT_EQ(r.cashRounding.minor(), -7);
    EXPECT_EQ(r.change.minor(), 2990);
    ReceiptTextOptions o;
    o.storeName = "레인마트 강남점";
    o.header = {"서울 강남구 테헤란로 1", "사업자 123-45-67890"};
    o.footer = {"감사합니다"};
    expectGolden("korea_inclusive_split", renderReceiptText(r, o));
    o.language = ReceiptLanguage::Korean;
    expectGolden("korea_inclusive_split_ko", renderReceiptText(r, o));
}

// Hangul and Latin side by side: every amount ends in the same column whatever the width
// of the name, the saving label or the tax label (Hangul labels take two columns).
TEST(ReceiptText, MixedHangulAndLatinStayInColumns)
{
    const Currency won = currency("KRW");
    Receipt r;
    r.header = header("0001-02-000124", 124);
    r.header.cashierName = "김민지";
    r.header.startedAt = fridayAfternoonSeoul();
    r.utcOffsetMinutes = 9 * 60;
    r.currency = won;
    r.state = TransactionState::Finalized;
    auto saleLine = [&](LineId id, std::string name, std::int64_t amount, std::string label) {
        ReceiptLine l;
        l.lineId = id;
        l.name = std::move(name);
        l.quantityMilli = 1000;
        l.unitPrice = l.amount = l.paid = krw(amount);
        l.lineDiscount = krw(0);
        l.taxLabel = std::move(label);
        return l;
    };
    r.lines
        = {saleLine(1, "Coca-Cola 콜라 1.5L", 2800, "과"), saleLine(2, "신라면 Big 컵", 1500, "과"),
           saleLine(3, "Fuji 사과 한 봉지 (특대)", 5267, "면"), saleLine(4, "Milk 1L", 2650, "")};
    r.savings = {{"신라면+콜라 함께 사면 300원 할인", krw(300), {1, 2}, 2}};
    r.taxes = {{"V", "과", 1000, false, krw(3637), krw(363), krw(4000)},
               {"E", "면", 0, true, krw(7917), krw(0), krw(7917)}};
    r.subtotal = krw(12217);
    r.savingsTotal = krw(300);
    r.total = r.amountDue = r.paid = krw(11917);
    r.cashRounding = r.change = krw(0);
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.tendered = krw(20000);
    cash.applied = krw(11917);
    r.tenders = {cash};
    r.change = krw(8083);
    ReceiptTextOptions o;
    o.width = 32;
    o.language = ReceiptLanguage::Korean;
    o.storeName = "레인마트 Gangnam";
    const std::string expected = "        레인마트 Gangnam\n"
                                 "매장 0001 POS 02        번호 124\n"
                                 "2026-11-20 14:05   계산원 김민지\n"
                                 "--------------------------------\n"
                                 "Coca-Cola 콜라 1.5L     2,800 과\n"
                                 "신라면 Big 컵           1,500 과\n"
                                 "   신라면+콜라 함께 사면 -300   \n"
                                 "Fuji 사과 한 봉지 (특대 5,267 면\n"
                                 "Milk 1L                 2,650   \n"
                                 "--------------------------------\n"
                                 "소계                   11,917   \n"
                                 "합계 KRW               11,917   \n"
                                 "--------------------------------\n"
                                 "현금                   20,000   \n"
                                 "거스름돈                8,083   \n"
                                 "--------------------------------\n"
                                 "부가세\n"
                                 "     공급가액     세액      합계\n"
                                 "과 10%\n"
                                 "        3,637      363     4,000\n"
                                 "면 면세\n"
                                 "        7,917        0     7,917\n"
                                 "--------------------------------\n"
                                 "할인 합계                 300   \n"
                                 "================================\n"
                                 "         0001-02-000124\n";
    EXPECT_EQ(renderReceiptText(r, o), expected);
    std::istringstream lines(expected);
    for (std::string line; std::getline(lines, line);) {
        EXPECT_LE(displayWidth(line), 32) << line;
    }
}

TEST(ReceiptGolden, UsExclusiveTaxNoCashRounding)
{
    ManualClock clock{sys_days{2026y / 11 / 20} + 22h + 30min}; // 17:30 in New York
    MemoryCatalog catalog;
    Item soap = item("U-SOAP", "Dish soap 24oz", usd(399), "S", "household");
    Item bread = item("U-BREAD", "Whole wheat bread", usd(349), "F", "bakery");
    Item beer = item("U-BEER", "IPA 6-pack", usd(1199), "S", "beer");
    beer.minimumAge = 21;
    Item chips = item("U-CHIPS", "Potato chips", usd(299), "S", "snacks");
    for (const Item &i : {soap, bread, beer, chips}) {
        ASSERT_TRUE(catalog.add(i).ok());
    }
    SaleConfig config = usConfig();
    Promotion bogo;
    bogo.id = "BOGO";
    bogo.name = "Chips buy 1 get 1 50%";
    bogo.kind = Promotion::Kind::BuyXGetY;
    bogo.skus = {"U-CHIPS"};
    bogo.quantity = 1;
    bogo.getQuantity = 1;
    bogo.basisPoints = 5000;
    TransactionHeader h = header("0042-05-000777", 777);
    h.storeId = "0042";
    h.posId = "05";
    h.cashierName = "Sam";
    Transaction t(h, catalog, config, clock, {bogo});
    ASSERT_TRUE(t.addSku("U-SOAP").ok());
    ASSERT_TRUE(t.addSku("U-BREAD").ok());
    ASSERT_TRUE(t.addSku("U-BEER").ok());
    ASSERT_TRUE(t.addSku("U-CHIPS", 2000).ok());
    ASSERT_TRUE(t.verifyAge({"c9", std::nullopt, true}).ok());
    ASSERT_TRUE(t.startTendering().ok());
    // Taxable: 3.99 + 11.99 + 2.99 + 2.99 - 1.50 (1.495 -> 1.50) = 20.46;
    // tax 8.25% = 1.68795 -> 1.69. Food 3.49 exempt. Total 20.46 + 1.69 + 3.49 = 25.64.
    EXPECT_EQ(t.total().minor(), 2564);
    EXPECT_EQ(t.cashDue().minor(), 2564); // no cash rounding
    ASSERT_TRUE(t.payCash(usd(3000)).ok());
    ASSERT_TRUE(t.finalize().ok());
    ReceiptTextOptions o;
    o.storeName = "LANE GROCERY #42";
    o.header = {"100 Main St, Springfield"};
    o.footer = {"Thank you!"};
    expectGolden("us_exclusive_tax", renderReceiptText(t.receipt(), o));
}

TEST(ReceiptGolden, EuroCashRoundingToFiveCents)
{
    ManualClock clock{sys_days{2026y / 11 / 20} + 9h + 12min};
    MemoryCatalog catalog;
    Item coffee = item("E-COFFEE", "Koffiebonen 500g", eur(699), "L", "coffee");
    Item wine = item("E-WINE", "Rode wijn 0,75L", eur(549), "H", "wine");
    wine.minimumAge = 18;
    Item cheese = item("E-CHEESE", "Kaas jong belegen", eur(1495), "L", "cheese");
    cheese.weighed = true;
    cheese.plu = "201";
    for (const Item &i : {coffee, wine, cheese}) {
        ASSERT_TRUE(catalog.add(i).ok());
    }
    SaleConfig config = eurConfig();
    TransactionHeader h = header("NL01-03-004711", 4711);
    h.storeId = "NL01";
    h.posId = "03";
    h.cashierName = "Eva";
    Transaction t(h, catalog, config, clock);
    ASSERT_TRUE(t.addSku("E-COFFEE").ok());
    ASSERT_TRUE(t.addSku("E-WINE").ok());
    ASSERT_TRUE(t.addPlu("201", 318).ok()); // 0.318 kg x 14.95 = 4.7541 -> 4.75
    ASSERT_TRUE(t.verifyAge({"c3", Date{1980, 1, 1}, false}).ok());
    ASSERT_TRUE(
        t.addTransactionDiscount({Discount::Kind::Percent, 500, eur(0), "STAFF", "m2"}).ok());
    ASSERT_TRUE(t.startTendering().ok());
    // 6.99 + 5.49 + 4.75 = 17.23; 5% = 0.8615 -> 0.86; total 16.37; cash 16.35.
    EXPECT_EQ(t.total().minor(), 1637);
    EXPECT_EQ(t.cashDue().minor(), 1635);
    ASSERT_TRUE(t.payCash(eur(2000)).ok());
    ASSERT_TRUE(t.finalize().ok());
    ReceiptTextOptions o;
    o.storeName = "LANE MARKT";
    o.header = {"Kerkstraat 1, Utrecht", "BTW NL001234567B01"};
    expectGolden("eur_cash_rounding", renderReceiptText(t.receipt(), o));
    o.language = ReceiptLanguage::Korean; // the transaction discount's word too
    const std::string korean = renderReceiptText(t.receipt(), o);
    // "할인 5%" is 7 columns wide: 28 spaces bring "-0.86" to the amount column.
    EXPECT_NE(korean.find("\n할인 5%" + std::string(28, ' ') + "-0.86  \n"), std::string::npos)
        << korean;
    EXPECT_EQ(korean.find("Discount"), std::string::npos) << korean;
}

} // namespace
