#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/sale/transaction.h"
#include "core/store/store.h"

namespace lane::core {

/// What restoring a Transaction needs (the same objects the lane sells with).
struct SaleContext
{
    const Catalog *catalog = nullptr;
    const SaleConfig *config = nullptr;
    const Clock *clock = nullptr;
    std::vector<Promotion> promotions;
    EventSink *events = nullptr;
};

/// Renders the receipt text stored with the sale (e.g. renderReceiptText); may be empty.
using ReceiptRenderer = std::function<std::string(const Receipt &)>;

/// Persists the basket in progress after a mutation of `t` (call after every successful
/// scan, quantity change, discount, tender...).
Status persistBasket(Store &store, const Transaction &t);

/// The basket that was in progress when the lane stopped, restored through the engine.
Result<std::optional<Transaction>> restoreBasket(Store &store, const SaleContext &context);

/// Finalizes a Paid transaction durably: the receipt number is allocated and written into
/// the header inside the store's commit, which holds the sale, lines, tenders, tax summary
/// and journal entry. Returns the Finalized transaction; print only after this returns.
/// On error (e.g. "store.disk_full") `paid` is unchanged and the call can be retried.
/// `cardSlips` are the terminal's slips of the card tenders, stored with them.
Result<Transaction> finalizeSale(Store &store, const Transaction &paid, const SaleContext &context,
                                 const ReceiptRenderer &render = {},
                                 const CardSlips &cardSlips = {});

/// Voids an open or tendering transaction; a void gets a receipt number and a journal entry.
Result<Transaction> voidSale(Store &store, const Transaction &open, std::string userId,
                             std::string reason, const SaleContext &context,
                             const ReceiptRenderer &render = {});

} // namespace lane::core
