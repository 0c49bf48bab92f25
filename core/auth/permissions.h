#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/result.h"

namespace lane::core {

/// What a person does at the lane; each user has exactly one.
enum class Role { Cashier, Supervisor, Manager, ScoAttendant, Technician };

/// Everything that needs a permission decision. Names (toString) are the configuration keys.
enum class Action {
    SignOn,
    ShiftOpen,
    ShiftClose,
    PriceOverride,
    DiscountAboveLimit,
    LineVoidAfterTender,
    TransactionVoid,
    ReturnWithoutReceipt,
    NoSale,
    CashInOut,
    ReportX,
    ReportZ,
    DeviceSettings,
    TelemetrySettings,
    UserManagement,
};

/// How a role may perform an action: itself, with an approver who is Allowed, or not at all.
enum class Permission { Allowed, NeedsApproval, Refused };

inline constexpr std::size_t kRoleCount = 5;
inline constexpr std::size_t kActionCount = 15;

std::string_view toString(Role r);       // "cashier", "supervisor", "manager", ...
std::string_view toString(Action a);     // "price_override", "report_z", ...
std::string_view toString(Permission p); // "allow", "approval", "deny"
std::optional<Role> roleFromString(std::string_view s);
std::optional<Action> actionFromString(std::string_view s);
std::optional<Permission> permissionFromString(std::string_view s); // also "true"/"false"

/// One per-store override as configuration carries it, by name.
struct PermissionEntry
{
    std::string role;
    std::string action;
    std::string permission; // "allow", "approval" or "deny" ("true"/"false" for allow/deny)
};

/// Role x action -> permission: Lane's defaults, with a store's overrides applied on top.
class PermissionMatrix
{
public:
    /// The built-in default matrix.
    PermissionMatrix();

    /// The defaults with `entries` applied in order. Errors name the entry (1-based) and
    /// the unknown role, action or permission; nothing is applied on error.
    static Result<PermissionMatrix> fromEntries(const std::vector<PermissionEntry> &entries);

    Permission permission(Role role, Action action) const;
    void set(Role role, Action action, Permission p);

private:
    std::array<std::array<Permission, kActionCount>, kRoleCount> m_table{};
};

} // namespace lane::core
