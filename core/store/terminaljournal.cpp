#include "core/store/terminaljournal.h"

#include "core/payment/cardslip.h"

namespace lane::core {

Result<JournalEntry> journalTerminalEndOfDay(Store &store, std::string_view provider,
                                             const PaymentResult &result)
{
    CanonicalJson payload;
    payload.set("provider", provider)
        .set("outcome", toString(result.outcome))
        .set("message", result.message)
        .set("terminal_id", result.terminalId)
        .set("trace", result.traceNumber)
        .set("receipt", result.receiptNumber);
    if (result.resultCode) {
        payload.set("result_code", std::int64_t{*result.resultCode});
    }
    if (result.amount.minor() != 0) {
        payload.set("total_minor", result.amount.minor())
            .set("currency", result.amount.currency().alpha());
    }
    std::vector<std::string> lines = result.receiptLines;
    CardSlip::sanitize(lines);
    payload.set("lines", CardSlip::join(lines));
    return store.recordEvent(journal_type::kTerminalEndOfDay, payload);
}

} // namespace lane::core
