#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/config/laneconfig.h"

namespace lane::app {

/// What the bagging area says after a stable reading or a tick.
enum class BaggingVerdict {
    Ok,             // the weight matches what was scanned (or nothing changed)
    Waiting,        // an item was scanned and is not on the scale yet
    UnexpectedItem, // more (or other) weight than scanned
    ItemRemoved,    // weight left the bagging area
    NotBagged,      // a scanned item never arrived within the timeout
};

/// What one item weighs, learned from the bagging scale: every accepted reading of a single
/// unit widens the spread the next reading is checked against.
struct LearnedWeight
{
    std::int64_t count = 0;
    std::int64_t sumGrams = 0;
    std::int64_t minGrams = 0;
    std::int64_t maxGrams = 0;

    std::int64_t meanGrams() const { return count > 0 ? sumGrams / count : 0; }
    /// "count,sum,min,max", as the store keeps it.
    std::string encode() const;
    static std::optional<LearnedWeight> decode(const std::string &text);
};

/// Loss prevention on the bagging-area scale: after each scan the weight change is checked
/// against the item's learned weight within a tolerance; a mismatch is a verdict the
/// self-checkout turns into an intervention. Pure logic on grams and time, so the rules
/// are tested without a scale.
class ScoBagging
{
public:
    explicit ScoBagging(core::ScoSettings settings = {});

    /// Called with every newly learned weight so it survives a restart.
    void setLearnedSink(std::function<void(const std::string &, const LearnedWeight &)> sink)
    {
        m_sink = std::move(sink);
    }
    void setLearned(const std::string &sku, LearnedWeight weight) { m_learned[sku] = weight; }
    std::optional<LearnedWeight> learned(const std::string &sku) const;

    /// A new transaction: whatever stands on the scale now is the baseline.
    void reset(std::int64_t grams);
    /// `units` of `sku` were scanned; `exactGrams` is the sold weight of a weighed item.
    void expect(const std::string &sku, std::int64_t units, std::optional<std::int64_t> exactGrams,
                core::TimePoint now);
    /// `units` of `sku` were voided: their weight may leave the bagging area.
    void expectRemoval(const std::string &sku, std::int64_t units);
    /// A stable reading of the bagging scale.
    BaggingVerdict weigh(std::int64_t grams, core::TimePoint now);
    /// Time passes: a scanned item that has not arrived is "not bagged" after the timeout.
    BaggingVerdict tick(core::TimePoint now) const;
    /// The shopper keeps the item out of the bagging area; refused over the limits.
    core::Status skip();
    /// An attendant cleared the alarm: the current weight is right.
    void accept(std::int64_t grams);

    bool pending() const { return !m_pending.empty(); }
    int skipsLeft() const { return m_settings.skipBaggingPerTransaction - m_skips; }
    std::int64_t baselineGrams() const { return m_baseline; }
    /// The tolerance one unit of `sku` is checked with (grams).
    std::int64_t toleranceFor(const std::string &sku, std::int64_t expectedGrams) const;

private:
    struct Pending
    {
        std::string sku;
        std::int64_t units = 0;
        std::optional<std::int64_t> exactGrams; // weighed items
        bool removal = false;
    };
    void learn(const Pending &pending, std::int64_t grams);

    core::ScoSettings m_settings;
    std::map<std::string, LearnedWeight> m_learned;
    std::function<void(const std::string &, const LearnedWeight &)> m_sink;
    std::vector<Pending> m_pending;
    core::TimePoint m_pendingSince{};
    std::int64_t m_baseline = 0;
    int m_skips = 0;
};

} // namespace lane::app
