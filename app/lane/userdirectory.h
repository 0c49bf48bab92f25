#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

#include "core/base/result.h"

namespace lane::app {

/// Permission names the UI asks for before a guarded action.
namespace permission {
inline constexpr const char *kPriceOverride = "price.override";
inline constexpr const char *kLineDiscount = "line.discount";
inline constexpr const char *kVoidTransaction = "transaction.void";
inline constexpr const char *kNoSale = "drawer.no_sale";
inline constexpr const char *kReturn = "sale.return";
} // namespace permission

/// A user who signed on (or approved an action).
struct SignedOnUser
{
    QString id;
    QString name;
    QStringList permissions;
    bool can(const QString &permission) const { return permissions.contains(permission); }
};

/// Who may sign on and what they may do. The seam the lane authenticates through until
/// the users-and-permissions module (core/auth) provides its own directory.
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;
    /// "auth.unknown_user" or "auth.bad_pin" when refused; never says which to a caller
    /// that shows it (the UI shows one message for both).
    virtual core::Result<SignedOnUser> authenticate(const QString &userId,
                                                    const QString &pin) const = 0;
};

/// Users held in memory with salted SHA-256 PIN hashes (never the PIN itself).
class LocalUserDirectory final : public UserDirectory
{
public:
    void addUser(const QString &id, const QString &name, const QString &pin,
                 const QStringList &permissions);
    core::Result<SignedOnUser> authenticate(const QString &userId,
                                            const QString &pin) const override;
    int size() const { return int(m_users.size()); }

private:
    struct Account
    {
        SignedOnUser user;
        QByteArray salt;
        QByteArray pinHash;
    };
    static QByteArray hashPin(const QByteArray &salt, const QString &pin);
    std::map<QString, Account> m_users;
};

} // namespace lane::app
