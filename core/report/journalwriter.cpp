#include "core/report/journalwriter.h"

#include <spdlog/spdlog.h>

#include "core/base/clock.h"

namespace lane::core {

Result<JournalWriter> JournalWriter::forStore(Store &store)
{
    auto key = JournalKey::load(store.identity().keyPath);
    if (!key) {
        return key.error();
    }
    return JournalWriter(store, std::move(*key));
}

Result<JournalEntry> JournalWriter::append(std::string_view type, CanonicalJson payload)
{
    payload.set("device", m_store->identity().deviceId());
    auto entry = appendJournal(m_store->database(), m_key, type,
                               nanosSinceEpoch(m_store->clock().now()), payload.str());
    if (entry) {
        m_last = *entry;
    }
    return entry;
}

void JournalWriter::committed()
{
    if (!m_last) {
        return;
    }
    // The commit is durable; a failing anchor write is reported, verification tolerates
    // an anchor one entry behind.
    if (auto s = writeJournalAnchor(m_store->identity().anchorPath, m_last->seq, m_last->hmac);
        !s) {
        spdlog::error("journal anchor not updated: {}: {}", s.error().code, s.error().message);
    }
    m_last.reset();
}

} // namespace lane::core
