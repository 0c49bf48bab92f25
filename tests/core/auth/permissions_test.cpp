#include "core/auth/permissions.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

namespace lane::core {
namespace {

struct Cell
{
    const char *role;
    const char *action;
    const char *permission;
};

// The default matrix, written out cell by cell: a change to the defaults must change this.
const Cell kDefaultMatrix[] = {
    {"cashier", "sign_on", "allow"},
    {"cashier", "shift_open", "allow"},
    {"cashier", "shift_close", "allow"},
    {"cashier", "price_override", "approval"},
    {"cashier", "discount_above_limit", "approval"},
    {"cashier", "line_void_after_tender", "approval"},
    {"cashier", "transaction_void", "approval"},
    {"cashier", "return_without_receipt", "approval"},
    {"cashier", "no_sale", "approval"},
    {"cashier", "cash_in_out", "approval"},
    {"cashier", "report_x", "approval"},
    {"cashier", "report_z", "deny"},
    {"cashier", "device_settings", "deny"},
    {"cashier", "telemetry_settings", "deny"},
    {"cashier", "user_management", "deny"},
    {"supervisor", "sign_on", "allow"},
    {"supervisor", "shift_open", "allow"},
    {"supervisor", "shift_close", "allow"},
    {"supervisor", "price_override", "allow"},
    {"supervisor", "discount_above_limit", "allow"},
    {"supervisor", "line_void_after_tender", "allow"},
    {"supervisor", "transaction_void", "allow"},
    {"supervisor", "return_without_receipt", "approval"},
    {"supervisor", "no_sale", "allow"},
    {"supervisor", "cash_in_out", "allow"},
    {"supervisor", "report_x", "allow"},
    {"supervisor", "report_z", "approval"},
    {"supervisor", "device_settings", "deny"},
    {"supervisor", "telemetry_settings", "deny"},
    {"supervisor", "user_management", "deny"},
    {"manager", "sign_on", "allow"},
    {"manager", "shift_open", "allow"},
    {"manager", "shift_close", "allow"},
    {"manager", "price_override", "allow"},
    {"manager", "discount_above_limit", "allow"},
    {"manager", "line_void_after_tender", "allow"},
    {"manager", "transaction_void", "allow"},
    {"manager", "return_without_receipt", "allow"},
    {"manager", "no_sale", "allow"},
    {"manager", "cash_in_out", "allow"},
    {"manager", "report_x", "allow"},
    {"manager", "report_z", "allow"},
    {"manager", "device_settings", "allow"},
    {"manager", "telemetry_settings", "allow"},
    {"manager", "user_management", "allow"},
    {"sco_attendant", "sign_on", "allow"},
    {"sco_attendant", "shift_open", "deny"},
    {"sco_attendant", "shift_close", "deny"},
    {"sco_attendant", "price_override", "approval"},
    {"sco_attendant", "discount_above_limit", "deny"},
    {"sco_attendant", "line_void_after_tender", "approval"},
    {"sco_attendant", "transaction_void", "allow"},
    {"sco_attendant", "return_without_receipt", "deny"},
    {"sco_attendant", "no_sale", "deny"},
    {"sco_attendant", "cash_in_out", "allow"},
    {"sco_attendant", "report_x", "deny"},
    {"sco_attendant", "report_z", "deny"},
    {"sco_attendant", "device_settings", "deny"},
    {"sco_attendant", "telemetry_settings", "deny"},
    {"sco_attendant", "user_management", "deny"},
    {"technician", "sign_on", "allow"},
    {"technician", "shift_open", "deny"},
    {"technician", "shift_close", "deny"},
    {"technician", "price_override", "deny"},
    {"technician", "discount_above_limit", "deny"},
    {"technician", "line_void_after_tender", "deny"},
    {"technician", "transaction_void", "deny"},
    {"technician", "return_without_receipt", "deny"},
    {"technician", "no_sale", "deny"},
    {"technician", "cash_in_out", "deny"},
    {"technician", "report_x", "deny"},
    {"technician", "report_z", "deny"},
    {"technician", "device_settings", "allow"},
    {"technician", "telemetry_settings", "allow"},
    {"technician", "user_management", "deny"},
};

class DefaultMatrix : public ::testing::TestWithParam<Cell>
{};

TEST_P(DefaultMatrix, Cell)
{
    const auto &c = GetParam();
    const auto role = roleFromString(c.role);
    const auto action = actionFromString(c.action);
    ASSERT_TRUE(role && action) << c.role << "/" << c.action;
    EXPECT_EQ(toString(PermissionMatrix().permission(*role, *action)), c.permission)
        << c.role << "/" << c.action;
}

INSTANTIATE_TEST_SUITE_P(EveryRoleAndAction, DefaultMatrix, ::testing::ValuesIn(kDefaultMatrix),
                         [](const auto &cell) {
                             return std::string(cell.param.role) + "_" + cell.param.action;
                         });

TEST(PermissionMatrix, TableCoversEveryRoleAndActionOnce)
{
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto &c : kDefaultMatrix)
        EXPECT_TRUE(seen.emplace(c.role, c.action).second) << c.role << "/" << c.action;
    EXPECT_EQ(seen.size(), kRoleCount * kActionCount);
}

TEST(PermissionMatrix, NamesRoundTrip)
{
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const auto r = static_cast<Role>(i);
        EXPECT_EQ(roleFromString(toString(r)), r);
    }
    for (std::size_t i = 0; i < kActionCount; ++i) {
        const auto a = static_cast<Action>(i);
        EXPECT_EQ(actionFromString(toString(a)), a);
    }
    EXPECT_FALSE(roleFromString("Cashier").has_value()); // names are exact
    EXPECT_EQ(permissionFromString("true"), Permission::Allowed);
    EXPECT_EQ(permissionFromString("false"), Permission::Refused);
    EXPECT_FALSE(permissionFromString("yes").has_value());
}

TEST(PermissionMatrix, StoreOverridesApplyOnTopOfDefaults)
{
    auto m = PermissionMatrix::fromEntries({
        {"cashier", "no_sale", "allow"},
        {"supervisor", "return_without_receipt", "allow"},
        {"technician", "telemetry_settings", "deny"},
        {"cashier", "report_x", "false"},
    });
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->permission(Role::Cashier, Action::NoSale), Permission::Allowed);
    EXPECT_EQ(m->permission(Role::Supervisor, Action::ReturnWithoutReceipt), Permission::Allowed);
    EXPECT_EQ(m->permission(Role::Technician, Action::TelemetrySettings), Permission::Refused);
    EXPECT_EQ(m->permission(Role::Cashier, Action::ReportX), Permission::Refused);
    // Everything else keeps its default.
    const PermissionMatrix defaults;
    int changed = 0;
    for (std::size_t r = 0; r < kRoleCount; ++r) {
        for (std::size_t a = 0; a < kActionCount; ++a) {
            changed += m->permission(static_cast<Role>(r), static_cast<Action>(a))
                       != defaults.permission(static_cast<Role>(r), static_cast<Action>(a));
        }
    }
    EXPECT_EQ(changed, 4);
}

TEST(PermissionMatrix, LaterEntriesWin)
{
    auto m = PermissionMatrix::fromEntries(
        {{"cashier", "no_sale", "allow"}, {"cashier", "no_sale", "deny"}});
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->permission(Role::Cashier, Action::NoSale), Permission::Refused);
}

struct BadEntry
{
    PermissionEntry entry;
    const char *code;
    const char *fragment;
};

class PermissionEntries : public ::testing::TestWithParam<BadEntry>
{};

TEST_P(PermissionEntries, RejectedWithName)
{
    auto m = PermissionMatrix::fromEntries({{"manager", "no_sale", "deny"}, GetParam().entry});
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, GetParam().code);
    EXPECT_NE(m.error().message.find(GetParam().fragment), std::string::npos) << m.error().message;
    EXPECT_NE(m.error().message.find("entry 2"), std::string::npos) << m.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, PermissionEntries,
    ::testing::Values(
        BadEntry{{"janitor", "no_sale", "allow"}, "auth.unknown_role", "'janitor'"},
        BadEntry{{"cashier", "open_drawer", "allow"}, "auth.unknown_action", "'open_drawer'"},
        BadEntry{{"cashier", "no_sale", "maybe"}, "auth.unknown_permission", "'maybe'"},
        BadEntry{{"", "no_sale", "allow"}, "auth.unknown_role", "''"}));

} // namespace
} // namespace lane::core
