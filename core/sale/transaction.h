#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/base/result.h"
#include "core/sale/basket.h"
#include "core/sale/receipt.h"
#include "core/sale/tender.h"
#include "core/sale/transactionheader.h"

namespace lane::core {

/// Everything a transaction holds, as plain data: what the store persists. Prices,
/// promotions and tax are derived from it again on restore.
struct TransactionSnapshot
{
    TransactionHeader header;
    TransactionState state = TransactionState::Open;
    BasketData basket;
    std::vector<Tender> tenders;
    std::int64_t cashRoundingMinor = 0;
    std::vector<StateChange> history;

    bool operator==(const TransactionSnapshot &) const = default;
};

/// One sale from first scan to finalized receipt, with an explicit state machine.
/// Every mutation returns a Status/Result; a move the state machine does not allow is
/// Error "transaction.invalid_transition", an edit in the wrong state
/// "transaction.invalid_state". Finalized and voided transactions refuse everything.
class Transaction
{
public:
    Transaction(TransactionHeader header, const Catalog &catalog, const SaleConfig &config,
                const Clock &clock, std::vector<Promotion> promotions = {},
                EventSink *events = nullptr);
    static Result<Transaction> restore(TransactionSnapshot snapshot, const Catalog &catalog,
                                       const SaleConfig &config, const Clock &clock,
                                       std::vector<Promotion> promotions = {},
                                       EventSink *events = nullptr);
    TransactionSnapshot snapshot() const;

    TransactionState state() const { return m_state; }
    const TransactionHeader &header() const { return m_header; }
    const Basket &basket() const { return m_basket; }
    const Pricing &pricing() const { return m_basket.pricing(); }
    const std::vector<Tender> &tenders() const { return m_tenders; }
    const std::vector<StateChange> &history() const { return m_history; }
    Money total() const { return pricing().total; }
    Money paid() const;    // sum of applied tenders
    Money balance() const; // total + cash rounding - paid
    Money cashDue() const; // balance rounded for cash
    Money cashRounding() const { return Money(m_cashRoundingMinor, m_config->currency); }
    Money change() const;

    // Basket edits: Open only.
    Result<LineId> addScan(const ScanCode &code, std::int64_t quantityMilli = kOneUnit);
    Result<LineId> addPlu(std::string_view plu, std::int64_t quantityMilli = kOneUnit,
                          std::optional<std::int64_t> tareGrams = std::nullopt);
    Result<LineId> addSku(std::string_view sku, std::int64_t quantityMilli = kOneUnit,
                          std::optional<std::int64_t> tareGrams = std::nullopt);
    Status setQuantity(LineId id, std::int64_t quantityMilli);
    Status voidLine(LineId id, std::string userId, std::string reason);
    Status overridePrice(LineId id, Money unitPrice, std::string reasonCode, std::string userId);
    Status setLineDiscount(LineId id, Discount discount);
    Result<std::uint32_t> addTransactionDiscount(Discount discount);
    Status voidTransactionDiscount(std::uint32_t id, std::string userId, std::string reason);
    Status verifyAge(AgeVerification verification);
    Result<LineId> addReturn(const SaleRecord &original, LineId originalLine,
                             std::int64_t quantityMilli);
    Result<LineId> addReturnWithoutReceipt(std::string_view sku, std::int64_t quantityMilli,
                                           std::string approvalId);

    // State machine.
    Status startTendering(); // Open -> Tendering: needs an active line, ages verified
    Status backToBasket();   // Tendering -> Open while no tender is recorded
    Status suspend(std::string userId);
    Status resume(std::string userId);
    Status voidTransaction(std::string userId, std::string reason);
    Status finalize(); // Paid -> Finalized

    // Tenders: Tendering only; the transaction becomes Paid when the balance is settled.
    Status payCash(Money tendered);
    Status payCard(PaymentPort &port, Money amount);
    Status addCardTender(Money amount, CardApproval approval); // approved elsewhere
    Status payVoucher(TenderKind kind, Money faceValue, std::string reference);

    Receipt receipt() const;

private:
    Status requireState(TransactionState expected, std::string_view action) const;
    Status moveTo(TransactionState to, std::string userId, std::string reason);
    Status checkTenderAmount(const Money &amount) const;
    void recordTender(Tender tender);

    TransactionHeader m_header;
    const SaleConfig *m_config;
    const Clock *m_clock;
    EventSink *m_events;
    Basket m_basket;
    TransactionState m_state = TransactionState::Open;
    std::vector<Tender> m_tenders;
    std::int64_t m_cashRoundingMinor = 0;
    std::vector<StateChange> m_history;
};

} // namespace lane::core
