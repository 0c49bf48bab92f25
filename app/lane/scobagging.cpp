#include "app/lane/scobagging.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace lane::app {

std::string LearnedWeight::encode() const
{
    return std::to_string(count) + "," + std::to_string(sumGrams) + "," + std::to_string(minGrams)
           + "," + std::to_string(maxGrams);
}

std::optional<LearnedWeight> LearnedWeight::decode(const std::string &text)
{
    std::int64_t values[4] = {};
    const char *p = text.data();
    const char *end = text.data() + text.size();
    for (int i = 0; i < 4; ++i) {
        const auto [next, ec] = std::from_chars(p, end, values[i]);
        if (ec != std::errc() || (i < 3 && (next == end || *next != ','))
            || (i == 3 && next != end)) {
            return std::nullopt;
        }
        p = next + 1;
    }
    LearnedWeight w{values[0], values[1], values[2], values[3]};
    if (w.count <= 0 || w.minGrams <= 0 || w.minGrams > w.maxGrams) {
        return std::nullopt;
    }
    return w;
}

ScoBagging::ScoBagging(core::ScoSettings settings)
    : m_settings(std::move(settings))
{}

std::optional<LearnedWeight> ScoBagging::learned(const std::string &sku) const
{
    const auto it = m_learned.find(sku);
    return it == m_learned.end() ? std::nullopt : std::optional(it->second);
}

void ScoBagging::reset(std::int64_t grams)
{
    m_pending.clear();
    m_baseline = grams;
    m_skips = 0;
}

std::int64_t ScoBagging::toleranceFor(const std::string &sku, std::int64_t expectedGrams) const
{
    std::int64_t tolerance
        = std::max(m_settings.toleranceGrams, expectedGrams * m_settings.tolerancePercent / 100);
    if (const auto w = learned(sku)) {
        tolerance = std::max(tolerance, w->maxGrams - w->minGrams);
    }
    return tolerance;
}

void ScoBagging::expect(const std::string &sku, std::int64_t units,
                        std::optional<std::int64_t> exactGrams, core::TimePoint now)
{
    if (std::none_of(m_pending.begin(), m_pending.end(),
                     [](const Pending &p) { return !p.removal; })) {
        m_pendingSince = now; // the timeout runs from the first item not yet bagged
    }
    m_pending.push_back(Pending{sku, std::max<std::int64_t>(units, 1), exactGrams, false});
}

void ScoBagging::expectRemoval(const std::string &sku, std::int64_t units)
{
    // A voided item that was never bagged has nothing to take out.
    for (auto it = m_pending.rbegin(); it != m_pending.rend(); ++it) {
        if (!it->removal && it->sku == sku) {
            m_pending.erase(std::next(it).base());
            return;
        }
    }
    m_pending.push_back(Pending{sku, std::max<std::int64_t>(units, 1), std::nullopt, true});
}

BaggingVerdict ScoBagging::weigh(std::int64_t grams, core::TimePoint now)
{
    const std::int64_t delta = grams - m_baseline;
    const std::int64_t noise = m_settings.toleranceGrams;
    std::int64_t low = 0;
    std::int64_t high = 0;
    int additions = 0;
    bool removals = false;
    for (const auto &p : m_pending) {
        const auto mean = p.exactGrams     ? *p.exactGrams
                          : learned(p.sku) ? learned(p.sku)->meanGrams() * p.units
                                           : std::int64_t(0);
        const bool known = p.exactGrams || learned(p.sku);
        if (p.removal) {
            removals = true;
            low -= known ? mean + toleranceFor(p.sku, mean) * p.units
                         : m_settings.unknownItemMaxGrams * p.units;
            high -= known ? std::max<std::int64_t>(mean - toleranceFor(p.sku, mean) * p.units, 0)
                          : 0;
            continue;
        }
        ++additions;
        if (known) {
            const auto tolerance = p.exactGrams ? toleranceFor({}, mean)
                                                : toleranceFor(p.sku, mean / p.units) * p.units;
            low += mean - tolerance;
            high += mean + tolerance;
        } else {
            low += noise; // something arrived
            high += m_settings.unknownItemMaxGrams * p.units;
        }
    }
    if (additions == 0) {
        if (removals && delta < -noise && delta >= low - noise) {
            m_pending.clear();
            m_baseline = grams;
            return BaggingVerdict::Ok;
        }
        if (std::abs(delta) <= noise) {
            return BaggingVerdict::Ok; // nothing moved (a removal may still come)
        }
        return delta > 0 ? BaggingVerdict::UnexpectedItem : BaggingVerdict::ItemRemoved;
    }
    if (delta >= low && delta <= high) {
        if (additions == 1 && !removals) {
            learn(m_pending.front(), delta);
        }
        m_pending.clear();
        m_baseline = grams;
        return BaggingVerdict::Ok;
    }
    if (std::abs(delta) <= noise) {
        return tick(now);
    }
    return delta < 0 ? BaggingVerdict::ItemRemoved : BaggingVerdict::UnexpectedItem;
}

BaggingVerdict ScoBagging::tick(core::TimePoint now) const
{
    const bool waiting = std::any_of(m_pending.begin(), m_pending.end(),
                                     [](const Pending &p) { return !p.removal; });
    if (!waiting) {
        return BaggingVerdict::Ok;
    }
    if (now - m_pendingSince >= std::chrono::seconds(m_settings.baggingTimeoutSeconds)) {
        return BaggingVerdict::NotBagged;
    }
    return BaggingVerdict::Waiting;
}

core::Status ScoBagging::skip()
{
    auto last = std::find_if(m_pending.rbegin(), m_pending.rend(),
                             [](const Pending &p) { return !p.removal; });
    if (last == m_pending.rend()) {
        return core::makeError("sco.nothing_to_skip", "no item is waiting for the bagging area");
    }
    if (m_skips >= m_settings.skipBaggingPerTransaction) {
        return core::makeError("sco.skip_limit", "skip bagging was used as often as allowed");
    }
    const auto grams = last->exactGrams     ? *last->exactGrams
                       : learned(last->sku) ? learned(last->sku)->meanGrams() * last->units
                                            : std::int64_t(0);
    if (grams > m_settings.skipBaggingMaxGrams) {
        return core::makeError("sco.skip_too_heavy", "this item is too heavy to skip bagging");
    }
    m_pending.erase(std::next(last).base());
    ++m_skips;
    return {};
}

void ScoBagging::accept(std::int64_t grams)
{
    m_pending.clear();
    m_baseline = grams;
}

void ScoBagging::learn(const Pending &pending, std::int64_t grams)
{
    if (pending.exactGrams || pending.units <= 0 || grams <= 0) {
        return; // weighed items are checked against the sale weight, not learned
    }
    const std::int64_t unit = grams / pending.units;
    LearnedWeight &w = m_learned[pending.sku];
    w.minGrams = w.count == 0 ? unit : std::min(w.minGrams, unit);
    w.maxGrams = w.count == 0 ? unit : std::max(w.maxGrams, unit);
    ++w.count;
    w.sumGrams += unit;
    if (m_sink) {
        m_sink(pending.sku, w);
    }
}

} // namespace lane::app
