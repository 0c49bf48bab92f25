#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/userdirectory.h"
#include "core/base/result.h"
#include "core/sale/promotions.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// Promotions kept in the store with every time window (absolute period, days of the week,
/// hours of the day). Saving is all-or-nothing ("store.invalid_promotion" for a window out
/// of range); loading names the row it cannot read ("store.corrupt").
Status savePromotion(Database &db, const Promotion &promotion);
Result<std::vector<Promotion>> loadPromotions(Database &db, Currency currency);

/// The lane's users over SQLite: the UserDirectory the authorizer signs on against.
/// Only PBKDF2 hashes are stored; nothing here ever sees a PIN in clear.
class SqliteUserDirectory final : public UserDirectory
{
public:
    explicit SqliteUserDirectory(Database &db)
        : m_db(&db)
    {}

    Status save(const User &user);
    Result<std::vector<User>> all() const;

    std::optional<User> findById(std::string_view id) const override;
    /// Badge hashes are salted per directory (see InMemoryUserDirectory), so each distinct
    /// salt costs one PBKDF2 run per scan.
    std::optional<User> findByBadge(std::string_view badge) const override;
    Status setPinHash(std::string_view id, std::string pinHash) override;

private:
    Database *m_db;
};

} // namespace lane::core
