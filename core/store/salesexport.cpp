#include "core/store/salesexport.h"

#include <chrono>
#include <cstdio>

#include "core/base/clock.h"
#include "core/store/canonicaljson.h"
#include "core/store/catalogio.h"

namespace lane::core {

namespace {

std::string isoUtc(std::int64_t ns)
{
    using namespace std::chrono;
    const TimePoint t{nanoseconds(ns)};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{floor<milliseconds>(t - day)};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<int>(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()),
                  static_cast<int>(hms.subseconds().count()));
    return buf;
}

// Collects "kind:amount" (CSV) or JSON objects for one sale's child rows.
template<typename Row>
Status eachRow(Database &db, const char *sql, std::int64_t saleId, Row &&row)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bind(1, saleId); !s) {
        return s;
    }
    for (;;) {
        auto r = (*st)->step();
        if (!r) {
            return r.error();
        }
        if (!*r) {
            return {};
        }
        row(**st);
    }
}

constexpr const char *kTenders = "SELECT kind, tendered_minor, applied_minor, change_minor, "
                                 "reference, masked_pan, scheme, auth_code FROM sale_tender "
                                 "WHERE sale_id = ? ORDER BY tender_no";
constexpr const char *kLines = "SELECT line_id, kind, sku, name, quantity_milli, weighed, "
                               "unit_price_minor, gross_minor, discount_minor, paid_minor, "
                               "tax_label, voided, returned_quantity_milli FROM sale_line WHERE "
                               "sale_id = ? ORDER BY line_id";
constexpr const char *kTaxes = "SELECT tax_class, label, basis_points, base_minor, tax_minor, "
                               "gross_minor FROM sale_tax WHERE sale_id = ? ORDER BY tax_class";

} // namespace

bool isIsoDate(const std::string &t)
{
    int y = 0, m = 0, d = 0;
    if (t.size() != 10 || t[4] != '-' || t[7] != '-'
        || std::sscanf(t.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) {
        return false;
    }
    using namespace std::chrono;
    return year_month_day(year(y), month(static_cast<unsigned>(m)), day(static_cast<unsigned>(d)))
        .ok();
}

Status exportSales(Database &db, Currency currency, const std::string &from, const std::string &to,
                   SalesFormat format, std::ostream &out)
{
    auto st = db.prepare(
        "SELECT id, receipt_number, kind, business_date, finalized_utc_ns, cashier_id, currency, "
        "subtotal_minor, savings_minor, tax_minor, total_minor, cash_rounding_minor, paid_minor, "
        "change_minor, journal_seq FROM sale WHERE business_date BETWEEN ? AND ? ORDER BY "
        "receipt_seq");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(from, to); !s) {
        return s;
    }
    auto money = [&](std::int64_t minor) {
        return Money(minor, currency).toDecimalString();
    };
    if (format == SalesFormat::Csv) {
        out << "receipt_number,kind,business_date,finalized_utc,cashier_id,currency,subtotal,"
               "savings,tax,total,cash_rounding,paid,change,tenders,lines,journal_seq\r\n";
    } else {
        out << "[";
    }
    bool first = true;
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Statement &r = **st;
        const std::int64_t id = r.columnInt(0);
        if (format == SalesFormat::Csv) {
            std::string tenders;
            std::int64_t lines = 0;
            Status s = eachRow(db, kTenders, id, [&](Statement &t) {
                tenders
                    += (tenders.empty() ? "" : "|") + t.columnText(0) + ":" + money(t.columnInt(2));
            });
            if (s) {
                s = eachRow(db, kLines, id,
                            [&](Statement &l) { lines += l.columnInt(11) ? 0 : 1; });
            }
            if (!s) {
                return s;
            }
            out << r.columnText(1) << ',' << r.columnText(2) << ',' << r.columnText(3) << ','
                << isoUtc(r.columnInt(4)) << ',' << csvField(r.columnText(5)) << ','
                << r.columnText(6) << ',' << money(r.columnInt(7)) << ',' << money(r.columnInt(8))
                << ',' << money(r.columnInt(9)) << ',' << money(r.columnInt(10)) << ','
                << money(r.columnInt(11)) << ',' << money(r.columnInt(12)) << ','
                << money(r.columnInt(13)) << ',' << csvField(tenders) << ',' << lines << ','
                << r.columnInt(14) << "\r\n";
            continue;
        }
        std::string lines = "[", tenders = "[", taxes = "[";
        Status s = eachRow(db, kLines, id, [&](Statement &l) {
            lines += (lines.size() > 1 ? "," : "")
                     + CanonicalJson()
                           .set("line_id", l.columnInt(0))
                           .set("kind", l.columnText(1))
                           .set("sku", l.columnText(2))
                           .set("name", l.columnText(3))
                           .set("quantity_milli", l.columnInt(4))
                           .set("weighed", l.columnInt(5) != 0)
                           .set("unit_price_minor", l.columnInt(6))
                           .set("gross_minor", l.columnInt(7))
                           .set("discount_minor", l.columnInt(8))
                           .set("paid_minor", l.columnInt(9))
                           .set("tax_label", l.columnText(10))
                           .set("voided", l.columnInt(11) != 0)
                           .set("returned_quantity_milli", l.columnInt(12))
                           .str();
        });
        if (s) {
            s = eachRow(db, kTenders, id, [&](Statement &t) {
                CanonicalJson j;
                j.set("kind", t.columnText(0))
                    .set("tendered_minor", t.columnInt(1))
                    .set("applied_minor", t.columnInt(2))
                    .set("change_minor", t.columnInt(3))
                    .set("reference", t.columnText(4));
                if (!t.columnIsNull(5)) {
                    j.set("masked_pan", t.columnText(5))
                        .set("scheme", t.columnText(6))
                        .set("auth_code", t.columnText(7));
                }
                tenders += (tenders.size() > 1 ? "," : "") + j.str();
            });
        }
        if (s) {
            s = eachRow(db, kTaxes, id, [&](Statement &t) {
                taxes += (taxes.size() > 1 ? "," : "")
                         + CanonicalJson()
                               .set("tax_class", t.columnText(0))
                               .set("label", t.columnText(1))
                               .set("basis_points", t.columnInt(2))
                               .set("base_minor", t.columnInt(3))
                               .set("tax_minor", t.columnInt(4))
                               .set("gross_minor", t.columnInt(5))
                               .str();
            });
        }
        if (!s) {
            return s;
        }
        out << (first ? "\n" : ",\n")
            << CanonicalJson()
                   .set("receipt_number", r.columnText(1))
                   .set("kind", r.columnText(2))
                   .set("business_date", r.columnText(3))
                   .set("finalized_utc", isoUtc(r.columnInt(4)))
                   .set("cashier_id", r.columnText(5))
                   .set("currency", r.columnText(6))
                   .set("subtotal_minor", r.columnInt(7))
                   .set("savings_minor", r.columnInt(8))
                   .set("tax_minor", r.columnInt(9))
                   .set("total_minor", r.columnInt(10))
                   .set("cash_rounding_minor", r.columnInt(11))
                   .set("paid_minor", r.columnInt(12))
                   .set("change_minor", r.columnInt(13))
                   .set("journal_seq", r.columnInt(14))
                   .setRaw("lines", lines + "]")
                   .setRaw("tenders", tenders + "]")
                   .setRaw("taxes", taxes + "]")
                   .str();
        first = false;
    }
    if (format == SalesFormat::Json) {
        out << (first ? "]\n" : "\n]\n");
    }
    if (!out) {
        return makeError("sales.export", "write failed");
    }
    return {};
}

} // namespace lane::core
