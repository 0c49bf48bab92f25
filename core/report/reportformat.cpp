#include "core/report/reportformat.h"

#include <chrono>
#include <cstdio>

#include "core/store/canonicaljson.h"

namespace lane::core {

namespace {

class TextOut
{
public:
    TextOut(int width, Currency currency)
        : m_width(static_cast<std::size_t>(width))
        , m_currency(currency)
    {}
    void line(const std::string &s) { m_out += s + "\n"; }
    void rule(char c = '-') { line(std::string(m_width, c)); }
    void center(const std::string &s)
    {
        const std::size_t w = displayWidth(s);
        line(w >= m_width ? s : std::string((m_width - w) / 2, ' ') + s);
    }
    void pair(const std::string &left, const std::string &right)
    {
        const std::size_t used = displayWidth(left) + displayWidth(right);
        line(left + std::string(used < m_width ? m_width - used : 1, ' ') + right);
    }
    void money(const std::string &left, std::int64_t minor)
    {
        pair(left, Money(minor, m_currency).toDecimalString());
    }
    void countMoney(const std::string &left, const CountAmount &ca)
    {
        pair(left + " " + std::to_string(ca.count), Money(ca.minor, m_currency).toDecimalString());
    }
    const std::string &str() const { return m_out; }

    // Hangul and other wide characters take two columns on the printer.
    static std::size_t displayWidth(const std::string &s)
    {
        std::size_t w = 0;
        for (std::size_t i = 0; i < s.size();) {
            const auto c = static_cast<unsigned char>(s[i]);
            const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            w += len >= 3 ? 2 : 1;
            i += len;
        }
        return w;
    }

private:
    std::size_t m_width;
    Currency m_currency;
    std::string m_out;
};

std::string qty(std::int64_t milli)
{
    if (milli % 1000 == 0) {
        return std::to_string(milli / 1000);
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%lld.%03lld", milli < 0 ? "-" : "",
                  static_cast<long long>((milli < 0 ? -milli : milli) / 1000),
                  static_cast<long long>((milli < 0 ? -milli : milli) % 1000));
    return buf;
}

std::string localTime(std::int64_t utcNs, int offsetMinutes)
{
    using namespace std::chrono;
    const auto t = sys_time<nanoseconds>(nanoseconds(utcNs)) + minutes(offsetMinutes);
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{floor<seconds>(t - day)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02lld:%02lld", static_cast<int>(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()),
                  static_cast<long long>(hms.hours().count()),
                  static_cast<long long>(hms.minutes().count()));
    return buf;
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos) {
        return s;
    }
    std::string out = "\"";
    for (char c : s) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

std::string rowsJson(const std::vector<BreakdownRow> &rows)
{
    std::string out = "[";
    for (const auto &r : rows) {
        if (out.size() > 1) {
            out += ',';
        }
        out += CanonicalJson()
                   .set("key", r.key)
                   .set("name", r.name)
                   .set("count", r.count)
                   .set("quantity_milli", r.quantityMilli)
                   .set("minor", r.minor)
                   .str();
    }
    return out + "]";
}

std::string countAmountJson(const CountAmount &ca)
{
    return CanonicalJson().set("count", ca.count).set("minor", ca.minor).str();
}

} // namespace

std::string renderReportText(const Report &r, int width, int utcOffsetMinutes)
{
    TextOut o(width, r.currency);
    const bool z = r.kind == Report::Kind::Z;
    o.center(z ? "Z REPORT" : r.kind == Report::Kind::X ? "X REPORT" : "SALES REPORT");
    if (z) {
        o.center("Z " + std::to_string(r.zNumber) + " - business day closed");
    } else if (r.kind == Report::Kind::X) {
        o.center("(no reset)");
    }
    o.pair("Device", r.device);
    o.pair("Business day", r.fromDate == r.toDate ? r.fromDate : r.fromDate + ".." + r.toDate);
    o.pair("Printed", localTime(r.generatedUtcNs, utcOffsetMinutes));
    o.pair("Currency", std::string(r.currency.alpha()));
    o.rule('=');
    o.countMoney("Sales", r.sales);
    o.money("Gross sales", r.grossSalesMinor);
    o.money("Discounts/promotions", -r.discountsMinor);
    o.countMoney("Returns", CountAmount{r.returns.count, -r.returns.minor});
    o.money("NET SALES", r.netSalesMinor);
    o.money("  incl. tax", r.taxMinor);
    o.money("Cash rounding", r.cashRoundingMinor);
    o.pair("Customers", std::to_string(r.customers));
    o.money("Average basket", r.averageBasketMinor);
    o.rule();
    o.line("TAX PER RATE");
    for (const auto &t : r.taxes) {
        o.pair(t.label, "base " + Money(t.baseMinor, r.currency).toDecimalString() + " tax "
                            + Money(t.taxMinor, r.currency).toDecimalString());
    }
    o.rule();
    o.line("TENDERS");
    for (const auto &t : r.tenders) {
        o.countMoney(t.key, CountAmount{t.count, t.minor});
    }
    o.money("Change given", r.changeMinor);
    o.rule();
    o.countMoney("Voided transactions", r.voids);
    o.countMoney("Voided lines", r.lineVoids);
    o.pair("No-sale openings", std::to_string(r.noSales.count));
    o.pair("Price overrides", std::to_string(r.priceOverrides.count));
    o.rule();
    o.line("PER CASHIER");
    for (const auto &c : r.cashiers) {
        o.countMoney(c.key + " " + c.name, CountAmount{c.count, c.minor});
    }
    o.line("PER HOUR");
    for (const auto &h : r.hours) {
        o.countMoney(h.key + ":00", CountAmount{h.count, h.minor});
    }
    o.line("PER DEPARTMENT");
    for (const auto &d : r.departments) {
        o.pair(d.name + " x" + qty(d.quantityMilli), Money(d.minor, r.currency).toDecimalString());
    }
    o.line("TOP ITEMS");
    for (const auto &i : r.topItems) {
        o.line(i.key + " " + i.name);
        o.pair("  x" + qty(i.quantityMilli), Money(i.minor, r.currency).toDecimalString());
    }
    o.rule();
    const auto &c = r.coverage;
    o.pair("Receipts", c.firstReceipt.empty() ? "none" : c.firstReceipt);
    if (!c.lastReceipt.empty() && c.lastReceipt != c.firstReceipt) {
        o.pair("      to", c.lastReceipt);
    }
    o.pair("Journal seq",
           std::to_string(c.firstJournalSeq) + ".." + std::to_string(c.lastJournalSeq));
    for (const auto &[type, n] : c.journalCounts) {
        o.pair("  " + type, std::to_string(n));
    }
    if (z) {
        o.rule('=');
        o.money("Grand total before", r.grandNetBeforeMinor);
        o.money("Grand total after", r.grandNetMinor);
        o.money("Grand gross after", r.grandGrossMinor);
    }
    o.rule('=');
    return o.str();
}

std::string reportCsv(const Report &r)
{
    std::string out = "section,key,name,count,quantity_milli,amount_minor\n";
    auto row = [&](const std::string &section, const std::string &key, const std::string &name,
                   std::int64_t count, std::int64_t q, std::int64_t minor) {
        out += csvField(section) + "," + csvField(key) + "," + csvField(name) + ","
               + std::to_string(count) + "," + std::to_string(q) + "," + std::to_string(minor)
               + "\n";
    };
    row("report", std::string(toString(r.kind)), r.device, r.zNumber, 0, 0);
    row("period", r.fromDate, r.toDate, 0, 0, 0);
    row("total", "sales", "", r.sales.count, 0, r.sales.minor);
    row("total", "gross_sales", "", 0, 0, r.grossSalesMinor);
    row("total", "discounts", "", 0, 0, r.discountsMinor);
    row("total", "returns", "", r.returns.count, 0, r.returns.minor);
    row("total", "net_sales", "", 0, 0, r.netSalesMinor);
    row("total", "tax", "", 0, 0, r.taxMinor);
    row("total", "change", "", 0, 0, r.changeMinor);
    row("total", "cash_rounding", "", 0, 0, r.cashRoundingMinor);
    row("total", "voids", "", r.voids.count, 0, r.voids.minor);
    row("total", "line_voids", "", r.lineVoids.count, 0, r.lineVoids.minor);
    row("total", "no_sales", "", r.noSales.count, 0, r.noSales.minor);
    row("total", "price_overrides", "", r.priceOverrides.count, 0, r.priceOverrides.minor);
    row("total", "customers", "", r.customers, 0, 0);
    row("total", "average_basket", "", 0, 0, r.averageBasketMinor);
    for (const auto &t : r.taxes) {
        row("tax", std::to_string(t.basisPoints), t.label, 0, t.baseMinor, t.taxMinor);
    }
    auto rows = [&](const char *section, const std::vector<BreakdownRow> &v) {
        for (const auto &x : v) {
            row(section, x.key, x.name, x.count, x.quantityMilli, x.minor);
        }
    };
    rows("tender", r.tenders);
    rows("cashier", r.cashiers);
    rows("hour", r.hours);
    rows("department", r.departments);
    rows("top_item", r.topItems);
    for (const auto &[type, n] : r.coverage.journalCounts) {
        row("journal", type, "", n, 0, 0);
    }
    row("journal_range", std::to_string(r.coverage.firstJournalSeq),
        std::to_string(r.coverage.lastJournalSeq), 0, 0, 0);
    if (r.kind == Report::Kind::Z) {
        row("grand_total", "net", "", 0, r.grandNetBeforeMinor, r.grandNetMinor);
        row("grand_total", "gross", "", 0, r.grandGrossBeforeMinor, r.grandGrossMinor);
    }
    return out;
}

std::string reportJson(const Report &r)
{
    std::string taxes = "[";
    for (const auto &t : r.taxes) {
        if (taxes.size() > 1) {
            taxes += ',';
        }
        taxes += CanonicalJson()
                     .set("label", t.label)
                     .set("basis_points", t.basisPoints)
                     .set("base", t.baseMinor)
                     .set("tax", t.taxMinor)
                     .set("gross", t.grossMinor)
                     .str();
    }
    taxes += "]";
    CanonicalJson journal;
    for (const auto &[type, n] : r.coverage.journalCounts) {
        journal.set(type, n);
    }
    const auto &c = r.coverage;
    const std::string coverage = CanonicalJson()
                                     .set("first_sale_id", c.firstSaleId)
                                     .set("last_sale_id", c.lastSaleId)
                                     .set("first_receipt", c.firstReceipt)
                                     .set("last_receipt", c.lastReceipt)
                                     .set("first_journal_seq", c.firstJournalSeq)
                                     .set("last_journal_seq", c.lastJournalSeq)
                                     .setRaw("journal_counts", journal.str())
                                     .str();
    CanonicalJson j;
    j.set("kind", toString(r.kind))
        .set("device", r.device)
        .set("currency", r.currency.alpha())
        .set("from", r.fromDate)
        .set("to", r.toDate)
        .set("generated_utc_ns", r.generatedUtcNs)
        .set("z_number", r.zNumber)
        .setRaw("coverage", coverage)
        .setRaw("sales", countAmountJson(r.sales))
        .setRaw("returns", countAmountJson(r.returns))
        .setRaw("voids", countAmountJson(r.voids))
        .setRaw("line_voids", countAmountJson(r.lineVoids))
        .setRaw("no_sales", countAmountJson(r.noSales))
        .setRaw("price_overrides", countAmountJson(r.priceOverrides))
        .set("gross_sales", r.grossSalesMinor)
        .set("discounts", r.discountsMinor)
        .set("net_sales", r.netSalesMinor)
        .set("tax", r.taxMinor)
        .set("change", r.changeMinor)
        .set("cash_rounding", r.cashRoundingMinor)
        .set("customers", r.customers)
        .set("average_basket", r.averageBasketMinor)
        .setRaw("taxes", taxes)
        .setRaw("tenders", rowsJson(r.tenders))
        .setRaw("cashiers", rowsJson(r.cashiers))
        .setRaw("hours", rowsJson(r.hours))
        .setRaw("departments", rowsJson(r.departments))
        .setRaw("top_items", rowsJson(r.topItems))
        .set("grand_net_before", r.grandNetBeforeMinor)
        .set("grand_net", r.grandNetMinor)
        .set("grand_gross_before", r.grandGrossBeforeMinor)
        .set("grand_gross", r.grandGrossMinor);
    return j.str();
}

} // namespace lane::core
