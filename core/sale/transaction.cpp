#include "core/sale/transaction.h"

#include <array>
#include <set>

namespace lane::core {

std::string_view toString(TransactionState state)
{
    switch (state) {
    case TransactionState::Open:
        return "open";
    case TransactionState::Tendering:
        return "tendering";
    case TransactionState::Paid:
        return "paid";
    case TransactionState::Finalized:
        return "finalized";
    case TransactionState::Voided:
        return "voided";
    case TransactionState::Suspended:
        return "suspended";
    }
    return "?";
}

namespace {

bool allowed(TransactionState from, TransactionState to)
{
    using S = TransactionState;
    static constexpr std::array<std::pair<S, S>, 8> kMoves{{
        {S::Open, S::Tendering},
        {S::Open, S::Voided},
        {S::Open, S::Suspended},
        {S::Tendering, S::Open},
        {S::Tendering, S::Paid},
        {S::Tendering, S::Voided},
        {S::Paid, S::Finalized},
        {S::Suspended, S::Open},
    }};
    for (const auto &[f, t] : kMoves) {
        if (f == from && t == to) {
            return true;
        }
    }
    return false;
}

} // namespace

Transaction::Transaction(TransactionHeader header, const Catalog &catalog, const SaleConfig &config,
                         const Clock &clock, std::vector<Promotion> promotions, EventSink *events)
    : m_header(std::move(header))
    , m_config(&config)
    , m_clock(&clock)
    , m_events(events)
    , m_basket(catalog, config, clock, std::move(promotions))
{
    if (m_header.startedAt == TimePoint{}) {
        m_header.startedAt = clock.now();
    }
}

Result<Transaction> Transaction::restore(TransactionSnapshot s, const Catalog &catalog,
                                         const SaleConfig &config, const Clock &clock,
                                         std::vector<Promotion> promotions, EventSink *events)
{
    const std::string where = "transaction " + s.header.transactionId;
    if (static_cast<int>(s.state) < 0
        || static_cast<int>(s.state) > static_cast<int>(TransactionState::Suspended)) {
        return makeError("transaction.snapshot_invalid", where + ": unknown state");
    }
    std::set<LineId> ids;
    for (const auto &l : s.basket.lines) {
        if (l.id == 0 || l.id >= s.basket.nextLineId || !ids.insert(l.id).second) {
            return makeError("transaction.snapshot_invalid",
                             where + ": line id " + std::to_string(l.id) + " is not unique");
        }
    }
    for (const auto &t : s.tenders) {
        if (!(t.applied.currency() == config.currency)) {
            return makeError("transaction.snapshot_invalid", where + ": tender currency");
        }
        if (t.card && !validateMaskedPan(t.card->maskedPan)) {
            return makeError("transaction.snapshot_invalid", where + ": card number not masked");
        }
    }
    Transaction t(std::move(s.header), catalog, config, clock, std::move(promotions), events);
    t.m_basket.restore(std::move(s.basket));
    t.m_state = s.state;
    t.m_tenders = std::move(s.tenders);
    t.m_cashRoundingMinor = s.cashRoundingMinor;
    t.m_history = std::move(s.history);
    return t;
}

TransactionSnapshot Transaction::snapshot() const
{
    return TransactionSnapshot{m_header, m_state, m_basket.data(), m_tenders, m_cashRoundingMinor,
                               m_history};
}

Money Transaction::paid() const
{
    Money sum = Money::zero(m_config->currency);
    for (const auto &t : m_tenders) {
        sum += t.applied;
    }
    return sum;
}

Money Transaction::balance() const
{
    return total() + cashRounding() - paid();
}

Money Transaction::cashDue() const
{
    return balance().roundedTo(m_config->cashRoundingIncrement, m_config->cashRoundingMode);
}

Money Transaction::change() const
{
    Money sum = Money::zero(m_config->currency);
    for (const auto &t : m_tenders) {
        sum += t.change;
    }
    return sum;
}

Status Transaction::requireState(TransactionState expected, std::string_view action) const
{
    if (m_state != expected) {
        return makeError("transaction.invalid_state",
                         "cannot " + std::string(action) + " while transaction "
                             + m_header.transactionId + " is " + std::string(toString(m_state)));
    }
    return {};
}

Status Transaction::moveTo(TransactionState to, std::string userId, std::string reason)
{
    if (!allowed(m_state, to)) {
        return makeError("transaction.invalid_transition",
                         "transaction " + m_header.transactionId + " cannot move from "
                             + std::string(toString(m_state)) + " to " + std::string(toString(to)));
    }
    const TimePoint now = m_clock->now();
    m_history.push_back(StateChange{m_state, to, now, std::move(userId), std::move(reason)});
    m_state = to;
    if (to == TransactionState::Finalized || to == TransactionState::Voided) {
        m_header.finishedAt = now;
        if (m_events) {
            m_events->emit(Severity::Info,
                           to == TransactionState::Finalized ? "sale.finalized" : "sale.voided",
                           m_header.transactionId,
                           {{"total_minor", total().minor()},
                            {"currency", std::string(m_config->currency.alpha())}});
        }
    }
    return {};
}

#define LANE_REQUIRE_OPEN(action) \
    if (auto s = requireState(TransactionState::Open, action); !s) { \
        return s.error(); \
    }

Result<LineId> Transaction::addScan(const ScanCode &code, std::int64_t quantityMilli)
{
    LANE_REQUIRE_OPEN("add a line");
    return m_basket.addScan(code, quantityMilli);
}

Result<LineId> Transaction::addPlu(std::string_view plu, std::int64_t quantityMilli,
                                   std::optional<std::int64_t> tareGrams)
{
    LANE_REQUIRE_OPEN("add a line");
    return m_basket.addPlu(plu, quantityMilli, tareGrams);
}

Result<LineId> Transaction::addSku(std::string_view sku, std::int64_t quantityMilli,
                                   std::optional<std::int64_t> tareGrams)
{
    LANE_REQUIRE_OPEN("add a line");
    return m_basket.addSku(sku, quantityMilli, tareGrams);
}

Status Transaction::setQuantity(LineId id, std::int64_t quantityMilli)
{
    LANE_REQUIRE_OPEN("change a quantity");
    return m_basket.setQuantity(id, quantityMilli);
}

Status Transaction::voidLine(LineId id, std::string userId, std::string reason)
{
    LANE_REQUIRE_OPEN("void a line");
    return m_basket.voidLine(id, std::move(userId), std::move(reason));
}

Status Transaction::overridePrice(LineId id, Money unitPrice, std::string reasonCode,
                                  std::string userId)
{
    LANE_REQUIRE_OPEN("override a price");
    return m_basket.overridePrice(id, unitPrice, std::move(reasonCode), std::move(userId));
}

Status Transaction::setLineDiscount(LineId id, Discount discount)
{
    LANE_REQUIRE_OPEN("discount a line");
    return m_basket.setLineDiscount(id, std::move(discount));
}

Result<std::uint32_t> Transaction::addTransactionDiscount(Discount discount)
{
    LANE_REQUIRE_OPEN("add a discount");
    return m_basket.addTransactionDiscount(std::move(discount));
}

Status Transaction::voidTransactionDiscount(std::uint32_t id, std::string userId,
                                            std::string reason)
{
    LANE_REQUIRE_OPEN("void a discount");
    return m_basket.voidTransactionDiscount(id, std::move(userId), std::move(reason));
}

Status Transaction::verifyAge(AgeVerification verification)
{
    if (m_state != TransactionState::Tendering) {
        LANE_REQUIRE_OPEN("record an age check");
    }
    return m_basket.verifyAge(std::move(verification));
}

Result<LineId> Transaction::addReturn(const SaleRecord &original, LineId originalLine,
                                      std::int64_t quantityMilli)
{
    LANE_REQUIRE_OPEN("add a return");
    return m_basket.addReturn(original, originalLine, quantityMilli);
}

Result<LineId> Transaction::addReturnWithoutReceipt(std::string_view sku,
                                                    std::int64_t quantityMilli,
                                                    std::string approvalId)
{
    LANE_REQUIRE_OPEN("add a return");
    return m_basket.addReturnWithoutReceipt(sku, quantityMilli, std::move(approvalId));
}

#undef LANE_REQUIRE_OPEN

Status Transaction::startTendering()
{
    if (!allowed(m_state, TransactionState::Tendering)) {
        return moveTo(TransactionState::Tendering, {}, {});
    }
    if (m_basket.empty()) {
        return makeError("transaction.empty",
                         "transaction " + m_header.transactionId + " has no line to pay for");
    }
    if (auto pending = m_basket.pendingAgeChecks(); !pending.empty()) {
        return makeError("age.check_required", "line " + std::to_string(pending.front())
                                                   + " needs an age check before payment");
    }
    if (auto s = moveTo(TransactionState::Tendering, m_header.cashierId, {}); !s) {
        return s;
    }
    if (balance().isZero()) {
        return moveTo(TransactionState::Paid, m_header.cashierId, "nothing to pay");
    }
    return {};
}

Status Transaction::backToBasket()
{
    if (m_state == TransactionState::Tendering && !m_tenders.empty()) {
        return makeError("transaction.tenders_present",
                         "transaction " + m_header.transactionId
                             + " has tenders; it cannot go back to the basket");
    }
    return moveTo(TransactionState::Open, m_header.cashierId, {});
}

Status Transaction::suspend(std::string userId)
{
    return moveTo(TransactionState::Suspended, std::move(userId), "suspended");
}

Status Transaction::resume(std::string userId)
{
    if (m_state != TransactionState::Suspended) {
        return makeError("transaction.invalid_transition",
                         "transaction " + m_header.transactionId + " cannot move from "
                             + std::string(toString(m_state)) + " to open (resume)");
    }
    return moveTo(TransactionState::Open, std::move(userId), "resumed");
}

Status Transaction::voidTransaction(std::string userId, std::string reason)
{
    for (const auto &t : m_tenders) {
        if (t.card && allowed(m_state, TransactionState::Voided)) {
            return makeError("transaction.card_tenders_present",
                             "transaction " + m_header.transactionId
                                 + " has an approved card payment: reverse it first");
        }
    }
    return moveTo(TransactionState::Voided, std::move(userId), std::move(reason));
}

Status Transaction::finalize()
{
    return moveTo(TransactionState::Finalized, m_header.cashierId, {});
}

} // namespace lane::core
