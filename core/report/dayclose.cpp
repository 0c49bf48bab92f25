#include "core/report/dayclose.h"

#include "core/report/journalwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportformat.h"
#include "core/report/reportsql.h"
#include "core/store/businessday.h"

namespace lane::core {

namespace rs = reportsql;

Status checkSalesAllowed(Store &store)
{
    auto day = latestBusinessDay(store.database());
    if (!day) {
        return day.error();
    }
    if (*day && (*day)->closed) {
        return businessDayClosedError(**day);
    }
    return {};
}

Result<std::string> DayClose::currentBusinessDate()
{
    auto day = latestBusinessDay(m_store->database());
    if (!day) {
        return day.error();
    }
    if (*day && !(*day)->closed) {
        return isoDate((*day)->date);
    }
    return isoDate(m_store->businessDateAt(m_store->clock().now()));
}

Status DayClose::checkZAllowed()
{
    auto checks = zChecks();
    if (!checks) {
        return checks.error();
    }
    for (const auto &c : *checks) {
        if (!c.ok) {
            return makeError(c.code, c.message);
        }
    }
    return {};
}

Result<std::vector<ZCheck>> DayClose::zChecks()
{
    auto &db = m_store->database();
    std::vector<ZCheck> out;
    auto basket = rs::one(db, "SELECT COUNT(*) FROM current_basket");
    if (!basket) {
        return basket.error();
    }
    out.push_back({"basket", *basket == 0, *basket == 0 ? "" : "z.sale_in_progress",
                   *basket == 0 ? "no sale in progress"
                                : "a sale is in progress on this lane; finish or void it before "
                                  "the Z"});
    auto hasPayments = rs::one(
        db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'payments'");
    if (!hasPayments) {
        return hasPayments.error();
    }
    std::int64_t openPayments = 0;
    if (*hasPayments > 0) {
        auto open = rs::one(db, "SELECT COUNT(*) FROM payments WHERE state IN ('intent', 'sent', "
                                "'in_progress', 'unknown')");
        if (!open) {
            return open.error();
        }
        openPayments = *open;
    }
    out.push_back({"payments", openPayments == 0, openPayments == 0 ? "" : "z.payment_unresolved",
                   openPayments == 0 ? "every card payment has a final result"
                                     : std::to_string(openPayments)
                                           + " card payment(s) have no final result; resolve them "
                                             "(reconcile with the terminal) before the Z"});
    auto shifts = rs::one(db, "SELECT COUNT(*) FROM shift WHERE closed_utc_ns IS NULL");
    if (!shifts) {
        return shifts.error();
    }
    out.push_back({"shifts", *shifts == 0, *shifts == 0 ? "" : "z.shift_open",
                   *shifts == 0 ? "no cashier shift open"
                                : "a cashier shift is still open; close it (count the drawer) "
                                  "before the Z"});
    auto day = latestBusinessDay(db);
    if (!day) {
        return day.error();
    }
    if (*day && (*day)->closed) {
        const Error e = businessDayClosedError(**day);
        out.push_back({"business_day", false, e.code, e.message});
    } else {
        out.push_back({"business_day", true, "", "the business day is open"});
    }
    return out;
}

Result<ZResult> DayClose::runZ(const std::string &userId)
{
    auto &db = m_store->database();
    auto writer = JournalWriter::forStore(*m_store);
    if (!writer) {
        return writer.error();
    }
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    // Checked inside the write transaction: nothing can start a sale between check and Z.
    if (auto s = checkZAllowed(); !s) {
        return s.error();
    }
    auto date = currentBusinessDate();
    if (!date) {
        return date.error();
    }
    ReportBuilder builder(*m_store);
    auto last = builder.lastZ();
    if (!last) {
        return last.error();
    }
    auto report = builder.sinceLastZ(Report::Kind::Z);
    if (!report) {
        return report.error();
    }
    Report &r = *report;
    r.zNumber = last->zNumber + 1;
    r.fromDate = r.fromDate.empty() ? *date : std::min(r.fromDate, *date);
    r.toDate = std::max(r.toDate, *date);

    CanonicalJson payload;
    payload.set("z", r.zNumber)
        .set("business_date", *date)
        .set("user", userId)
        .set("currency", r.currency.alpha())
        .set("sales", r.sales.count)
        .set("returns", r.returns.count)
        .set("voids", r.voids.count)
        .set("gross", r.grossSalesMinor)
        .set("net", r.netSalesMinor)
        .set("tax", r.taxMinor)
        .set("grand_net", r.grandNetMinor)
        .set("grand_gross", r.grandGrossMinor)
        .set("first_sale_id", r.coverage.firstSaleId)
        .set("last_sale_id", r.coverage.lastSaleId)
        .set("first_seq", r.coverage.firstJournalSeq)
        .set("last_seq", r.coverage.lastJournalSeq);
    auto entry = writer->append(journal_type::kZReport, payload);
    if (!entry) {
        return entry.error();
    }
    ZResult out;
    out.journalSeq = entry->seq;
    out.text = renderReportText(r, 42, m_store->identity().utcOffsetMinutes);
    const std::int64_t now = nanosSinceEpoch(m_store->clock().now());
    auto s = runSql(
        db,
        "INSERT INTO z_record (device, z_number, business_date, created_utc_ns, first_sale_id, "
        "last_sale_id, first_journal_seq, last_journal_seq, z_journal_seq, net_sales_minor, "
        "gross_sales_minor, grand_net_minor, grand_gross_minor, report_json, report_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.device, r.zNumber, *date, now, r.coverage.firstSaleId,
        std::max(r.coverage.lastSaleId, last->lastSaleId), r.coverage.firstJournalSeq,
        r.coverage.lastJournalSeq, entry->seq, r.netSalesMinor, r.grossSalesMinor, r.grandNetMinor,
        r.grandGrossMinor, reportJson(r), out.text);
    if (s) {
        s = runSql(db,
                   "INSERT INTO business_day (business_date, opened_utc_ns, closed_utc_ns, "
                   "z_number) VALUES (?, ?, ?, ?) ON CONFLICT (business_date) DO UPDATE SET "
                   "closed_utc_ns = excluded.closed_utc_ns, z_number = excluded.z_number",
                   *date, now, now, r.zNumber);
    }
    if (!s) {
        return s.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    writer->committed();
    out.report = std::move(r);
    const auto &z = out.report;
    m_events->emit(Severity::Info, "report.z", "Z report " + std::to_string(z.zNumber),
                   {{"z", z.zNumber},
                    {"business_date", *date},
                    {"currency", std::string(z.currency.alpha())},
                    {"sales", z.sales.count},
                    {"returns", z.returns.count},
                    {"voids", z.voids.count},
                    {"gross_minor", z.grossSalesMinor},
                    {"net_minor", z.netSalesMinor},
                    {"tax_minor", z.taxMinor},
                    {"grand_net_minor", z.grandNetMinor},
                    {"journal_seq", out.journalSeq}});
    return out;
}

Status DayClose::openBusinessDay(const Date &date, const std::string &userId)
{
    auto &db = m_store->database();
    auto writer = JournalWriter::forStore(*m_store);
    if (!writer) {
        return writer.error();
    }
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto day = latestBusinessDay(db);
    if (!day) {
        return day.error();
    }
    const std::string text = isoDate(date);
    if (*day && !(*day)->closed) {
        return makeError("business_day.already_open",
                         "business day " + isoDate((*day)->date)
                             + " is open; run the Z to close it first");
    }
    if (*day && date <= (*day)->date) {
        return makeError("business_day.not_after", "business day " + text
                                                       + " is not after the last closed day "
                                                       + isoDate((*day)->date));
    }
    if (auto s = runSql(db, "INSERT INTO business_day (business_date, opened_utc_ns) VALUES (?, ?)",
                        text, nanosSinceEpoch(m_store->clock().now()));
        !s) {
        return s;
    }
    auto entry = writer->append(journal_type::kBusinessDayOpen,
                                CanonicalJson().set("business_date", text).set("user", userId));
    if (!entry) {
        return entry.error();
    }
    if (auto c = tx->commit(); !c) {
        return c;
    }
    writer->committed();
    m_events->emit(Severity::Info, "business_day.open", "business day " + text + " opened",
                   {{"business_date", text}, {"user", userId}});
    return {};
}

Result<std::string> DayClose::zText(std::int64_t zNumber)
{
    std::string text;
    auto s = forEachRow(
        m_store->database(), "SELECT report_text FROM z_record WHERE device = ? AND z_number = ?",
        [&](Statement &st) { text = st.columnText(0); }, m_store->identity().deviceId(), zNumber);
    if (!s) {
        return s.error();
    }
    return text;
}

} // namespace lane::core
