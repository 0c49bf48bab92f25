#include "bench/report/reportdatagen.h"

#include <chrono>
#include <cstdio>
#include <string>

#include "core/report/reportsql.h"
#include "core/store/journal.h"

namespace lane::bench {

namespace rs = core::reportsql;

core::Status addItems(core::Store &store, int skus)
{
    auto &db = store.database();
    auto tx = core::TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    for (int i = 0; i < skus; ++i) {
        const std::string sku = std::to_string(100000 + i);
        auto s = core::runSql(
            db,
            "INSERT INTO item (sku, name, plu, department, price_minor, tax_class, "
            "weighed, minimum_age, discountable, returnable, deposit_sku, tare_grams) "
            "VALUES (?, ?, NULL, ?, ?, 'standard', 0, NULL, 1, 1, NULL, 0)",
            sku, "Item " + sku, "D" + std::to_string(i % 20), std::int64_t{500 + (i * 37) % 20000});
        if (!s) {
            return s;
        }
    }
    return tx->commit();
}

core::Status generateSales(core::Store &store, const core::Date &first, int days,
                           std::int64_t lines, int skus)
{
    auto &db = store.database();
    const auto &id = store.identity();
    auto key = core::JournalKey::load(id.keyPath);
    if (!key) {
        return key.error();
    }
    auto tx = core::TransactionGuard::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto seq0 = rs::one(db, "SELECT last_receipt_seq FROM device_state WHERE id = 1");
    if (!seq0) {
        return seq0.error();
    }
    auto sale = db.prepare(
        "INSERT INTO sale (receipt_seq, receipt_number, kind, business_date, started_utc_ns, "
        "finalized_utc_ns, cashier_id, cashier_name, currency, subtotal_minor, savings_minor, "
        "tax_minor, total_minor, cash_rounding_minor, paid_minor, change_minor, journal_seq, "
        "snapshot, receipt_text) VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?, ?, ?, "
        "x'', '')");
    auto line
        = db.prepare("INSERT INTO sale_line (sale_id, line_id, kind, sku, name, "
                     "quantity_milli, weighed, unit_price_minor, gross_minor, discount_minor, "
                     "paid_minor, tax_label, voided) VALUES (?, ?, 'sale', ?, ?, ?, 0, ?, ?, "
                     "0, ?, 'VAT 10%', 0)");
    auto tender = db.prepare("INSERT INTO sale_tender (sale_id, tender_no, kind, tendered_minor, "
                             "applied_minor, change_minor, reference) VALUES (?, 1, ?, ?, ?, ?, "
                             "'')");
    auto tax = db.prepare("INSERT INTO sale_tax (sale_id, tax_class, label, basis_points, "
                          "base_minor, tax_minor, gross_minor) VALUES (?, 'standard', 'VAT 10%', "
                          "1000, ?, ?, ?)");
    if (!sale || !line || !tender || !tax) {
        return core::makeError("bench.prepare", "cannot prepare the generator's statements");
    }
    const std::int64_t perDay = lines / days;
    std::int64_t seq = *seq0;
    std::int64_t n = 0;
    std::uint64_t rng = 88172645463325252ULL;
    auto next = [&rng]() {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        return rng;
    };
    for (int d = 0; d < days; ++d) {
        const core::Date date = rs::fromDayNumber(rs::dayNumber(first) + d);
        const std::string dateText = core::isoDate(date);
        char compact[16];
        std::snprintf(compact, sizeof compact, "%04d%02d%02d", date.year, date.month, date.day);
        const std::int64_t dayLines = d == days - 1 ? lines - perDay * (days - 1) : perDay;
        // Store hours 09:00-21:00 (UTC+offset).
        const std::int64_t open
            = rs::localMidnightUtcNs(date, id.utcOffsetMinutes) + 9LL * 3600 * 1000000000LL;
        std::int64_t done = 0;
        while (done < dayLines) {
            const std::int64_t count = std::min<std::int64_t>(
                1 + static_cast<std::int64_t>(next() % 5), dayLines - done);
            ++seq;
            ++n;
            const std::int64_t at = open + (done * 12LL * 3600 * 1000000000LL) / dayLines;
            std::int64_t total = 0;
            struct L
            {
                std::string sku;
                std::int64_t qty, price;
            };
            L ls[5];
            for (std::int64_t i = 0; i < count; ++i) {
                const int item = static_cast<int>(next() % static_cast<std::uint64_t>(skus));
                ls[i].sku = std::to_string(100000 + item);
                ls[i].qty = 1000 * (1 + static_cast<std::int64_t>(next() % 3));
                ls[i].price = 500 + (item * 37) % 20000;
                total += ls[i].price * ls[i].qty / 1000;
            }
            const std::int64_t taxMinor = (total * 1000 + 5500) / 11000;
            char number[64];
            std::snprintf(number, sizeof number, "%s-%s-%s-%06lld", id.storeCode.c_str(),
                          id.posNumber.c_str(), compact, static_cast<long long>(seq));
            const bool cash = seq % 3 == 0;
            const std::int64_t given = cash ? (total + 9999) / 10000 * 10000 : total;
            auto entry = core::appendJournal(db, *key, "sale", at,
                                             "{\"receipt\":\"" + std::string(number)
                                                 + "\",\"total\":" + std::to_string(total) + "}");
            if (!entry) {
                return entry.error();
            }
            core::Status s = (*sale)->bindAll(
                seq, std::string(number), dateText, at - 60000000000LL, at,
                std::string(seq % 2 ? "c1" : "c2"), std::string(seq % 2 ? "Kim" : "Lee"),
                std::string(id.currency.alpha()), total, taxMinor, total, given, given - total,
                entry->seq);
            if (s) {
                s = (*sale)->run();
            }
            (*sale)->reset();
            if (!s) {
                return s;
            }
            const std::int64_t saleId = db.lastInsertRowId();
            for (std::int64_t i = 0; i < count; ++i) {
                const std::int64_t amount = ls[i].price * ls[i].qty / 1000;
                s = (*line)->bindAll(saleId, i + 1, ls[i].sku, "Item " + ls[i].sku, ls[i].qty,
                                     ls[i].price, amount, amount);
                if (s) {
                    s = (*line)->run();
                }
                (*line)->reset();
                if (!s) {
                    return s;
                }
            }
            s = (*tender)->bindAll(saleId, std::string(cash ? "cash" : "card"), given, total,
                                   given - total);
            if (s) {
                s = (*tender)->run();
            }
            (*tender)->reset();
            if (s) {
                s = (*tax)->bindAll(saleId, total - taxMinor, taxMinor, total);
            }
            if (s) {
                s = (*tax)->run();
            }
            (*tax)->reset();
            if (!s) {
                return s;
            }
            done += count;
        }
    }
    if (auto s = core::runSql(db, "UPDATE device_state SET last_receipt_seq = ? WHERE id = 1", seq);
        !s) {
        return s;
    }
    if (auto s = tx->commit(); !s) {
        return s;
    }
    auto head = core::forEachRow(
        db, "SELECT journal_seq, journal_hmac FROM device_state WHERE id = 1",
        [&](core::Statement &st) {
            (void)core::writeJournalAnchor(id.anchorPath, st.columnInt(0), st.columnBlob(1));
        });
    return head;
}

} // namespace lane::bench
