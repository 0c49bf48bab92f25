#include "core/payment/sqlitepaymentjournal.h"

#include <sqlite3.h>

#include <memory>

#include "core/payment/cardslip.h"

namespace lane::core {

namespace {

constexpr const char *kSchema = R"sql(
CREATE TABLE IF NOT EXISTS payments (
  id             TEXT PRIMARY KEY,
  sale_id        TEXT NOT NULL,
  tender_id      TEXT NOT NULL,
  operation      TEXT NOT NULL,
  amount_minor   INTEGER NOT NULL,
  currency       TEXT NOT NULL,
  provider       TEXT NOT NULL,
  state          TEXT NOT NULL,
  last_step      TEXT NOT NULL DEFAULT '',
  approval_code  TEXT NOT NULL DEFAULT '',
  trace_number   TEXT NOT NULL DEFAULT '',
  receipt_number TEXT NOT NULL DEFAULT '',
  masked_pan     TEXT NOT NULL DEFAULT '',
  card_brand     TEXT NOT NULL DEFAULT '',
  terminal_id    TEXT NOT NULL DEFAULT '',
  result_code    INTEGER,
  message        TEXT NOT NULL DEFAULT '',
  approver_id    TEXT NOT NULL DEFAULT '',
  manual         INTEGER NOT NULL DEFAULT 0,
  recovered      INTEGER NOT NULL DEFAULT 0,
  reversal_of    TEXT NOT NULL DEFAULT '',
  created_at_ns  INTEGER NOT NULL,
  updated_at_ns  INTEGER NOT NULL,
  resolved_seq   INTEGER
);
CREATE INDEX IF NOT EXISTS payments_unresolved ON payments(state)
  WHERE state IN ('intent','sent','in_progress','unknown');
CREATE INDEX IF NOT EXISTS payments_sale ON payments(sale_id);
CREATE TABLE IF NOT EXISTS payment_steps (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  payment_id TEXT NOT NULL REFERENCES payments(id),
  at_ns      INTEGER NOT NULL,
  state      TEXT NOT NULL,
  step       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS payment_receipt_lines (
  payment_id TEXT PRIMARY KEY REFERENCES payments(id),
  lines      TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr const char *kColumns
    = "id, sale_id, tender_id, operation, amount_minor, currency, provider, state, last_step, "
      "approval_code, trace_number, receipt_number, masked_pan, card_brand, terminal_id, "
      "result_code, message, approver_id, manual, recovered, reversal_of, created_at_ns, "
      "updated_at_ns";

struct StmtDeleter
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Stmt = std::unique_ptr<sqlite3_stmt, StmtDeleter>;

Error sqlError(sqlite3 *db, std::string_view what)
{
    return makeError("payment.journal.sqlite",
                     "payment journal: " + std::string(what) + ": " + sqlite3_errmsg(db));
}

Result<Stmt> prepare(sqlite3 *db, std::string_view sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &s, nullptr) != SQLITE_OK)
        return sqlError(db, "prepare");
    return Stmt(s);
}

void bindText(sqlite3_stmt *s, int i, std::string_view v)
{
    sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

std::int64_t ns(TimePoint t)
{
    return t.time_since_epoch().count();
}

std::string col(sqlite3_stmt *s, int i)
{
    const auto *p = sqlite3_column_text(s, i);
    return p ? std::string(reinterpret_cast<const char *>(p)) : std::string();
}

// Binds the record's mutable fields to ?1..?20 in the order of kColumns after `id`.
void bindRecord(sqlite3_stmt *s, const PaymentRecord &r)
{
    bindText(s, 1, r.id);
    bindText(s, 2, r.saleId);
    bindText(s, 3, r.tenderId);
    bindText(s, 4, toString(r.operation));
    sqlite3_bind_int64(s, 5, r.amount.minor());
    bindText(s, 6, r.amount.currency().alpha());
    bindText(s, 7, r.provider);
    bindText(s, 8, toString(r.state));
    bindText(s, 9, r.lastStep);
    bindText(s, 10, r.approvalCode);
    bindText(s, 11, r.traceNumber);
    bindText(s, 12, r.receiptNumber);
    bindText(s, 13, r.maskedPan);
    bindText(s, 14, r.cardBrand);
    bindText(s, 15, r.terminalId);
    if (r.resultCode)
        sqlite3_bind_int(s, 16, *r.resultCode);
    else
        sqlite3_bind_null(s, 16);
    bindText(s, 17, r.message);
    bindText(s, 18, r.approverId);
    sqlite3_bind_int(s, 19, r.manual ? 1 : 0);
    sqlite3_bind_int(s, 20, r.recovered ? 1 : 0);
    bindText(s, 21, r.reversalOf);
    sqlite3_bind_int64(s, 22, ns(r.createdAt));
    sqlite3_bind_int64(s, 23, ns(r.updatedAt));
}

// RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db)
        : m_db(db)
    {
        m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool ok() const { return m_ok; }
    Status commit()
    {
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqlError(m_db, "commit");
        m_done = true;
        return {};
    }

private:
    sqlite3 *m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace

Result<SqlitePaymentJournal> SqlitePaymentJournal::open(sqlite3 *db)
{
    if (!db)
        return makeError("payment.journal.sqlite", "payment journal: no database connection");
    if (sqlite3_exec(db, kSchema, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqlError(db, "create tables");
    return SqlitePaymentJournal(db);
}

Status SqlitePaymentJournal::appendStep(const PaymentRecord &r, std::string_view step)
{
    auto s = prepare(m_db, "INSERT INTO payment_steps(payment_id, at_ns, state, step) "
                           "VALUES(?1, ?2, ?3, ?4)");
    if (!s)
        return s.error();
    bindText(s->get(), 1, r.id);
    sqlite3_bind_int64(s->get(), 2, ns(r.updatedAt));
    bindText(s->get(), 3, toString(r.state));
    bindText(s->get(), 4, step);
    if (sqlite3_step(s->get()) != SQLITE_DONE)
        return sqlError(m_db, "append step");
    return {};
}

Status SqlitePaymentJournal::writeIntent(const PaymentRecord &r)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return sqlError(m_db, "begin");
    auto s = prepare(m_db, std::string("INSERT INTO payments(") + kColumns
                               + ", resolved_seq) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,"
                                 "?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23, CASE WHEN ?24 THEN "
                                 "(SELECT COALESCE(MAX(seq),0)+1 FROM payment_steps) END)");
    if (!s)
        return s.error();
    bindRecord(s->get(), r);
    sqlite3_bind_int(s->get(), 24, isResolved(r.state) ? 1 : 0);
    if (sqlite3_step(s->get()) != SQLITE_DONE)
        return sqlError(m_db, "write intent for " + r.id);
    if (auto st = appendStep(r, toString(r.state)); !st)
        return st;
    return tx.commit();
}

namespace {
// Sent and intermediate steps change nothing about recovery (all unresolved payments are
// reconciled the same way), so they skip the fsync: in WAL mode they still survive a process
// crash, and the next synchronous commit (the result) makes them durable with it. Intent and
// results keep the connection's own setting (FULL on the lane).
class RelaxedSync
{
public:
    RelaxedSync(sqlite3 *db, bool relax)
        : m_db(db)
    {
        if (!relax)
            return;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA synchronous", -1, &s, nullptr) == SQLITE_OK
            && sqlite3_step(s) == SQLITE_ROW)
            m_previous = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
        if (m_previous > 1)
            sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    }
    ~RelaxedSync()
    {
        if (m_previous > 1)
            sqlite3_exec(m_db, ("PRAGMA synchronous=" + std::to_string(m_previous)).c_str(),
                         nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db;
    int m_previous = -1;
};
} // namespace

Status SqlitePaymentJournal::recordStep(const PaymentRecord &r, std::string_view step)
{
    const RelaxedSync sync(m_db,
                           r.state == PaymentState::Sent || r.state == PaymentState::InProgress);
    Transaction tx(m_db);
    if (!tx.ok())
        return sqlError(m_db, "begin");
    auto s = prepare(m_db, "UPDATE payments SET sale_id=?2, tender_id=?3, operation=?4, "
                           "amount_minor=?5, currency=?6, provider=?7, state=?8, last_step=?9, "
                           "approval_code=?10, trace_number=?11, receipt_number=?12, "
                           "masked_pan=?13, card_brand=?14, terminal_id=?15, result_code=?16, "
                           "message=?17, approver_id=?18, manual=?19, recovered=?20, "
                           "reversal_of=?21, created_at_ns=?22, updated_at_ns=?23, "
                           "resolved_seq=COALESCE(resolved_seq, CASE WHEN ?24 THEN "
                           "(SELECT COALESCE(MAX(seq),0)+1 FROM payment_steps) END) WHERE id=?1");
    if (!s)
        return s.error();
    bindRecord(s->get(), r);
    sqlite3_bind_int(s->get(), 24, isResolved(r.state) ? 1 : 0);
    if (sqlite3_step(s->get()) != SQLITE_DONE)
        return sqlError(m_db, "record step for " + r.id);
    if (sqlite3_changes(m_db) != 1)
        return makeError("payment.journal.missing", "payment " + r.id + " is not in the journal");
    if (auto st = appendStep(r, step); !st)
        return st;
    if (!r.receiptLines.empty()) {
        // The terminal's slip, kept until the sale commits it with the card tender (and
        // after, for support): full card numbers masked before anything is written.
        std::vector<std::string> lines = r.receiptLines;
        CardSlip::sanitize(lines);
        auto ins = prepare(m_db, "INSERT INTO payment_receipt_lines(payment_id, lines) "
                                 "VALUES(?1, ?2) ON CONFLICT(payment_id) DO UPDATE SET "
                                 "lines = excluded.lines");
        if (!ins)
            return ins.error();
        bindText(ins->get(), 1, r.id);
        bindText(ins->get(), 2, CardSlip::join(lines));
        if (sqlite3_step(ins->get()) != SQLITE_DONE)
            return sqlError(m_db, "record receipt lines for " + r.id);
    }
    return tx.commit();
}

Result<std::vector<PaymentRecord>> SqlitePaymentJournal::query(std::string_view where,
                                                               std::string_view arg) const
{
    auto s = prepare(m_db, std::string("SELECT ") + kColumns
                               + ", (SELECT lines FROM payment_receipt_lines l WHERE l.payment_id "
                                 "= payments.id) FROM payments "
                               + std::string(where) + " ORDER BY created_at_ns, id");
    if (!s)
        return s.error();
    if (!arg.empty())
        bindText(s->get(), 1, arg);
    std::vector<PaymentRecord> out;
    int rc;
    while ((rc = sqlite3_step(s->get())) == SQLITE_ROW) {
        sqlite3_stmt *q = s->get();
        const auto currency = Currency::fromCode(col(q, 5));
        if (!currency)
            return makeError("payment.journal.currency", "payment " + col(q, 0)
                                                             + " has an unknown currency '"
                                                             + col(q, 5) + "'");
        PaymentRecord r;
        r.id = col(q, 0);
        r.saleId = col(q, 1);
        r.tenderId = col(q, 2);
        r.operation = paymentOperationFromString(col(q, 3)).value_or(PaymentOperation::Sale);
        r.amount = Money(sqlite3_column_int64(q, 4), *currency);
        r.provider = col(q, 6);
        const auto state = paymentStateFromString(col(q, 7));
        if (!state)
            return makeError("payment.journal.state",
                             "payment " + r.id + " has an unknown state '" + col(q, 7) + "'");
        r.state = *state;
        r.lastStep = col(q, 8);
        r.approvalCode = col(q, 9);
        r.traceNumber = col(q, 10);
        r.receiptNumber = col(q, 11);
        r.maskedPan = col(q, 12);
        r.cardBrand = col(q, 13);
        r.terminalId = col(q, 14);
        if (sqlite3_column_type(q, 15) != SQLITE_NULL)
            r.resultCode = sqlite3_column_int(q, 15);
        r.message = col(q, 16);
        r.approverId = col(q, 17);
        r.manual = sqlite3_column_int(q, 18) != 0;
        r.recovered = sqlite3_column_int(q, 19) != 0;
        r.reversalOf = col(q, 20);
        r.createdAt = TimePoint(std::chrono::nanoseconds(sqlite3_column_int64(q, 21)));
        r.updatedAt = TimePoint(std::chrono::nanoseconds(sqlite3_column_int64(q, 22)));
        r.receiptLines = CardSlip::split(col(q, 23));
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return sqlError(m_db, "read payments");
    return out;
}

Result<std::vector<PaymentRecord>> SqlitePaymentJournal::findUnresolved() const
{
    return query("WHERE state IN ('intent','sent','in_progress','unknown')", {});
}

Result<std::optional<PaymentRecord>> SqlitePaymentJournal::find(std::string_view id) const
{
    auto rows = query("WHERE id = ?1", id);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<PaymentRecord>();
    return std::optional<PaymentRecord>(rows->front());
}

Result<std::vector<PaymentRecord>> SqlitePaymentJournal::findBySale(std::string_view saleId) const
{
    return query("WHERE sale_id = ?1", saleId);
}

Result<std::optional<std::string>>
SqlitePaymentJournal::lastTerminalReceipt(std::string_view provider) const
{
    auto s = prepare(m_db, "SELECT receipt_number FROM payments WHERE provider = ?1 AND "
                           "resolved_seq IS NOT NULL AND receipt_number <> '' AND manual = 0 "
                           "ORDER BY resolved_seq DESC LIMIT 1");
    if (!s)
        return s.error();
    bindText(s->get(), 1, provider);
    const int rc = sqlite3_step(s->get());
    if (rc == SQLITE_ROW)
        return std::optional<std::string>(col(s->get(), 0));
    if (rc != SQLITE_DONE)
        return sqlError(m_db, "read last receipt");
    return std::optional<std::string>();
}

Result<std::vector<std::string>> SqlitePaymentJournal::steps(std::string_view id) const
{
    auto s = prepare(m_db, "SELECT step FROM payment_steps WHERE payment_id = ?1 ORDER BY seq");
    if (!s)
        return s.error();
    bindText(s->get(), 1, id);
    std::vector<std::string> out;
    int rc;
    while ((rc = sqlite3_step(s->get())) == SQLITE_ROW)
        out.push_back(col(s->get(), 0));
    if (rc != SQLITE_DONE)
        return sqlError(m_db, "read steps");
    return out;
}

} // namespace lane::core
