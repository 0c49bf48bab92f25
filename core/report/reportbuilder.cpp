#include "core/report/reportbuilder.h"

#include <limits>

#include "core/report/reportsql.h"

namespace lane::core {

namespace rs = reportsql;

std::string_view toString(Report::Kind kind)
{
    switch (kind) {
    case Report::Kind::X:
        return "X";
    case Report::Kind::Z:
        return "Z";
    case Report::Kind::Range:
        return "range";
    }
    return "?";
}

namespace {

std::string withFilter(const char *sql, const char *filter)
{
    std::string s(sql);
    const auto at = s.find("@F");
    LANE_ASSERT(at != std::string::npos);
    s.replace(at, 2, filter);
    return s;
}

BreakdownRow readRow(Statement &st, bool withName, bool withQuantity)
{
    BreakdownRow row;
    int c = 0;
    row.key = st.columnText(c++);
    if (withName) {
        row.name = st.columnText(c++);
    }
    row.count = st.columnInt(c++);
    if (withQuantity) {
        row.quantityMilli = st.columnInt(c++);
    }
    row.minor = st.columnInt(c++);
    return row;
}

} // namespace

Report ReportBuilder::blank(Report::Kind kind) const
{
    Report r;
    r.kind = kind;
    r.device = m_store->identity().deviceId();
    r.currency = m_store->identity().currency;
    r.generatedUtcNs = nanosSinceEpoch(m_store->clock().now());
    return r;
}

Result<ZPosition> ReportBuilder::lastZ()
{
    ZPosition z;
    auto s = forEachRow(
        m_store->database(),
        "SELECT z_number, last_sale_id, z_journal_seq, grand_net_minor, grand_gross_minor, "
        "business_date FROM z_record WHERE device = ? ORDER BY z_number DESC LIMIT 1",
        [&](Statement &st) {
            z.zNumber = st.columnInt(0);
            z.lastSaleId = st.columnInt(1);
            z.zJournalSeq = st.columnInt(2);
            z.grandNetMinor = st.columnInt(3);
            z.grandGrossMinor = st.columnInt(4);
            z.businessDate = st.columnText(5);
        },
        m_store->identity().deviceId());
    if (!s) {
        return s.error();
    }
    return z;
}

Result<Report> ReportBuilder::sinceLastZ(Report::Kind kind)
{
    auto z = lastZ();
    if (!z) {
        return z.error();
    }
    auto &db = m_store->database();
    auto maxSale = rs::one(db, "SELECT COALESCE(MAX(id), 0) FROM sale");
    auto head = rs::one(db, "SELECT COALESCE(MAX(seq), 0) FROM journal");
    if (!maxSale || !head) {
        return !maxSale ? maxSale.error() : head.error();
    }
    Report r = blank(kind);
    if (auto s = fill(r, "s.id > ? AND s.id <= ?", z->lastSaleId, *maxSale); !s) {
        return s.error();
    }
    if (auto s = fillJournal(r, "seq > ? AND seq <= ?", z->zJournalSeq, *head); !s) {
        return s.error();
    }
    r.grandNetBeforeMinor = z->grandNetMinor;
    r.grandGrossBeforeMinor = z->grandGrossMinor;
    r.grandNetMinor = z->grandNetMinor + r.netSalesMinor;
    r.grandGrossMinor = z->grandGrossMinor + r.grossSalesMinor;
    return r;
}

Result<Report> ReportBuilder::range(const Date &from, const Date &to)
{
    if (to < from) {
        return makeError("report.bad_range", "report range ends (" + isoDate(to)
                                                 + ") before it starts (" + isoDate(from) + ")");
    }
    Report r = blank(Report::Kind::Range);
    if (auto s
        = fill(r, "s.business_date >= ? AND s.business_date <= ?", isoDate(from), isoDate(to));
        !s) {
        return s.error();
    }
    const int offset = m_store->identity().utcOffsetMinutes;
    const Date after = rs::fromDayNumber(rs::dayNumber(to) + 1);
    if (auto s
        = fillJournal(r, "timestamp_utc_ns >= ? AND timestamp_utc_ns < ?",
                      rs::localMidnightUtcNs(from, offset), rs::localMidnightUtcNs(after, offset));
        !s) {
        return s.error();
    }
    r.fromDate = isoDate(from);
    r.toDate = isoDate(to);
    return r;
}

Status ReportBuilder::fillJournal(Report &r, const char *journalFilter, std::int64_t a,
                                  std::int64_t b)
{
    auto &cov = r.coverage;
    auto s = forEachRow(
        m_store->database(),
        withFilter("SELECT type, COUNT(*), MIN(seq), MAX(seq) FROM journal WHERE @F GROUP BY type",
                   journalFilter),
        [&](Statement &st) {
            cov.journalCounts[st.columnText(0)] = st.columnInt(1);
            const auto lo = st.columnInt(2);
            const auto hi = st.columnInt(3);
            cov.firstJournalSeq = cov.firstJournalSeq == 0 ? lo : std::min(cov.firstJournalSeq, lo);
            cov.lastJournalSeq = std::max(cov.lastJournalSeq, hi);
        },
        a, b);
    if (!s) {
        return s;
    }
    auto count = [&](const char *type) {
        auto it = cov.journalCounts.find(type);
        return it == cov.journalCounts.end() ? 0 : it->second;
    };
    r.noSales.count = count("no_sale");
    r.priceOverrides.count = count("price_override");
    return {};
}

template<typename A>
Status ReportBuilder::fill(Report &r, const char *saleFilter, const A &a, const A &b)
{
    auto &db = m_store->database();
    auto &cov = r.coverage;
    std::string minDate, maxDate;
    // Per kind: count, subtotal, savings, tax, total, change, cash rounding, id range.
    Status s = forEachRow(
        db,
        withFilter("SELECT kind, COUNT(*), SUM(subtotal_minor), SUM(savings_minor), "
                   "SUM(tax_minor), SUM(total_minor), SUM(change_minor), "
                   "SUM(cash_rounding_minor), MIN(id), MAX(id), MIN(business_date), "
                   "MAX(business_date) FROM sale s WHERE @F GROUP BY kind",
                   saleFilter),
        [&](Statement &st) {
            const std::string kind = st.columnText(0);
            const auto n = st.columnInt(1);
            const auto subtotal = st.columnInt(2);
            const auto total = st.columnInt(5);
            if (kind == "void") {
                r.voids = {n, subtotal};
            } else {
                if (kind == "sale") {
                    r.sales = {n, total};
                    r.grossSalesMinor = subtotal;
                } else {
                    r.returns = {n, -total};
                }
                r.discountsMinor += st.columnInt(3);
                r.taxMinor += st.columnInt(4);
                r.netSalesMinor += total;
                r.changeMinor += st.columnInt(6);
                r.cashRoundingMinor += st.columnInt(7);
            }
            const auto lo = st.columnInt(8);
            const auto hi = st.columnInt(9);
            cov.firstSaleId = cov.firstSaleId == 0 ? lo : std::min(cov.firstSaleId, lo);
            cov.lastSaleId = std::max(cov.lastSaleId, hi);
            const std::string d0 = st.columnText(10), d1 = st.columnText(11);
            minDate = minDate.empty() || d0 < minDate ? d0 : minDate;
            maxDate = std::max(maxDate, d1);
        },
        a, b);
    if (!s) {
        return s;
    }
    r.fromDate = minDate;
    r.toDate = maxDate;
    r.customers = r.sales.count;
    r.averageBasketMinor = r.sales.count == 0
                               ? 0
                               : divideRounded(r.sales.minor, r.sales.count, RoundingMode::HalfUp);
    if (cov.firstSaleId != 0) {
        auto receipts = forEachRow(
            db, "SELECT receipt_number FROM sale WHERE id IN (?, ?) ORDER BY id",
            [&](Statement &st) {
                (cov.firstReceipt.empty() ? cov.firstReceipt : cov.lastReceipt) = st.columnText(0);
            },
            cov.firstSaleId, cov.lastSaleId);
        if (!receipts) {
            return receipts;
        }
        if (cov.lastReceipt.empty()) {
            cov.lastReceipt = cov.firstReceipt;
        }
    }

    s = forEachRow(
        db,
        withFilter("SELECT COUNT(*), COALESCE(SUM(l.gross_minor), 0) FROM sale s JOIN sale_line "
                   "l ON l.sale_id = s.id WHERE @F AND s.kind <> 'void' AND l.voided = 1",
                   saleFilter),
        [&](Statement &st) {
            r.lineVoids = {st.columnInt(0), st.columnInt(1)};
        },
        a, b);
    if (!s) {
        return s;
    }
    s = forEachRow(
        db,
        withFilter("SELECT t.label, t.basis_points, SUM(t.base_minor), SUM(t.tax_minor), "
                   "SUM(t.gross_minor) FROM sale s JOIN sale_tax t ON t.sale_id = s.id WHERE @F "
                   "AND s.kind <> 'void' GROUP BY t.label, t.basis_points "
                   "ORDER BY t.basis_points DESC, t.label",
                   saleFilter),
        [&](Statement &st) {
            r.taxes.push_back({st.columnText(0), st.columnInt(1), st.columnInt(2), st.columnInt(3),
                               st.columnInt(4)});
        },
        a, b);
    if (!s) {
        return s;
    }
    s = forEachRow(
        db,
        withFilter("SELECT t.kind, COUNT(*), SUM(t.applied_minor) FROM sale s JOIN sale_tender t "
                   "ON t.sale_id = s.id WHERE @F AND s.kind <> 'void' GROUP BY t.kind "
                   "ORDER BY t.kind",
                   saleFilter),
        [&](Statement &st) { r.tenders.push_back(readRow(st, false, false)); }, a, b);
    if (!s) {
        return s;
    }
    s = forEachRow(
        db,
        withFilter("SELECT cashier_id, MAX(cashier_name), SUM(kind = 'sale'), SUM(total_minor) "
                   "FROM sale s WHERE @F AND kind <> 'void' GROUP BY cashier_id "
                   "ORDER BY cashier_id",
                   saleFilter),
        [&](Statement &st) { r.cashiers.push_back(readRow(st, true, false)); }, a, b);
    if (!s) {
        return s;
    }
    const std::string hourSql
        = "SELECT printf('%02d', ((finalized_utc_ns / 1000000000 + "
          + std::to_string(std::int64_t{m_store->identity().utcOffsetMinutes} * 60)
          + ") % 86400 + 86400) % 86400 / 3600) AS h, SUM(kind = 'sale'), SUM(total_minor) "
            "FROM sale s WHERE @F AND kind <> 'void' GROUP BY h ORDER BY h";
    s = forEachRow(
        db, withFilter(hourSql.c_str(), saleFilter),
        [&](Statement &st) { r.hours.push_back(readRow(st, false, false)); }, a, b);
    if (!s) {
        return s;
    }
    s = forEachRow(
        db,
        withFilter("SELECT COALESCE(i.department, '?') AS dep, COALESCE(MAX(d.name), "
                   "COALESCE(i.department, 'unknown')), COUNT(*), SUM(CASE WHEN l.kind = 'return' "
                   "THEN -l.quantity_milli ELSE l.quantity_milli END), "
                   "SUM(l.paid_minor) FROM sale s JOIN sale_line l ON l.sale_id = s.id "
                   "LEFT JOIN item i ON i.sku = l.sku LEFT JOIN department d ON d.code = "
                   "i.department WHERE @F AND s.kind <> 'void' AND l.voided = 0 "
                   "GROUP BY dep ORDER BY dep",
                   saleFilter),
        [&](Statement &st) { r.departments.push_back(readRow(st, true, true)); }, a, b);
    if (!s) {
        return s;
    }
    const std::string topSql
        = "SELECT l.sku, MAX(l.name), COUNT(*), SUM(CASE WHEN l.kind = 'return' THEN "
          "-l.quantity_milli ELSE l.quantity_milli END), SUM(l.paid_minor) AS net "
          "FROM sale s JOIN sale_line l ON l.sale_id = s.id WHERE @F AND s.kind <> 'void' AND "
          "l.voided = 0 GROUP BY l.sku ORDER BY net DESC, l.sku LIMIT "
          + std::to_string(Report::kTopItems);
    return forEachRow(
        db, withFilter(topSql.c_str(), saleFilter),
        [&](Statement &st) { r.topItems.push_back(readRow(st, true, true)); }, a, b);
}

template Status ReportBuilder::fill<std::int64_t>(Report &, const char *, const std::int64_t &,
                                                  const std::int64_t &);
template Status ReportBuilder::fill<std::string>(Report &, const char *, const std::string &,
                                                 const std::string &);

} // namespace lane::core
