#include "core/store/sqliteusers.h"

#include <fstream>
#include <regex>
#include <sstream>

#include "core/store/audit.h"
#include "storetestutil.h"

namespace lane::core {
namespace {

using namespace std::chrono_literals;
using test::StoreFixture;

constexpr int kFast = 1000;

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class NullSink final : public EventSink
{
public:
    void emit(Severity, std::string_view name, std::string_view,
              std::vector<EventAttribute>) override
    {
        names.emplace_back(name);
    }
    std::vector<std::string> names;
};

class UserStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { f.create(); }

    std::unique_ptr<SqliteUserStore> users()
    {
        return std::make_unique<SqliteUserStore>(f.store->database(), f.clock, kFast);
    }
    void addDefaultUsers()
    {
        auto u = users();
        ASSERT_TRUE(u->addUser({"1001", "Kim Minji", Role::Cashier, "4711", "BADGE-C-1001"}));
        ASSERT_TRUE(u->addUser({"2001", "Park Seojun", Role::Supervisor, "8642", "BADGE-S-2001"}));
        ASSERT_TRUE(u->addUser({"3001", "Lee Jiwoo", Role::Manager, "9753", ""}));
    }

    StoreFixture f;
};

/// The permission each role x action should have after the overrides the test stores: the
/// default rotated one step (allow -> approval -> deny -> allow).
Permission rotated(Permission p)
{
    switch (p) {
    case Permission::Allowed:
        return Permission::NeedsApproval;
    case Permission::NeedsApproval:
        return Permission::Refused;
    case Permission::Refused:
        return Permission::Allowed;
    }
    return Permission::Refused;
}

TEST_F(UserStoreTest, PermissionMatrixOverridesRoundTripEveryRoleAndAction)
{
    const PermissionMatrix defaults;
    {
        auto u = users();
        for (std::size_t r = 0; r < kRoleCount; ++r)
            for (std::size_t a = 0; a < kActionCount; ++a) {
                const auto role = static_cast<Role>(r);
                const auto action = static_cast<Action>(a);
                ASSERT_TRUE(
                    u->setPermission(role, action, rotated(defaults.permission(role, action))));
            }
        // A later override for the same cell replaces the earlier one.
        ASSERT_TRUE(u->setPermission(Role::Cashier, Action::NoSale, Permission::Refused));
    }
    f.reopen();
    auto u = users();
    auto matrix = u->permissionMatrix();
    ASSERT_TRUE(matrix) << matrix.error().message;
    ASSERT_EQ(u->permissionOverrides()->size(), kRoleCount * kActionCount);
    Authorizer auth(*u, *matrix, f.clock, AuthorizerOptions{{}, kFast});
    int allowed = 0, approval = 0, refused = 0;
    for (std::size_t r = 0; r < kRoleCount; ++r) {
        for (std::size_t a = 0; a < kActionCount; ++a) {
            const auto role = static_cast<Role>(r);
            const auto action = static_cast<Action>(a);
            Permission want = rotated(defaults.permission(role, action));
            if (role == Role::Cashier && action == Action::NoSale)
                want = Permission::Refused;
            EXPECT_EQ(matrix->permission(role, action), want)
                << toString(role) << " / " << toString(action);
            User probe{"p", "Probe", role, true, "", ""};
            const Decision d = auth.decide(probe, action);
            const Decision wantDecision = want == Permission::Allowed ? Decision::Allowed
                                          : want == Permission::NeedsApproval
                                              ? Decision::NeedsSupervisor
                                              : Decision::Refused;
            EXPECT_EQ(d, wantDecision) << toString(role) << " / " << toString(action);
            allowed += d == Decision::Allowed;
            approval += d == Decision::NeedsSupervisor;
            refused += d == Decision::Refused;
        }
    }
    EXPECT_GT(allowed, 0);
    EXPECT_GT(approval, 0);
    EXPECT_GT(refused, 0);

    ASSERT_TRUE(u->clearPermission(Role::Cashier, Action::NoSale));
    EXPECT_EQ(u->permissionMatrix()->permission(Role::Cashier, Action::NoSale),
              defaults.permission(Role::Cashier, Action::NoSale));
}

TEST_F(UserStoreTest, DamagedOverrideIsReportedNotIgnored)
{
    ASSERT_TRUE(f.store->database().exec("INSERT INTO permission_override VALUES ('wizard', "
                                         "'no_sale', 'allow', 1)"));
    auto m = users()->permissionMatrix();
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, "auth.unknown_role");
    EXPECT_NE(m.error().message.find("stored permission overrides"), std::string::npos);
    EXPECT_NE(m.error().message.find("wizard"), std::string::npos);
}

TEST_F(UserStoreTest, OnlyPbkdf2StringsAreStored)
{
    addDefaultUsers();
    const std::regex format(R"(pbkdf2-sha256\$1000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=)");
    auto st = f.store->database().prepare("SELECT id, pin_hash, badge_hash FROM app_user");
    ASSERT_TRUE(st);
    int rows = 0;
    while (*(*st)->step()) {
        ++rows;
        const std::string id = (*st)->columnText(0);
        EXPECT_TRUE(std::regex_match((*st)->columnText(1), format)) << id;
        const std::string badge = (*st)->columnText(2);
        EXPECT_TRUE(badge.empty() ? id == "3001" : std::regex_match(badge, format)) << id;
    }
    EXPECT_EQ(rows, 3);
    // Badges share the directory's salt, PINs each have their own.
    EXPECT_EQ(users()->findById("1001")->badgeHash.substr(0, 44),
              users()->findById("2001")->badgeHash.substr(0, 44));
    EXPECT_NE(users()->findById("1001")->pinHash.substr(0, 44),
              users()->findById("2001")->pinHash.substr(0, 44));
    EXPECT_EQ(users()->findByBadge("BADGE-S-2001")->id, "2001");
    EXPECT_FALSE(users()->findByBadge("BADGE-S-2002"));

    ASSERT_TRUE(f.store->maintenance(true));
    for (const char *suffix : {"", "-wal"}) {
        const std::string bytes = readFile(f.dbPath() + suffix);
        for (const char *secret : {"4711", "8642", "9753", "BADGE-C-1001", "BADGE-S-2001"})
            EXPECT_EQ(bytes.find(secret), std::string::npos) << secret << " in lane.db" << suffix;
        EXPECT_NE(bytes.find("Kim Minji"), std::string::npos) << "scan must see the file";
    }
}

TEST_F(UserStoreTest, AddUserRefusesBadInputAndWritesNothing)
{
    addDefaultUsers();
    auto u = users();
    auto code = [](const Status &s) {
        return s ? std::string() : s.error().code;
    };
    EXPECT_EQ(code(u->addUser({"1001", "Again", Role::Cashier, "5827", ""})), "auth.user_exists");
    EXPECT_EQ(code(u->addUser({"1 2", "Space", Role::Cashier, "5827", ""})), "auth.bad_user_id");
    EXPECT_EQ(code(u->addUser({"1009", "", Role::Cashier, "5827", ""})), "auth.bad_name");
    const Status weak = u->addUser({"1009", "Weak", Role::Cashier, "1234", ""});
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().message, checkPinStrength("1234").error().message);
    EXPECT_EQ(code(u->addUser({"1009", "Short", Role::Cashier, "58", ""})), "auth.pin_too_short");
    EXPECT_EQ(code(u->addUser({"1009", "Twin", Role::Cashier, "5827", "BADGE-C-1001"})),
              "auth.badge_taken");
    EXPECT_FALSE(u->findById("1009"));
    EXPECT_EQ(u->users()->size(), 3u);

    EXPECT_EQ(code(u->disable("7777")), "auth.unknown_user");
    EXPECT_EQ(code(u->resetPin("1001", "1111")), "auth.pin_trivial");
    ASSERT_TRUE(u->resetPin("1001", "5827"));
    EXPECT_TRUE(*verifyCredential("5827", u->findById("1001")->pinHash));
}

TEST_F(UserStoreTest, LockoutSurvivesARestartWithTheSameTiming)
{
    addDefaultUsers();
    NullSink sink;
    auto attempt = [&](const char *id, const char *pin) -> Result<User> {
        // Each call is a fresh process: store, directory, authorizer and lockouts reloaded.
        f.reopen();
        auto u = users();
        Authorizer auth(*u, PermissionMatrix(), f.clock, AuthorizerOptions{{}, kFast});
        JournalAuditLog log(*f.store);
        AuditedAuthorizer audited(auth, log, sink, u.get());
        if (auto st = audited.loadLockouts(); !st)
            return st.error();
        return audited.signOn(id, pin);
    };
    EXPECT_EQ(attempt("1001", "0000").error().code, "auth.wrong_credential");
    EXPECT_EQ(attempt("1001", "0001").error().code, "auth.wrong_credential");
    auto third = attempt("1001", "0002");
    ASSERT_FALSE(third);
    EXPECT_NE(third.error().message.find("locked for another 30 s"), std::string::npos)
        << third.error().message;
    // Restarted: still locked, with the right PIN, for the rest of the 30 s.
    f.clock.advance(29s);
    auto locked = attempt("1001", "4711");
    ASSERT_FALSE(locked);
    EXPECT_EQ(locked.error().code, "auth.locked");
    EXPECT_NE(locked.error().message.find("another 1 s after 3 failed"), std::string::npos)
        << locked.error().message;
    f.clock.advance(1s);
    // The fourth failure doubles the delay, and that survives a restart too.
    EXPECT_EQ(attempt("1001", "0003").error().code, "auth.wrong_credential");
    f.clock.advance(59s);
    EXPECT_EQ(attempt("1001", "4711").error().code, "auth.locked");
    f.clock.advance(1s);
    auto ok = attempt("1001", "4711");
    ASSERT_TRUE(ok) << ok.error().message;
    EXPECT_EQ(*f.store->database().queryInt("SELECT count(*) FROM auth_lockout"), 0);
    // Other users were never affected.
    EXPECT_TRUE(attempt("2001", "8642"));
}

TEST_F(UserStoreTest, OverridesAreJournaledWithBothIdentitiesAndListed)
{
    addDefaultUsers();
    NullSink sink;
    auto u = users();
    Authorizer auth(*u, PermissionMatrix(), f.clock, AuthorizerOptions{{}, kFast});
    JournalAuditLog log(*f.store);
    AuditedAuthorizer audited(auth, log, sink, u.get());
    const User cashier = *u->findById("1001");
    ASSERT_TRUE(audited.signOn("1001", "4711"));
    EXPECT_EQ(audited.check(cashier, Action::PriceOverride), Decision::NeedsSupervisor);
    auto a = audited.approve(cashier, Action::PriceOverride, "2001", "8642", "=HYPERLINK(1)");
    ASSERT_TRUE(a) << a.error().message;
    f.clock.advance(24h);
    auto b = audited.approveWithBadge(cashier, Action::NoSale, "BADGE-S-2001", "change");
    ASSERT_TRUE(b) << b.error().message;
    EXPECT_FALSE(audited.signOn("2001", "0000"));

    auto verdict = f.store->verifyJournal();
    ASSERT_TRUE(verdict && verdict->ok);

    auto day1 = listAudit(*f.store, {"2026-11-22", "2026-11-22", ""});
    ASSERT_TRUE(day1) << day1.error().message;
    ASSERT_EQ(day1->size(), 3u);
    EXPECT_EQ((*day1)[0].type, "auth.sign_on");
    EXPECT_EQ((*day1)[1].type, "auth.refused");
    EXPECT_EQ((*day1)[1].decision, "needs_supervisor");
    EXPECT_EQ((*day1)[2].type, "auth.override");
    EXPECT_EQ((*day1)[2].user, "1001");
    EXPECT_EQ((*day1)[2].approver, "2001");
    EXPECT_EQ((*day1)[2].reason, "=HYPERLINK(1)");

    auto both = listAudit(*f.store, {"2026-11-22", "2026-11-23", "2001"});
    ASSERT_TRUE(both);
    ASSERT_EQ(both->size(), 3u) << "two overrides as approver and one failed sign-on";
    EXPECT_EQ((*both)[1].approver, "2001");
    EXPECT_EQ((*both)[2].type, "auth.sign_on_failed");

    std::ostringstream csv;
    writeAudit(csv, *day1, AuditFormat::Csv);
    EXPECT_NE(csv.str().find(",'=HYPERLINK(1),"), std::string::npos) << csv.str();
    std::ostringstream text;
    writeAudit(text, *day1, AuditFormat::Text);
    EXPECT_NE(text.str().find("auth.override  user 1001  price_override  approver 2001  reason "
                              "\"=HYPERLINK(1)\"\n"),
              std::string::npos)
        << text.str();
    std::ostringstream json;
    writeAudit(json, *both, AuditFormat::Json);
    EXPECT_NE(json.str().find("\"approver\":\"2001\""), std::string::npos) << json.str();

    auto bad = listAudit(*f.store, {"2026-11-23", "2026-11-22", ""});
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().message, "--from 2026-11-23 is after --to 2026-11-22");
}

} // namespace
} // namespace lane::core
