#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/barcode/scancode.h"
#include "core/base/clock.h"

namespace lane::core {

/// The life of a transaction:
///   Open -> Tendering -> Paid -> Finalized
///   Open, Tendering -> Voided
///   Open -> Suspended -> Open (resumed)
///   Tendering -> Open (back to the basket, only while no tender is recorded)
/// Finalized and Voided are final.
enum class TransactionState { Open, Tendering, Paid, Finalized, Voided, Suspended };
std::string_view toString(TransactionState state);

/// Who, where and when: the identifiers printed on the receipt and stored with it.
struct TransactionHeader
{
    std::string transactionId; // unique across the chain (store + POS + number)
    std::string storeId;
    std::string posId;
    std::uint64_t receiptNumber = 0;
    Date businessDate; // store's business day
    std::string cashierId;
    std::string cashierName;
    TimePoint startedAt;  // UTC
    TimePoint finishedAt; // UTC, set when finalized or voided

    bool operator==(const TransactionHeader &) const = default;
};

/// One move of the state machine, for the journal.
struct StateChange
{
    TransactionState from = TransactionState::Open;
    TransactionState to = TransactionState::Open;
    TimePoint at;
    std::string userId;
    std::string reason;

    bool operator==(const StateChange &) const = default;
};

} // namespace lane::core
