#include "core/auth/authorizer.h"

#include <gtest/gtest.h>

namespace lane::core {
namespace {

using namespace std::chrono_literals;

constexpr int kFast = 1000;

std::string codeOf(const Status &s)
{
    return s.ok() ? std::string() : s.error().code;
}

std::vector<std::uint8_t> directorySalt()
{
    return std::vector<std::uint8_t>(16, 0x5a);
}

User makeUser(std::string id, Role role, const char *pin, const char *badge = nullptr)
{
    User u;
    u.id = std::move(id);
    u.displayName = "User " + u.id;
    u.role = role;
    u.pinHash = *hashCredential(pin, kFast);
    if (badge)
        u.badgeHash = *hashCredentialWithSalt(badge, directorySalt(), kFast);
    return u;
}

class AuthorizerTest : public ::testing::Test
{
protected:
    AuthorizerTest()
    {
        directory.add(makeUser("1001", Role::Cashier, "4711", "BADGE-CASHIER-1001"));
        directory.add(makeUser("1002", Role::Cashier, "2580"));
        directory.add(makeUser("2001", Role::Supervisor, "8642", "BADGE-SUP-2001"));
        directory.add(makeUser("3001", Role::Manager, "9753"));
        directory.add(makeUser("4001", Role::Technician, "1470"));
        User gone = makeUser("5001", Role::Supervisor, "3692");
        gone.active = false;
        directory.add(gone);
    }

    User user(const char *id) { return *directory.findById(id); }

    InMemoryUserDirectory directory;
    ManualClock clock{TimePoint{} + 24h * 20000};
    Authorizer auth{directory, PermissionMatrix(), clock, AuthorizerOptions{{}, kFast}};
};

TEST_F(AuthorizerTest, SignOnWithPin)
{
    auto u = auth.signOn("1001", "4711");
    ASSERT_TRUE(u.ok()) << u.error().message;
    EXPECT_EQ(u->id, "1001");
    EXPECT_EQ(u->role, Role::Cashier);

    EXPECT_EQ(auth.signOn("1001", "4712").error().code, "auth.wrong_credential");
    EXPECT_EQ(auth.signOn("9999", "4711").error().code, "auth.wrong_credential");
    EXPECT_EQ(auth.signOn("5001", "3692").error().code, "auth.inactive");
    EXPECT_EQ(auth.signOn("5001", "0000").error().code, "auth.wrong_credential");
}

TEST_F(AuthorizerTest, SignOnRefusedByMatrix)
{
    auth.setMatrix(*PermissionMatrix::fromEntries({{"technician", "sign_on", "deny"}}));
    EXPECT_EQ(auth.signOn("4001", "1470").error().code, "auth.refused");
}

TEST_F(AuthorizerTest, DamagedStoredHashIsRefusedNotCounted)
{
    User u = makeUser("6001", Role::Cashier, "4711");
    u.pinHash = "pbkdf2-sha256$1000$garbage$garbage";
    directory.add(u);
    for (int i = 0; i < 5; ++i) {
        auto r = auth.signOn("6001", "4711");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, "auth.hash_malformed");
        EXPECT_NE(r.error().message.find("6001"), std::string::npos);
    }
    EXPECT_EQ(auth.lockout().state("6001").failures, 0);
}

TEST_F(AuthorizerTest, SignOnWithBadge)
{
    auto u = auth.signOnWithBadge("BADGE-SUP-2001");
    ASSERT_TRUE(u.ok()) << u.error().message;
    EXPECT_EQ(u->id, "2001");
    EXPECT_EQ(auth.signOnWithBadge("BADGE-SUP-2002").error().code, "auth.wrong_credential");
    EXPECT_EQ(auth.signOnWithBadge("").error().code, "auth.wrong_credential");
}

TEST_F(AuthorizerTest, LockoutAfterThreeWrongPins)
{
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(auth.signOn("1001", "0001").error().code, "auth.wrong_credential");
    auto third = auth.signOn("1001", "0001");
    EXPECT_EQ(third.error().code, "auth.wrong_credential");
    EXPECT_NE(third.error().message.find("locked for another 30 s"), std::string::npos)
        << third.error().message;

    // Even the right PIN is refused while locked, without being checked.
    EXPECT_EQ(auth.signOn("1001", "4711").error().code, "auth.locked");
    clock.advance(29s);
    EXPECT_EQ(auth.signOn("1001", "4711").error().code, "auth.locked");
    clock.advance(1s);
    EXPECT_EQ(auth.signOn("1001", "0001").error().code, "auth.wrong_credential"); // 4th: 60 s
    clock.advance(59s);
    EXPECT_EQ(auth.signOn("1001", "4711").error().code, "auth.locked");
    clock.advance(1s);
    ASSERT_TRUE(auth.signOn("1001", "4711").ok());
    EXPECT_EQ(auth.lockout().state("1001").failures, 0); // success resets

    EXPECT_TRUE(auth.signOn("1002", "2580").ok()); // never affected by 1001
}

TEST_F(AuthorizerTest, UnknownBadgesLockBadgeSignOn)
{
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(auth.signOnWithBadge("NOPE").ok());
    auto locked = auth.signOnWithBadge("BADGE-SUP-2001");
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, "auth.locked");
    EXPECT_NE(locked.error().message.find("badge sign-on is locked for another 30 s"),
              std::string::npos)
        << locked.error().message;
    clock.advance(30s);
    EXPECT_TRUE(auth.signOnWithBadge("BADGE-SUP-2001").ok());
}

TEST_F(AuthorizerTest, Decide)
{
    EXPECT_EQ(auth.decide(user("1001"), Action::SignOn), Decision::Allowed);
    EXPECT_EQ(auth.decide(user("1001"), Action::PriceOverride), Decision::NeedsSupervisor);
    EXPECT_EQ(auth.decide(user("1001"), Action::ReportZ), Decision::Refused);
    EXPECT_EQ(auth.decide(user("2001"), Action::PriceOverride), Decision::Allowed);
    EXPECT_EQ(auth.decide(user("4001"), Action::CashInOut), Decision::Refused);
    EXPECT_EQ(auth.decide(user("5001"), Action::SignOn), Decision::Refused); // inactive
    EXPECT_EQ(toString(Decision::NeedsSupervisor), "needs_supervisor");
}

TEST_F(AuthorizerTest, SupervisorOverrideRecordsBothIdentities)
{
    const User cashier = user("1001");
    auto a = auth.approve(cashier, Action::PriceOverride, "2001", "8642", "damaged packaging");
    ASSERT_TRUE(a.ok()) << a.error().message;
    EXPECT_EQ(a->action, Action::PriceOverride);
    EXPECT_EQ(a->requesterId, "1001");
    EXPECT_EQ(a->approverId, "2001");
    EXPECT_EQ(a->reason, "damaged packaging");
    EXPECT_EQ(a->time, clock.now());

    auto b = auth.approveWithBadge(cashier, Action::TransactionVoid, "BADGE-SUP-2001",
                                   "customer left");
    ASSERT_TRUE(b.ok()) << b.error().message;
    EXPECT_EQ(b->requesterId, "1001");
    EXPECT_EQ(b->approverId, "2001");
    EXPECT_EQ(b->action, Action::TransactionVoid);
}

TEST_F(AuthorizerTest, ApprovalNeedsTheRightApprover)
{
    const User cashier = user("1001");
    const User supervisor = user("2001");
    // A supervisor needs a manager for a return without receipt.
    EXPECT_EQ(
        auth.approve(supervisor, Action::ReturnWithoutReceipt, "1002", "2580", "r").error().code,
        "auth.approver_not_permitted");
    auto m = auth.approve(supervisor, Action::ReturnWithoutReceipt, "3001", "9753", "gift");
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->approverId, "3001");

    EXPECT_EQ(auth.approve(cashier, Action::PriceOverride, "1001", "4711", "r").error().code,
              "auth.self_approval");
    EXPECT_EQ(auth.approveWithBadge(cashier, Action::PriceOverride, "BADGE-CASHIER-1001", "r")
                  .error()
                  .code,
              "auth.self_approval");
    EXPECT_EQ(auth.approve(cashier, Action::PriceOverride, "4001", "1470", "r").error().code,
              "auth.approver_not_permitted");
    EXPECT_EQ(auth.approve(cashier, Action::PriceOverride, "5001", "3692", "r").error().code,
              "auth.inactive");
    EXPECT_EQ(auth.approve(cashier, Action::PriceOverride, "2001", "8642", "").error().code,
              "auth.reason_required");
    EXPECT_EQ(auth.approve(supervisor, Action::PriceOverride, "3001", "9753", "r").error().code,
              "auth.not_needed");
    EXPECT_EQ(auth.approve(cashier, Action::ReportZ, "3001", "9753", "r").error().code,
              "auth.refused");
}

TEST_F(AuthorizerTest, WrongApproverPinCountsAgainstTheApprover)
{
    const User cashier = user("1001");
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(auth.approve(cashier, Action::NoSale, "2001", "1111", "r").error().code,
                  "auth.wrong_credential");
    }
    EXPECT_EQ(auth.approve(cashier, Action::NoSale, "2001", "8642", "r").error().code,
              "auth.locked");
    EXPECT_EQ(auth.lockout().state("1001").failures, 0);
    clock.advance(30s);
    EXPECT_TRUE(auth.approve(cashier, Action::NoSale, "2001", "8642", "r").ok());
}

TEST_F(AuthorizerTest, ChangePin)
{
    EXPECT_EQ(codeOf(auth.changePin("1001", "0000", "8520")), "auth.wrong_credential");
    EXPECT_EQ(codeOf(auth.changePin("1001", "4711", "1234")), "auth.pin_trivial");
    EXPECT_EQ(codeOf(auth.changePin("1001", "4711", "12")), "auth.pin_too_short");
    EXPECT_EQ(codeOf(auth.changePin("1001", "4711", "4711")), "auth.pin_reused");
    const std::string before = user("1001").pinHash;
    EXPECT_EQ(codeOf(auth.changePin("1001", "4711", "8520")), "");
    EXPECT_NE(user("1001").pinHash, before);
    EXPECT_EQ(user("1001").pinHash.rfind("pbkdf2-sha256$1000$", 0), 0u);
    EXPECT_EQ(auth.signOn("1001", "4711").error().code, "auth.wrong_credential");
    EXPECT_TRUE(auth.signOn("1001", "8520").ok());
}

TEST(InMemoryUserDirectory, BadgeLookupAcrossSalts)
{
    InMemoryUserDirectory d;
    User a = makeUser("1", Role::Cashier, "4711", "AAA-1");
    User b = makeUser("2", Role::Cashier, "4711");
    b.badgeHash = *hashCredential("BBB-2", kFast); // its own random salt still works
    d.add(a);
    d.add(b);
    EXPECT_EQ(d.findByBadge("AAA-1")->id, "1");
    EXPECT_EQ(d.findByBadge("BBB-2")->id, "2");
    EXPECT_FALSE(d.findByBadge("CCC-3").has_value());
    EXPECT_EQ(codeOf(d.setPinHash("3", "x")), "auth.unknown_user");
}

} // namespace
} // namespace lane::core
