#include "app/lane/userdirectory.h"

namespace lane::app {

std::optional<core::Action> actionForPermission(const QString &permission)
{
    if (permission == QLatin1String(permission::kPriceOverride)) {
        return core::Action::PriceOverride;
    }
    if (permission == QLatin1String(permission::kLineDiscount)) {
        // The lane has no per-cashier discount limit yet: every line discount counts as
        // above it.
        return core::Action::DiscountAboveLimit;
    }
    if (permission == QLatin1String(permission::kVoidTransaction)) {
        return core::Action::TransactionVoid;
    }
    if (permission == QLatin1String(permission::kNoSale)) {
        return core::Action::NoSale;
    }
    if (permission == QLatin1String(permission::kReturnWithoutReceipt)) {
        return core::Action::ReturnWithoutReceipt;
    }
    return std::nullopt;
}

bool isKnownPermission(const QString &permission)
{
    return permission == QLatin1String(permission::kReturn)
           || actionForPermission(permission).has_value();
}

} // namespace lane::app
