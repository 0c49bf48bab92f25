#pragma once

#include "app/lane/laneports.h"
#include "core/payment/paymentjournal.h"
#include "core/sale/receipttext.h"
#include "core/store/store.h"

namespace lane::app {

/// SaleRepository over the lane's SQLite store: the open basket row, the one-commit
/// finalize with receipt numbers, the journal and committed sales for returns.
class StoreSaleRepository final : public SaleRepository
{
public:
    StoreSaleRepository(core::Store &store, const core::SaleConfig &config,
                        const core::Clock &clock);
    void setReceiptOptions(core::ReceiptTextOptions options) { m_textOptions = std::move(options); }
    /// Where the card terminal's slips of approved payments are kept until the sale commits
    /// them with its card tenders (the lane's payment journal); none: sales keep no slips.
    void setPaymentJournal(const core::PaymentJournal *journal) { m_payments = journal; }

    core::Status saveOpen(const core::TransactionSnapshot &snapshot) override;
    std::optional<core::TransactionSnapshot> loadOpen() override;
    core::Result<RecordedSale> record(const core::Transaction &transaction) override;
    core::Status suspend(const core::TransactionSnapshot &snapshot) override;
    std::vector<core::TransactionSnapshot> suspended() override;
    core::Result<core::TransactionSnapshot> takeSuspended(const std::string &id) override;
    core::Result<core::SaleRecord> findSale(const std::string &receiptNumber) override;
    core::Status recordNoSale(const std::string &userId, const std::string &reason) override;

private:
    core::CardSlips slipsOf(const core::Transaction &transaction) const;

    core::Store *m_store;
    const core::SaleConfig *m_config;
    const core::Clock *m_clock;
    core::ReceiptTextOptions m_textOptions;
    const core::PaymentJournal *m_payments = nullptr;
};

} // namespace lane::app
