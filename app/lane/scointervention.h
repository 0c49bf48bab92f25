#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/base/result.h"

namespace lane::core {
class Store;
}

namespace lane::app {

/// Why a self-checkout needs an attendant (the intervention catalogue, docs/sco.md).
enum class InterventionType {
    AgeCheck,       // an age-restricted item waits for approval
    UnexpectedItem, // the bagging area gained weight nobody scanned
    ItemRemoved,    // weight left the bagging area
    NotBagged,      // a scanned item never reached the bagging area
    Help,           // the shopper pressed Help
    IdleTimeout,    // the shopper walked away; the basket was cancelled
};

/// The stable name of a type in telemetry and the journal ("unexpected_item").
const char *interventionName(InterventionType type);
/// Whether the bagging area's verdict raised it (cleared by re-weighing too).
bool isBaggingIntervention(InterventionType type);

/// One intervention of the current transaction.
struct Intervention
{
    std::int64_t id = 0;
    InterventionType type = InterventionType::Help;
    std::string reason;      // what happened ("3 g over ...", item name)
    std::string transaction; // the transaction id, empty on the attract screen
    core::TimePoint raisedAt{};
    bool open = true;
    std::string resolution;  // approved, refused, cleared, shopper_corrected, ...
    std::string attendantId; // who resolved it; empty when the shopper did
};

/// Where attendant actions and interventions are journaled: the store's HMAC-chained
/// journal in the lane, a list in unit tests.
class ScoJournal
{
public:
    virtual ~ScoJournal() = default;
    virtual core::Status record(const std::string &type,
                                const std::vector<std::pair<std::string, std::string>> &fields)
        = 0;
};

/// ScoJournal over the lane's store (journal types sco_intervention, sco_attendant).
class StoreScoJournal final : public ScoJournal
{
public:
    explicit StoreScoJournal(core::Store &store)
        : m_store(&store)
    {}
    core::Status record(const std::string &type,
                        const std::vector<std::pair<std::string, std::string>> &fields) override;

private:
    core::Store *m_store;
};

/// The interventions of one transaction: raised, counted, resolved; each one a telemetry
/// event and, once resolved, a journal entry naming the attendant.
class InterventionLog
{
public:
    void setEventSink(core::EventSink *events) { m_events = events; }
    void setJournal(ScoJournal *journal) { m_journal = journal; }

    /// Raises `type` unless one of that type is already open; returns its id.
    std::int64_t raise(InterventionType type, std::string reason, std::string transaction,
                       core::TimePoint now);
    /// Resolves the open intervention `id`; journaled. False when there is none.
    core::Status resolve(std::int64_t id, const std::string &resolution,
                         const std::string &attendantId, core::TimePoint now);
    /// Resolves every open intervention of `type`.
    void resolveAll(InterventionType type, const std::string &resolution,
                    const std::string &attendantId, core::TimePoint now);
    /// A new transaction: the count starts again (open ones stay open).
    void newTransaction();

    const std::vector<Intervention> &all() const { return m_items; }
    const Intervention *firstOpen() const;
    const Intervention *openOf(InterventionType type) const;
    bool anyOpen() const { return firstOpen() != nullptr; }
    /// Interventions raised in the current transaction.
    int count() const { return m_count; }

private:
    core::EventSink *m_events = nullptr;
    ScoJournal *m_journal = nullptr;
    std::vector<Intervention> m_items;
    std::int64_t m_nextId = 1;
    int m_count = 0;
};

} // namespace lane::app
