#include "core/report/salesstatistics.h"

#include <map>
#include <unordered_map>

#include "core/report/reportsql.h"

namespace lane::core {

namespace rs = reportsql;

std::string_view toString(StatPeriod period)
{
    switch (period) {
    case StatPeriod::Day:
        return "day";
    case StatPeriod::Week:
        return "week";
    case StatPeriod::Month:
        return "month";
    }
    return "?";
}

Date SalesStatistics::weekStart(const Date &d)
{
    const std::int64_t n = rs::dayNumber(d);
    const std::int64_t weekday = ((n + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; 0 = Monday
    return rs::fromDayNumber(n - weekday);
}

Date SalesStatistics::monthStart(const Date &d)
{
    return Date{d.year, d.month, 1};
}

Date SalesStatistics::settlementMonthStart(const Date &d, int settlementDay)
{
    if (d.day >= settlementDay) {
        return Date{d.year, d.month, settlementDay};
    }
    return d.month == 1 ? Date{d.year - 1, 12, settlementDay}
                        : Date{d.year, d.month - 1, settlementDay};
}

namespace {

struct ProductSum
{
    std::int64_t quantityMilli = 0;
    std::int64_t netMinor = 0;
    std::int64_t lines = 0;
};

void addTo(SettlementStat &to, const SettlementStat &from)
{
    to.sales += from.sales;
    to.returns += from.returns;
    to.voids += from.voids;
    to.netMinor += from.netMinor;
    to.taxMinor += from.taxMinor;
    to.cashMinor += from.cashMinor;
    to.cardMinor += from.cardMinor;
    to.voucherMinor += from.voucherMinor;
    to.changeMinor += from.changeMinor;
}

Status upsertSettlement(Database &db, const char *period, const std::string &start,
                        const SettlementStat &v)
{
    return runSql(db,
                  "INSERT INTO stat_settlement (period, period_start, sales, returns, voids, "
                  "net_minor, tax_minor, cash_minor, card_minor, voucher_minor, change_minor) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (period, period_start) "
                  "DO UPDATE SET sales = sales + excluded.sales, returns = returns + "
                  "excluded.returns, voids = voids + excluded.voids, net_minor = net_minor + "
                  "excluded.net_minor, tax_minor = tax_minor + excluded.tax_minor, cash_minor = "
                  "cash_minor + excluded.cash_minor, card_minor = card_minor + "
                  "excluded.card_minor, voucher_minor = voucher_minor + excluded.voucher_minor, "
                  "change_minor = change_minor + excluded.change_minor",
                  period, start, v.sales, v.returns, v.voids, v.netMinor, v.taxMinor, v.cashMinor,
                  v.cardMinor, v.voucherMinor, v.changeMinor);
}

// "S0123-02-20261122-000042" -> device "S0123-02", seq 42.
bool splitReceipt(const std::string &number, std::string &device, std::int64_t &seq)
{
    const auto last = number.rfind('-');
    if (last == std::string::npos || last == 0) {
        return false;
    }
    const auto dateDash = number.rfind('-', last - 1);
    if (dateDash == std::string::npos) {
        return false;
    }
    seq = 0;
    for (std::size_t i = last + 1; i < number.size(); ++i) {
        if (number[i] < '0' || number[i] > '9') {
            return false;
        }
        seq = seq * 10 + (number[i] - '0');
    }
    device = number.substr(0, dateDash);
    return true;
}

} // namespace

Status SalesStatistics::rebuildSettlementMonths(int settlementDay)
{
    auto &db = m_store->database();
    std::map<std::string, SettlementStat> months;
    auto s = forEachRow(
        db,
        "SELECT period_start, sales, returns, voids, net_minor, tax_minor, cash_minor, "
        "card_minor, voucher_minor, change_minor FROM stat_settlement WHERE period = 'day'",
        [&](Statement &st) {
            const auto day = parseIsoDate(st.columnText(0));
            if (!day) {
                return;
            }
            SettlementStat v{"",
                             st.columnInt(1),
                             st.columnInt(2),
                             st.columnInt(3),
                             st.columnInt(4),
                             st.columnInt(5),
                             st.columnInt(6),
                             st.columnInt(7),
                             st.columnInt(8),
                             st.columnInt(9)};
            addTo(months[isoDate(settlementMonthStart(*day, settlementDay))], v);
        });
    if (!s) {
        return s;
    }
    if (s = db.exec("DELETE FROM stat_settlement WHERE period = 'month'"); !s) {
        return s;
    }
    for (const auto &[start, v] : months) {
        if (s = upsertSettlement(db, "month", start, v); !s) {
            return s;
        }
    }
    return runSql(db, "UPDATE stat_state SET settlement_day = ? WHERE id = 1",
                  std::int64_t{settlementDay});
}

Result<StatisticsRun> SalesStatistics::update()
{
    if (m_config.settlementDay < 1 || m_config.settlementDay > 28) {
        return makeError("stats.bad_settlement_day", "settlement day must be 1-28 (got "
                                                         + std::to_string(m_config.settlementDay)
                                                         + ")");
    }
    auto &db = m_store->database();
    auto tx = TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto s = runSql(db,
                        "INSERT OR IGNORE INTO stat_state (id, last_sale_id, settlement_day) "
                        "VALUES (1, 0, ?)",
                        std::int64_t{m_config.settlementDay});
        !s) {
        return s.error();
    }
    std::int64_t after = 0;
    std::int64_t storedDay = 0;
    if (auto s = forEachRow(db, "SELECT last_sale_id, settlement_day FROM stat_state",
                            [&](Statement &st) {
                                after = st.columnInt(0);
                                storedDay = st.columnInt(1);
                            });
        !s) {
        return s.error();
    }
    if (storedDay != m_config.settlementDay) {
        if (auto s = rebuildSettlementMonths(m_config.settlementDay); !s) {
            return s.error();
        }
    }
    StatisticsRun run;
    run.lastSaleId = after;

    // Sales first, in one pass over `sale` (no join): each new sale's business day (for
    // its lines), the settlement totals per day and the receipt number continuity per
    // device. Then the tenders and the lines, each in one pass over its table by primary
    // key, matched to their sale's day through `saleDay`.
    std::map<std::string, std::int64_t> lastSeq;
    if (auto s = forEachRow(db, "SELECT device, last_seq FROM stat_device_seq",
                            [&](Statement &st) { lastSeq[st.columnText(0)] = st.columnInt(1); });
        !s) {
        return s.error();
    }
    std::vector<std::int64_t> saleDay; // index: sale id - after - 1; -1: a voided sale
    std::map<std::int64_t, SettlementStat> days;
    std::string badDate;
    std::string lastDate;
    std::int64_t lastDay = 0;
    std::string receiptDevice;
    auto s = forEachRow(
        db,
        "SELECT id, receipt_number, kind, business_date, total_minor, tax_minor, change_minor "
        "FROM sale WHERE id > ? ORDER BY id",
        [&](Statement &st) {
            const std::int64_t id = st.columnInt(0);
            const auto index = static_cast<std::size_t>(id - after - 1);
            if (saleDay.size() <= index) {
                saleDay.resize(index + 1, -1);
            }
            run.lastSaleId = std::max(run.lastSaleId, id);
            ++run.salesProcessed;
            std::int64_t seq = 0;
            if (splitReceipt(st.columnText(1), receiptDevice, seq)) {
                auto [it, fresh] = lastSeq.try_emplace(receiptDevice, 0);
                if (seq > it->second + 1) {
                    run.issues.push_back({receiptDevice, "gap", it->second + 1, seq - 1, id});
                } else if (seq <= it->second) {
                    run.issues.push_back({receiptDevice, "duplicate", seq, seq, id});
                }
                it->second = std::max(it->second, seq);
            }
            // Sales arrive in business-date order, so the date is parsed once per day.
            std::string date = st.columnText(3);
            if (date != lastDate || lastDate.empty()) {
                const auto parsed = parseIsoDate(date);
                if (!parsed) {
                    badDate = date;
                    return;
                }
                lastDay = rs::dayNumber(*parsed);
                lastDate = std::move(date);
            }
            auto &d = days[lastDay];
            const std::string kind = st.columnText(2);
            if (kind == "void") {
                ++d.voids;
                return;
            }
            saleDay[index] = lastDay;
            ++(kind == "return" ? d.returns : d.sales);
            d.netMinor += st.columnInt(4);
            d.taxMinor += st.columnInt(5);
            d.changeMinor += st.columnInt(6);
        },
        after);
    if (!s) {
        return s.error();
    }
    if (!badDate.empty()) {
        return makeError("stats.bad_date", "sale business date \"" + badDate + "\" is not a date");
    }
    SettlementStat *tenderTo = nullptr;
    std::int64_t tenderToDay = -1;
    s = forEachRow(
        db,
        "SELECT sale_id, CASE kind WHEN 'cash' THEN 0 WHEN 'card' THEN 1 WHEN 'voucher' THEN 2 "
        "WHEN 'giftcard' THEN 2 ELSE 3 END, applied_minor FROM sale_tender WHERE sale_id > ?",
        [&](Statement &st) {
            const auto index = static_cast<std::size_t>(st.columnInt(0) - after - 1);
            if (index >= saleDay.size() || saleDay[index] < 0) {
                return; // a tender of a voided transaction
            }
            if (saleDay[index] != tenderToDay) {
                tenderToDay = saleDay[index];
                tenderTo = &days[tenderToDay];
            }
            const std::int64_t applied = st.columnInt(2);
            switch (st.columnInt(1)) {
            case 0:
                tenderTo->cashMinor += applied;
                break;
            case 1:
                tenderTo->cardMinor += applied;
                break;
            case 2:
                tenderTo->voucherMinor += applied;
                break;
            default:
                break;
            }
        },
        after);
    if (!s) {
        return s.error();
    }

    std::unordered_map<std::string, std::int64_t> skuIds;
    std::vector<std::string> skus;
    std::unordered_map<std::uint64_t, ProductSum> perDay;
    s = forEachRow(
        db,
        "SELECT sale_id, sku, CASE WHEN kind = 'return' THEN -quantity_milli ELSE "
        "quantity_milli END, paid_minor FROM sale_line WHERE sale_id > ? AND voided = 0",
        [&](Statement &st) {
            const auto index = static_cast<std::size_t>(st.columnInt(0) - after - 1);
            if (index >= saleDay.size() || saleDay[index] < 0) {
                return; // a line of a voided transaction
            }
            std::string sku = st.columnText(1);
            auto k = skuIds.find(sku);
            if (k == skuIds.end()) {
                skus.push_back(sku);
                k = skuIds.emplace(std::move(sku), static_cast<std::int64_t>(skus.size() - 1))
                        .first;
            }
            const auto key = (static_cast<std::uint64_t>(saleDay[index] + 1000000) << 24)
                             | static_cast<std::uint64_t>(k->second);
            auto &sum = perDay[key];
            sum.quantityMilli += st.columnInt(2);
            sum.netMinor += st.columnInt(3);
            ++sum.lines;
            ++run.linesProcessed;
        },
        after);
    if (!s) {
        return s.error();
    }
    std::map<std::tuple<int, std::string, std::string>, ProductSum> periods;
    for (const auto &[key, sum] : perDay) {
        const Date day = rs::fromDayNumber(static_cast<std::int64_t>(key >> 24) - 1000000);
        const std::string &sku = skus[static_cast<std::size_t>(key & 0xFFFFFF)];
        const Date starts[3] = {day, weekStart(day), monthStart(day)};
        for (int p = 0; p < 3; ++p) {
            auto &to = periods[{p, isoDate(starts[p]), sku}];
            to.quantityMilli += sum.quantityMilli;
            to.netMinor += sum.netMinor;
            to.lines += sum.lines;
        }
    }
    static constexpr const char *kPeriodNames[3] = {"day", "week", "month"};
    for (const auto &[key, sum] : periods) {
        s = runSql(db,
                   "INSERT INTO stat_product (period, period_start, sku, quantity_milli, "
                   "net_minor, lines) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (period, "
                   "period_start, sku) DO UPDATE SET quantity_milli = quantity_milli + "
                   "excluded.quantity_milli, net_minor = net_minor + excluded.net_minor, "
                   "lines = lines + excluded.lines",
                   kPeriodNames[std::get<0>(key)], std::get<1>(key), std::get<2>(key),
                   sum.quantityMilli, sum.netMinor, sum.lines);
        if (!s) {
            return s.error();
        }
    }

    std::map<std::string, SettlementStat> months;
    for (const auto &[day, v] : days) {
        const Date date = rs::fromDayNumber(day);
        if (s = upsertSettlement(db, "day", isoDate(date), v); !s) {
            return s.error();
        }
        addTo(months[isoDate(settlementMonthStart(date, m_config.settlementDay))], v);
    }
    for (const auto &[start, v] : months) {
        if (s = upsertSettlement(db, "month", start, v); !s) {
            return s.error();
        }
    }
    for (const auto &[device, seq] : lastSeq) {
        s = runSql(db,
                   "INSERT INTO stat_device_seq (device, last_seq) VALUES (?, ?) ON CONFLICT "
                   "(device) DO UPDATE SET last_seq = excluded.last_seq",
                   device, seq);
        if (!s) {
            return s.error();
        }
    }
    for (const auto &i : run.issues) {
        s = runSql(db,
                   "INSERT INTO stat_issue (device, kind, from_seq, to_seq, sale_id) VALUES "
                   "(?, ?, ?, ?, ?)",
                   i.device, i.kind, i.fromSeq, i.toSeq, i.saleId);
        if (!s) {
            return s.error();
        }
    }
    if (s = runSql(db, "UPDATE stat_state SET last_sale_id = ? WHERE id = 1", run.lastSaleId); !s) {
        return s.error();
    }
    if (auto c = tx->commit(); !c) {
        return c.error();
    }
    return run;
}

Result<std::vector<ProductStat>> SalesStatistics::products(StatPeriod period,
                                                           const std::string &periodStart)
{
    std::vector<ProductStat> out;
    auto s = forEachRow(
        m_store->database(),
        "SELECT period_start, sku, quantity_milli, net_minor, lines FROM stat_product WHERE "
        "period = ? AND period_start = ? ORDER BY sku",
        [&](Statement &st) {
            out.push_back({st.columnText(0), st.columnText(1), st.columnInt(2), st.columnInt(3),
                           st.columnInt(4)});
        },
        toString(period), periodStart);
    if (!s) {
        return s.error();
    }
    return out;
}

Result<std::vector<SettlementStat>>
SalesStatistics::settlements(StatPeriod period, const std::string &from, const std::string &to)
{
    if (period == StatPeriod::Week) {
        return makeError("stats.bad_period", "settlement is kept per day and per month");
    }
    std::vector<SettlementStat> out;
    auto s = forEachRow(
        m_store->database(),
        "SELECT period_start, sales, returns, voids, net_minor, tax_minor, cash_minor, "
        "card_minor, voucher_minor, change_minor FROM stat_settlement WHERE period = ? AND "
        "period_start >= ? AND period_start <= ? ORDER BY period_start",
        [&](Statement &st) {
            out.push_back({st.columnText(0), st.columnInt(1), st.columnInt(2), st.columnInt(3),
                           st.columnInt(4), st.columnInt(5), st.columnInt(6), st.columnInt(7),
                           st.columnInt(8), st.columnInt(9)});
        },
        toString(period), from, to);
    if (!s) {
        return s.error();
    }
    return out;
}

Result<std::vector<ReceiptIssue>> SalesStatistics::issues()
{
    std::vector<ReceiptIssue> out;
    auto s
        = forEachRow(m_store->database(),
                     "SELECT device, kind, from_seq, to_seq, sale_id FROM stat_issue ORDER BY id",
                     [&](Statement &st) {
                         out.push_back({st.columnText(0), st.columnText(1), st.columnInt(2),
                                        st.columnInt(3), st.columnInt(4)});
                     });
    if (!s) {
        return s.error();
    }
    return out;
}

} // namespace lane::core
