#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/result.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// Journal entry types; the payload says the rest.
namespace journal_type {
inline constexpr std::string_view kSale = "sale";
inline constexpr std::string_view kVoid = "void";
inline constexpr std::string_view kReturn = "return";
inline constexpr std::string_view kNoSale = "no_sale";
inline constexpr std::string_view kPriceOverride = "price_override";
inline constexpr std::string_view kZReport = "z_report";
inline constexpr std::string_view kSignOn = "sign_on";
inline constexpr std::string_view kInit = "init";
inline constexpr std::string_view kSuspend = "suspend";
inline constexpr std::string_view kResume = "resume";
inline constexpr std::string_view kTerminalEndOfDay = "terminal_end_of_day";
} // namespace journal_type

/// The per-device HMAC key. Created once at init with mode 0600; never logged or exported.
class JournalKey
{
public:
    static constexpr std::size_t kSize = 32;
    /// Creates a new random key file; fails if it exists.
    static Result<JournalKey> create(const std::string &path);
    static Result<JournalKey> load(const std::string &path);
    const std::string &bytes() const { return m_bytes; }

private:
    explicit JournalKey(std::string b)
        : m_bytes(std::move(b))
    {}
    std::string m_bytes;
};

/// One journal row.
struct JournalEntry
{
    std::int64_t seq = 0;
    std::string type;
    std::int64_t timestampNs = 0;
    std::string payload; // canonical JSON
    std::string hmac;    // 32 raw bytes
};

/// HMAC-SHA256(key, prevHmac || seq || type || timestamp || payload), integers as 8 bytes
/// big-endian and strings length-prefixed so no two inputs share an encoding.
std::string journalHmac(const JournalKey &key, std::string_view prevHmac, std::int64_t seq,
                        std::string_view type, std::int64_t timestampNs, std::string_view payload);

/// Appends one entry; must run inside the caller's transaction, which also holds the sale
/// rows, so the entry and the facts it records commit or vanish together. Updates the
/// device_state anchor row in the same transaction.
Result<JournalEntry> appendJournal(Database &db, const JournalKey &key, std::string_view type,
                                   std::int64_t timestampNs, std::string_view payload);

/// Writes the external anchor (latest seq and hmac) next to the database: one fixed-size,
/// checksummed record rewritten in place (a torn one reads as missing, never as another
/// head). Written after the commit without fsync: a crash may leave it one entry behind,
/// which verification accepts; it can never be ahead of a committed journal.
Status writeJournalAnchor(const std::string &path, std::int64_t seq, std::string_view hmac);

/// At start-up: moves an anchor that a crash left one entry behind (killed between a commit
/// and its anchor write) to the journal head, so that a second such crash cannot leave it two
/// behind, which verification rightly reads as replaced. Anything else is left as it is for
/// verification to report.
Status catchUpJournalAnchor(Database &db, const std::string &anchorPath);

/// The outcome of checking a whole journal.
struct JournalVerdict
{
    bool ok = true;
    std::int64_t entries = 0;
    std::int64_t brokenSeq = 0; // first bad entry (0 when the problem is the anchor)
    std::string brokenType;
    std::string problem; // what is wrong, for people
};

/// Recomputes the chain from seq 1, checks seq continuity, and compares the head with the
/// device_state row and with the anchor file (missing or behind by more than one entry,
/// or ahead of the journal, means entries were removed).
Result<JournalVerdict> verifyJournal(Database &db, const JournalKey &key,
                                     const std::string &anchorPath);

std::string toHex(std::string_view bytes);

} // namespace lane::core
