#include "core/sale/promotionsearch.h"

#include <algorithm>

namespace lane::core::promotionsearch {

// The instance of `promo` it would pick from what is left, taking its classes in the
// order of `variant` (0: best value first; 1, 2: ActivePromo::alt).
bool Solver::canonical(int promo, int variant, Instance &out)
{
    const ActivePromo &ap = promos()[static_cast<std::size_t>(promo)];
    const Promotion &p = *ap.promotion;
    out.promo = promo;
    out.saving = 0;
    out.takes.clear();
    auto takeDearest = [&](const std::vector<int> &from, std::int64_t want) {
        std::int64_t sum = 0;
        for (int c : from) {
            if (want == 0) {
                break;
            }
            auto &uc = classes()[static_cast<std::size_t>(c)];
            const std::int64_t n = std::min(uc.count, want);
            if (n > 0) {
                out.takes.push_back({c, n});
                uc.count -= n; // restored below
                want -= n;
                sum += n * uc.price;
            }
        }
        return std::pair{want == 0, sum};
    };
    switch (p.kind) {
    case Promotion::Kind::NForPrice:
    case Promotion::Kind::MixAndMatch: {
        auto [full, sum] = takeDearest(variant ? ap.alt[variant - 1] : ap.buy, p.quantity);
        out.saving = full ? sum - p.price.minor() : 0;
        break;
    }
    case Promotion::Kind::BuyXGetY: {
        if (!ap.separateGet) {
            auto [full, sum]
                = takeDearest(variant ? ap.alt[variant - 1] : ap.buy, p.quantity + p.getQuantity);
            (void)sum;
            if (full) {
                // The cheapest getQuantity units of the chosen ones are discounted.
                std::sort(out.takes.begin(), out.takes.end(), [&](const Take &x, const Take &y) {
                    return classes()[std::size_t(x.cls)].price
                           < classes()[std::size_t(y.cls)].price;
                });
                std::int64_t left = p.getQuantity;
                for (auto it = out.takes.begin(); it != out.takes.end() && left > 0; ++it) {
                    const std::int64_t n = std::min(it->units, left);
                    out.saving
                        += n * percentOf(classes()[std::size_t(it->cls)].price, p.basisPoints);
                    left -= n;
                }
            }
            break;
        }
        auto [gotGet, getSum] = takeDearest(ap.get, p.getQuantity);
        (void)getSum;
        if (gotGet) {
            for (const Take &t : out.takes) {
                out.saving
                    += t.units * percentOf(classes()[std::size_t(t.cls)].price, p.basisPoints);
            }
            // Buy units: the cheapest eligible ones, so dearer ones stay for others.
            std::int64_t want = p.quantity;
            for (auto it = ap.buy.rbegin(); it != ap.buy.rend() && want > 0; ++it) {
                auto &uc = classes()[static_cast<std::size_t>(*it)];
                const std::int64_t n = std::min(uc.count, want);
                if (n > 0) {
                    out.takes.push_back({*it, n});
                    uc.count -= n;
                    want -= n;
                }
            }
            if (want > 0) {
                out.saving = 0;
            }
        }
        break;
    }
    case Promotion::Kind::DepartmentPercent:
        break; // handled outside the search
    }
    out.gain = out.saving;
    for (const Take &t : out.takes) {
        auto &uc = classes()[static_cast<std::size_t>(t.cls)];
        uc.count += t.units;
        out.gain -= t.units * uc.dept;
    }
    return out.saving > 0 && out.gain > 0;
}

// The most promotion `promo` could take off one unit of class `cls` (an upper bound).
std::int64_t Solver::unitBound(int promo, int cls) const
{
    const ActivePromo &ap = promos()[static_cast<std::size_t>(promo)];
    const Promotion &p = *ap.promotion;
    const std::int64_t price = classes()[static_cast<std::size_t>(cls)].price;
    auto in = [cls](const std::vector<int> &v) {
        return std::find(v.begin(), v.end(), cls) != v.end();
    };
    auto ceilDiv = [](Int128 a, std::int64_t b) {
        return divideRounded(a, b, RoundingMode::Ceiling);
    };
    switch (p.kind) {
    case Promotion::Kind::NForPrice:
    case Promotion::Kind::MixAndMatch:
        // saving = sum(price_i) - P = sum(price_i - P/N)
        return in(ap.buy) ? std::max<std::int64_t>(
                   0, ceilDiv(Int128(p.quantity) * price - p.price.minor(), p.quantity))
                          : 0;
    case Promotion::Kind::BuyXGetY:
        if (!ap.separateGet) {
            // The discounted units are the cheapest of X+Y: at most Y/(X+Y) of the value,
            // plus one minor unit for rounding.
            return in(ap.buy) ? ceilDiv(Int128(price) * p.basisPoints * p.getQuantity,
                                        10000 * std::int64_t(p.quantity + p.getQuantity))
                                    + 1
                              : 0;
        }
        return in(ap.get) ? ceilDiv(Int128(price) * p.basisPoints, 10000) + 1 : 0;
    case Promotion::Kind::DepartmentPercent:
        return 0;
    }
    return 0;
}

// A table of remainders already searched, cleared in O(1) by a generation stamp. A
// remainder reached again with no more gain than before cannot lead anywhere new.
bool Solver::seenBetter(std::int64_t gained)
{
    if (!m_useSeen) {
        return false;
    }
    std::uint64_t h = 1469598103934665603ull;
    for (int c : m_memberClasses) {
        h ^= static_cast<std::uint64_t>(classes()[static_cast<std::size_t>(c)].count);
        h *= 1099511628211ull;
        h ^= h >> 29;
    }
    for (std::size_t probe = 0; probe < 8; ++probe) {
        Seen &e = m_seen[(h + probe) & (kSeenSize - 1)];
        if (e.generation != m_generation) {
            e = Seen{h, gained, m_generation};
            return false;
        }
        if (e.key == h) {
            if (e.gain >= gained) {
                return true;
            }
            e.gain = gained;
            return false;
        }
    }
    return false; // table crowded here: search again rather than guess
}

void Solver::search(std::int64_t gained, std::int64_t bound)
{
    // The greedy path (first child first) always runs to its end; the budget limits the
    // improvement search after it, so the answer is never worse than greedy.
    if (++m_nodes > m_budget && m_leafSeen) {
        flushBest();
        return;
    }
    if (gained > m_bestGain) {
        m_bestGain = gained;
        m_bestPending = true; // copied on the way out: a child usually improves on it
    }
    if (gained + bound <= m_bestGain || seenBetter(gained)) {
        m_leafSeen = true;
        flushBest();
        return; // nothing left here can beat the best found
    }
    const std::size_t depth = m_path.size();
    if (m_levels.size() <= depth) {
        m_levels.resize(depth + 1);
        m_orders.resize(depth + 1);
    }
    auto &level = m_levels[depth];
    auto &order = m_orders[depth];
    level.resize(3 * m_members.size());
    order.clear();
    for (std::size_t k = 0; k < m_members.size(); ++k) {
        const ActivePromo &ap = promos()[std::size_t(m_members[k])];
        for (int v = 0; v < 3; ++v) {
            if ((v == 0 || !ap.alt[v - 1].empty())
                && canonical(m_members[k], v, level[3 * k + std::size_t(v)])) {
                order.push_back(static_cast<int>(3 * k) + v);
            }
        }
    }
    if (order.empty()) {
        m_leafSeen = true;
        flushBest();
        return;
    }
    stableSortSmall(order.begin(), order.end(), [&](int a, int b) {
        return level[std::size_t(a)].gain > level[std::size_t(b)].gain;
    });
    for (std::size_t o = 0; o < order.size(); ++o) {
        const Instance &c = level[std::size_t(order[o])];
        std::int64_t used = 0;
        for (const Take &t : c.takes) {
            classes()[static_cast<std::size_t>(t.cls)].count -= t.units;
            used += t.units * m_classBound[static_cast<std::size_t>(t.cls)];
        }
        m_path.push_back(&c);
        search(gained + c.gain, bound - used);
        m_path.pop_back();
        for (const Take &t : c.takes) {
            classes()[static_cast<std::size_t>(t.cls)].count += t.units;
        }
        if (m_nodes > m_budget && m_leafSeen) {
            flushBest();
            return;
        }
    }
    flushBest();
}

const std::vector<Instance> &Solver::solve(const std::vector<int> &members, int nodeBudget)
{
    m_members = members;
    m_memberClasses.clear();
    m_classBound.assign(classes().size(), 0);
    for (int p : members) {
        const ActivePromo &ap = promos()[static_cast<std::size_t>(p)];
        for (const auto *list : {&ap.buy, &ap.get}) {
            for (int c : *list) {
                m_memberClasses.push_back(c);
                auto &b = m_classBound[static_cast<std::size_t>(c)];
                b = std::max(b, unitBound(p, c) - classes()[static_cast<std::size_t>(c)].dept);
            }
        }
    }
    std::sort(m_memberClasses.begin(), m_memberClasses.end());
    m_memberClasses.erase(std::unique(m_memberClasses.begin(), m_memberClasses.end()),
                          m_memberClasses.end());
    std::int64_t bound = 0;
    for (int c : m_memberClasses) {
        bound += classes()[static_cast<std::size_t>(c)].count
                 * m_classBound[static_cast<std::size_t>(c)];
    }
    // One promotion alone never reaches a state twice. Deciding by the group, not by
    // whether an earlier group allocated the table, keeps the answer (and the nodes
    // counted against the budget) a function of the group alone.
    m_useSeen = members.size() > 1;
    if (m_useSeen && m_seen.empty()) {
        m_seen.resize(kSeenSize);
    }
    ++m_generation;
    m_path.clear();
    m_best.clear();
    m_bestPending = false;
    m_bestGain = 0;
    m_nodes = 0;
    m_leafSeen = false;
    m_budget = std::max(nodeBudget, 1);
    search(0, bound);
    return m_best;
}

} // namespace lane::core::promotionsearch
