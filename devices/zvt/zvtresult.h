#pragma once

#include "core/base/result.h"
#include "core/payment/payment.h"
#include "devices/zvt/zvtsession.h"

namespace lane::devices::zvt {

/// Screen stage and text for an intermediate status (04 FF).
core::PaymentProgress toProgress(const IntermediateStatus &status);

/// The payment port's view of a finished ZVT command. A PAN the terminal sends unmasked
/// beyond 6+4 digits is dropped, never passed on.
core::PaymentResult toPaymentResult(const CommandResult &result,
                                    const core::PaymentRequest &request, bool abortRequested);

/// The terminal's last transaction from the 06 20 (repeat receipt) exchange.
core::Result<core::LastTransaction> toLastTransaction(const CommandResult &enquiry,
                                                      const CommandResult &repeat,
                                                      const core::Currency &currency);

/// Card brand from BMP 8B (name) or BMP 8A (ZVT card type number).
std::string cardBrand(const BmpFields &fields);

} // namespace lane::devices::zvt
