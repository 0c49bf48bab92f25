#pragma once

#include <string_view>

#include "core/base/result.h"
#include "core/payment/payment.h"
#include "core/store/journal.h"
#include "core/store/store.h"

namespace lane::core {

/// Journals the card terminal's end-of-day (ZVT 06 50) as a "terminal_end_of_day" entry
/// through the store's journal writer, so the journal and the next Z (journal counts by type)
/// show that the terminal settled, and how: outcome, result code and message, terminal id,
/// trace and receipt numbers, the total when the terminal reported one, and its report lines
/// (card numbers masked). A failed or unanswered end-of-day is journaled too.
Result<JournalEntry> journalTerminalEndOfDay(Store &store, std::string_view provider,
                                             const PaymentResult &result);

} // namespace lane::core
