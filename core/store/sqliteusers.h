#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/auditedauthorizer.h"
#include "core/auth/credential.h"
#include "core/auth/permissions.h"
#include "core/auth/userdirectory.h"
#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/store/promotionstore.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// A user as an administrator creates one; the secrets are hashed at once and dropped.
struct NewUser
{
    std::string id;
    std::string displayName;
    Role role = Role::Cashier;
    std::string pin;   // empty: no PIN sign-on; else checked by checkPinStrength; never stored
    std::string badge; // empty: no badge; never stored
};

/// The lane's users, lockout counters and per-store permission overrides in the store
/// database. Sign-on reads users through the UserDirectory interface; lanectl adds,
/// disables and re-PINs them here. Only PBKDF2 strings are stored: PINs with a fresh salt
/// each, badges with the directory's one badge salt (so a scan costs one derivation).
class SqliteUserStore final : public UserDirectory, public LockoutStore
{
public:
    SqliteUserStore(Database &db, const Clock &clock,
                    int pbkdf2Iterations = kDefaultPbkdf2Iterations);

    std::optional<User> findById(std::string_view id) const override;
    std::optional<User> findByBadge(std::string_view badge) const override;
    Status setPinHash(std::string_view id, std::string pinHash) override;

    /// Errors: auth.bad_user_id, auth.bad_name, auth.no_credential, auth.pin_* (checkPinStrength's
    /// message), auth.user_exists, auth.badge_taken. Nothing is written on error.
    Status addUser(const NewUser &user);
    Result<std::vector<User>> users() const;
    /// Deactivates; the user can no longer sign on or approve. auth.unknown_user.
    Status disable(std::string_view id);
    /// An administrator's PIN reset (no old PIN): strength-checked, then hashed.
    Status resetPin(std::string_view id, std::string_view pin);

    Result<std::vector<std::pair<std::string, LockoutState>>> loadLockouts() override;
    Status saveLockout(const std::string &key, const LockoutState &state) override;

    /// One per-store override; replaces an earlier one for the same role and action.
    Status setPermission(Role role, Action action, Permission permission);
    Status clearPermission(Role role, Action action);
    Result<std::vector<PermissionEntry>> permissionOverrides() const;
    /// Lane's defaults with the stored overrides applied (PermissionMatrix::fromEntries).
    Result<PermissionMatrix> permissionMatrix() const;

private:
    Result<std::vector<std::uint8_t>> badgeSalt();

    Database *m_db;
    const Clock *m_clock;
    int m_iterations;
    SqliteUserDirectory m_users;
};

/// User ids are what a cashier keys at sign-on: 1-32 letters, digits, '-' or '_'.
bool isValidUserId(std::string_view id);

} // namespace lane::core
