#include "core/store/promotionstore.h"

#include <array>

#include <spdlog/spdlog.h>

#include "core/auth/credential.h"

namespace lane::core {

namespace {

constexpr std::array<std::pair<Promotion::Kind, const char *>, 4> kKinds{{
    {Promotion::Kind::NForPrice, "n_for_price"},
    {Promotion::Kind::BuyXGetY, "buy_x_get_y"},
    {Promotion::Kind::MixAndMatch, "mix_and_match"},
    {Promotion::Kind::DepartmentPercent, "department_percent"},
}};

std::string join(const std::vector<std::string> &v)
{
    std::string out;
    for (const auto &s : v) {
        out += (out.empty() ? "" : "|") + s;
    }
    return out;
}

std::vector<std::string> split(const std::string &s)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (!s.empty() && pos <= s.size()) {
        const auto bar = s.find('|', pos);
        out.push_back(s.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos));
        pos = bar == std::string::npos ? s.size() + 1 : bar + 1;
    }
    return out;
}

std::optional<std::int64_t> optNanos(const std::optional<TimePoint> &t)
{
    return t ? std::optional<std::int64_t>(t->time_since_epoch().count()) : std::nullopt;
}

User readUser(Statement &st)
{
    User u;
    u.id = st.columnText(0);
    u.displayName = st.columnText(1);
    u.role = roleFromString(st.columnText(2)).value_or(Role::Cashier);
    u.active = st.columnInt(3) != 0;
    u.pinHash = st.columnText(4);
    u.badgeHash = st.columnText(5);
    return u;
}

} // namespace

Status savePromotion(Database &db, const Promotion &p)
{
    if (p.windows.size() > 1
        || (p.windows.size() == 1
            && (p.windows[0].daysOfWeek != 0x7f || p.windows[0].fromMinute != 0
                || p.windows[0].toMinute != 24 * 60))) {
        return makeError("store.unsupported",
                         "promotion " + p.id + ": only one absolute period can be stored");
    }
    const char *kind = "n_for_price";
    for (const auto &[k, name] : kKinds) {
        if (k == p.kind) {
            kind = name;
        }
    }
    std::optional<TimePoint> start, end;
    if (!p.windows.empty()) {
        start = p.windows[0].start;
        end = p.windows[0].end;
    }
    auto st = db.prepare(
        "INSERT OR REPLACE INTO promotion (id, name, kind, skus, get_skus, department, quantity, "
        "get_quantity, price_minor, basis_points, start_utc_ns, end_utc_ns) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(p.id, p.name, kind, join(p.skus), join(p.getSkus), p.department,
                                std::int64_t{p.quantity}, std::int64_t{p.getQuantity},
                                p.price.minor(), p.basisPoints, optNanos(start), optNanos(end));
        !s) {
        return s;
    }
    return (*st)->run();
}

Result<std::vector<Promotion>> loadPromotions(Database &db, Currency currency)
{
    std::vector<Promotion> out;
    auto st = db.prepare("SELECT id, name, kind, skus, get_skus, department, quantity, "
                         "get_quantity, price_minor, basis_points, start_utc_ns, end_utc_ns FROM "
                         "promotion ORDER BY id");
    if (!st) {
        return st.error();
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Statement &r = **st;
        Promotion p;
        p.id = r.columnText(0);
        p.name = r.columnText(1);
        const std::string kind = r.columnText(2);
        bool known = false;
        for (const auto &[k, name] : kKinds) {
            if (kind == name) {
                p.kind = k;
                known = true;
            }
        }
        if (!known) {
            return makeError("store.corrupt", "promotion " + p.id + ": unknown kind " + kind);
        }
        p.skus = split(r.columnText(3));
        p.getSkus = split(r.columnText(4));
        p.department = r.columnText(5);
        p.quantity = static_cast<int>(r.columnInt(6));
        p.getQuantity = static_cast<int>(r.columnInt(7));
        p.price = Money(r.columnInt(8), currency);
        p.basisPoints = r.columnInt(9);
        if (!r.columnIsNull(10) || !r.columnIsNull(11)) {
            TimeWindow w;
            if (!r.columnIsNull(10)) {
                w.start = TimePoint(std::chrono::nanoseconds(r.columnInt(10)));
            }
            if (!r.columnIsNull(11)) {
                w.end = TimePoint(std::chrono::nanoseconds(r.columnInt(11)));
            }
            p.windows.push_back(w);
        }
        out.push_back(std::move(p));
    }
    return out;
}

Status SqliteUserDirectory::save(const User &u)
{
    auto st = m_db->prepare("INSERT OR REPLACE INTO app_user (id, display_name, role, active, "
                            "pin_hash, badge_hash) VALUES (?, ?, ?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(u.id, u.displayName, std::string(toString(u.role)), u.active,
                                u.pinHash, u.badgeHash);
        !s) {
        return s;
    }
    return (*st)->run();
}

Result<std::vector<User>> SqliteUserDirectory::all() const
{
    std::vector<User> out;
    auto st = m_db->prepare("SELECT id, display_name, role, active, pin_hash, badge_hash FROM "
                            "app_user ORDER BY id");
    if (!st) {
        return st.error();
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return out;
        }
        out.push_back(readUser(**st));
    }
}

std::optional<User> SqliteUserDirectory::findById(std::string_view id) const
{
    auto st = m_db->prepare("SELECT id, display_name, role, active, pin_hash, badge_hash FROM "
                            "app_user WHERE id = ?");
    if (!st) {
        spdlog::error("user lookup failed: {}", st.error().message);
        return std::nullopt;
    }
    if (auto s = (*st)->bind(1, id); !s) {
        return std::nullopt;
    }
    auto row = (*st)->step();
    if (!row || !*row) {
        if (!row) {
            spdlog::error("user lookup failed: {}", row.error().message);
        }
        return std::nullopt;
    }
    return readUser(**st);
}

std::optional<User> SqliteUserDirectory::findByBadge(std::string_view badge) const
{
    auto users = all();
    if (!users) {
        spdlog::error("badge lookup failed: {}", users.error().message);
        return std::nullopt;
    }
    InMemoryUserDirectory dir;
    for (auto &u : *users) {
        dir.add(std::move(u));
    }
    return dir.findByBadge(badge);
}

Status SqliteUserDirectory::setPinHash(std::string_view id, std::string pinHash)
{
    if (!parseCredentialHash(pinHash)) {
        return makeError("auth.hash_malformed", "refusing to store a malformed PIN hash");
    }
    auto st = m_db->prepare("UPDATE app_user SET pin_hash = ? WHERE id = ?");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(pinHash, std::string(id)); !s) {
        return s;
    }
    if (auto s = (*st)->run(); !s) {
        return s;
    }
    if (m_db->changes() == 0) {
        return makeError("auth.unknown_user", "no user " + std::string(id));
    }
    return {};
}

} // namespace lane::core
