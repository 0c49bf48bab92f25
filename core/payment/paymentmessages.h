#pragma once

#include <string>

#include "core/payment/paymentjournal.h"

namespace lane::core::paymentmessages {

/// Cashier-facing sentences for each way a payment can end. Plain words, with the amount;
/// never card data beyond the last four digits.
std::string approved(const PaymentRecord &record);
std::string declined(const PaymentRecord &record, std::string_view reason);
std::string aborted(const PaymentRecord &record, std::string_view reason);
std::string notSent(const PaymentRecord &record, std::string_view reason);
std::string unknown(const PaymentRecord &record);
std::string recoveredApproved(const PaymentRecord &record);
std::string recoveredNotCharged(const PaymentRecord &record);
std::string terminalUnreachable(const PaymentRecord &record, std::string_view reason);
std::string terminalBusy(const PaymentRecord &record);
std::string blockedByUnresolved(const PaymentRecord &record);
std::string manualApproved(const PaymentRecord &record);

} // namespace lane::core::paymentmessages
