#include "core/store/audit.h"

#include <chrono>
#include <cstdio>
#include <ostream>

#include "core/store/salesexport.h"

namespace lane::core {
namespace {

std::int64_t dayStartUtcNs(const std::string &isoDate, int utcOffsetMinutes)
{
    using namespace std::chrono;
    const int y = std::stoi(isoDate.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(isoDate.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(isoDate.substr(8, 2)));
    const sys_days date{year{y} / month{m} / std::chrono::day{d}};
    const auto utc = time_point_cast<nanoseconds>(date) - minutes(utcOffsetMinutes);
    return utc.time_since_epoch().count();
}

std::string csvCell(const std::string &v)
{
    std::string s = v;
    // A cell starting with = + - @ (or a tab/CR) runs as a formula when the export is opened
    // in a spreadsheet; reasons are typed by users, so neutralise it.
    if (!s.empty()
        && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t'
            || s[0] == '\r'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string q = "\"";
    for (char c : s) {
        if (c == '"')
            q += '"';
        q += c;
    }
    return q + "\"";
}

std::string orDash(const std::string &s)
{
    return s.empty() ? "-" : s;
}

} // namespace

std::string isoUtc(std::int64_t ns)
{
    using namespace std::chrono;
    const TimePoint t{nanoseconds(ns)};
    const auto midnight = floor<days>(t);
    const year_month_day ymd{midnight};
    const hh_mm_ss hms{floor<seconds>(t - midnight)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buf;
}

Status JournalAuditLog::append(const AuditRecord &record)
{
    CanonicalJson payload;
    for (const auto &[k, v] : record.fields)
        payload.set(k, v);
    auto entry = m_store->recordEvent(record.type, payload);
    if (!entry)
        return entry.error();
    return {};
}

Result<std::vector<AuditEntry>> listAudit(Store &store, const AuditFilter &filter)
{
    if (!isIsoDate(filter.from) || !isIsoDate(filter.to))
        return makeError("auth.bad_date", "--from and --to need dates as YYYY-MM-DD");
    if (filter.from > filter.to)
        return makeError("auth.bad_date", "--from " + filter.from + " is after --to " + filter.to);
    const int offset = store.identity().utcOffsetMinutes;
    const std::int64_t begin = dayStartUtcNs(filter.from, offset);
    const std::int64_t end = dayStartUtcNs(filter.to, offset) + 86'400'000'000'000LL;
    auto st = store.database().prepare(
        "SELECT seq, timestamp_utc_ns, type, payload, "
        "coalesce(json_extract(payload, '$.user'), ''), "
        "coalesce(json_extract(payload, '$.approver'), ''), "
        "coalesce(json_extract(payload, '$.action'), ''), "
        "coalesce(json_extract(payload, '$.decision'), ''), "
        "coalesce(json_extract(payload, '$.reason'), ''), "
        "coalesce(json_extract(payload, '$.code'), '') "
        "FROM journal WHERE type LIKE 'auth.%' AND timestamp_utc_ns >= ? "
        "AND timestamp_utc_ns < ? AND (? = '' OR json_extract(payload, '$.user') = ? OR "
        "json_extract(payload, '$.approver') = ?) ORDER BY seq");
    if (!st)
        return st.error();
    if (auto s = (*st)->bindAll(begin, end, filter.user, filter.user, filter.user); !s)
        return s.error();
    std::vector<AuditEntry> out;
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        AuditEntry e;
        e.seq = (*st)->columnInt(0);
        e.timestampNs = (*st)->columnInt(1);
        e.type = (*st)->columnText(2);
        e.payload = (*st)->columnText(3);
        e.user = (*st)->columnText(4);
        e.approver = (*st)->columnText(5);
        e.action = (*st)->columnText(6);
        e.decision = (*st)->columnText(7);
        e.reason = (*st)->columnText(8);
        e.code = (*st)->columnText(9);
        out.push_back(std::move(e));
    }
}

void writeAudit(std::ostream &out, const std::vector<AuditEntry> &entries, AuditFormat format)
{
    switch (format) {
    case AuditFormat::Csv:
        out << "seq,time_utc,type,user,approver,action,decision,reason,code\r\n";
        for (const auto &e : entries) {
            out << e.seq << ',' << isoUtc(e.timestampNs) << ',' << csvCell(e.type) << ','
                << csvCell(e.user) << ',' << csvCell(e.approver) << ',' << csvCell(e.action) << ','
                << csvCell(e.decision) << ',' << csvCell(e.reason) << ',' << csvCell(e.code)
                << "\r\n";
        }
        return;
    case AuditFormat::Json:
        out << "[";
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const auto &e = entries[i];
            out << (i ? ",\n " : "\n ") << "{\"seq\":" << e.seq
                << ",\"time_utc\":" << jsonQuote(isoUtc(e.timestampNs))
                << ",\"type\":" << jsonQuote(e.type) << ",\"payload\":" << e.payload << "}";
        }
        out << (entries.empty() ? "]\n" : "\n]\n");
        return;
    case AuditFormat::Text:
        for (const auto &e : entries) {
            out << e.seq << "  " << isoUtc(e.timestampNs) << "  " << e.type << "  user "
                << orDash(e.user);
            if (!e.action.empty())
                out << "  " << e.action;
            if (!e.decision.empty())
                out << "  " << e.decision;
            if (!e.approver.empty())
                out << "  approver " << e.approver;
            if (!e.reason.empty())
                out << "  reason " << jsonQuote(e.reason); // escaped: no forged lines
            if (!e.code.empty())
                out << "  [" << e.code << "]";
            out << "\n";
        }
        return;
    }
}

} // namespace lane::core
