#pragma once

#include <chrono>
#include <string>

#include "core/base/clock.h"
#include "core/sale/memorycatalog.h"
#include "core/sale/transaction.h"

namespace lane::core::testing {

inline Currency currency(const char *code)
{
    return *Currency::fromCode(code);
}

inline Money krw(std::int64_t v)
{
    return Money(v, currency("KRW"));
}
inline Money usd(std::int64_t cents)
{
    return Money(cents, currency("USD"));
}
inline Money eur(std::int64_t cents)
{
    return Money(cents, currency("EUR"));
}

inline Item item(std::string sku, std::string name, Money price, std::string taxClass,
                 std::string department = "grocery")
{
    Item i;
    i.sku = std::move(sku);
    i.name = std::move(name);
    i.price = price;
    i.taxClass = std::move(taxClass);
    i.department = std::move(department);
    return i;
}

/// 2026-11-20 (a Friday) 14:05 in Seoul (UTC+9) = 05:05 UTC.
inline TimePoint fridayAfternoonSeoul()
{
    using namespace std::chrono;
    return sys_days{2026y / November / 20} + 5h + 5min;
}

/// A Korean store: KRW, VAT 10% included, cash to 10 won, deposit 100 won untaxed.
inline SaleConfig koreanConfig()
{
    SaleConfig c;
    c.currency = currency("KRW");
    c.taxMode = TaxMode::Inclusive;
    c.taxRounding = TaxRounding::PerLine;
    c.taxRoundingMode = RoundingMode::Down; // Korean receipts truncate VAT
    c.cashRoundingIncrement = 10;
    c.cashRoundingMode = RoundingMode::Down;
    c.taxRates = {{"V", 1000, false, "T"}, {"E", 0, true, "F"}};
    c.utcOffset = std::chrono::hours(9);
    return c;
}

/// A US store: sales tax 8.25% added, food exempt, no cash rounding.
inline SaleConfig usConfig()
{
    SaleConfig c;
    c.currency = currency("USD");
    c.taxMode = TaxMode::Exclusive;
    c.taxRounding = TaxRounding::PerReceipt;
    c.taxRoundingMode = RoundingMode::HalfUp;
    c.cashRoundingIncrement = 1;
    c.taxRates = {{"S", 825, false, "T"}, {"F", 0, true, "N"}};
    c.utcOffset = std::chrono::hours(-5);
    return c;
}

/// A euro store (Netherlands-like): VAT 21% and 9% included, cash rounded to 0.05.
inline SaleConfig eurConfig()
{
    SaleConfig c;
    c.currency = currency("EUR");
    c.taxMode = TaxMode::Inclusive;
    c.taxRounding = TaxRounding::PerReceipt;
    c.taxRoundingMode = RoundingMode::HalfUp;
    c.cashRoundingIncrement = 5;
    c.cashRoundingMode = RoundingMode::HalfUp;
    c.taxRates = {{"H", 2100, false, "A"}, {"L", 900, false, "B"}, {"Z", 0, true, "C"}};
    c.utcOffset = std::chrono::hours(1);
    return c;
}

inline TransactionHeader header(std::string id, std::uint64_t number = 1)
{
    TransactionHeader h;
    h.transactionId = std::move(id);
    h.storeId = "0001";
    h.posId = "02";
    h.receiptNumber = number;
    h.businessDate = Date{2026, 11, 20};
    h.cashierId = "c7";
    h.cashierName = "Kim";
    return h;
}

inline ScanCode gtinScan(std::string gtin14)
{
    ScanCode s;
    s.symbology = Symbology::Ean13;
    s.raw = gtin14.substr(1);
    s.gtin14 = std::move(gtin14);
    return s;
}

} // namespace lane::core::testing

namespace lane::core::testing {

/// The Korean demo catalog used by most tests.
inline MemoryCatalog koreanCatalog()
{
    MemoryCatalog c;
    auto add = [&](Item i) {
        auto s = c.add(std::move(i));
        LANE_ASSERT(s.ok());
    };
    Item ramen = item("K-RAMEN", "신라면", krw(1500), "V");
    ramen.barcodes = {"08801043014809"};
    add(ramen);
    Item cola = item("K-COLA", "콜라 1.5L", krw(2800), "V", "drinks");
    cola.barcodes = {"08801094000010"};
    cola.depositSku = "K-BOTTLE";
    add(cola);
    Item bottle = item("K-BOTTLE", "빈병보증금", krw(100), "E", "deposit");
    bottle.discountable = false;
    add(bottle);
    Item apple = item("K-APPLE", "사과", krw(9900), "E", "produce");
    apple.weighed = true;
    apple.plu = "4001";
    apple.tareGrams = 10;
    apple.barcodes = {"02400100000008"};
    add(apple);
    Item soju = item("K-SOJU", "소주", krw(1950), "V", "drinks");
    soju.minimumAge = 19;
    soju.barcodes = {"08801048101023"};
    add(soju);
    Item milk = item("K-MILK", "우유 1L", krw(2650), "E", "dairy");
    milk.barcodes = {"08801115114154"};
    add(milk);
    Item battery = item("K-BATTERY", "건전지 AA", krw(5000), "V", "household");
    battery.discountable = false;
    battery.returnable = false;
    add(battery);
    Item label = item("K-DELI", "반찬", krw(0), "V", "deli");
    label.barcodes = {"02200123000000"};
    add(label);
    return c;
}

} // namespace lane::core::testing
