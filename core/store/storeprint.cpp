// What the store keeps about printing: the card terminal's slips with their sales, and the
// print jobs that reached output complete (so a retry after a crash never prints twice).
#include "core/store/store.h"

#include "core/payment/cardslip.h"

namespace lane::core {

Status Store::storeCardSlip(std::int64_t saleId, std::int64_t tenderNo,
                            const std::string &reference, const CardSlips &slips)
{
    const auto it = reference.empty() ? slips.end() : slips.find(reference);
    if (it == slips.end() || it->second.empty()) {
        return {};
    }
    // Terminals mask the card number themselves; one that does not must not put a full
    // number into the database (PCI DSS 3.3), so every line goes through the mask again.
    std::vector<std::string> lines = it->second;
    CardSlip::sanitize(lines);
    return runSql(*m_db,
                  "INSERT INTO sale_tender_slip (sale_id, tender_no, lines) VALUES (?, ?, ?)",
                  saleId, tenderNo, CardSlip::join(lines));
}

Result<std::vector<std::vector<std::string>>> Store::cardSlips(const std::string &receiptNumber)
{
    std::vector<std::vector<std::string>> out;
    const Status s = forEachRow(
        *m_db,
        "SELECT p.lines FROM sale s JOIN sale_tender_slip p ON p.sale_id = s.id "
        "WHERE s.receipt_number = ? ORDER BY p.tender_no",
        [&](Statement &row) { out.push_back(CardSlip::split(row.columnText(0))); }, receiptNumber);
    if (!s) {
        return s.error();
    }
    return out;
}

Status Store::recordPrinted(const PrintedJob &job)
{
    if (job.jobId.empty()) {
        return makeError("store.invalid_argument", "a printed job needs an id");
    }
    const std::optional<std::string> receipt
        = job.receiptNumber.empty() ? std::nullopt : std::optional<std::string>(job.receiptNumber);
    const TimePoint at
        = job.printedAt.time_since_epoch().count() != 0 ? job.printedAt : m_clock->now();
    return runSql(*m_db,
                  "INSERT INTO printed_job (job_id, kind, receipt_number, printed_utc_ns) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (job_id) DO NOTHING",
                  job.jobId, job.kind, receipt, nanosSinceEpoch(at));
}

Result<bool> Store::wasPrinted(const std::string &jobId)
{
    bool found = false;
    const Status s = forEachRow(
        *m_db, "SELECT 1 FROM printed_job WHERE job_id = ?", [&](Statement &) { found = true; },
        jobId);
    if (!s) {
        return s.error();
    }
    return found;
}

Result<std::int64_t> Store::copiesPrinted(const std::string &receiptNumber)
{
    std::int64_t copies = 0;
    const Status s = forEachRow(
        *m_db, "SELECT COUNT(*) FROM printed_job WHERE receipt_number = ? AND kind = 'copy'",
        [&](Statement &row) { copies = row.columnInt(0); }, receiptNumber);
    if (!s) {
        return s.error();
    }
    return copies;
}

} // namespace lane::core
