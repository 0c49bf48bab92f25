#include "core/auth/permissions.h"

namespace lane::core {
namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleNames
    = {"cashier", "supervisor", "manager", "sco_attendant", "technician"};

constexpr std::array<std::string_view, kActionCount> kActionNames = {"sign_on",
                                                                     "shift_open",
                                                                     "shift_close",
                                                                     "price_override",
                                                                     "discount_above_limit",
                                                                     "line_void_after_tender",
                                                                     "transaction_void",
                                                                     "return_without_receipt",
                                                                     "no_sale",
                                                                     "cash_in_out",
                                                                     "report_x",
                                                                     "report_z",
                                                                     "device_settings",
                                                                     "telemetry_settings",
                                                                     "user_management"};

constexpr Permission A = Permission::Allowed;
constexpr Permission S = Permission::NeedsApproval;
constexpr Permission R = Permission::Refused;

// Rows follow Role, columns follow Action. Money-moving exceptions need a second person
// below manager level; technicians touch devices and telemetry, never money.
constexpr std::array<std::array<Permission, kActionCount>, kRoleCount> kDefaults = {{
    //  sign shOp shCl prOv disc lvAT trVd retN noSl cash repX repZ dev  tele user
    {{A, A, A, S, S, S, S, S, S, S, S, R, R, R, R}}, // cashier
    {{A, A, A, A, A, A, A, S, A, A, A, S, R, R, R}}, // supervisor
    {{A, A, A, A, A, A, A, A, A, A, A, A, A, A, A}}, // manager
    {{A, R, R, S, R, S, A, R, R, A, R, R, R, R, R}}, // sco_attendant
    {{A, R, R, R, R, R, R, R, R, R, R, R, A, A, R}}, // technician
}};

auto idx(auto e)
{
    return static_cast<std::size_t>(e);
}

} // namespace

std::string_view toString(Role r)
{
    return idx(r) < kRoleCount ? kRoleNames[idx(r)] : "unknown";
}

std::string_view toString(Action a)
{
    return idx(a) < kActionCount ? kActionNames[idx(a)] : "unknown";
}

std::string_view toString(Permission p)
{
    switch (p) {
    case Permission::Allowed:
        return "allow";
    case Permission::NeedsApproval:
        return "approval";
    case Permission::Refused:
        return "deny";
    }
    return "deny";
}

std::optional<Role> roleFromString(std::string_view s)
{
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        if (kRoleNames[i] == s)
            return static_cast<Role>(i);
    }
    return std::nullopt;
}

std::optional<Action> actionFromString(std::string_view s)
{
    for (std::size_t i = 0; i < kActionCount; ++i) {
        if (kActionNames[i] == s)
            return static_cast<Action>(i);
    }
    return std::nullopt;
}

std::optional<Permission> permissionFromString(std::string_view s)
{
    if (s == "allow" || s == "true")
        return Permission::Allowed;
    if (s == "approval")
        return Permission::NeedsApproval;
    if (s == "deny" || s == "false")
        return Permission::Refused;
    return std::nullopt;
}

PermissionMatrix::PermissionMatrix()
    : m_table(kDefaults)
{}

Result<PermissionMatrix> PermissionMatrix::fromEntries(const std::vector<PermissionEntry> &entries)
{
    PermissionMatrix m;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &e = entries[i];
        const std::string where = "permission entry " + std::to_string(i + 1) + ": ";
        const auto role = roleFromString(e.role);
        if (!role)
            return makeError("auth.unknown_role", where + "unknown role '" + e.role + "'");
        const auto action = actionFromString(e.action);
        if (!action)
            return makeError("auth.unknown_action", where + "unknown action '" + e.action + "'");
        const auto p = permissionFromString(e.permission);
        if (!p) {
            return makeError("auth.unknown_permission",
                             where + "unknown permission '" + e.permission + "' for " + e.role + "/"
                                 + e.action + " (use allow, approval or deny)");
        }
        m.set(*role, *action, *p);
    }
    return m;
}

Permission PermissionMatrix::permission(Role role, Action action) const
{
    if (idx(role) >= kRoleCount || idx(action) >= kActionCount)
        return Permission::Refused;
    return m_table[idx(role)][idx(action)];
}

void PermissionMatrix::set(Role role, Action action, Permission p)
{
    LANE_ASSERT(idx(role) < kRoleCount && idx(action) < kActionCount);
    if (idx(role) >= kRoleCount || idx(action) >= kActionCount)
        return;
    m_table[idx(role)][idx(action)] = p;
}

} // namespace lane::core
