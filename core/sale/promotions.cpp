#include "core/sale/promotions.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace lane::core {

bool TimeWindow::contains(TimePoint utc, std::chrono::minutes utcOffset) const
{
    if ((start && utc < *start) || (end && utc >= *end)) {
        return false;
    }
    using namespace std::chrono;
    const auto local = utc + utcOffset;
    const auto day = floor<days>(local);
    const unsigned dow = weekday(day).iso_encoding() - 1; // Monday 0 ... Sunday 6
    if ((daysOfWeek & (1u << dow)) == 0) {
        return false;
    }
    const int minute = static_cast<int>(floor<minutes>(local - day).count());
    if (fromMinute <= toMinute) {
        return minute >= fromMinute && minute < toMinute;
    }
    return minute >= fromMinute || minute < toMinute; // spans midnight
}

bool Promotion::activeAt(TimePoint utc, std::chrono::minutes utcOffset) const
{
    if (windows.empty()) {
        return true;
    }
    return std::any_of(windows.begin(), windows.end(),
                       [&](const TimeWindow &w) { return w.contains(utc, utcOffset); });
}

PromotionEngine::PromotionEngine(std::vector<Promotion> promotions)
    : m_promotions(std::move(promotions))
{
    for (std::size_t i = 0; i < m_promotions.size(); ++i) {
        for (const auto &s : m_promotions[i].skus) {
            m_bySku.push_back({s, {i, 1}});
        }
        for (const auto &s : m_promotions[i].getSkus) {
            m_bySku.push_back({s, {i, 2}});
        }
    }
    std::sort(m_bySku.begin(), m_bySku.end());
}

namespace {

// Units of equal SKU, unit price and kind are interchangeable: the search counts them.
struct UnitClass
{
    std::int64_t price = 0; // minor units per unit (a weighed line is one unit)
    std::int64_t count = 0;
    bool counted = true;
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
    std::vector<Take> takes;
};

struct ActivePromo
{
    const Promotion *promotion = nullptr;
    std::size_t index = 0; // in the engine's list
    std::vector<int> buy;  // eligible classes, dearest first
    std::vector<int> get;  // buy-x-get-y with a separate get list
    bool separateGet = false;
};

class Solver
{
public:
    Solver(std::vector<UnitClass> &classes, const std::vector<ActivePromo> &promos,
           RoundingMode rounding)
        : m_classes(classes)
        , m_promos(promos)
        , m_rounding(rounding)
    {}

    // Best set of instances of the promotions `members` (indices into promos).
    std::vector<Instance> solve(const std::vector<int> &members, int nodeBudget);

private:
    bool canonical(int promo, Instance &out);
    std::int64_t unitBound(int promo, int cls) const;
    std::int64_t percentOf(std::int64_t price, std::int64_t bp) const
    {
        return divideRounded(static_cast<Int128>(price) * bp, 10000, m_rounding);
    }
    void search(std::int64_t saved, std::int64_t bound);
    std::uint64_t stateHash() const;

    std::vector<UnitClass> &m_classes;
    const std::vector<ActivePromo> &m_promos;
    RoundingMode m_rounding;
    std::vector<int> m_members;
    std::vector<int> m_memberClasses;
    std::vector<std::int64_t> m_classBound;
    std::unordered_map<std::uint64_t, std::int64_t> m_seen;
    std::vector<Instance> m_path;
    std::vector<Instance> m_best;
    std::int64_t m_bestSaving = 0;
    int m_nodes = 0;
    int m_budget = 0;
    bool m_leafSeen = false;
};

bool Solver::canonical(int promo, Instance &out)
{
    const ActivePromo &ap = m_promos[static_cast<std::size_t>(promo)];
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
            auto &uc = m_classes[static_cast<std::size_t>(c)];
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
    auto restore = [&] {
        for (const Take &t : out.takes) {
            m_classes[static_cast<std::size_t>(t.cls)].count += t.units;
        }
    };
    switch (p.kind) {
    case Promotion::Kind::NForPrice:
    case Promotion::Kind::MixAndMatch: {
        auto [full, sum] = takeDearest(ap.buy, p.quantity);
        out.saving = full ? sum - p.price.minor() : 0;
        break;
    }
    case Promotion::Kind::BuyXGetY: {
        if (!ap.separateGet) {
            auto [full, sum] = takeDearest(ap.buy, p.quantity + p.getQuantity);
            if (full) {
                // The cheapest getQuantity units of the chosen ones are discounted.
                std::int64_t left = p.getQuantity;
                for (auto it = out.takes.rbegin(); it != out.takes.rend() && left > 0; ++it) {
                    const std::int64_t n = std::min(it->units, left);
                    out.saving
                        += n * percentOf(m_classes[std::size_t(it->cls)].price, p.basisPoints);
                    left -= n;
                }
            }
            (void)sum;
            break;
        }
        auto [gotGet, getSum] = takeDearest(ap.get, p.getQuantity);
        (void)getSum;
        if (gotGet) {
            for (const Take &t : out.takes) {
                out.saving
                    += t.units * percentOf(m_classes[std::size_t(t.cls)].price, p.basisPoints);
            }
            // Buy units: the cheapest eligible ones, so dearer ones stay for others.
            std::int64_t want = p.quantity;
            for (auto it = ap.buy.rbegin(); it != ap.buy.rend() && want > 0; ++it) {
                auto &uc = m_classes[static_cast<std::size_t>(*it)];
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
        for (int c : ap.buy) {
            auto &uc = m_classes[static_cast<std::size_t>(c)];
            if (uc.count > 0) {
                out.takes.push_back({c, uc.count});
                out.saving = uc.count * percentOf(uc.price, p.basisPoints);
                uc.count = 0;
                break;
            }
        }
        break;
    }
    restore();
    return out.saving > 0;
}

// The most promotion `promo` could take off one unit of class `cls` (an upper bound).
std::int64_t Solver::unitBound(int promo, int cls) const
{
    const ActivePromo &ap = m_promos[static_cast<std::size_t>(promo)];
    const Promotion &p = *ap.promotion;
    const std::int64_t price = m_classes[static_cast<std::size_t>(cls)].price;
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
        return in(ap.buy) ? ceilDiv(Int128(price) * p.basisPoints, 10000) + 1 : 0;
    }
    return 0;
}

std::uint64_t Solver::stateHash() const
{
    std::uint64_t h = 1469598103934665603ull;
    for (int c : m_memberClasses) {
        h ^= static_cast<std::uint64_t>(m_classes[static_cast<std::size_t>(c)].count);
        h *= 1099511628211ull;
        h ^= h >> 29;
    }
    return h;
}

void Solver::search(std::int64_t saved, std::int64_t bound)
{
    // The greedy path (first child first) always runs to its end; the budget limits the
    // improvement search after it, so the answer is never worse than greedy.
    if (++m_nodes > m_budget && m_leafSeen) {
        return;
    }
    if (saved > m_bestSaving) {
        m_bestSaving = saved;
        m_best = m_path;
    }
    if (saved + bound <= m_bestSaving) {
        m_leafSeen = true;
        return; // nothing left here can beat the best found
    }
    auto [it, fresh] = m_seen.try_emplace(stateHash(), saved);
    if (!fresh) {
        if (it->second >= saved) {
            m_leafSeen = true;
            return; // same remainder reached before with at least this saving
        }
        it->second = saved;
    }
    std::vector<Instance> candidates;
    Instance inst;
    for (int p : m_members) {
        if (canonical(p, inst)) {
            candidates.push_back(inst);
        }
    }
    if (candidates.empty()) {
        m_leafSeen = true;
        return;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Instance &a, const Instance &b) { return a.saving > b.saving; });
    for (const Instance &c : candidates) {
        std::int64_t used = 0;
        for (const Take &t : c.takes) {
            m_classes[static_cast<std::size_t>(t.cls)].count -= t.units;
            used += t.units * m_classBound[static_cast<std::size_t>(t.cls)];
        }
        m_path.push_back(c);
        search(saved + c.saving, bound - used);
        m_path.pop_back();
        for (const Take &t : c.takes) {
            m_classes[static_cast<std::size_t>(t.cls)].count += t.units;
        }
        if (m_nodes > m_budget && m_leafSeen) {
            return;
        }
    }
}

std::vector<Instance> Solver::solve(const std::vector<int> &members, int nodeBudget)
{
    m_members = members;
    m_memberClasses.clear();
    m_classBound.assign(m_classes.size(), 0);
    for (int p : members) {
        const ActivePromo &ap = m_promos[static_cast<std::size_t>(p)];
        for (const auto *list : {&ap.buy, &ap.get}) {
            for (int c : *list) {
                m_memberClasses.push_back(c);
                m_classBound[static_cast<std::size_t>(c)]
                    = std::max(m_classBound[static_cast<std::size_t>(c)], unitBound(p, c));
            }
        }
    }
    std::sort(m_memberClasses.begin(), m_memberClasses.end());
    m_memberClasses.erase(std::unique(m_memberClasses.begin(), m_memberClasses.end()),
                          m_memberClasses.end());
    std::int64_t bound = 0;
    for (int c : m_memberClasses) {
        bound += m_classes[static_cast<std::size_t>(c)].count
                 * m_classBound[static_cast<std::size_t>(c)];
    }
    m_seen.clear();
    m_path.clear();
    m_best.clear();
    m_bestSaving = 0;
    m_nodes = 0;
    m_leafSeen = false;
    m_budget = std::max(nodeBudget, 1);
    search(0, bound);
    return m_best;
}

} // namespace

std::vector<PromotionApplication> PromotionEngine::apply(const std::vector<BasketLine> &lines,
                                                         const SaleConfig &config,
                                                         TimePoint now) const
{
    std::vector<PromotionApplication> result;
    // Which lines may take a promotion, grouped into classes of interchangeable units.
    std::vector<std::size_t> eligible;
    std::vector<std::int64_t> unitPrice(lines.size(), 0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const BasketLine &l = lines[i];
        if (!l.active() || l.kind != LineKind::Sale || !l.item.discountable || l.priceOverride
            || l.discount || l.quantityMilli <= 0) {
            continue;
        }
        if (l.fixedAmount) {
            unitPrice[i] = l.fixedAmount->minor();
        } else if (l.item.weighed) {
            unitPrice[i]
                = l.unitPrice.timesMilli(l.quantityMilli, config.priceRoundingMode).minor();
        } else {
            unitPrice[i] = l.unitPrice.minor();
        }
        if (unitPrice[i] > 0) {
            eligible.push_back(i);
        }
    }
    if (eligible.empty() || m_promotions.empty()) {
        return result;
    }
    auto counted = [&](std::size_t i) {
        return !lines[i].fixedAmount && !lines[i].item.weighed;
    };
    std::sort(eligible.begin(), eligible.end(), [&](std::size_t a, std::size_t b) {
        if (unitPrice[a] != unitPrice[b]) {
            return unitPrice[a] > unitPrice[b];
        }
        if (int c = lines[a].item.sku.compare(lines[b].item.sku); c != 0) {
            return c < 0;
        }
        if (counted(a) != counted(b)) {
            return counted(a);
        }
        return a < b;
    });
    std::vector<UnitClass> classes;
    std::vector<std::size_t> classFirstLine;
    for (std::size_t i : eligible) {
        const BasketLine &l = lines[i];
        if (classes.empty() || classes.back().price != unitPrice[i]
            || lines[classFirstLine.back()].item.sku != l.item.sku
            || classes.back().counted != counted(i)) {
            classes.push_back({unitPrice[i], 0, counted(i), {}});
            classFirstLine.push_back(i);
        }
        classes.back().count += l.units();
        classes.back().lines.push_back({i, l.units()});
    }

    // Active promotions and the classes each may use.
    std::vector<ActivePromo> active;
    std::vector<int> activeOf(m_promotions.size(), -1);
    for (std::size_t p = 0; p < m_promotions.size(); ++p) {
        const Promotion &pr = m_promotions[p];
        const bool sane = pr.kind == Promotion::Kind::DepartmentPercent
                              ? pr.basisPoints > 0 && !pr.department.empty()
                              : pr.quantity > 0
                                    && (pr.kind != Promotion::Kind::BuyXGetY
                                        || (pr.getQuantity > 0 && pr.basisPoints > 0));
        if (sane && pr.activeAt(now, config.utcOffset)) {
            activeOf[p] = static_cast<int>(active.size());
            active.push_back({&pr, p, {}, {}, !pr.getSkus.empty()});
        }
    }
    if (active.empty()) {
        return result;
    }
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const BasketLine &l = lines[classFirstLine[c]];
        if (classes[c].counted) {
            auto range = std::equal_range(
                m_bySku.begin(), m_bySku.end(), l.item.sku, [](const auto &a, const auto &b) {
                    if constexpr (std::is_same_v<std::decay_t<decltype(a)>, std::string>) {
                        return a < b.first;
                    } else {
                        return a.first < b;
                    }
                });
            for (auto it = range.first; it != range.second; ++it) {
                const int a = activeOf[it->second.first];
                if (a < 0
                    || active[std::size_t(a)].promotion->kind
                           == Promotion::Kind::DepartmentPercent) {
                    continue;
                }
                auto &list = it->second.second == 1 ? active[std::size_t(a)].buy
                                                    : active[std::size_t(a)].get;
                if (list.empty() || list.back() != int(c)) {
                    list.push_back(static_cast<int>(c));
                }
            }
        }
        for (auto &ap : active) {
            if (ap.promotion->kind == Promotion::Kind::DepartmentPercent
                && ap.promotion->department == l.item.department) {
                ap.buy.push_back(static_cast<int>(c));
            }
        }
    }

    // Promotions sharing a class interact; the others are solved apart.
    std::vector<int> parent(active.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[std::size_t(x)] != x) {
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        }
        return x;
    };
    std::vector<int> ownerOfClass(classes.size(), -1);
    for (std::size_t a = 0; a < active.size(); ++a) {
        for (const auto *list : {&active[a].buy, &active[a].get}) {
            for (int c : *list) {
                int &o = ownerOfClass[std::size_t(c)];
                if (o < 0) {
                    o = static_cast<int>(a);
                } else {
                    parent[std::size_t(find(static_cast<int>(a)))] = find(o);
                }
            }
        }
    }
    std::vector<std::vector<int>> groups(active.size());
    for (std::size_t a = 0; a < active.size(); ++a) {
        if (!active[a].buy.empty() || !active[a].get.empty()) {
            groups[std::size_t(find(static_cast<int>(a)))].push_back(static_cast<int>(a));
        }
    }
    Solver solver(classes, active, config.priceRoundingMode);
    std::vector<Instance> chosen;
    for (const auto &g : groups) {
        if (!g.empty()) {
            auto best = solver.solve(g, config.promotionSearchNodes);
            chosen.insert(chosen.end(), std::make_move_iterator(best.begin()),
                          std::make_move_iterator(best.end()));
        }
    }

    // Hand the chosen units out to lines (earliest line first within a class) and share
    // each instance's saving among its lines in proportion to their value.
    std::vector<std::size_t> cursor(classes.size(), 0);
    std::vector<std::int64_t> usedOfCursor(classes.size(), 0);
    const Currency cur = config.currency;
    for (const Instance &inst : chosen) {
        std::vector<std::pair<std::size_t, std::int64_t>> perLine; // line index, units
        for (const Take &t : inst.takes) {
            UnitClass &uc = classes[std::size_t(t.cls)];
            std::int64_t want = t.units;
            while (want > 0) {
                auto &[li, units] = uc.lines[cursor[std::size_t(t.cls)]];
                std::int64_t &used = usedOfCursor[std::size_t(t.cls)];
                const std::int64_t n = std::min(units - used, want);
                auto found = std::find_if(perLine.begin(), perLine.end(),
                                          [li = li](const auto &e) { return e.first == li; });
                if (found == perLine.end()) {
                    perLine.push_back({li, n});
                } else {
                    found->second += n;
                }
                used += n;
                want -= n;
                if (used == units) {
                    ++cursor[std::size_t(t.cls)];
                    used = 0;
                }
            }
        }
        std::sort(perLine.begin(), perLine.end());
        std::vector<std::int64_t> weights;
        for (const auto &[li, n] : perLine) {
            weights.push_back(n * unitPrice[li]);
        }
        const auto shares = Money(inst.saving, cur).allocate(weights);
        const Promotion &pr = *active[std::size_t(inst.promo)].promotion;
        std::vector<LineId> ids;
        for (const auto &e : perLine) {
            ids.push_back(lines[e.first].id);
        }
        auto same = std::find_if(result.begin(), result.end(), [&](const auto &r) {
            return r.promotionId == pr.id && r.lineIds == ids;
        });
        if (same == result.end()) {
            PromotionApplication app;
            app.promotionId = pr.id;
            app.name = pr.name;
            app.count = 1;
            app.saving = Money(inst.saving, cur);
            app.lineIds = std::move(ids);
            for (std::size_t k = 0; k < perLine.size(); ++k) {
                app.unitsUsed.push_back(perLine[k].second);
            }
            app.lineShares = shares;
            result.push_back(std::move(app));
        } else {
            ++same->count;
            same->saving += Money(inst.saving, cur);
            for (std::size_t k = 0; k < perLine.size(); ++k) {
                same->unitsUsed[k] += perLine[k].second;
                same->lineShares[k] += shares[k];
            }
        }
    }
    std::stable_sort(result.begin(), result.end(), [&](const auto &a, const auto &b) {
        return a.lineIds.back() < b.lineIds.back();
    });
    return result;
}

} // namespace lane::core
