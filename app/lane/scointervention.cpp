#include "app/lane/scointervention.h"

#include <algorithm>

#include "core/store/canonicaljson.h"
#include "core/store/store.h"

namespace lane::app {

const char *interventionName(InterventionType type)
{
    switch (type) {
    case InterventionType::AgeCheck:
        return "age_check";
    case InterventionType::UnexpectedItem:
        return "unexpected_item";
    case InterventionType::ItemRemoved:
        return "item_removed";
    case InterventionType::NotBagged:
        return "not_bagged";
    case InterventionType::Help:
        return "help";
    case InterventionType::IdleTimeout:
        return "idle_timeout";
    }
    return "unknown";
}

bool isBaggingIntervention(InterventionType type)
{
    return type == InterventionType::UnexpectedItem || type == InterventionType::ItemRemoved
           || type == InterventionType::NotBagged;
}

core::Status StoreScoJournal::record(const std::string &type,
                                     const std::vector<std::pair<std::string, std::string>> &fields)
{
    core::CanonicalJson payload;
    for (const auto &[key, value] : fields) {
        payload.set(key, value);
    }
    const auto entry = m_store->recordEvent(type, payload);
    if (!entry.ok()) {
        return entry.error();
    }
    return {};
}

namespace {
std::int64_t millis(core::TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}
} // namespace

std::int64_t InterventionLog::raise(InterventionType type, std::string reason,
                                    std::string transaction, core::TimePoint now)
{
    if (const auto *open = openOf(type)) {
        return open->id;
    }
    Intervention item;
    item.id = m_nextId++;
    item.type = type;
    item.reason = std::move(reason);
    item.transaction = std::move(transaction);
    item.raisedAt = now;
    ++m_count;
    if (m_events) {
        // Head office counts these per lane and hour; the reason never holds personal data.
        m_events->emit(core::Severity::Warn, "sco.intervention", "self-checkout needs an attendant",
                       {{"type", std::string(interventionName(type))},
                        {"reason", item.reason},
                        {"transaction", item.transaction},
                        {"count", std::int64_t(m_count)}});
    }
    m_items.push_back(std::move(item));
    return m_items.back().id;
}

core::Status InterventionLog::resolve(std::int64_t id, const std::string &resolution,
                                      const std::string &attendantId, core::TimePoint now)
{
    auto it = std::find_if(m_items.begin(), m_items.end(),
                           [id](const Intervention &i) { return i.id == id && i.open; });
    if (it == m_items.end()) {
        return core::makeError("sco.no_intervention", "no open intervention " + std::to_string(id));
    }
    it->open = false;
    it->resolution = resolution;
    it->attendantId = attendantId;
    const auto waited = millis(now) - millis(it->raisedAt);
    if (m_events) {
        m_events->emit(core::Severity::Info, "sco.intervention.resolved",
                       "self-checkout intervention resolved",
                       {{"type", std::string(interventionName(it->type))},
                        {"resolution", resolution},
                        {"attendant", attendantId},
                        {"transaction", it->transaction},
                        {"waited_ms", waited}});
    }
    if (m_journal) {
        return m_journal->record("sco_intervention", {{"type", interventionName(it->type)},
                                                      {"reason", it->reason},
                                                      {"transaction", it->transaction},
                                                      {"resolution", resolution},
                                                      {"attendant", attendantId},
                                                      {"count", std::to_string(m_count)},
                                                      {"waited_ms", std::to_string(waited)}});
    }
    return {};
}

void InterventionLog::resolveAll(InterventionType type, const std::string &resolution,
                                 const std::string &attendantId, core::TimePoint now)
{
    while (const auto *open = openOf(type)) {
        (void)resolve(open->id, resolution, attendantId, now);
    }
}

void InterventionLog::newTransaction()
{
    // Resolved ones of the previous customer are of no use on screen; open ones carry over.
    std::erase_if(m_items, [](const Intervention &i) { return !i.open; });
    m_count = int(m_items.size());
}

const Intervention *InterventionLog::firstOpen() const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [](const Intervention &i) { return i.open; });
    return it == m_items.end() ? nullptr : &*it;
}

const Intervention *InterventionLog::openOf(InterventionType type) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [type](const Intervention &i) {
        return i.open && i.type == type;
    });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace lane::app
