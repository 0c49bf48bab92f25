#include "core/sale/promotions.h"
#include "core/sale/promotionsearch.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <limits>
#include <numeric>
#include <string_view>

namespace lane::core {

using namespace promotionsearch; // the search types (internal header)

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
    static std::atomic<std::uint64_t> lastId{0};
    m_id = ++lastId;
    for (std::size_t i = 0; i < m_promotions.size(); ++i) {
        const Promotion &p = m_promotions[i];
        for (const auto &s : p.skus) {
            m_bySku[s].push_back({i, 1});
        }
        for (const auto &s : p.getSkus) {
            m_bySku[s].push_back({i, 2});
        }
        if (p.kind == Promotion::Kind::DepartmentPercent) {
            m_byDepartment[p.department].push_back(i);
        }
    }
}

namespace {

// Money::allocate without allocating: largest remainder, earliest index first on ties.
// `amount` >= 0 and weights > 0 here (savings over units with a positive price).
void allocateInto(std::int64_t amount, const std::vector<std::int64_t> &weights,
                  std::vector<std::int64_t> &out,
                  std::vector<std::pair<std::int64_t, std::size_t>> &remainders)
{
    Int128 total = 0;
    for (auto w : weights) {
        total += w;
    }
    out.assign(weights.size(), 0);
    remainders.clear();
    if (weights.empty()) {
        return;
    }
    if (total == 0 || weights.size() == 1) { // one line (most instances): all of it
        out[0] = amount;
        return;
    }
    // Savings times line values fit 64 bits in any real basket: divide in 64 bits then.
    const bool narrow = total <= std::numeric_limits<std::int64_t>::max();
    const auto total64 = static_cast<std::int64_t>(narrow ? total : 0);
    std::int64_t given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        std::int64_t num = 0;
        std::int64_t rem = 0;
        if (narrow && !__builtin_mul_overflow(amount, weights[i], &num)) {
            out[i] = num / total64;
            rem = num % total64;
        } else {
            const Int128 wide = Int128(amount) * weights[i];
            out[i] = static_cast<std::int64_t>(wide / total);
            rem = static_cast<std::int64_t>(wide % total);
        }
        given += out[i];
        remainders.push_back({rem, i});
    }
    // Each share lost less than one unit to the floor, so fewer units than shares are
    // left: they go to the largest remainders, earliest first on ties (a total order, so
    // the partial sort picks the same ones as a stable sort would).
    const auto left = static_cast<std::size_t>(amount - given);
    const auto top
        = remainders.begin() + static_cast<std::ptrdiff_t>(std::min(left, remainders.size()));
    std::partial_sort(remainders.begin(), top, remainders.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (std::size_t k = 0; given < amount; ++k, ++given) {
        ++out[remainders[k % remainders.size()].second];
    }
}

struct Pending
{
    int promo = 0;
    int previousOfPromo = -1; // the promotion's previous entry in Scratch::pending
    int count = 0;
    std::int64_t saving = 0;
    std::vector<std::size_t> lineIndex; // ascending
    std::vector<std::int64_t> units;
    std::vector<std::int64_t> shares;
};

// The first 8 bytes of a SKU, zero-padded, big-endian: where two prefixes differ they
// order as the strings do, so most comparisons of SKUs are one integer comparison.
std::uint64_t skuPrefix(std::string_view sku)
{
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < 8; ++k) {
        v = (v << 8) | (k < sku.size() ? static_cast<unsigned char>(sku[k]) : 0u);
    }
    return v;
}

// A line that may take a promotion, with what orders it into its class of interchangeable
// units at hand (the sort compares these for every pair, not the lines).
struct EligibleLine
{
    std::int64_t price = 0;   // per unit
    std::uint64_t prefix = 0; // skuPrefix(sku)
    std::string_view sku;
    bool counted = true; // whole units, not weighed and no price in the barcode
    std::size_t index = 0;

    bool sameSku(const EligibleLine &o) const { return prefix == o.prefix && sku == o.sku; }
    bool operator<(const EligibleLine &o) const
    {
        if (price != o.price) {
            return price > o.price; // dearest first
        }
        if (prefix != o.prefix) {
            return prefix < o.prefix;
        }
        if (sku != o.sku) {
            return sku < o.sku;
        }
        if (counted != o.counted) {
            return counted;
        }
        return index < o.index;
    }
};

// Working memory of PromotionEngine::apply, kept per thread so a reprice allocates
// (almost) nothing once warm. Every entry is reset before use.
struct Scratch
{
    std::vector<EligibleLine> eligible;
    std::vector<std::int64_t> unitPrice;
    std::vector<UnitClass> classes;
    std::vector<UnitClass> spare;
    std::size_t classCount = 0;
    std::vector<std::size_t> classFirstLine;
    std::vector<ActivePromo> active;
    std::size_t activeCount = 0;
    std::vector<int> activeOf;
    std::vector<int> wanted;
    std::vector<int> parent;
    std::vector<int> ownerOfClass;
    std::vector<std::vector<int>> groups;
    std::vector<int> byContention;
    Solver solver;
    std::vector<Instance> chosen;
    std::size_t chosenCount = 0;
    std::vector<std::int64_t> left;
    std::vector<Pending> pending;
    std::size_t pendingCount = 0;
    std::vector<int> lastPendingOf; // per active promotion: its latest entry in pending
    std::vector<std::size_t> cursor;
    std::vector<std::int64_t> usedOfCursor;
    std::vector<std::pair<std::size_t, std::int64_t>> perLine;
    std::vector<std::int64_t> weights;
    std::vector<std::int64_t> shares;
    std::vector<std::pair<std::int64_t, std::size_t>> remainders;
    std::vector<std::size_t> order;
    std::vector<int> groupClasses; // memo: the group's classes, ascending
    std::vector<int> localOf;      // memo: class -> index in groupClasses
    std::vector<std::int64_t> key;

    Instance &nextChosen()
    {
        if (chosenCount == chosen.size()) {
            chosen.emplace_back();
        }
        Instance &i = chosen[chosenCount++];
        i.takes.clear();
        return i;
    }
};

// The whole input of the search for group `g` into sc.key: the promotions with their
// class lists and the classes' prices, counts and department savings, the classes
// numbered within the group (their order kept), so the key is the same wherever the
// group's classes sit among the basket's.
void groupKey(Scratch &sc, const std::vector<int> &g, const SaleConfig &config)
{
    sc.groupClasses.clear();
    for (int a : g) {
        const ActivePromo &ap = sc.active[std::size_t(a)];
        for (const auto *list : {&ap.buy, &ap.get}) {
            sc.groupClasses.insert(sc.groupClasses.end(), list->begin(), list->end());
        }
    }
    std::sort(sc.groupClasses.begin(), sc.groupClasses.end());
    sc.groupClasses.erase(std::unique(sc.groupClasses.begin(), sc.groupClasses.end()),
                          sc.groupClasses.end());
    sc.localOf.resize(sc.classes.size());
    for (std::size_t k = 0; k < sc.groupClasses.size(); ++k) {
        sc.localOf[std::size_t(sc.groupClasses[k])] = static_cast<int>(k);
    }
    auto &key = sc.key;
    key.clear();
    key.push_back(static_cast<std::int64_t>(config.priceRoundingMode));
    key.push_back(config.promotionSearchNodes);
    key.push_back(static_cast<std::int64_t>(g.size()));
    for (int a : g) {
        const ActivePromo &ap = sc.active[std::size_t(a)];
        key.push_back(static_cast<std::int64_t>(ap.index));
        key.push_back(ap.separateGet ? 1 : 0);
        for (const auto *list : {&ap.buy, &ap.get, &ap.alt[0], &ap.alt[1]}) {
            key.push_back(static_cast<std::int64_t>(list->size()));
            for (int c : *list) {
                key.push_back(sc.localOf[std::size_t(c)]);
            }
        }
    }
    for (int c : sc.groupClasses) {
        const UnitClass &uc = sc.classes[std::size_t(c)];
        key.push_back(uc.price);
        key.push_back(uc.count);
        key.push_back(uc.dept);
    }
}

// Takes the answer for group `g` from the memo when its input has not changed.
bool reuseGroup(Scratch &sc, const std::vector<int> &g, const SaleConfig &config,
                PromotionMemo &memo)
{
    groupKey(sc, g, config);
    for (auto &e : memo.groups) {
        if (e.used || e.key != sc.key) {
            continue;
        }
        const auto &v = e.solution;
        for (std::size_t at = 0; at < v.size();) {
            Instance &i = sc.nextChosen();
            i.promo = g[std::size_t(v[at])];
            i.saving = v[at + 1];
            i.gain = v[at + 2];
            const auto takes = std::size_t(v[at + 3]);
            at += 4;
            for (std::size_t t = 0; t < takes; ++t, at += 2) {
                i.takes.push_back(Take{sc.groupClasses[std::size_t(v[at])], v[at + 1]});
            }
        }
        e.used = true;
        return true;
    }
    return false;
}

// Stores the instances sc.chosen[first...] just solved for group `g` (key in sc.key).
void rememberGroup(Scratch &sc, const std::vector<int> &g, std::size_t first, PromotionMemo &memo)
{
    PromotionMemo::Group &e = memo.groups.emplace_back();
    e.key = sc.key;
    e.used = true;
    for (std::size_t k = first; k < sc.chosenCount; ++k) {
        const Instance &i = sc.chosen[k];
        e.solution.push_back(std::find(g.begin(), g.end(), i.promo) - g.begin());
        e.solution.push_back(i.saving);
        e.solution.push_back(i.gain);
        e.solution.push_back(static_cast<std::int64_t>(i.takes.size()));
        for (const Take &t : i.takes) {
            e.solution.push_back(sc.localOf[std::size_t(t.cls)]);
            e.solution.push_back(t.units);
        }
    }
}

} // namespace

std::vector<PromotionApplication> PromotionEngine::apply(const std::vector<BasketLine> &lines,
                                                         const SaleConfig &config,
                                                         TimePoint now) const
{
    std::vector<PromotionApplication> result;
    applyInto(lines, config, now, result, nullptr);
    return result;
}

void PromotionEngine::applyInto(const std::vector<BasketLine> &lines, const SaleConfig &config,
                                TimePoint now, std::vector<PromotionApplication> &out,
                                PromotionMemo *memo) const
{
    thread_local Scratch sc;
    std::size_t filled = 0; // entries of `out` filled; the rest is cut at the end
    struct Trim
    {
        std::vector<PromotionApplication> &v;
        std::size_t &n;
        ~Trim() { v.resize(n); }
    } trim{out, filled};
    // Which lines may take a promotion, grouped into classes of interchangeable units.
    auto &eligible = sc.eligible;
    auto &unitPrice = sc.unitPrice;
    eligible.clear();
    unitPrice.assign(lines.size(), 0);
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
            eligible.push_back({unitPrice[i], skuPrefix(l.item.sku), l.item.sku,
                                !l.fixedAmount && !l.item.weighed, i});
        }
    }
    if (eligible.empty() || m_promotions.empty()) {
        return;
    }
    std::sort(eligible.begin(), eligible.end());
    auto &classes = sc.classes;
    sc.classCount = 0;
    sc.classFirstLine.clear();
    for (std::size_t e = 0; e < eligible.size(); ++e) {
        const EligibleLine &el = eligible[e];
        const std::size_t i = el.index;
        const BasketLine &l = lines[i];
        if (e == 0 || eligible[e - 1].price != el.price || !eligible[e - 1].sameSku(el)
            || eligible[e - 1].counted != el.counted) {
            if (sc.classCount == classes.size()) {
                classes.emplace_back();
            }
            UnitClass &nc = classes[sc.classCount++];
            nc.price = el.price;
            nc.count = 0;
            nc.counted = el.counted;
            nc.dept = 0;
            nc.deptPromo = -1;
            nc.lines.clear();
            sc.classFirstLine.push_back(i);
        }
        classes[sc.classCount - 1].count += l.units();
        classes[sc.classCount - 1].lines.push_back({i, l.units()});
    }
    // Keep the spare entries (and their capacity) but out of sight of the solver.
    auto &spare = sc.spare;
    spare.clear();
    std::move(classes.begin() + std::ptrdiff_t(sc.classCount), classes.end(),
              std::back_inserter(spare));
    classes.resize(sc.classCount);
    struct Restore
    {
        std::vector<UnitClass> &to;
        std::vector<UnitClass> &from;
        ~Restore()
        {
            std::move(from.begin(), from.end(), std::back_inserter(to));
            from.clear();
        }
    } restoreSpare{classes, spare};

    // Active promotions and the classes each may use.
    auto &active = sc.active;
    active.resize(std::max(active.size(), m_promotions.size()));
    sc.activeCount = 0;
    sc.activeOf.assign(m_promotions.size(), -1);
    for (std::size_t p = 0; p < m_promotions.size(); ++p) {
        const Promotion &pr = m_promotions[p];
        const bool sane = pr.kind == Promotion::Kind::DepartmentPercent
                              ? pr.basisPoints > 0 && !pr.department.empty()
                              : pr.quantity > 0
                                    && (pr.kind != Promotion::Kind::BuyXGetY
                                        || (pr.getQuantity > 0 && pr.basisPoints > 0));
        if (sane && pr.activeAt(now, config.utcOffset)) {
            sc.activeOf[p] = static_cast<int>(sc.activeCount);
            ActivePromo &ap = active[sc.activeCount++];
            ap.promotion = &pr;
            ap.index = p;
            ap.buy.clear();
            ap.get.clear();
            ap.alt[0].clear();
            ap.alt[1].clear();
            ap.separateGet = !pr.getSkus.empty();
        }
    }
    if (sc.activeCount == 0) {
        return;
    }
    const std::size_t activeCount = sc.activeCount;
    static const std::vector<SkuRef> kNoRefs;
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const BasketLine &l = lines[sc.classFirstLine[c]];
        if (classes[c].counted) {
            const auto found = m_bySku.find(l.item.sku);
            for (const SkuRef &ref : found == m_bySku.end() ? kNoRefs : found->second) {
                const int a = sc.activeOf[ref.promotion];
                if (a < 0
                    || active[std::size_t(a)].promotion->kind
                           == Promotion::Kind::DepartmentPercent) {
                    continue;
                }
                auto &list
                    = ref.role == 1 ? active[std::size_t(a)].buy : active[std::size_t(a)].get;
                if (list.empty() || list.back() != int(c)) {
                    list.push_back(static_cast<int>(c));
                }
            }
        }
        // The best department percentage for this class; the first listed wins ties.
        const auto dept = m_byDepartment.find(l.item.department);
        if (dept == m_byDepartment.end()) {
            continue;
        }
        for (std::size_t promotion : dept->second) {
            const int a = sc.activeOf[promotion];
            if (a < 0) {
                continue;
            }
            const Promotion &pr = *active[std::size_t(a)].promotion;
            const std::int64_t v = divideRounded(Int128(classes[c].price) * pr.basisPoints, 10000,
                                                 config.priceRoundingMode);
            if (v > classes[c].dept) {
                classes[c].dept = v;
                classes[c].deptPromo = a;
            }
        }
    }

    // Each promotion looks at its classes best value first: the highest price left after
    // the department percentage the units would get anyway, then the dearest.
    auto byValue = [&](int a, int b) {
        const auto &x = classes[std::size_t(a)];
        const auto &y = classes[std::size_t(b)];
        if (x.price - x.dept != y.price - y.dept) {
            return x.price - x.dept > y.price - y.dept;
        }
        return x.price != y.price ? x.price > y.price : a < b;
    };
    auto &wanted = sc.wanted; // how many promotions may use each class
    wanted.assign(classes.size(), 0);
    for (std::size_t a = 0; a < activeCount; ++a) {
        ActivePromo &ap = active[a];
        stableSortSmall(ap.buy.begin(), ap.buy.end(), byValue);
        stableSortSmall(ap.get.begin(), ap.get.end(), byValue);
        const bool anyDept = std::any_of(ap.buy.begin(), ap.buy.end(),
                                         [&](int c) { return classes[std::size_t(c)].dept > 0; });
        if (ap.promotion->kind == Promotion::Kind::BuyXGetY && !ap.separateGet && anyDept) {
            ap.alt[0] = ap.buy;
            stableSortSmall(ap.alt[0].begin(), ap.alt[0].end(), [&](int x, int y) {
                const auto &cx = classes[std::size_t(x)];
                const auto &cy = classes[std::size_t(y)];
                if (cx.dept != cy.dept) {
                    return cx.dept < cy.dept;
                }
                return cx.price != cy.price ? cx.price > cy.price : x < y;
            });
        }
        for (const auto *list : {&ap.buy, &ap.get}) {
            for (int c : *list) {
                ++wanted[std::size_t(c)];
            }
        }
    }
    for (std::size_t a = 0; a < activeCount; ++a) {
        ActivePromo &ap = active[a];
        if (ap.separateGet || ap.promotion->kind == Promotion::Kind::DepartmentPercent) {
            continue;
        }
        sc.byContention = ap.buy;
        stableSortSmall(sc.byContention.begin(), sc.byContention.end(), [&](int x, int y) {
            return wanted[std::size_t(x)] < wanted[std::size_t(y)];
        });
        if (sc.byContention != ap.buy) {
            ap.alt[1] = sc.byContention;
        }
    }

    // Promotions sharing a class interact; the others are solved apart.
    auto &parent = sc.parent;
    parent.resize(activeCount);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[std::size_t(x)] != x) {
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        }
        return x;
    };
    sc.ownerOfClass.assign(classes.size(), -1);
    for (std::size_t a = 0; a < activeCount; ++a) {
        for (const auto *list : {&active[a].buy, &active[a].get}) {
            for (int c : *list) {
                int &o = sc.ownerOfClass[std::size_t(c)];
                if (o < 0) {
                    o = static_cast<int>(a);
                } else {
                    parent[std::size_t(find(static_cast<int>(a)))] = find(o);
                }
            }
        }
    }
    auto &groups = sc.groups;
    groups.resize(std::max(groups.size(), activeCount));
    for (auto &g : groups) {
        g.clear();
    }
    for (std::size_t a = 0; a < activeCount; ++a) {
        if (!active[a].buy.empty() || !active[a].get.empty()) {
            groups[std::size_t(find(static_cast<int>(a)))].push_back(static_cast<int>(a));
        }
    }
    sc.solver.reset(classes, active, config.priceRoundingMode);
    sc.chosenCount = 0;
    if (memo && memo->engine != m_id) {
        memo->groups.clear();
        memo->engine = m_id;
    }
    for (const auto &g : groups) {
        if (g.empty()) {
            continue;
        }
        if (memo && reuseGroup(sc, g, config, *memo)) {
            continue;
        }
        const std::size_t first = sc.chosenCount;
        for (const Instance &best : sc.solver.solve(g, config.promotionSearchNodes)) {
            Instance &i = sc.nextChosen();
            i.promo = best.promo;
            i.saving = best.saving;
            i.gain = best.gain;
            i.takes = best.takes;
        }
        if (memo) {
            rememberGroup(sc, g, first, *memo);
        }
    }
    if (memo) {
        auto &kept = memo->groups;
        kept.erase(std::remove_if(kept.begin(), kept.end(),
                                  [](const PromotionMemo::Group &e) { return !e.used; }),
                   kept.end());
        for (auto &e : kept) {
            e.used = false;
        }
    }
    // What no threshold promotion took gets its department percentage.
    auto &left = sc.left;
    left.resize(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c) {
        left[c] = classes[c].count;
    }
    for (std::size_t k = 0; k < sc.chosenCount; ++k) {
        for (const Take &t : sc.chosen[k].takes) {
            left[std::size_t(t.cls)] -= t.units;
        }
    }
    for (std::size_t c = 0; c < classes.size(); ++c) {
        if (classes[c].deptPromo >= 0 && left[c] > 0) {
            Instance &i = sc.nextChosen();
            i.promo = classes[c].deptPromo;
            i.saving = i.gain = left[c] * classes[c].dept;
            i.takes.push_back(Take{static_cast<int>(c), left[c]});
        }
    }

    // Hand the chosen units out to lines (earliest line first within a class) and share
    // each instance's saving among its lines in proportion to their value. Instances of
    // one promotion over the same lines merge into one application.
    sc.cursor.assign(classes.size(), 0);
    sc.usedOfCursor.assign(classes.size(), 0);
    sc.pendingCount = 0;
    sc.lastPendingOf.assign(activeCount, -1);
    auto &perLine = sc.perLine;
    const Currency cur = config.currency;
    for (std::size_t k = 0; k < sc.chosenCount; ++k) {
        const Instance &inst = sc.chosen[k];
        perLine.clear();
        for (const Take &t : inst.takes) {
            UnitClass &uc = classes[std::size_t(t.cls)];
            std::int64_t want = t.units;
            while (want > 0) {
                const auto &[li, units] = uc.lines[sc.cursor[std::size_t(t.cls)]];
                std::int64_t &used = sc.usedOfCursor[std::size_t(t.cls)];
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
                    ++sc.cursor[std::size_t(t.cls)];
                    used = 0;
                }
            }
        }
        std::sort(perLine.begin(), perLine.end());
        sc.weights.clear();
        for (const auto &[li, n] : perLine) {
            sc.weights.push_back(n * unitPrice[li]);
        }
        allocateInto(inst.saving, sc.weights, sc.shares, sc.remainders);
        const auto &shares = sc.shares;
        // At most one earlier application of the same promotion has the same lines: look
        // among that promotion's only.
        Pending *same = nullptr;
        for (int q = sc.lastPendingOf[std::size_t(inst.promo)]; q >= 0 && !same;) {
            Pending &r = sc.pending[std::size_t(q)];
            if (r.lineIndex.size() == perLine.size()
                && std::equal(perLine.begin(), perLine.end(), r.lineIndex.begin(),
                              [](const auto &e, std::size_t li) { return e.first == li; })) {
                same = &r;
            }
            q = r.previousOfPromo;
        }
        if (!same) {
            if (sc.pendingCount == sc.pending.size()) {
                sc.pending.emplace_back();
            }
            same = &sc.pending[sc.pendingCount];
            same->previousOfPromo = sc.lastPendingOf[std::size_t(inst.promo)];
            sc.lastPendingOf[std::size_t(inst.promo)] = static_cast<int>(sc.pendingCount++);
            same->promo = inst.promo;
            same->count = 0;
            same->saving = 0;
            same->lineIndex.clear();
            for (const auto &e : perLine) {
                same->lineIndex.push_back(e.first);
            }
            same->units.assign(perLine.size(), 0);
            same->shares.assign(perLine.size(), 0);
        }
        ++same->count;
        same->saving += inst.saving;
        for (std::size_t q = 0; q < perLine.size(); ++q) {
            same->units[q] += perLine[q].second;
            same->shares[q] += shares[q];
        }
    }
    // Printed under the last line each one used; ties keep the order found.
    auto &order = sc.order;
    order.resize(sc.pendingCount);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const std::size_t lx = sc.pending[x].lineIndex.back();
        const std::size_t ly = sc.pending[y].lineIndex.back();
        return lx != ly ? lx < ly : x < y; // a total order: the same as a stable sort
    });
    for (std::size_t i : order) {
        const Pending &pd = sc.pending[i];
        const Promotion &pr = *active[std::size_t(pd.promo)].promotion;
        if (filled == out.size()) {
            out.emplace_back();
        }
        PromotionApplication &app = out[filled++];
        app.promotionId = pr.id;
        app.name = pr.name;
        app.count = pd.count;
        app.saving = Money(pd.saving, cur);
        app.unitsUsed = pd.units;
        app.lineIds.clear();
        app.lineShares.clear();
        for (std::size_t k = 0; k < pd.lineIndex.size(); ++k) {
            app.lineIds.push_back(lines[pd.lineIndex[k]].id);
            app.lineShares.push_back(Money(pd.shares[k], cur));
        }
    }
}

} // namespace lane::core
