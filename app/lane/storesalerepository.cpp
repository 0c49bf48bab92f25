#include "app/lane/storesalerepository.h"

#include "core/store/canonicaljson.h"
#include "core/store/journal.h"

namespace lane::app {

StoreSaleRepository::StoreSaleRepository(core::Store &store, const core::SaleConfig &config,
                                         const core::Clock &clock)
    : m_store(&store)
    , m_config(&config)
    , m_clock(&clock)
{}

core::Status StoreSaleRepository::saveOpen(const core::TransactionSnapshot &snapshot)
{
    return m_store->saveBasket(snapshot);
}

std::optional<core::TransactionSnapshot> StoreSaleRepository::loadOpen()
{
    auto loaded = m_store->loadBasket();
    if (!loaded.ok() || !loaded.value()) {
        return std::nullopt;
    }
    return loaded.value()->snapshot;
}

core::Result<RecordedSale> StoreSaleRepository::record(const core::Transaction &transaction)
{
    RecordedSale recorded;
    const auto committed = m_store->commitTransaction(
        transaction.basket().businessDate(),
        [&](const core::ReceiptNumber &number) -> core::Result<core::ClosedTransaction> {
            core::ClosedTransaction closed;
            closed.snapshot = transaction.snapshot();
            closed.receipt = transaction.receipt();
            // What is committed is the finished sale; the engine moves Paid -> Finalized
            // only once this commit returned.
            if (closed.receipt.state == core::TransactionState::Paid) {
                closed.receipt.state = core::TransactionState::Finalized;
                closed.snapshot.state = core::TransactionState::Finalized;
            }
            closed.receipt.header.receiptNumber = std::uint64_t(number.seq);
            closed.receipt.header.businessDate = number.businessDate;
            closed.snapshot.header.receiptNumber = std::uint64_t(number.seq);
            closed.receiptText = core::renderReceiptText(closed.receipt, m_textOptions);
            recorded.receipt = closed.receipt;
            recorded.receiptNumber = number.text;
            return closed;
        });
    if (!committed.ok()) {
        return committed.error();
    }
    return recorded;
}

core::Status StoreSaleRepository::suspend(const core::TransactionSnapshot &)
{
    // The store has no table for suspended baskets yet; refusing keeps the basket open
    // rather than pretending it is safe somewhere.
    return core::makeError("store.unsupported", "suspended baskets are not stored yet");
}

std::vector<core::TransactionSnapshot> StoreSaleRepository::suspended()
{
    return {};
}

core::Result<core::TransactionSnapshot> StoreSaleRepository::takeSuspended(const std::string &id)
{
    return core::makeError("store.unsupported", "no suspended basket " + id);
}

core::Result<core::SaleRecord> StoreSaleRepository::findSale(const std::string &receiptNumber)
{
    auto loaded = m_store->loadSale(receiptNumber);
    if (!loaded.ok()) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return core::makeError("sale.not_found", "no sale with receipt " + receiptNumber);
    }
    auto restored = core::Transaction::restore(std::move(*loaded.value()), m_store->catalog(),
                                               *m_config, *m_clock);
    if (!restored.ok()) {
        return restored.error();
    }
    return restored.value().receipt();
}

core::Status StoreSaleRepository::recordNoSale(const std::string &userId, const std::string &reason)
{
    core::CanonicalJson payload;
    payload.set("user", userId).set("reason", reason);
    const auto entry = m_store->recordEvent(core::journal_type::kNoSale, payload);
    if (!entry.ok()) {
        return entry.error();
    }
    return {};
}

} // namespace lane::app
