#include "core/report/cashoffice.h"

#include <charconv>
#include <cstdlib>

#include "core/report/journalwriter.h"
#include "core/report/reportsql.h"

namespace lane::core {

namespace rs = reportsql;

std::string_view toString(CashMovementKind kind)
{
    switch (kind) {
    case CashMovementKind::PaidIn:
        return "paid_in";
    case CashMovementKind::PaidOut:
        return "paid_out";
    case CashMovementKind::Pickup:
        return "pickup";
    }
    return "?";
}

Result<CashControlConfig> cashControlConfig(Store &store)
{
    auto settings = store.settings();
    if (!settings) {
        return settings.error();
    }
    CashControlConfig config;
    for (const auto &[key, value] : *settings) {
        if (key != "cash.variance_tolerance") {
            continue;
        }
        std::int64_t n = 0;
        auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || p != value.data() + value.size() || n < 0) {
            return makeError("report.bad_setting", "setting cash.variance_tolerance = \"" + value
                                                       + "\" is not a whole number of minor units");
        }
        config.varianceToleranceMinor = n;
    }
    return config;
}

namespace {

std::string countJson(const CashCount &count)
{
    CanonicalJson j;
    for (const auto &[denomination, pieces] : count.pieces) {
        j.set(std::to_string(denomination), pieces);
    }
    return j.str();
}

Status writeCount(Database &db, std::int64_t shiftId, const char *purpose, const CashCount &count)
{
    for (const auto &[denomination, pieces] : count.pieces) {
        if (auto s = runSql(db,
                            "INSERT INTO cash_count (shift_id, purpose, denomination_minor, "
                            "count) VALUES (?, ?, ?, ?)",
                            shiftId, purpose, denomination, pieces);
            !s) {
            return s;
        }
    }
    return {};
}

struct OpenShiftRow
{
    ShiftInfo info;
    std::int64_t openSaleId = 0;
};

Result<std::optional<OpenShiftRow>> findOpenShift(Store &store)
{
    std::optional<OpenShiftRow> out;
    auto s = forEachRow(
        store.database(),
        "SELECT id, cashier_id, opened_utc_ns, float_minor, open_sale_id FROM shift "
        "WHERE device = ? AND closed_utc_ns IS NULL",
        [&](Statement &st) {
            OpenShiftRow row;
            row.info = ShiftInfo{st.columnInt(0), st.columnText(1), st.columnInt(2),
                                 st.columnInt(3), false};
            row.openSaleId = st.columnInt(4);
            out = row;
        },
        store.identity().deviceId());
    if (!s) {
        return s.error();
    }
    return out;
}

Error notOpen()
{
    return makeError("shift.not_open", "no shift is open on this lane; open one with a counted "
                                       "float first");
}

} // namespace

Result<std::optional<ShiftInfo>> CashOffice::openShiftInfo()
{
    auto row = findOpenShift(*m_store);
    if (!row) {
        return row.error();
    }
    return *row ? std::optional<ShiftInfo>((*row)->info) : std::nullopt;
}

Result<ShiftInfo> CashOffice::openShift(const std::string &cashierId, const CashCount &floatCount)
{
    const Currency currency = m_store->identity().currency;
    auto total = countTotal(floatCount, currency);
    if (!total) {
        return total.error();
    }
    auto &db = m_store->database();
    auto writer = JournalWriter::forStore(*m_store);
    if (!writer) {
        return writer.error();
    }
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto open = findOpenShift(*m_store);
    if (!open) {
        return open.error();
    }
    if (*open) {
        return makeError("shift.already_open", "shift " + std::to_string((*open)->info.id) + " of "
                                                   + (*open)->info.cashierId
                                                   + " is still open; close it first");
    }
    auto lastSale = rs::one(db, "SELECT COALESCE(MAX(id), 0) FROM sale");
    auto head = rs::one(db, "SELECT COALESCE(MAX(seq), 0) FROM journal");
    if (!lastSale || !head) {
        return !lastSale ? lastSale.error() : head.error();
    }
    ShiftInfo info;
    info.cashierId = cashierId;
    info.openedUtcNs = nanosSinceEpoch(m_store->clock().now());
    info.floatMinor = total->minor();
    auto s = runSql(db,
                    "INSERT INTO shift (device, cashier_id, currency, opened_utc_ns, "
                    "open_sale_id, open_journal_seq, float_minor) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    m_store->identity().deviceId(), cashierId, currency.alpha(), info.openedUtcNs,
                    *lastSale, *head, info.floatMinor);
    if (!s) {
        return s.error();
    }
    info.id = db.lastInsertRowId();
    if (s = writeCount(db, info.id, "float", floatCount); !s) {
        return s.error();
    }
    auto entry
        = writer->append(journal_type::kShiftOpen, CanonicalJson()
                                                       .set("shift", info.id)
                                                       .set("cashier", cashierId)
                                                       .set("float", info.floatMinor)
                                                       .set("currency", currency.alpha())
                                                       .setRaw("count", countJson(floatCount)));
    if (!entry) {
        return entry.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    writer->committed();
    m_events->emit(Severity::Info, "shift.open", "shift " + std::to_string(info.id) + " opened",
                   {{"shift", info.id},
                    {"cashier", cashierId},
                    {"float_minor", info.floatMinor},
                    {"currency", std::string(currency.alpha())}});
    return info;
}

Result<std::int64_t> CashOffice::moveCash(CashMovementKind kind, const Money &amount,
                                          const std::string &reason, const std::string &userId)
{
    if (amount.currency() != m_store->identity().currency || amount.minor() <= 0) {
        return makeError("cash.bad_amount", "a cash movement must be a positive amount in "
                                                + std::string(m_store->identity().currency.alpha())
                                                + " (got " + amount.toString() + ")");
    }
    if (reason.empty()) {
        return makeError("cash.reason_required", "a cash movement needs a reason");
    }
    auto &db = m_store->database();
    auto writer = JournalWriter::forStore(*m_store);
    if (!writer) {
        return writer.error();
    }
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto open = findOpenShift(*m_store);
    if (!open) {
        return open.error();
    }
    if (!*open) {
        return notOpen();
    }
    const auto type
        = kind == CashMovementKind::PaidIn ? journal_type::kCashIn : journal_type::kCashOut;
    auto entry = writer->append(type, CanonicalJson()
                                          .set("shift", (*open)->info.id)
                                          .set("kind", toString(kind))
                                          .set("amount", amount.minor())
                                          .set("reason", reason)
                                          .set("user", userId));
    if (!entry) {
        return entry.error();
    }
    auto s = runSql(db,
                    "INSERT INTO cash_movement (shift_id, kind, amount_minor, reason, user_id, "
                    "at_utc_ns, journal_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*open)->info.id, toString(kind), amount.minor(), reason, userId,
                    entry->timestampNs, entry->seq);
    if (!s) {
        return s.error();
    }
    const std::int64_t id = db.lastInsertRowId();
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    writer->committed();
    m_events->emit(Severity::Info, "cash.movement", std::string(toString(kind)),
                   {{"shift", (*open)->info.id},
                    {"kind", std::string(toString(kind))},
                    {"amount_minor", amount.minor()},
                    {"user", userId}});
    return id;
}

Result<ShiftCloseResult> CashOffice::closeShift(const ShiftCloseRequest &req)
{
    const Currency currency = m_store->identity().currency;
    auto counted = countTotal(req.cash, currency);
    if (!counted) {
        return counted.error();
    }
    auto &db = m_store->database();
    auto writer = JournalWriter::forStore(*m_store);
    if (!writer) {
        return writer.error();
    }
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto open = findOpenShift(*m_store);
    if (!open) {
        return open.error();
    }
    if (!*open) {
        return notOpen();
    }
    const ShiftInfo &shift = (*open)->info;
    auto lastSale = rs::one(db, "SELECT COALESCE(MAX(id), 0) FROM sale");
    if (!lastSale) {
        return lastSale.error();
    }
    ShiftCloseResult out;
    out.shiftId = shift.id;
    std::map<std::string, std::int64_t> expectedOther;
    auto s = forEachRow(
        db,
        "SELECT t.kind, SUM(t.tendered_minor), SUM(t.applied_minor), SUM(t.change_minor) "
        "FROM sale s JOIN sale_tender t ON t.sale_id = s.id WHERE s.id > ? AND s.id <= ? AND "
        "s.kind <> 'void' GROUP BY t.kind",
        [&](Statement &st) {
            const std::string kind = st.columnText(0);
            out.changeMinor += st.columnInt(3);
            if (kind == "cash") {
                out.cashSalesMinor += st.columnInt(1);
            } else {
                expectedOther[kind] += st.columnInt(2);
            }
        },
        (*open)->openSaleId, *lastSale);
    if (!s) {
        return s.error();
    }
    s = forEachRow(
        db, "SELECT kind, SUM(amount_minor) FROM cash_movement WHERE shift_id = ? GROUP BY kind",
        [&](Statement &st) {
            const std::string kind = st.columnText(0);
            (kind == "paid_in"    ? out.paidInMinor
             : kind == "paid_out" ? out.paidOutMinor
                                  : out.pickupsMinor)
                = st.columnInt(1);
        },
        shift.id);
    if (!s) {
        return s.error();
    }
    const std::int64_t expectedCash = shift.floatMinor + out.cashSalesMinor - out.changeMinor
                                      + out.paidInMinor - out.paidOutMinor - out.pickupsMinor;
    out.tenders.push_back(
        {"cash", expectedCash, counted->minor(), counted->minor() - expectedCash});
    for (const auto &[kind, minor] : req.countedOther) {
        expectedOther.try_emplace(kind, 0);
    }
    std::int64_t worst = 0;
    std::string worstTender;
    for (const auto &[kind, expected] : expectedOther) {
        auto it = req.countedOther.find(kind);
        const std::int64_t c = it == req.countedOther.end() ? expected : it->second;
        out.tenders.push_back({kind, expected, c, c - expected});
    }
    for (const auto &t : out.tenders) {
        if (std::llabs(t.varianceMinor) > std::llabs(worst)) {
            worst = t.varianceMinor;
            worstTender = t.tender;
        }
    }
    const bool needsApproval = std::llabs(worst) > m_config.varianceToleranceMinor;
    if (needsApproval) {
        if (!req.approval) {
            return makeError("shift.variance_needs_approval",
                             "the " + worstTender + " count is off by "
                                 + Money(worst, currency).toString() + ", above the tolerance of "
                                 + Money(m_config.varianceToleranceMinor, currency).toString()
                                 + "; a manager must approve it with a reason");
        }
        const auto &a = *req.approval;
        if (a.approvalId.empty() || a.approverId.empty() || a.reason.empty()) {
            return makeError("shift.approval_incomplete",
                             "a variance approval needs an approval id, the approver and a reason");
        }
        if (a.approverId == req.userId) {
            return makeError("shift.self_approval",
                             "the person closing the shift cannot approve its variance");
        }
        out.approved = true;
    }
    const std::int64_t now = nanosSinceEpoch(m_store->clock().now());
    if (s = writeCount(db, shift.id, "close", req.cash); !s) {
        return s.error();
    }
    std::string tendersJson = "[";
    for (const auto &t : out.tenders) {
        s = runSql(db,
                   "INSERT INTO shift_tender (shift_id, tender, expected_minor, counted_minor, "
                   "variance_minor) VALUES (?, ?, ?, ?, ?)",
                   shift.id, t.tender, t.expectedMinor, t.countedMinor, t.varianceMinor);
        if (!s) {
            return s.error();
        }
        tendersJson += (tendersJson.size() > 1 ? "," : "")
                       + CanonicalJson()
                             .set("tender", t.tender)
                             .set("expected", t.expectedMinor)
                             .set("counted", t.countedMinor)
                             .set("variance", t.varianceMinor)
                             .str();
    }
    tendersJson += "]";
    if (out.approved) {
        const auto &a = *req.approval;
        auto e = writer->append(journal_type::kVarianceApproval, CanonicalJson()
                                                                     .set("shift", shift.id)
                                                                     .set("approval", a.approvalId)
                                                                     .set("approver", a.approverId)
                                                                     .set("reason", a.reason)
                                                                     .set("variance", worst)
                                                                     .set("tender", worstTender));
        if (!e) {
            return e.error();
        }
    }
    auto entry = writer->append(journal_type::kShiftClose,
                                CanonicalJson()
                                    .set("shift", shift.id)
                                    .set("user", req.userId)
                                    .set("float", shift.floatMinor)
                                    .setRaw("count", countJson(req.cash))
                                    .setRaw("tenders", tendersJson)
                                    .set("first_sale_id", (*open)->openSaleId + 1)
                                    .set("last_sale_id", *lastSale));
    if (!entry) {
        return entry.error();
    }
    out.journalSeq = entry->seq;
    s = runSql(db,
               "UPDATE shift SET closed_utc_ns = ?, close_sale_id = ?, close_journal_seq = ?, "
               "closed_by = ?, variance_minor = ?, approval_id = ?, approver_id = ?, "
               "approval_reason = ? WHERE id = ?",
               now, *lastSale, entry->seq, req.userId, out.tenders.front().varianceMinor,
               out.approved ? std::optional<std::string>(req.approval->approvalId) : std::nullopt,
               out.approved ? std::optional<std::string>(req.approval->approverId) : std::nullopt,
               out.approved ? std::optional<std::string>(req.approval->reason) : std::nullopt,
               shift.id);
    if (!s) {
        return s.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    writer->committed();
    m_events->emit(Severity::Info, "shift.close", "shift " + std::to_string(shift.id) + " closed",
                   {{"shift", shift.id},
                    {"user", req.userId},
                    {"expected_cash_minor", expectedCash},
                    {"counted_cash_minor", counted->minor()},
                    {"currency", std::string(currency.alpha())}});
    for (const auto &t : out.tenders) {
        if (t.varianceMinor != 0) {
            m_events->emit(std::llabs(t.varianceMinor) > m_config.varianceToleranceMinor
                               ? Severity::Warn
                               : Severity::Info,
                           "cash.variance", t.tender + " variance at shift close",
                           {{"shift", shift.id},
                            {"tender", t.tender},
                            {"expected_minor", t.expectedMinor},
                            {"counted_minor", t.countedMinor},
                            {"variance_minor", t.varianceMinor},
                            {"approved", out.approved},
                            {"currency", std::string(currency.alpha())}});
        }
    }
    return out;
}

} // namespace lane::core
