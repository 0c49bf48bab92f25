#pragma once

#include <optional>
#include <string_view>

#include "core/store/canonicaljson.h"
#include "core/store/journal.h"
#include "core/store/store.h"

namespace lane::core {

/// Journal entry types of cash control and the business day.
namespace journal_type {
inline constexpr std::string_view kShiftOpen = "shift.open";
inline constexpr std::string_view kCashIn = "cash.in";
inline constexpr std::string_view kCashOut = "cash.out";
inline constexpr std::string_view kShiftClose = "shift.close";
inline constexpr std::string_view kVarianceApproval = "variance.approval";
inline constexpr std::string_view kBusinessDayOpen = "business_day.open";
} // namespace journal_type

/// Appends entries to the store's journal inside a transaction that also holds the
/// report module's rows (shift, Z record...), so both commit or vanish together, then
/// moves the external anchor after the commit, as Store::recordEvent does.
class JournalWriter
{
public:
    static Result<JournalWriter> forStore(Store &store);
    /// Inside the caller's open transaction; the device id is added to the payload.
    Result<JournalEntry> append(std::string_view type, CanonicalJson payload);
    /// After a successful commit: writes the anchor for the last appended entry.
    void committed();

private:
    JournalWriter(Store &store, JournalKey key)
        : m_store(&store)
        , m_key(std::move(key))
    {}
    Store *m_store;
    JournalKey m_key;
    std::optional<JournalEntry> m_last;
};

} // namespace lane::core
