#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/permissions.h"
#include "core/base/result.h"

namespace lane::core {

/// A person who signs on at a lane. Credentials are only ever held as PBKDF2 hashes.
struct User
{
    std::string id; // employee number as keyed at sign-on
    std::string displayName;
    Role role = Role::Cashier;
    bool active = true;
    std::string pinHash;   // "pbkdf2-sha256$..." or empty (no PIN sign-on)
    std::string badgeHash; // same format, salted per directory; empty if no badge
};

/// Where users come from. The store implements it over SQLite; tests use the in-memory one.
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    virtual std::optional<User> findById(std::string_view id) const = 0;
    /// The user whose badge hash matches the scanned badge code.
    virtual std::optional<User> findByBadge(std::string_view badge) const = 0;
    /// Stores a new PIN hash (after a PIN change).
    virtual Status setPinHash(std::string_view id, std::string pinHash) = 0;
};

/// A UserDirectory held in memory, for tests and for the lane's offline cache.
class InMemoryUserDirectory final : public UserDirectory
{
public:
    void add(User user); // replaces a user with the same id

    std::optional<User> findById(std::string_view id) const override;
    /// Derives the badge hash once per distinct (salt, iterations) among the users, so
    /// badges hashed with the directory's shared salt cost one PBKDF2 run per scan.
    std::optional<User> findByBadge(std::string_view badge) const override;
    Status setPinHash(std::string_view id, std::string pinHash) override;

private:
    std::vector<User> m_users;
};

} // namespace lane::core
