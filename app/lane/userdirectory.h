#pragma once

#include <QString>

#include <optional>

#include "core/auth/permissions.h"
#include "core/auth/userdirectory.h"

namespace lane::app {

/// Permission names the UI asks for before a guarded action.
namespace permission {
inline constexpr const char *kPriceOverride = "price.override";
inline constexpr const char *kLineDiscount = "line.discount";
inline constexpr const char *kVoidTransaction = "transaction.void";
inline constexpr const char *kNoSale = "drawer.no_sale";
inline constexpr const char *kReturn = "sale.return";
inline constexpr const char *kReturnWithoutReceipt = "sale.return_without_receipt";
} // namespace permission

/// The core/auth action a UI permission name stands for. Nothing for an action every
/// signed-on user may do (a return against a receipt: the receipt is the proof), and for
/// names the lane does not know (refused by the caller).
std::optional<core::Action> actionForPermission(const QString &permission);
/// Whether the name is one the lane knows.
bool isKnownPermission(const QString &permission);

/// A user who signed on (or approved an action): the store's user as the UI shows it.
struct SignedOnUser
{
    core::User user;
    QString id() const { return QString::fromStdString(user.id); }
    QString name() const { return QString::fromStdString(user.displayName); }
};

} // namespace lane::app
