#include "core/auth/auditedauthorizer.h"

#include <map>

#include <gtest/gtest.h>

namespace lane::core {
namespace {

using namespace std::chrono_literals;

constexpr int kFast = 1000;

/// Keeps audit records in memory; can be told to fail like a full disk.
class MemoryAuditLog final : public AuditLog
{
public:
    Status append(const AuditRecord &r) override
    {
        if (failing)
            return makeError("store.disk_full", "disk full");
        records.push_back(r);
        return {};
    }
    std::string field(std::size_t i, const std::string &key) const
    {
        for (const auto &[k, v] : records.at(i).fields)
            if (k == key)
                return v;
        return "<absent>";
    }
    std::vector<AuditRecord> records;
    bool failing = false;
};

class RecordingSink final : public EventSink
{
public:
    void emit(Severity s, std::string_view name, std::string_view,
              std::vector<EventAttribute> a) override
    {
        events.push_back({s, std::string(name), std::move(a)});
    }
    struct Event
    {
        Severity severity;
        std::string name;
        std::vector<EventAttribute> attributes;
    };
    std::vector<Event> events;
};

class MemoryLockoutStore final : public LockoutStore
{
public:
    Result<std::vector<std::pair<std::string, LockoutState>>> loadLockouts() override
    {
        return std::vector<std::pair<std::string, LockoutState>>(states.begin(), states.end());
    }
    Status saveLockout(const std::string &key, const LockoutState &s) override
    {
        if (s.failures == 0)
            states.erase(key);
        else
            states[key] = s;
        return {};
    }
    std::map<std::string, LockoutState> states;
};

User makeUser(std::string id, Role role, const char *pin, const char *badge = nullptr)
{
    User u;
    u.id = std::move(id);
    u.displayName = "User " + u.id;
    u.role = role;
    u.pinHash = *hashCredential(pin, kFast);
    if (badge)
        u.badgeHash = *hashCredentialWithSalt(badge, std::vector<std::uint8_t>(16, 7), kFast);
    return u;
}

class AuditedAuthorizerTest : public ::testing::Test
{
protected:
    AuditedAuthorizerTest()
    {
        directory.add(makeUser("1001", Role::Cashier, "4711"));
        directory.add(makeUser("2001", Role::Supervisor, "8642", "BADGE-SUP-2001"));
        directory.add(makeUser("4001", Role::Technician, "1470"));
    }
    User user(const char *id) { return *directory.findById(id); }

    InMemoryUserDirectory directory;
    ManualClock clock{TimePoint{} + 24h * 20000};
    Authorizer auth{directory, PermissionMatrix(), clock, AuthorizerOptions{{}, kFast}};
    MemoryAuditLog log;
    RecordingSink sink;
    MemoryLockoutStore lockouts;
    AuditedAuthorizer audited{auth, log, sink, &lockouts};
};

TEST_F(AuditedAuthorizerTest, SignOnAndFailedSignOnAreJournaledWithoutThePin)
{
    ASSERT_TRUE(audited.signOn("1001", "4711"));
    EXPECT_FALSE(audited.signOn("1001", "0000"));
    EXPECT_FALSE(audited.signOn("4711", "1001")); // PIN keyed into the id field
    ASSERT_EQ(log.records.size(), 3u);
    EXPECT_EQ(log.records[0].type, "auth.sign_on");
    EXPECT_EQ(log.field(0, "user"), "1001");
    EXPECT_EQ(log.field(0, "role"), "cashier");
    EXPECT_EQ(log.records[1].type, "auth.sign_on_failed");
    EXPECT_EQ(log.field(1, "user"), "1001");
    EXPECT_EQ(log.field(1, "code"), "auth.wrong_credential");
    EXPECT_EQ(log.records[2].type, "auth.sign_on_failed");
    EXPECT_EQ(log.field(2, "user"), "") << "an unknown id may be a PIN typed in the wrong field";
    EXPECT_EQ(log.field(2, "unknown_user"), "true");
    for (const auto &r : log.records)
        for (const auto &[k, v] : r.fields)
            EXPECT_TRUE(v.find("4711") == std::string::npos) << r.type << " " << k;
    ASSERT_EQ(sink.events.size(), 3u);
    EXPECT_EQ(sink.events[0].name, "auth.sign_on");
    EXPECT_EQ(sink.events[1].severity, Severity::Warn);
}

TEST_F(AuditedAuthorizerTest, EveryCheckIsJournaledGrantedOrRefused)
{
    EXPECT_EQ(audited.check(user("1001"), Action::ShiftOpen), Decision::Allowed);
    EXPECT_EQ(audited.check(user("1001"), Action::PriceOverride), Decision::NeedsSupervisor);
    EXPECT_EQ(audited.check(user("1001"), Action::ReportZ), Decision::Refused);
    ASSERT_EQ(log.records.size(), 3u);
    EXPECT_EQ(log.records[0].type, "auth.granted");
    EXPECT_EQ(log.field(0, "action"), "shift_open");
    EXPECT_EQ(log.records[1].type, "auth.refused");
    EXPECT_EQ(log.field(1, "decision"), "needs_supervisor");
    EXPECT_EQ(log.records[2].type, "auth.refused");
    EXPECT_EQ(log.field(2, "decision"), "refused");
    EXPECT_EQ(log.field(2, "action"), "report_z");
}

TEST_F(AuditedAuthorizerTest, OverrideIsJournaledWithBothIdentitiesAndReason)
{
    auto a = audited.approve(user("1001"), Action::PriceOverride, "2001", "8642", "shelf price");
    ASSERT_TRUE(a) << a.error().message;
    ASSERT_EQ(log.records.size(), 1u);
    EXPECT_EQ(log.records[0].type, "auth.override");
    EXPECT_EQ(log.field(0, "user"), "1001");
    EXPECT_EQ(log.field(0, "approver"), "2001");
    EXPECT_EQ(log.field(0, "approver_role"), "supervisor");
    EXPECT_EQ(log.field(0, "reason"), "shelf price");
    EXPECT_EQ(log.field(0, "action"), "price_override");

    auto b = audited.approveWithBadge(user("1001"), Action::NoSale, "BADGE-SUP-2001", "change");
    ASSERT_TRUE(b) << b.error().message;
    EXPECT_EQ(log.records[1].type, "auth.override");
    EXPECT_EQ(log.field(1, "approver"), "2001");
    EXPECT_EQ(log.field(1, "via"), "badge");
}

TEST_F(AuditedAuthorizerTest, RefusedApprovalsAreJournaled)
{
    EXPECT_FALSE(audited.approve(user("1001"), Action::PriceOverride, "2001", "1111", "x"));
    EXPECT_FALSE(audited.approve(user("1001"), Action::PriceOverride, "4001", "1470", "x"));
    EXPECT_FALSE(audited.approve(user("1001"), Action::PriceOverride, "2001", "8642", ""));
    ASSERT_EQ(log.records.size(), 3u);
    EXPECT_EQ(log.field(0, "code"), "auth.wrong_credential");
    EXPECT_EQ(log.field(0, "approver"), "2001");
    EXPECT_EQ(log.field(1, "code"), "auth.approver_not_permitted");
    EXPECT_EQ(log.field(1, "approver"), "4001");
    EXPECT_EQ(log.field(2, "code"), "auth.reason_required");
    for (const auto &r : log.records)
        EXPECT_EQ(r.type, "auth.refused");
}

TEST_F(AuditedAuthorizerTest, NoGrantWithoutAuditRecord)
{
    log.failing = true;
    EXPECT_EQ(audited.check(user("1001"), Action::ShiftOpen), Decision::Refused);
    auto s = audited.signOn("1001", "4711");
    ASSERT_FALSE(s);
    EXPECT_EQ(s.error().code, "auth.audit_failed");
    auto a = audited.approve(user("1001"), Action::PriceOverride, "2001", "8642", "shelf price");
    ASSERT_FALSE(a);
    EXPECT_EQ(a.error().code, "auth.audit_failed");
    ASSERT_FALSE(sink.events.empty());
    EXPECT_EQ(sink.events.back().name, "auth.audit_failed");
    EXPECT_EQ(sink.events.back().severity, Severity::Error);
}

TEST_F(AuditedAuthorizerTest, LockoutIsPersistedAndRestoredByANewAuthorizer)
{
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(audited.signOn("1001", "0000"));
    ASSERT_EQ(lockouts.states.count("1001"), 1u);
    EXPECT_EQ(lockouts.states["1001"].failures, 3);

    // A restart: a fresh authorizer over the same persisted counters.
    Authorizer auth2{directory, PermissionMatrix(), clock, AuthorizerOptions{{}, kFast}};
    AuditedAuthorizer audited2{auth2, log, sink, &lockouts};
    auto before = audited2.signOn("1001", "4711");
    ASSERT_TRUE(before) << "no lockout loaded yet";
    // The success cleared it; lock again and restart properly this time.
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(audited2.signOn("1001", "0000"));
    Authorizer auth3{directory, PermissionMatrix(), clock, AuthorizerOptions{{}, kFast}};
    AuditedAuthorizer audited3{auth3, log, sink, &lockouts};
    ASSERT_TRUE(audited3.loadLockouts());
    auto locked = audited3.signOn("1001", "4711");
    ASSERT_FALSE(locked);
    EXPECT_EQ(locked.error().code, "auth.locked");
    clock.advance(30s);
    auto after = audited3.signOn("1001", "4711");
    ASSERT_TRUE(after) << after.error().message;
    EXPECT_EQ(lockouts.states.count("1001"), 0u) << "success clears the persisted counter";
}

TEST_F(AuditedAuthorizerTest, UnknownIdsAreNeverPersisted)
{
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(audited.signOn("58392017", "1001"));
    EXPECT_TRUE(lockouts.states.empty()) << "an unknown id may be a PIN in the wrong field";
    EXPECT_EQ(audited.signOn("58392017", "1001").error().code, "auth.locked")
        << "still slowed down in memory";
    EXPECT_FALSE(audited.signOnWithBadge("NO-SUCH-BADGE"));
    EXPECT_EQ(lockouts.states.count(std::string(Authorizer::kBadgeLockoutKey)), 1u);
}

TEST_F(AuditedAuthorizerTest, ChangePinIsJournaled)
{
    EXPECT_FALSE(audited.changePin("1001", "4711", "1234"));
    ASSERT_TRUE(audited.changePin("1001", "4711", "5827"));
    ASSERT_EQ(log.records.size(), 2u);
    EXPECT_EQ(log.records[0].type, "auth.pin_change_failed");
    EXPECT_EQ(log.field(0, "code"), "auth.pin_trivial");
    EXPECT_EQ(log.records[1].type, "auth.pin_changed");
    EXPECT_TRUE(audited.signOn("1001", "5827"));
}

} // namespace
} // namespace lane::core
