#include "core/store/store.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sqlite3.h>

#include <spdlog/spdlog.h>

#include "core/store/businessday.h"
#include "core/store/migrations.h"
#include "core/store/snapshotcodec.h"

namespace lane::core {

namespace {

// WAL pages after which maintenance() checkpoints, and the hard cap after which a commit
// checkpoints by itself (so a lane whose app never idles still bounds its WAL).
constexpr int kCheckpointPages = 1000;
constexpr int kHardCheckpointPages = 16000;

std::string dateText(const Date &d, bool dashes)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, dashes ? "%04d-%02d-%02d" : "%04d%02d%02d", d.year, d.month,
                  d.day);
    return buf;
}

int onWalCommit(void *self, sqlite3 *, const char *, int pages)
{
    *static_cast<int *>(self) = pages;
    return SQLITE_OK;
}

std::string kindOf(const Receipt &r)
{
    if (r.state == TransactionState::Voided) {
        return "void";
    }
    return r.total.isNegative() ? "return" : "sale";
}

std::string saleJournalPayload(const Receipt &r, const ReceiptNumber &n)
{
    std::string lines = "[";
    for (const auto &l : r.lines) {
        if (lines.size() > 1) {
            lines += ',';
        }
        lines += CanonicalJson()
                     .set("line", std::int64_t{l.lineId})
                     .set("sku", l.sku)
                     .set("qty_milli", l.quantityMilli)
                     .set("unit_price", l.unitPrice.minor())
                     .set("paid", l.paid.minor())
                     .set("voided", l.voided)
                     .str();
    }
    lines += ']';
    std::string tenders = "[";
    for (const auto &t : r.tenders) {
        if (tenders.size() > 1) {
            tenders += ',';
        }
        CanonicalJson j;
        j.set("kind", toString(t.kind)).set("applied", t.applied.minor());
        if (t.card) {
            j.set("masked_pan", t.card->maskedPan).set("auth_code", t.card->authCode);
        }
        tenders += j.str();
    }
    tenders += ']';
    return CanonicalJson()
        .set("receipt", n.text)
        .set("business_date", dateText(n.businessDate, true))
        .set("cashier", r.header.cashierId)
        .set("currency", r.currency.alpha())
        .set("total", r.total.minor())
        .set("tax", r.tax.minor())
        .set("paid", r.paid.minor())
        .set("change", r.change.minor())
        .setRaw("lines", lines)
        .setRaw("tenders", tenders)
        .str();
}

} // namespace

std::string formatReceiptNumber(const DeviceIdentity &device, const Date &date, std::int64_t seq)
{
    char num[32];
    std::snprintf(num, sizeof num, "%06lld", static_cast<long long>(seq));
    return device.storeCode + "-" + device.posNumber + "-" + dateText(date, false) + "-" + num;
}

Store::Store(std::unique_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(&clock)
{}

Store::~Store()
{
    if (m_db) {
        sqlite3_wal_hook(m_db->handle(), nullptr, nullptr);
    }
}

Status Store::configure()
{
    // Every write here is a sale fact or a basket mutation that must survive power loss,
    // so FULL is used throughout (in WAL mode: one fsync of the WAL per commit). Automatic
    // checkpoints are off so a sale commit never pays for one; maintenance() does them.
    auto mode = m_db->queryText("PRAGMA journal_mode = WAL");
    if (!mode) {
        return mode.error();
    }
    if (*mode != "wal") {
        return makeError("store.sqlite",
                         m_db->path() + ": cannot switch to WAL mode (got " + *mode + ")");
    }
    if (auto s = m_db->exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                            "PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0; "
                            "PRAGMA cache_size = -16384;");
        !s) {
        return s;
    }
    sqlite3_wal_hook(m_db->handle(), onWalCommit, &m_walPages);
    return migrate(*m_db);
}

Status Store::loadIdentity()
{
    auto st = m_db->prepare("SELECT store_code, pos_number, currency, utc_offset_minutes, "
                            "key_path, anchor_path FROM device WHERE id = 1");
    if (!st) {
        return st.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("store.not_initialised",
                         m_db->path() + ": no device identity (run lanectl init)");
    }
    m_identity.storeCode = (*st)->columnText(0);
    m_identity.posNumber = (*st)->columnText(1);
    const std::string code = (*st)->columnText(2);
    auto currency = Currency::fromCode(code);
    if (!currency) {
        return makeError("store.corrupt", m_db->path() + ": unknown currency " + code);
    }
    m_identity.currency = *currency;
    m_identity.utcOffsetMinutes = static_cast<int>((*st)->columnInt(3));
    m_identity.keyPath = (*st)->columnText(4);
    m_identity.anchorPath = (*st)->columnText(5);
    auto key = JournalKey::load(m_identity.keyPath);
    if (!key) {
        return key.error();
    }
    m_key = std::move(*key);
    m_catalog = std::make_unique<SqliteCatalog>(*m_db, m_identity.currency);
    return {};
}

Result<std::unique_ptr<Store>> Store::init(const StoreInit &init, const Clock &clock,
                                           StoreOptions options)
{
    namespace fs = std::filesystem;
    const std::string keyPath = init.dbPath + ".key";
    const std::string anchorPath = init.dbPath + ".anchor";
    std::error_code ec;
    if (fs::exists(init.dbPath, ec)) {
        if (!init.force) {
            return makeError("store.exists", init.dbPath
                                                 + ": a store database already exists (use "
                                                   "--force to replace it)");
        }
        for (const auto &p :
             {init.dbPath, init.dbPath + "-wal", init.dbPath + "-shm", keyPath, anchorPath}) {
            fs::remove(p, ec);
            if (ec) {
                return makeError("store.io_error", p + ": cannot remove: " + ec.message());
            }
        }
    } else {
        // A key or anchor without a database is left from an older store: never reuse it.
        fs::remove(keyPath, ec);
        fs::remove(anchorPath, ec);
    }
    if (const auto dir = fs::path(init.dbPath).parent_path(); !dir.empty()) {
        fs::create_directories(dir, ec);
        if (ec) {
            return makeError("store.io_error", dir.string() + ": cannot create: " + ec.message());
        }
    }
    auto key = JournalKey::create(keyPath);
    if (!key) {
        return key.error();
    }
    auto db = Database::open(init.dbPath, Database::Mode::ReadWriteCreate, options.vfs);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    if (auto s = store->configure(); !s) {
        return s.error();
    }
    {
        auto tx = TransactionGuard::begin(*store->m_db);
        if (!tx) {
            return tx.error();
        }
        auto ins = store->m_db->prepare(
            "INSERT INTO device (id, store_code, pos_number, currency, utc_offset_minutes, "
            "key_path, anchor_path, created_utc_ns) VALUES (1, ?, ?, ?, ?, ?, ?, ?)");
        if (!ins) {
            return ins.error();
        }
        const std::string absKey = fs::absolute(keyPath).string();
        const std::string absAnchor = fs::absolute(anchorPath).string();
        Status s = (*ins)->bindAll(init.storeCode, init.posNumber, init.currency.alpha(),
                                   std::int64_t{init.utcOffsetMinutes}, absKey, absAnchor,
                                   nanosSinceEpoch(clock.now()));
        if (s) {
            s = (*ins)->run();
        }
        if (s) {
            s = store->m_db->exec("INSERT INTO device_state (id, last_receipt_seq, journal_seq, "
                                  "journal_hmac) VALUES (1, 0, 0, zeroblob(32))");
        }
        if (!s) {
            return s.error();
        }
        const std::string payload = CanonicalJson()
                                        .set("store", init.storeCode)
                                        .set("pos", init.posNumber)
                                        .set("currency", init.currency.alpha())
                                        .set("schema", std::int64_t{storeSchemaVersion()})
                                        .str();
        auto entry = appendJournal(*store->m_db, *key, journal_type::kInit,
                                   nanosSinceEpoch(clock.now()), payload);
        if (!entry) {
            return entry.error();
        }
        if (auto c = tx->commit(); !c) {
            return c.error();
        }
        if (auto a = writeJournalAnchor(absAnchor, entry->seq, entry->hmac); !a) {
            return a.error();
        }
    }
    if (auto s = store->loadIdentity(); !s) {
        return s.error();
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const std::string &dbPath, const Clock &clock,
                                           StoreOptions options)
{
    std::error_code ec;
    if (!std::filesystem::exists(dbPath, ec)) {
        return makeError("store.not_found", dbPath + ": no store database (run lanectl init)");
    }
    auto db = Database::open(dbPath, Database::Mode::ReadWrite, options.vfs);
    if (!db) {
        return db.error();
    }
    std::unique_ptr<Store> store(new Store(std::move(*db), clock));
    if (auto s = store->configure(); !s) {
        return s.error();
    }
    if (auto s = store->loadIdentity(); !s) {
        return s.error();
    }
    if (auto s = catchUpJournalAnchor(*store->m_db, store->m_identity.anchorPath); !s) {
        spdlog::error("journal anchor not caught up: {}: {}", s.error().code, s.error().message);
    }
    return store;
}

Date Store::businessDateAt(TimePoint t) const
{
    using namespace std::chrono;
    const auto local = t + minutes(m_identity.utcOffsetMinutes);
    const year_month_day ymd{floor<days>(local)};
    return Date{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                static_cast<int>(unsigned(ymd.day()))};
}

Status Store::saveBasket(const TransactionSnapshot &snapshot)
{
    const std::string bytes = encodeSnapshot(snapshot);
    auto st = m_db->prepare(
        "INSERT INTO current_basket (id, revision, snapshot, updated_utc_ns) VALUES (1, 1, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET revision = revision + 1, snapshot = excluded.snapshot, "
        "updated_utc_ns = excluded.updated_utc_ns");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(Blob{bytes}, nanosSinceEpoch(m_clock->now())); !s) {
        return s;
    }
    return (*st)->run();
}

Result<std::optional<PersistedBasket>> Store::loadBasket()
{
    auto st = m_db->prepare("SELECT revision, snapshot FROM current_basket WHERE id = 1");
    if (!st) {
        return st.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<PersistedBasket>();
    }
    PersistedBasket b;
    b.revision = (*st)->columnInt(0);
    auto snap = decodeSnapshot((*st)->columnBlob(1));
    if (!snap) {
        return snap.error();
    }
    b.snapshot = std::move(*snap);
    return std::optional<PersistedBasket>(std::move(b));
}

Status Store::clearBasket()
{
    auto st = m_db->prepare("DELETE FROM current_basket");
    if (!st) {
        return st.error();
    }
    return (*st)->run();
}

void Store::afterCommit(const JournalEntry &entry)
{
    // The commit is durable; a failing anchor write is reported but does not undo it.
    if (auto s = writeJournalAnchor(m_identity.anchorPath, entry.seq, entry.hmac); !s) {
        spdlog::error("journal anchor not updated: {}: {}", s.error().code, s.error().message);
    }
    if (m_walPages >= kHardCheckpointPages) {
        if (auto s = maintenance(true); !s) {
            spdlog::warn("checkpoint failed: {}", s.error().message);
        }
    }
}

Result<CommittedRecord> Store::commitTransaction(std::optional<Date> businessDate,
                                                 const BuildClosed &build)
{
    auto tx = TransactionGuard::begin(*m_db);
    if (!tx) {
        return tx.error();
    }
    auto next = m_db->prepare("UPDATE device_state SET last_receipt_seq = last_receipt_seq + 1 "
                              "WHERE id = 1 RETURNING last_receipt_seq");
    if (!next) {
        return next.error();
    }
    auto row = (*next)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("store.corrupt", "device_state row is missing");
    }
    ReceiptNumber number;
    number.seq = (*next)->columnInt(0);
    (*next)->reset();
    const TimePoint now = m_clock->now();
    // The open business day wins over the caller's and the clock's date (a clock that fell
    // back into a day already closed must not put sales there); a closed day takes none.
    auto saleDate = saleBusinessDate(
        *m_db, businessDate && businessDate->year > 0 ? *businessDate : businessDateAt(now));
    if (!saleDate) {
        return saleDate.error();
    }
    number.businessDate = *saleDate;
    number.text = formatReceiptNumber(m_identity, number.businessDate, number.seq);

    auto closed = build(number);
    if (!closed) {
        return closed.error();
    }
    const Receipt &r = closed->receipt;
    CommittedRecord out;
    out.number = number;
    out.kind = kindOf(r);

    // The journal entry first, so the sale row is written once, already carrying its seq.
    auto entry = appendJournal(*m_db, *m_key, out.kind, nanosSinceEpoch(now),
                               saleJournalPayload(r, number));
    if (!entry) {
        return entry.error();
    }
    out.journalSeq = entry->seq;

    const std::string snapshot = encodeSnapshot(closed->snapshot);
    auto insSale = m_db->prepare(
        "INSERT INTO sale (receipt_seq, receipt_number, kind, business_date, started_utc_ns, "
        "finalized_utc_ns, cashier_id, cashier_name, currency, subtotal_minor, savings_minor, "
        "tax_minor, total_minor, cash_rounding_minor, paid_minor, change_minor, journal_seq, "
        "snapshot, receipt_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insSale) {
        return insSale.error();
    }
    const auto finished
        = r.header.finishedAt.time_since_epoch().count() != 0 ? r.header.finishedAt : now;
    Status s = (*insSale)->bindAll(
        number.seq, number.text, out.kind, dateText(number.businessDate, true),
        nanosSinceEpoch(r.header.startedAt), nanosSinceEpoch(finished), r.header.cashierId,
        r.header.cashierName, r.currency.alpha(), r.subtotal.minor(), r.savingsTotal.minor(),
        r.tax.minor(), r.total.minor(), r.cashRounding.minor(), r.paid.minor(), r.change.minor(),
        entry->seq, Blob{snapshot}, closed->receiptText);
    if (s) {
        s = (*insSale)->run();
    }
    if (!s) {
        return s.error();
    }
    const std::int64_t saleId = m_db->lastInsertRowId();

    auto insLine = m_db->prepare(
        "INSERT INTO sale_line (sale_id, line_id, kind, sku, name, quantity_milli, weighed, "
        "unit_price_minor, gross_minor, discount_minor, paid_minor, tax_label, voided) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insLine) {
        return insLine.error();
    }
    auto markReturned = m_db->prepare(
        "UPDATE sale_line SET returned_quantity_milli = returned_quantity_milli + ? WHERE "
        "sale_id = (SELECT id FROM sale WHERE receipt_number = ?) AND line_id = ?");
    if (!markReturned) {
        return markReturned.error();
    }
    for (const auto &l : r.lines) {
        const char *kind = l.kind == LineKind::Sale      ? "sale"
                           : l.kind == LineKind::Deposit ? "deposit"
                                                         : "return";
        s = (*insLine)->bindAll(saleId, std::int64_t{l.lineId}, kind, l.sku, l.name,
                                l.quantityMilli, l.weighed, l.unitPrice.minor(), l.amount.minor(),
                                l.lineDiscount.minor(), l.paid.minor(), l.taxLabel, l.voided);
        if (s) {
            s = (*insLine)->run();
        }
        (*insLine)->reset();
        if (!s) {
            return s.error();
        }
        if (out.kind != "void" && l.kind == LineKind::Return && !l.voided && l.returnOrigin
            && l.returnOrigin->originalLineId) {
            const std::int64_t qty = l.quantityMilli < 0 ? -l.quantityMilli : l.quantityMilli;
            s = (*markReturned)
                    ->bindAll(qty, l.returnOrigin->receiptId,
                              std::int64_t{*l.returnOrigin->originalLineId});
            if (s) {
                s = (*markReturned)->run();
            }
            (*markReturned)->reset();
            if (!s) {
                return s.error();
            }
        }
    }

    auto insTender = m_db->prepare(
        "INSERT INTO sale_tender (sale_id, tender_no, kind, tendered_minor, applied_minor, "
        "change_minor, reference, masked_pan, scheme, auth_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)");
    if (!insTender) {
        return insTender.error();
    }
    std::int64_t tenderNo = 0;
    for (const auto &t : r.tenders) {
        std::optional<std::string> pan, scheme, auth;
        if (t.card) {
            // Only the masked form the terminal returned is ever stored.
            if (auto v = validateMaskedPan(t.card->maskedPan); !v) {
                return v.error();
            }
            pan = t.card->maskedPan;
            scheme = t.card->scheme;
            auth = t.card->authCode;
        }
        s = (*insTender)
                ->bindAll(saleId, ++tenderNo, std::string(toString(t.kind)), t.tendered.minor(),
                          t.applied.minor(), t.change.minor(), t.reference, pan, scheme, auth);
        if (s) {
            s = (*insTender)->run();
        }
        (*insTender)->reset();
        if (!s) {
            return s.error();
        }
        if (t.card) {
            if (s = storeCardSlip(saleId, tenderNo, t.card->reference, closed->cardSlips); !s) {
                return s.error();
            }
        }
    }

    auto insTax = m_db->prepare(
        "INSERT INTO sale_tax (sale_id, tax_class, label, basis_points, base_minor, tax_minor, "
        "gross_minor) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insTax) {
        return insTax.error();
    }
    for (const auto &t : r.taxes) {
        s = (*insTax)->bindAll(saleId, t.taxClass, t.label, t.basisPoints, t.base.minor(),
                               t.tax.minor(), t.gross.minor());
        if (s) {
            s = (*insTax)->run();
        }
        (*insTax)->reset();
        if (!s) {
            return s.error();
        }
    }

    if (s = clearBasket(); !s) {
        return s.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    afterCommit(*entry);
    return out;
}

Result<JournalEntry> Store::recordEvent(std::string_view type, const CanonicalJson &payload)
{
    auto tx = TransactionGuard::begin(*m_db);
    if (!tx) {
        return tx.error();
    }
    CanonicalJson p = payload;
    p.set("device", m_identity.deviceId());
    auto entry = appendJournal(*m_db, *m_key, type, nanosSinceEpoch(m_clock->now()), p.str());
    if (!entry) {
        return entry.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    afterCommit(*entry);
    return entry;
}

Result<JournalVerdict> Store::verifyJournal()
{
    return lane::core::verifyJournal(*m_db, *m_key, m_identity.anchorPath);
}

Result<std::optional<TransactionSnapshot>> Store::loadSale(const std::string &receiptNumber)
{
    auto st = m_db->prepare("SELECT snapshot FROM sale WHERE receipt_number = ?");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bind(1, receiptNumber); !s) {
        return s.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<TransactionSnapshot>();
    }
    auto snap = decodeSnapshot((*st)->columnBlob(0));
    if (!snap) {
        return snap.error();
    }
    return std::optional<TransactionSnapshot>(std::move(*snap));
}

Status Store::setSetting(const std::string &key, const std::string &value)
{
    auto st = m_db->prepare("INSERT INTO device_setting (key, value) VALUES (?, ?) ON CONFLICT "
                            "(key) DO UPDATE SET value = excluded.value");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(key, value); !s) {
        return s;
    }
    return (*st)->run();
}

Result<std::vector<std::pair<std::string, std::string>>> Store::settings()
{
    std::vector<std::pair<std::string, std::string>> out;
    auto s = forEachRow(
        *m_db, "SELECT key, value FROM device_setting ORDER BY key",
        [&](const Statement &st) { out.emplace_back(st.columnText(0), st.columnText(1)); });
    if (!s) {
        return s.error();
    }
    return out;
}

Status Store::maintenance(bool force)
{
    if (!force && m_walPages < kCheckpointPages) {
        return {};
    }
    int logPages = 0;
    int done = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                             &logPages, &done);
    if (rc != SQLITE_OK) {
        return sqliteError(rc, sqlite3_errmsg(m_db->handle()), "PRAGMA wal_checkpoint");
    }
    m_walPages = 0;
    return {};
}

} // namespace lane::core
