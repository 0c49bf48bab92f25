#pragma once

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "core/base/clock.h"
#include "core/sale/config.h"
#include "core/store/catalogio.h"
#include "core/store/salecommit.h"
#include "core/store/store.h"

namespace lane::core::test {

/// A fresh directory removed at the end of the test.
class TempDir
{
public:
    TempDir()
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "lane-store-XXXXXX").string();
        m_path = ::mkdtemp(tmpl.data());
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string &name) const { return m_path + "/" + name; }
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

inline std::string catalogData(const std::string &name)
{
    return std::string(LANE_TEST_DATA_DIR) + "/catalog/" + name;
}

inline Currency krw()
{
    return *Currency::fromCode("KRW");
}

/// 2026-11-22 10:00 UTC.
inline TimePoint testTime()
{
    using namespace std::chrono;
    return TimePoint(sys_days(year(2026) / 11 / 22) + hours(10));
}

inline SaleConfig krwConfig()
{
    SaleConfig c;
    c.currency = krw();
    c.taxRates
        = {TaxRate{"standard", 1000, false, "VAT 10%"}, TaxRate{"exempt", 0, true, "Exempt"}};
    c.utcOffset = std::chrono::minutes(540);
    return c;
}

/// A store in a temp dir with the sample catalog imported.
struct StoreFixture
{
    TempDir dir;
    ManualClock clock{testTime()};
    SaleConfig config = krwConfig();
    std::unique_ptr<Store> store;

    std::string dbPath() const { return dir.file("lane.db"); }

    void create(StoreOptions options = {})
    {
        StoreInit init{dbPath(), "S0123", "02", krw(), 540, false};
        auto s = Store::init(init, clock, options);
        ASSERT_TRUE(s) << s.error().message;
        store = std::move(*s);
        auto imported = importCatalogCsv(store->database(), catalogData("items.csv"), krw());
        ASSERT_TRUE(imported) << imported.error().message;
    }
    void reopen(StoreOptions options = {})
    {
        store.reset();
        auto s = Store::open(dbPath(), clock, options);
        ASSERT_TRUE(s) << s.error().message;
        store = std::move(*s);
    }
    SaleContext context() { return SaleContext{&store->catalog(), &config, &clock, {}, nullptr}; }
    Transaction newSale()
    {
        TransactionHeader h;
        h.storeId = "S0123";
        h.posId = "02";
        h.cashierId = "c1";
        h.cashierName = "Kim";
        h.startedAt = clock.now();
        return Transaction(h, store->catalog(), config, clock);
    }
};

} // namespace lane::core::test
