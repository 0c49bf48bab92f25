#pragma once

// Internal to the sale module: the search behind PromotionEngine (promotions.cpp).

#include <cstdint>
#include <deque>
#include <iterator>
#include <utility>
#include <vector>

#include "core/base/money.h"
#include "core/sale/promotions.h"

namespace lane::core::promotionsearch {

// A stable sort without the temporary buffer std::stable_sort allocates. The lists sorted
// in a reprice are short or nearly sorted, where insertion sort is also the fastest.
template<typename It, typename Less>
void stableSortSmall(It first, It last, Less less)
{
    if (first == last) {
        return;
    }
    for (It i = std::next(first); i != last; ++i) {
        auto v = std::move(*i);
        It j = i;
        for (; j != first && less(v, *std::prev(j)); --j) {
            *j = std::move(*std::prev(j));
        }
        *j = std::move(v);
    }
}

// Units of equal SKU, unit price and kind are interchangeable: the search counts them.
struct UnitClass
{
    std::int64_t price = 0; // minor units per unit (a weighed line is one unit)
    std::int64_t count = 0;
    bool counted = true;
    std::int64_t dept = 0; // best department-percent saving per unit (0: none)
    int deptPromo = -1;    // the promotion giving it (index into the active list)
    std::vector<std::pair<std::size_t, std::int64_t>> lines; // (line index, units)
};

struct Take
{
    int cls = 0;
    std::int64_t units = 0;
};

struct Instance
{
    int promo = 0; // index into the active list
    std::int64_t saving = 0;
    std::int64_t gain = 0; // saving minus the department savings of the units it takes
    std::vector<Take> takes;
};

struct ActivePromo
{
    const Promotion *promotion = nullptr;
    std::size_t index = 0; // in the engine's list
    std::vector<int> buy;  // eligible classes, dearest first
    std::vector<int> get;  // buy-x-get-y with a separate get list
    // Other orders of `buy` worth trying (empty when the same as `buy`): classes with no
    // department discount first (buy-x-get-y), classes fewer other promotions want first.
    std::vector<int> alt[2];
    bool separateGet = false;
};

// Department percentages have no threshold: every unit no other promotion takes gets the
// best one of its department. So the search only places the threshold promotions
// (n-for, mix-and-match, buy-x-get-y) and scores an instance by its gain over leaving
// its units to the department discount.
class Solver
{
public:
    void reset(std::vector<UnitClass> &classes, const std::vector<ActivePromo> &promos,
               RoundingMode rounding)
    {
        m_classesPtr = &classes;
        m_promosPtr = &promos;
        m_rounding = rounding;
    }

    // Best set of instances of the promotions `members` (indices into promos).
    const std::vector<Instance> &solve(const std::vector<int> &members, int nodeBudget);

private:
    static constexpr std::size_t kSeenSize = 2048; // power of two
    struct Seen
    {
        std::uint64_t key = 0;
        std::int64_t gain = 0;
        std::uint32_t generation = 0;
    };

    bool canonical(int promo, int variant, Instance &out);
    std::int64_t unitBound(int promo, int cls) const;
    std::int64_t percentOf(std::int64_t price, std::int64_t bp) const
    {
        return divideRounded(static_cast<Int128>(price) * bp, 10000, m_rounding);
    }
    void search(std::int64_t gained, std::int64_t bound);
    void flushBest()
    {
        if (m_bestPending) {
            m_bestPending = false;
            m_best.resize(m_path.size());
            for (std::size_t k = 0; k < m_path.size(); ++k) {
                m_best[k].promo = m_path[k]->promo;
                m_best[k].saving = m_path[k]->saving;
                m_best[k].gain = m_path[k]->gain;
                m_best[k].takes = m_path[k]->takes;
            }
        }
    }
    bool seenBetter(std::int64_t gained);
    std::vector<UnitClass> &classes() const { return *m_classesPtr; }
    const std::vector<ActivePromo> &promos() const { return *m_promosPtr; }

    std::vector<UnitClass> *m_classesPtr = nullptr;
    const std::vector<ActivePromo> *m_promosPtr = nullptr;
    RoundingMode m_rounding = RoundingMode::HalfUp;
    std::vector<int> m_members;
    std::vector<int> m_memberClasses;
    std::vector<std::int64_t> m_classBound;
    std::vector<Seen> m_seen;
    std::uint32_t m_generation = 0;
    bool m_useSeen = false; // only for groups of several promotions, see solve()
    // Candidates and their order per depth, reused; a deque keeps references to the
    // shallower levels valid while deeper ones are added.
    std::deque<std::vector<Instance>> m_levels;
    std::deque<std::vector<int>> m_orders;
    std::vector<const Instance *> m_path;
    std::vector<Instance> m_best;
    std::int64_t m_bestGain = 0;
    int m_nodes = 0;
    int m_budget = 0;
    bool m_leafSeen = false;
    bool m_bestPending = false;
};

} // namespace lane::core::promotionsearch
