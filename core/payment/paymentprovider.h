#pragma once

#include <functional>
#include <string>

#include "core/base/result.h"
#include "core/payment/payment.h"

namespace lane::core {

/// One card payment provider (ZVT terminal, nexo, a VAN agent). Asynchronous: calls come
/// from the app's event loop and callbacks are invoked on it, never from another thread.
/// Exactly one operation runs at a time; `done` is called exactly once per `start`.
class PaymentProvider
{
public:
    using ProgressFn = std::function<void(const PaymentProgress &)>;
    using DoneFn = std::function<void(PaymentResult)>;
    using LastResultFn = std::function<void(Result<LastTransaction>)>;

    virtual ~PaymentProvider() = default;

    /// Stable name stored with each payment ("zvt:terminal-1").
    virtual std::string providerName() const = 0;
    /// Sale, refund, reversal or end-of-day.
    virtual void start(const PaymentRequest &request, ProgressFn progress, DoneFn done) = 0;
    /// Asks the terminal to abort the running operation; `done` still reports the outcome.
    virtual void abort() = 0;
    /// Status enquiry plus the last transaction's result, for crash reconciliation.
    virtual void queryLastResult(LastResultFn done) = 0;
};

} // namespace lane::core
