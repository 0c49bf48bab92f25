#include <gtest/gtest.h>

#include "core/auth/credential.h"
#include "core/store/migrations.h"
#include "core/store/promotionstore.h"
#include "storetestutil.h"

namespace lane::core::test {
namespace {

TEST(PromotionStore, RoundTripsEveryKind)
{
    StoreFixture f;
    f.create();
    Promotion a;
    a.id = "p1";
    a.name = "2+1";
    a.kind = Promotion::Kind::BuyXGetY;
    a.skus = {"1001", "1002"};
    a.getSkus = {"1005"};
    a.quantity = 2;
    a.getQuantity = 1;
    a.basisPoints = 10000;
    a.price = Money::zero(krw());
    TimeWindow w;
    w.start = testTime();
    w.end = testTime() + std::chrono::hours(24);
    a.windows = {w};
    Promotion b;
    b.id = "p2";
    b.name = "produce 10%";
    b.kind = Promotion::Kind::DepartmentPercent;
    b.department = "produce";
    b.basisPoints = 1000;
    b.price = Money::zero(krw());
    ASSERT_TRUE(savePromotion(f.store->database(), a));
    ASSERT_TRUE(savePromotion(f.store->database(), b));
    auto loaded = loadPromotions(f.store->database(), krw());
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->size(), 2u);
    const auto &la = (*loaded)[0];
    EXPECT_EQ(la.kind, Promotion::Kind::BuyXGetY);
    EXPECT_EQ(la.skus, a.skus);
    EXPECT_EQ(la.getSkus, a.getSkus);
    EXPECT_EQ(la.getQuantity, 1);
    ASSERT_EQ(la.windows.size(), 1u);
    EXPECT_EQ(la.windows[0].start, w.start);
    EXPECT_EQ(la.windows[0].end, w.end);
    EXPECT_EQ((*loaded)[1].department, "produce");
    EXPECT_TRUE((*loaded)[1].skus.empty());
    EXPECT_TRUE((*loaded)[1].windows.empty());
}

TEST(PromotionStore, WeekdayAndHourWindowsAreStoredAndLoaded)
{
    StoreFixture f;
    f.create();
    Promotion p;
    p.id = "happy-hour";
    p.name = "weekday evenings 10%";
    p.kind = Promotion::Kind::DepartmentPercent;
    p.department = "bakery";
    p.basisPoints = 1000;
    p.price = Money::zero(krw());
    TimeWindow evenings;
    evenings.daysOfWeek = 0x1f; // Monday to Friday
    evenings.fromMinute = 18 * 60;
    evenings.toMinute = 20 * 60;
    evenings.start = testTime();
    TimeWindow lateSaturday;
    lateSaturday.daysOfWeek = 0x20;
    lateSaturday.fromMinute = 22 * 60; // spans midnight
    lateSaturday.toMinute = 2 * 60;
    lateSaturday.end = testTime() + std::chrono::hours(24 * 30);
    p.windows = {evenings, lateSaturday};
    ASSERT_TRUE(savePromotion(f.store->database(), p));
    f.reopen();
    auto loaded = loadPromotions(f.store->database(), krw());
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->size(), 1u);
    const auto &w = (*loaded)[0].windows;
    ASSERT_EQ(w.size(), 2u);
    for (std::size_t k = 0; k < 2; ++k) {
        EXPECT_EQ(w[k].daysOfWeek, p.windows[k].daysOfWeek) << k;
        EXPECT_EQ(w[k].fromMinute, p.windows[k].fromMinute) << k;
        EXPECT_EQ(w[k].toMinute, p.windows[k].toMinute) << k;
        EXPECT_EQ(w[k].start, p.windows[k].start) << k;
        EXPECT_EQ(w[k].end, p.windows[k].end) << k;
    }
    // Saving again with one window replaces both.
    p.windows = {evenings};
    ASSERT_TRUE(savePromotion(f.store->database(), p));
    EXPECT_EQ((*loadPromotions(f.store->database(), krw()))[0].windows.size(), 1u);

    // A window out of range is refused and the stored promotion stays as it was.
    TimeWindow bad;
    bad.daysOfWeek = 0;
    p.windows = {bad};
    p.name = "changed";
    auto refused = savePromotion(f.store->database(), p);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "store.invalid_promotion");
    const auto after = *loadPromotions(f.store->database(), krw());
    EXPECT_EQ(after[0].name, "weekday evenings 10%");
    EXPECT_EQ(after[0].windows.size(), 1u);
}

TEST(PromotionStore, VersionFivePeriodsMoveToTheWindowTable)
{
    TempDir dir;
    auto db = Database::open(dir.file("old.db"), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    const auto all = storeMigrations();
    ASSERT_TRUE(migrate(**db, all.first(5)));
    ASSERT_TRUE((*db)->exec("INSERT INTO promotion VALUES ('p1', 'n', 'n_for_price', '1001', '', "
                            "'', 2, 0, 1000, 0, 100, 200), ('p2', 'm', 'n_for_price', '1002', '', "
                            "'', 2, 0, 1000, 0, NULL, NULL)"));
    ASSERT_TRUE(migrate(**db));
    auto loaded = loadPromotions(**db, krw());
    ASSERT_TRUE(loaded) << loaded.error().message;
    ASSERT_EQ(loaded->size(), 2u);
    ASSERT_EQ((*loaded)[0].windows.size(), 1u);
    EXPECT_EQ((*loaded)[0].windows[0].start, TimePoint(std::chrono::nanoseconds(100)));
    EXPECT_EQ((*loaded)[0].windows[0].end, TimePoint(std::chrono::nanoseconds(200)));
    EXPECT_EQ((*loaded)[0].windows[0].daysOfWeek, 0x7f);
    EXPECT_TRUE((*loaded)[1].windows.empty());
}

TEST(SqliteUserDirectory, FindsUsersAndStoresOnlyHashes)
{
    StoreFixture f;
    f.create();
    SqliteUserDirectory users(f.store->database());
    auto pin = hashCredential("2580", kMinPbkdf2Iterations);
    ASSERT_TRUE(pin);
    ASSERT_TRUE(users.save(User{"1001", "Kim", Role::Supervisor, true, *pin, ""}));
    auto u = users.findById("1001");
    ASSERT_TRUE(u);
    EXPECT_EQ(u->role, Role::Supervisor);
    EXPECT_TRUE(*verifyCredential("2580", u->pinHash));
    EXPECT_FALSE(users.findById("9999"));

    auto newPin = hashCredential("7391", kMinPbkdf2Iterations);
    ASSERT_TRUE(users.setPinHash("1001", *newPin));
    EXPECT_TRUE(*verifyCredential("7391", users.findById("1001")->pinHash));
    EXPECT_EQ(users.setPinHash("1001", "7391").error().code, "auth.hash_malformed");
    EXPECT_EQ(users.setPinHash("9999", *newPin).error().code, "auth.unknown_user");
}

TEST(SqliteUserDirectory, UnknownRoleIsAnErrorNamingTheRow)
{
    StoreFixture f;
    f.create();
    SqliteUserDirectory users(f.store->database());
    auto pin = hashCredential("2580", kMinPbkdf2Iterations);
    ASSERT_TRUE(pin);
    ASSERT_TRUE(users.save(User{"1001", "Kim", Role::Cashier, true, *pin, ""}));
    ASSERT_TRUE(users.save(User{"1002", "Lee", Role::Manager, true, *pin, ""}));
    ASSERT_TRUE(f.store->database().exec("UPDATE app_user SET role = 'owner' WHERE id = '1002'"));
    auto all = users.all();
    ASSERT_FALSE(all);
    EXPECT_EQ(all.error().code, "store.corrupt");
    EXPECT_EQ(all.error().message, "app_user row '1002': unknown role 'owner'");
    // That user cannot sign on under a guessed role; the others still can.
    EXPECT_FALSE(users.findById("1002"));
    ASSERT_TRUE(users.findById("1001"));
    EXPECT_EQ(users.findById("1001")->role, Role::Cashier);
}

} // namespace
} // namespace lane::core::test
