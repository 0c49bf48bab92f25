// Suspended baskets: put aside and taken back, each move one commit with its journal entry,
// so a crash at any instant leaves every basket in exactly one place.
#include "core/store/store.h"

#include "core/store/snapshotcodec.h"

namespace lane::core {

namespace {

std::int64_t activeLines(const TransactionSnapshot &snapshot)
{
    std::int64_t n = 0;
    for (const auto &line : snapshot.basket.lines) {
        n += line.active() ? 1 : 0;
    }
    return n;
}

} // namespace

Result<std::int64_t> Store::suspendBasket(const TransactionSnapshot &snapshot, const Money &total)
{
    if (snapshot.state != TransactionState::Suspended) {
        return makeError("store.invalid_state",
                         "only a suspended transaction can be put aside (it is "
                             + std::string(toString(snapshot.state)) + ")");
    }
    if (total.currency() != m_identity.currency) {
        return makeError("store.invalid_state",
                         "basket total is in " + std::string(total.currency().alpha())
                             + ", the store sells in " + std::string(m_identity.currency.alpha()));
    }
    // Who put it aside is the last state change; an engine snapshot always has it.
    const std::string userId
        = snapshot.history.empty() ? snapshot.header.cashierId : snapshot.history.back().userId;
    const std::int64_t items = activeLines(snapshot);
    const TimePoint now = m_clock->now();
    auto tx = TransactionGuard::begin(*m_db);
    if (!tx) {
        return tx.error();
    }
    const std::string bytes = encodeSnapshot(snapshot);
    Status s = runSql(*m_db,
                      "INSERT INTO suspended_basket (suspended_utc_ns, user_id, cashier_name, "
                      "item_count, currency, total_minor, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      nanosSinceEpoch(now), userId, snapshot.header.cashierName, items,
                      m_identity.currency.alpha(), total.minor(), Blob{bytes});
    const std::int64_t id = m_db->lastInsertRowId();
    if (s) {
        s = clearBasket();
    }
    if (!s) {
        return s.error();
    }
    CanonicalJson payload;
    payload.set("suspended", id)
        .set("user", userId)
        .set("items", items)
        .set("currency", m_identity.currency.alpha())
        .set("total", total.minor())
        .set("device", m_identity.deviceId());
    auto entry
        = appendJournal(*m_db, *m_key, journal_type::kSuspend, nanosSinceEpoch(now), payload.str());
    if (!entry) {
        return entry.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    afterCommit(*entry);
    return id;
}

Result<std::vector<SuspendedBasket>> Store::suspendedBaskets()
{
    std::vector<SuspendedBasket> out;
    auto s = forEachRow(
        *m_db,
        "SELECT id, suspended_utc_ns, user_id, cashier_name, item_count, total_minor, snapshot "
        "FROM suspended_basket ORDER BY id",
        [&](const Statement &st) -> Status {
            SuspendedBasket b;
            b.id = st.columnInt(0);
            b.suspendedAt = TimePoint(TimePoint::duration(st.columnInt(1)));
            b.userId = st.columnText(2);
            b.cashierName = st.columnText(3);
            b.itemCount = st.columnInt(4);
            b.total = Money(st.columnInt(5), m_identity.currency);
            auto snapshot = decodeSnapshot(st.columnBlob(6));
            if (!snapshot) {
                return makeError(snapshot.error().code, "suspended basket " + std::to_string(b.id)
                                                            + ": " + snapshot.error().message);
            }
            b.snapshot = std::move(*snapshot);
            out.push_back(std::move(b));
            return {};
        });
    if (!s) {
        return s.error();
    }
    return out;
}

Result<TransactionSnapshot> Store::takeSuspended(std::int64_t id, const std::string &userId,
                                                 const Reopen &reopen)
{
    auto tx = TransactionGuard::begin(*m_db);
    if (!tx) {
        return tx.error();
    }
    std::optional<Result<TransactionSnapshot>> suspended;
    if (auto s = forEachRow(
            *m_db, "SELECT snapshot FROM suspended_basket WHERE id = ?",
            [&](Statement &st) { suspended.emplace(decodeSnapshot(st.columnBlob(0))); }, id);
        !s) {
        return s.error();
    }
    if (!suspended) {
        return makeError("store.not_found",
                         "no suspended basket " + std::to_string(id) + " (already resumed?)");
    }
    if (!*suspended) {
        return makeError(suspended->error().code, "suspended basket " + std::to_string(id) + ": "
                                                      + suspended->error().message);
    }
    auto current = loadBasket();
    if (!current) {
        return current.error();
    }
    if (*current && activeLines((*current)->snapshot) > 0) {
        return makeError("store.basket_in_progress",
                         "a basket is in progress; finish or suspend it before resuming another");
    }
    auto open = reopen(**suspended);
    if (!open) {
        return open.error();
    }
    Status s = runSql(*m_db, "DELETE FROM suspended_basket WHERE id = ?", id);
    if (s) {
        s = saveBasket(*open);
    }
    if (!s) {
        return s.error();
    }
    const TimePoint now = m_clock->now();
    CanonicalJson payload;
    payload.set("suspended", id)
        .set("items", activeLines(*open))
        .set("device", m_identity.deviceId());
    if (!userId.empty()) {
        payload.set("user", userId);
    }
    auto entry
        = appendJournal(*m_db, *m_key, journal_type::kResume, nanosSinceEpoch(now), payload.str());
    if (!entry) {
        return entry.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    afterCommit(*entry);
    return std::move(*suspended);
}

} // namespace lane::core
