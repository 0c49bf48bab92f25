#include "app/lanectl/demodata.h"

#include <cctype>
#include <cstdio>
#include <string>

#include "core/store/catalogio.h"

namespace lane::app::lanectl {
namespace {

struct Product
{
    const char *ko;
    const char *en;              // empty: the Korean name is enough
    int price;                   // KRW for the base size
    const char *brand = nullptr; // made by this brand only; otherwise by every brand
};

struct Size
{
    const char *label;
    int pricePercent; // of the base price
};

struct Department
{
    const char *code;
    int maker; // GS1 company prefix part (880 + 4 digits)
    std::vector<const char *> brands;
    std::vector<Product> products;
    std::vector<Size> sizes;
    int minimumAge = 0;
    const char *taxClass = "standard";
    bool discountable = true;
};

std::string gtin13(int maker, int item)
{
    char body[32];
    std::snprintf(body, sizeof body, "880%04d%05d", maker % 10000, item % 100000);
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        sum += (body[i] - '0') * (i % 2 ? 3 : 1);
    }
    return std::string(body) + static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string itemName(const char *brand, const Product &p, const Size &s)
{
    std::string n = std::string(brand) + " " + p.ko;
    if (*p.en) {
        n += std::string(" ") + p.en;
    }
    if (*s.label) {
        n += std::string(" ") + s.label;
    }
    return n;
}

void row(std::ostream &out, const std::string &sku, const std::string &name,
         const std::string &barcode, const std::string &plu, const char *dept, int price,
         const char *tax, bool weighed, int age, bool discountable, bool returnable,
         const std::string &deposit, int tare)
{
    out << sku << ',' << core::csvField(name) << ',' << barcode << ',' << plu << ',' << dept << ','
        << price << ',' << tax << ',' << (weighed ? 1 : 0) << ','
        << (age ? std::to_string(age) : "") << ',' << (discountable ? 1 : 0) << ','
        << (returnable ? 1 : 0) << ',' << deposit << ',' << tare << "\r\n";
}

const std::vector<Department> &departments()
{
    static const std::vector<Department> kDepts = {
        {"dairy",
         1001,
         {"서울우유", "매일", "남양", "빙그레"},
         {{"흰우유", "Milk", 1500},
          {"초코우유", "Chocolate Milk", 1700},
          {"딸기우유", "Strawberry Milk", 1700},
          {"바나나우유", "Banana Milk", 1800},
          {"저지방우유", "Low-fat Milk", 1600},
          {"떠먹는 요거트", "Yogurt", 1200},
          {"마시는 요거트", "Drinking Yogurt", 1400},
          {"치즈", "Cheese", 3900}},
         {{"200ml", 100},
          {"300ml", 140},
          {"500ml", 210},
          {"900ml", 330},
          {"1.8L", 580},
          {"2.3L", 700}}},
        {"noodles",
         1043,
         {"농심", "오뚜기", "삼양", "팔도"},
         {{"신라면", "Shin Ramyun", 1000, "농심"},
          {"너구리", "Neoguri", 1000, "농심"},
          {"짜파게티", "Chapagetti", 1100, "농심"},
          {"진라면 매운맛", "Jin Ramen Spicy", 900, "오뚜기"},
          {"참깨라면", "", 1100, "오뚜기"},
          {"불닭볶음면", "Buldak", 1300, "삼양"},
          {"안성탕면", "", 900, "농심"},
          {"비빔면", "Bibim Myeon", 1100, "팔도"},
          {"육개장 사발면", "", 1000, "농심"},
          {"칼국수", "Kalguksu", 1200}},
         {{"1개", 100}, {"4개입", 350}, {"5개입", 420}, {"8개입", 650}, {"컵 Cup", 120}}},
        {"snacks",
         1062,
         {"농심", "오리온", "롯데", "해태", "크라운", "빙그레", "농협", "노브랜드"},
         {{"새우깡", "Shrimp Crackers", 1500, "농심"},
          {"포카칩", "Potato Chips", 1700, "오리온"},
          {"꼬북칩", "Turtle Chips", 1700, "오리온"},
          {"초코파이", "Choco Pie", 4800, "오리온"},
          {"빼빼로", "Pepero", 1700, "롯데"},
          {"허니버터칩", "Honey Butter Chips", 1700, "해태"},
          {"홈런볼", "", 1700, "해태"},
          {"맛동산", "", 1700, "해태"},
          {"에이스", "Ace Crackers", 1500, "해태"},
          {"칸쵸", "", 1200, "롯데"},
          {"양파링", "Onion Rings", 1500, "농심"},
          {"고래밥", "", 1200}},
         {{"미니 Mini", 70},
          {"소 Small", 100},
          {"중 Medium", 160},
          {"대 Large", 230},
          {"멀티팩 Multipack", 380},
          {"박스 Box", 900}}},
        {"drinks",
         1094,
         {"코카콜라", "롯데칠성", "동아오츠카", "광동", "제주삼다수", "웅진", "해태htb", "풀무원"},
         {{"콜라", "Cola", 1300, "코카콜라"},
          {"사이다", "Cider", 1300, "롯데칠성"},
          {"제로 콜라", "Zero Cola", 1300, "코카콜라"},
          {"이온음료", "Sports Drink", 1400, "동아오츠카"},
          {"생수", "Water", 600, "제주삼다수"},
          {"옥수수수염차", "Corn Silk Tea", 1500, "광동"},
          {"보리차", "Barley Tea", 1300},
          {"캔커피", "Canned Coffee", 1200},
          {"오렌지주스", "Orange Juice", 1800},
          {"탄산수", "Sparkling Water", 1100}},
         {{"250ml", 100},
          {"355ml 캔 Can", 120},
          {"500ml", 150},
          {"1L", 190},
          {"1.5L", 230},
          {"2L", 270}}},
        {"household",
         1153,
         {"유한킴벌리", "LG생활건강", "애경", "아모레퍼시픽", "깨끗한나라", "피죤", "P&G",
          "노브랜드"},
         {{"화장지 30롤", "Toilet Paper 30 rolls", 19900},
          {"키친타올", "Kitchen Towel", 6900},
          {"주방세제", "Dish Soap", 4500},
          {"세탁세제", "Laundry Detergent", 12900},
          {"샴푸", "Shampoo", 8900},
          {"린스", "Conditioner", 8900},
          {"치약", "Toothpaste", 3500},
          {"칫솔", "Toothbrush", 2900},
          {"물티슈", "Wet Wipes", 2500},
          {"섬유유연제", "Fabric Softener", 9900},
          {"비누", "Soap", 1500}},
         {{"", 100},
          {"소용량 Small", 60},
          {"여행용 Travel", 40},
          {"대용량 Large", 180},
          {"리필 Refill", 80}}},
        {"bakery",
         1207,
         {"파리바게뜨", "삼립", "뚜레쥬르"},
         {{"식빵", "White Bread", 3500},
          {"단팥빵", "Red Bean Bun", 1500},
          {"크림빵", "Cream Bun", 1500},
          {"소보로빵", "Soboro Bun", 1500},
          {"카스테라", "Castella", 4500},
          {"모닝빵", "Dinner Rolls", 3200},
          {"호빵", "Steamed Bun", 2800},
          {"바게트", "Baguette", 3800}},
         {{"", 100}, {"2입 Twin", 190}, {"4입 Family", 360}}},
        {"frozen",
         1290,
         {"CJ 비비고", "풀무원", "오뚜기", "해태"},
         {{"왕교자", "Dumplings", 8900},
          {"물만두", "Boiled Dumplings", 6900},
          {"냉동피자", "Frozen Pizza", 7900},
          {"떡볶이", "Tteokbokki", 4500},
          {"아이스크림 바", "Ice Cream Bar", 1200},
          {"볶음밥", "Fried Rice", 3900},
          {"핫도그", "Hot Dog", 5900},
          {"붕어싸만코", "", 1500, "해태"}},
         {{"", 100}, {"소 Small", 60}, {"대용량 Family", 170}}},
        {"pantry",
         1311,
         {"CJ", "오뚜기", "대상 청정원", "샘표", "동원", "사조"},
         {{"햇반", "Cooked Rice", 1500, "CJ"},
          {"참치캔", "Canned Tuna", 2500},
          {"스팸", "Spam", 4900, "CJ"},
          {"고추장", "Gochujang", 6900},
          {"된장", "Doenjang", 5900},
          {"간장", "Soy Sauce", 4900},
          {"참기름", "Sesame Oil", 7900},
          {"카레", "Curry", 2500, "오뚜기"},
          {"식용유", "Cooking Oil", 6500},
          {"설탕", "Sugar", 3500},
          {"밀가루", "Flour", 2900},
          {"김", "Seaweed", 3900}},
         {{"", 100},
          {"소 Small", 60},
          {"3입 3-pack", 280},
          {"대 Large", 190},
          {"업소용 Bulk", 450}}},
        {"kitchen",
         1402,
         {"락앤락", "해피콜", "코멕스", "테팔", "노브랜드"},
         {{"밀폐용기", "Food Container", 5900},
          {"프라이팬", "Frying Pan", 29900},
          {"냄비", "Pot", 25900},
          {"도마", "Cutting Board", 9900},
          {"수세미", "Scrubber", 2500},
          {"고무장갑", "Rubber Gloves", 2900},
          {"랩", "Plastic Wrap", 3900},
          {"지퍼백", "Zipper Bags", 4500},
          {"주방가위", "Kitchen Scissors", 6900},
          {"텀블러", "Tumbler", 15900}},
         {{"", 100}, {"소 Small", 70}, {"대 Large", 140}, {"세트 Set", 250}}},
        {"stationery",
         1455,
         {"모나미", "동아", "알파", "3M", "노브랜드"},
         {{"볼펜", "Ballpoint Pen", 500},
          {"노트", "Notebook", 1500},
          {"테이프", "Tape", 1200},
          {"가위", "Scissors", 2500},
          {"풀", "Glue Stick", 1000},
          {"형광펜", "Highlighter", 800},
          {"연필", "Pencil", 400},
          {"지우개", "Eraser", 500},
          {"포스트잇", "Sticky Notes", 2000},
          {"클리어파일", "Clear Folder", 900}},
         {{"1개", 100}, {"3입 3-pack", 270}, {"10입 10-pack", 800}}},
        {"pet",
         1508,
         {"로얄캐닌", "퓨리나", "ANF", "네츄럴코어"},
         {{"강아지 사료", "Dog Food", 25900},
          {"고양이 사료", "Cat Food", 27900},
          {"강아지 간식", "Dog Treats", 5900},
          {"고양이 간식", "Cat Treats", 4900},
          {"고양이 모래", "Cat Litter", 12900},
          {"배변패드", "Pet Pads", 15900},
          {"캔 사료", "Canned Food", 2500},
          {"짜먹는 간식", "Lickable Treats", 6900}},
         {{"소 Small", 100}, {"중 Medium", 180}, {"대 Large", 320}}},
        {"beauty",
         1561,
         {"아모레퍼시픽", "LG생활건강", "이니스프리", "니베아", "뉴트로지나"},
         {{"로션", "Lotion", 15900},
          {"스킨", "Toner", 13900},
          {"선크림", "Sunscreen", 17900},
          {"클렌징폼", "Cleansing Foam", 8900},
          {"핸드크림", "Hand Cream", 5900},
          {"립밤", "Lip Balm", 4500},
          {"바디워시", "Body Wash", 9900},
          {"마스크팩", "Sheet Mask", 2000},
          {"면도기", "Razor", 8900},
          {"데오드란트", "Deodorant", 7900}},
         {{"", 100}, {"미니 Mini", 50}, {"대용량 Large", 170}}},
        {"liquor",
         1005,
         {"하이트진로", "롯데주류", "오비맥주"},
         {{"소주 참이슬", "Chamisul Soju", 1950, "하이트진로"},
          {"소주 처음처럼", "Chum Churum Soju", 1950, "롯데주류"},
          {"맥주 카스", "Cass Beer", 2500, "오비맥주"},
          {"맥주 테라", "Terra Beer", 2500, "하이트진로"},
          {"맥주 하이트", "Hite Beer", 2400, "하이트진로"},
          {"막걸리", "Makgeolli", 1800},
          {"청하", "Chungha", 2800, "롯데주류"},
          {"복분자주", "Bokbunja Wine", 6900}},
         {{"병 Bottle", 100}, {"캔 Can", 110}, {"페트 PET", 230}},
         19},
        {"tobacco",
         1377,
         {"KT&G", "필립모리스", "BAT"},
         {{"에쎄 체인지", "ESSE Change", 4500, "KT&G"},
          {"레종 블루", "Raison Blue", 4500, "KT&G"},
          {"말보로 레드", "Marlboro Red", 4500, "필립모리스"},
          {"던힐 파인컷", "Dunhill Fine Cut", 4500, "BAT"},
          {"메비우스", "Mevius", 4500, "필립모리스"},
          {"보헴 시가", "Bohem Cigar", 4500, "KT&G"}},
         {{"", 100}, {"1보루 Carton", 1000}},
         19,
         "standard",
         false},
    };
    return kDepts;
}

} // namespace

DemoCatalog writeDemoCatalog(std::ostream &out)
{
    DemoCatalog cat;
    out << "sku,name,barcodes,plu,department,price,tax_class,weighed,minimum_age,discountable,"
           "returnable,deposit_sku,tare_grams\r\n";
    int count = 0;
    // Container deposits (빈용기보증금), sold with bottled soju and beer.
    row(out, "D-SOJU", "빈용기보증금 소주병 Bottle deposit (soju)", "", "", "deposit", 100,
        "exempt", false, 0, false, true, "", 0);
    row(out, "D-BEER", "빈용기보증금 맥주병 Bottle deposit (beer)", "", "", "deposit", 130,
        "exempt", false, 0, false, true, "", 0);
    count += 2;
    // Weighed produce, keyed by PLU on the scale; unprocessed food is VAT exempt.
    const Product produce[] = {
        {"바나나", "Banana", 3980},
        {"사과 부사", "Fuji Apple", 8900},
        {"배 신고", "Asian Pear", 7900},
        {"감귤", "Tangerine", 6900},
        {"포도 캠벨", "Campbell Grapes", 9900},
        {"딸기", "Strawberry", 15900},
        {"양파", "Onion", 2900},
        {"감자", "Potato", 3900},
        {"고구마", "Sweet Potato", 5900},
        {"당근", "Carrot", 3500},
        {"토마토", "Tomato", 6900},
        {"오이", "Cucumber", 4900},
        {"배추", "Napa Cabbage", 1900},
        {"무", "Korean Radish", 1500},
        {"대파", "Green Onion", 4900},
        {"마늘", "Garlic", 12900},
        {"애호박", "Zucchini", 5900},
        {"파프리카", "Paprika", 11900},
        {"돼지고기 삼겹살", "Pork Belly", 26900},
        {"소고기 불고기용", "Beef Bulgogi", 39900},
        {"닭가슴살", "Chicken Breast", 13900},
        {"고등어", "Mackerel", 11900},
    };
    int plu = 4001;
    for (const auto &p : produce) {
        const std::string sku = "P" + std::to_string(plu);
        row(out, sku, std::string(p.ko) + " " + p.en + " (kg)", "", std::to_string(plu), "produce",
            p.price, "exempt", true, 0, true, false, "", 20);
        ++plu;
        ++count;
    }
    int item = 1;
    for (const auto &d : departments()) {
        for (std::size_t b = 0; b < d.brands.size(); ++b) {
            for (const auto &p : d.products) {
                if (p.brand && std::string(p.brand) != d.brands[b]) {
                    continue;
                }
                for (const auto &s : d.sizes) {
                    const int price = (p.price * s.pricePercent / 100 + 50) / 100 * 100;
                    const std::string code = gtin13(d.maker + static_cast<int>(b), item);
                    const std::string sku
                        = std::string(1, static_cast<char>(std::toupper(d.code[0])))
                          + std::to_string(100000 + item);
                    std::string deposit;
                    if (std::string(d.code) == "liquor" && std::string(s.label) == "병 Bottle") {
                        deposit = std::string(p.ko).rfind("소주", 0) == 0 ? "D-SOJU" : "D-BEER";
                    }
                    const std::string name = itemName(d.brands[b], p, s);
                    cat.skuByName[name] = sku;
                    row(out, sku, name, code, "", d.code, price > 0 ? price : 100, d.taxClass,
                        false, d.minimumAge, d.discountable, true, deposit, 0);
                    ++item;
                    ++count;
                }
            }
        }
    }
    cat.items = count;
    return cat;
}

std::vector<core::Promotion> demoPromotions(const DemoCatalog &catalog, core::Currency currency)
{
    auto sku = [&](const std::string &name) {
        auto it = catalog.skuByName.find(name);
        return it == catalog.skuByName.end() ? std::string() : it->second;
    };
    using core::Promotion;
    std::vector<Promotion> out;
    Promotion ramen;
    ramen.id = "PR-RAMEN-2+1";
    ramen.name = "라면 2+1";
    ramen.kind = Promotion::Kind::BuyXGetY;
    ramen.skus = {sku("농심 신라면 Shin Ramyun 1개"), sku("농심 너구리 Neoguri 1개")};
    ramen.quantity = 2;
    ramen.getQuantity = 1;
    ramen.basisPoints = 10000;
    ramen.price = core::Money::zero(currency);
    out.push_back(ramen);

    Promotion pie;
    pie.id = "PR-SNACK-3FOR";
    pie.name = "과자 3개 4,000원";
    pie.kind = Promotion::Kind::NForPrice;
    pie.skus
        = {sku("농심 새우깡 Shrimp Crackers 소 Small"), sku("오리온 포카칩 Potato Chips 소 Small"),
           sku("오리온 꼬북칩 Turtle Chips 소 Small")};
    pie.quantity = 3;
    pie.price = core::Money(4000, currency);
    out.push_back(pie);

    Promotion produce;
    produce.id = "PR-PRODUCE-10";
    produce.name = "신선식품 10% 할인";
    produce.kind = Promotion::Kind::DepartmentPercent;
    produce.department = "produce";
    produce.basisPoints = 1000;
    produce.price = core::Money::zero(currency);
    out.push_back(produce);
    return out;
}

} // namespace lane::app::lanectl
