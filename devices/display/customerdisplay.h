#pragma once

#include <QString>

#include "core/base/money.h"

namespace lane::devices::display {

/// What the sale screen tells the customer, whichever display shows it.
class CustomerDisplay
{
public:
    virtual ~CustomerDisplay() = default;
    virtual void showLines(const QString &line1, const QString &line2) = 0;
    /// "TOTAL" and the amount, formatted here (never in QML).
    virtual void showTotal(const QString &label, const core::Money &total) = 0;
    virtual void clearDisplay() = 0;
};

/// "19.99 EUR", "19,190 KRW" style text with thousands separators.
QString formatAmount(const core::Money &amount);

} // namespace lane::devices::display
