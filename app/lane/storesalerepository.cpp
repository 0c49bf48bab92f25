#include "app/lane/storesalerepository.h"

#include <charconv>

#include <spdlog/spdlog.h>

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

core::CardSlips StoreSaleRepository::slipsOf(const core::Transaction &transaction) const
{
    core::CardSlips slips;
    if (!m_payments) {
        return slips;
    }
    for (const auto &tender : transaction.tenders()) {
        if (!tender.card || tender.card->reference.empty()) {
            continue;
        }
        const auto payment = m_payments->find(tender.card->reference);
        if (!payment.ok()) {
            // The sale is recorded all the same; its slip stays in the payment journal.
            spdlog::error("card slip of payment {} not readable: {}: {}", tender.card->reference,
                          payment.error().code, payment.error().message);
            continue;
        }
        if (payment.value() && !payment.value()->receiptLines.empty()) {
            slips.emplace(tender.card->reference, payment.value()->receiptLines);
        }
    }
    return slips;
}

core::Result<RecordedSale> StoreSaleRepository::record(const core::Transaction &transaction)
{
    RecordedSale recorded;
    core::CardSlips slips = slipsOf(transaction);
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
            closed.cardSlips = slips;
            recorded.receipt = closed.receipt;
            recorded.receiptNumber = number.text;
            return closed;
        });
    if (!committed.ok()) {
        return committed.error();
    }
    return recorded;
}

core::Status StoreSaleRepository::suspend(const core::TransactionSnapshot &snapshot)
{
    // The total listed with the basket is the engine's, priced as the lane shows it.
    auto priced = core::Transaction::restore(snapshot, m_store->catalog(), *m_config, *m_clock);
    if (!priced.ok()) {
        return priced.error();
    }
    const auto id = m_store->suspendBasket(snapshot, priced.value().total());
    if (!id.ok()) {
        return id.error();
    }
    return {};
}

std::vector<core::TransactionSnapshot> StoreSaleRepository::suspended()
{
    auto list = m_store->suspendedBaskets();
    if (!list.ok()) {
        // The baskets stay stored; the list comes back once the store reads again.
        spdlog::error("suspended baskets not readable: {}: {}", list.error().code,
                      list.error().message);
        return {};
    }
    std::vector<core::TransactionSnapshot> out;
    for (auto &basket : list.value()) {
        // The id the lane hands back to takeSuspended: a suspended basket has no receipt
        // number yet, so its transaction id is free to carry it.
        basket.snapshot.header.transactionId = std::to_string(basket.id);
        out.push_back(std::move(basket.snapshot));
    }
    return out;
}

core::Result<core::TransactionSnapshot> StoreSaleRepository::takeSuspended(const std::string &id)
{
    std::int64_t rowId = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), rowId);
    if (ec != std::errc() || end != id.data() + id.size()) {
        return core::makeError("store.not_found", "no suspended basket " + id);
    }
    auto reopen
        = [this](const core::TransactionSnapshot &s) -> core::Result<core::TransactionSnapshot> {
        auto t = core::Transaction::restore(s, m_store->catalog(), *m_config, *m_clock);
        if (!t.ok()) {
            return t.error();
        }
        // The lane resumes it again under the signed-on user and persists that right after;
        // until then the basket in progress is this open copy.
        if (auto r = t.value().resume(std::string()); !r.ok()) {
            return r.error();
        }
        return t.value().snapshot();
    };
    // SaleRepository does not say who resumes; the journal entry omits the user and the
    // lane's own resume records it in the basket's history.
    return m_store->takeSuspended(rowId, std::string(), reopen);
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
