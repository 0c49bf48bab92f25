#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/money.h"
#include "core/payment/maskedpan.h"

namespace lane::core {

enum class PaymentOperation { Sale, Refund, Reversal, EndOfDay };

/// How a provider operation ended as far as the POS can tell.
enum class PaymentOutcome {
    Approved,
    Declined, // the card or host said no
    Aborted,  // cancelled by customer, cashier or terminal timeout; nothing charged
    NotSent,  // the command never reached the terminal (no connection)
    Unknown,  // sent, but no final answer (timeout, connection lost): must be reconciled
};

/// Screen-level stage of a running payment, derived from the terminal's intermediate status.
enum class PaymentStage {
    Sent,
    InsertCard,
    PinEntry,
    WaitingForHost,
    RemoveCard,
    PleaseWait,
    Other
};

/// An intermediate event for the screen: stage plus the text to show the cashier.
struct PaymentProgress
{
    PaymentStage stage = PaymentStage::Other;
    std::string text;
};

/// What the app asks a provider to do.
struct PaymentRequest
{
    PaymentOperation operation = PaymentOperation::Sale;
    Money amount{0, Currency{}};
    std::string receiptToReverse; // Reversal: the terminal receipt number of the payment
    std::string paymentId;        // journal id, for logs
};

/// The provider's answer. Card data is limited to the masked PAN by construction.
struct PaymentResult
{
    PaymentOutcome outcome = PaymentOutcome::Unknown;
    Money amount{0, Currency{}};
    std::string approvalCode;
    std::string traceNumber;
    std::string receiptNumber;
    std::string terminalId;
    std::optional<MaskedPan> pan;
    std::string cardBrand;
    std::vector<std::string> receiptLines;
    std::optional<int> resultCode;
    std::string message; // plain words from the provider (result code text)
};

/// Answer to "what was the terminal's last transaction?" used by reconciliation.
struct LastTransaction
{
    bool busy = false;                 // terminal still working; ask again later
    std::optional<PaymentResult> last; // empty: the terminal has no last transaction
};

std::string_view toString(PaymentOperation op);
std::string_view toString(PaymentOutcome outcome);
std::string_view toString(PaymentStage stage);

} // namespace lane::core
