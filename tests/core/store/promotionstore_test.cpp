#include <gtest/gtest.h>

#include "core/auth/credential.h"
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

    TimeWindow weekly;
    weekly.daysOfWeek = 0x1f;
    b.windows = {weekly};
    auto refused = savePromotion(f.store->database(), b);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "store.unsupported");
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

} // namespace
} // namespace lane::core::test
