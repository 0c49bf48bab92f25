#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "core/auth/auditedauthorizer.h"
#include "core/base/result.h"
#include "core/store/store.h"

namespace lane::core {

/// Writes audit records as entries of the store's HMAC-chained journal, one commit each,
/// so an edited or removed record breaks `lanectl journal verify`.
class JournalAuditLog final : public AuditLog
{
public:
    explicit JournalAuditLog(Store &store)
        : m_store(&store)
    {}
    Status append(const AuditRecord &record) override;

private:
    Store *m_store;
};

/// One audit entry read back from the journal.
struct AuditEntry
{
    std::int64_t seq = 0;
    std::int64_t timestampNs = 0;
    std::string type;     // auth.granted, auth.refused, auth.override, auth.sign_on ...
    std::string user;     // acting user or requester ("" when the id keyed was not known)
    std::string approver; // overrides only
    std::string action;
    std::string decision;
    std::string reason;
    std::string code;    // error code of a refusal
    std::string payload; // the journaled canonical JSON
};

/// Which entries to list: business days from..to (YYYY-MM-DD, store time, inclusive) and
/// optionally one user, as actor, requester or approver.
struct AuditFilter
{
    std::string from;
    std::string to;
    std::string user;
};

/// Journal entries whose type starts with "auth.", oldest first. auth.bad_date for dates
/// that are not YYYY-MM-DD or a range that ends before it starts.
Result<std::vector<AuditEntry>> listAudit(Store &store, const AuditFilter &filter);

enum class AuditFormat { Text, Csv, Json };

/// text: aligned columns for people; csv: RFC 4180 with a header (cells that a spreadsheet
/// would run as a formula are prefixed with '); json: an array of objects with the payload.
void writeAudit(std::ostream &out, const std::vector<AuditEntry> &entries, AuditFormat format);

std::string isoUtc(std::int64_t ns);

} // namespace lane::core
