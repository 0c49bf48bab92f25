#include "core/store/salecommit.h"

namespace lane::core {

namespace {

Result<Transaction> restoreWith(TransactionSnapshot snapshot, const SaleContext &c)
{
    return Transaction::restore(std::move(snapshot), *c.catalog, *c.config, *c.clock, c.promotions,
                                c.events);
}

// Closes a copy of `source` with the allocated number, leaving `source` as it was.
Result<Transaction> closeCopy(Store &store, const Transaction &source, const SaleContext &context,
                              const ReceiptRenderer &render,
                              const std::function<Status(Transaction &)> &close,
                              const CardSlips &cardSlips = {})
{
    std::optional<Transaction> closedTx;
    const auto &h = source.header();
    const std::optional<Date> date
        = h.businessDate.year > 0 ? std::optional<Date>(h.businessDate) : std::nullopt;
    auto committed = store.commitTransaction(
        date, [&](const ReceiptNumber &number) -> Result<ClosedTransaction> {
            TransactionSnapshot snap = source.snapshot();
            snap.header.receiptNumber = static_cast<std::uint64_t>(number.seq);
            snap.header.transactionId = number.text;
            snap.header.businessDate = number.businessDate;
            snap.header.storeId = store.identity().storeCode;
            snap.header.posId = store.identity().posNumber;
            auto t = restoreWith(std::move(snap), context);
            if (!t) {
                return t.error();
            }
            if (auto s = close(*t); !s) {
                return s.error();
            }
            ClosedTransaction out;
            out.receipt = t->receipt();
            out.snapshot = t->snapshot();
            if (render) {
                out.receiptText = render(out.receipt);
            }
            out.cardSlips = cardSlips;
            closedTx.emplace(std::move(*t));
            return out;
        });
    if (!committed) {
        return committed.error();
    }
    return std::move(*closedTx);
}

} // namespace

Status persistBasket(Store &store, const Transaction &t)
{
    return store.saveBasket(t.snapshot());
}

Result<std::optional<Transaction>> restoreBasket(Store &store, const SaleContext &context)
{
    auto saved = store.loadBasket();
    if (!saved) {
        return saved.error();
    }
    if (!*saved) {
        return std::optional<Transaction>();
    }
    auto t = restoreWith(std::move((*saved)->snapshot), context);
    if (!t) {
        return t.error();
    }
    return std::optional<Transaction>(std::move(*t));
}

Result<Transaction> finalizeSale(Store &store, const Transaction &paid, const SaleContext &context,
                                 const ReceiptRenderer &render, const CardSlips &cardSlips)
{
    return closeCopy(
        store, paid, context, render, [](Transaction &t) { return t.finalize(); }, cardSlips);
}

Result<Transaction> voidSale(Store &store, const Transaction &open, std::string userId,
                             std::string reason, const SaleContext &context,
                             const ReceiptRenderer &render)
{
    return closeCopy(store, open, context, render,
                     [&](Transaction &t) { return t.voidTransaction(userId, reason); });
}

} // namespace lane::core
