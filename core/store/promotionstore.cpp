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

std::optional<TimePoint> optTime(const Statement &st, int column)
{
    if (st.columnIsNull(column)) {
        return std::nullopt;
    }
    return TimePoint(std::chrono::nanoseconds(st.columnInt(column)));
}

constexpr const char *kUserColumns
    = "SELECT id, display_name, role, active, pin_hash, badge_hash FROM app_user";

// A role this program does not know (a newer program's, or an edited row) is an error:
// reading it as a cashier would hand that user a cashier's rights without anyone noticing.
Result<User> readUser(const Statement &st)
{
    User u;
    u.id = st.columnText(0);
    u.displayName = st.columnText(1);
    const std::string role = st.columnText(2);
    const auto known = roleFromString(role);
    if (!known) {
        return makeError("store.corrupt",
                         "app_user row '" + u.id + "': unknown role '" + role + "'");
    }
    u.role = *known;
    u.active = st.columnInt(3) != 0;
    u.pinHash = st.columnText(4);
    u.badgeHash = st.columnText(5);
    return u;
}

Status checkWindow(const std::string &id, const TimeWindow &w)
{
    if (w.daysOfWeek == 0 || w.daysOfWeek > 0x7f || w.fromMinute < 0 || w.fromMinute > 24 * 60
        || w.toMinute < 0 || w.toMinute > 24 * 60) {
        return makeError("store.invalid_promotion",
                         "promotion " + id
                             + ": a time window needs days of the week (1-127) and minutes "
                               "0-1440");
    }
    return {};
}

Status writePromotion(Database &db, const Promotion &p, const char *kind)
{
    Status s = runSql(db,
                      "INSERT OR REPLACE INTO promotion (id, name, kind, skus, get_skus, "
                      "department, quantity, get_quantity, price_minor, basis_points) VALUES (?, "
                      "?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      p.id, p.name, kind, join(p.skus), join(p.getSkus), p.department,
                      std::int64_t{p.quantity}, std::int64_t{p.getQuantity}, p.price.minor(),
                      p.basisPoints);
    if (s) {
        s = runSql(db, "DELETE FROM promotion_window WHERE promotion_id = ?", p.id);
    }
    std::int64_t no = 0;
    for (const auto &w : p.windows) {
        if (!s) {
            break;
        }
        s = runSql(db,
                   "INSERT INTO promotion_window (promotion_id, window_no, start_utc_ns, "
                   "end_utc_ns, days_of_week, from_minute, to_minute) VALUES (?, ?, ?, ?, ?, ?, "
                   "?)",
                   p.id, no++, optNanos(w.start), optNanos(w.end), std::int64_t{w.daysOfWeek},
                   std::int64_t{w.fromMinute}, std::int64_t{w.toMinute});
    }
    return s;
}

} // namespace

Status savePromotion(Database &db, const Promotion &p)
{
    for (const auto &w : p.windows) {
        if (auto s = checkWindow(p.id, w); !s) {
            return s;
        }
    }
    const char *kind = "n_for_price";
    for (const auto &[k, name] : kKinds) {
        if (k == p.kind) {
            kind = name;
        }
    }
    // The promotion and its windows land together, inside the caller's transaction or not.
    if (auto s = db.exec("SAVEPOINT save_promotion"); !s) {
        return s;
    }
    Status s = writePromotion(db, p, kind);
    if (!s) {
        (void)db.exec("ROLLBACK TO save_promotion");
    }
    if (auto r = db.exec("RELEASE save_promotion"); s && !r) {
        return r;
    }
    return s;
}

Result<std::vector<Promotion>> loadPromotions(Database &db, Currency currency)
{
    std::vector<Promotion> out;
    auto s = forEachRow(
        db,
        "SELECT id, name, kind, skus, get_skus, department, quantity, get_quantity, price_minor, "
        "basis_points FROM promotion ORDER BY id",
        [&](const Statement &r) -> Status {
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
            out.push_back(std::move(p));
            return {};
        });
    if (!s) {
        return s.error();
    }
    for (auto &p : out) {
        s = forEachRow(
            db,
            "SELECT start_utc_ns, end_utc_ns, days_of_week, from_minute, to_minute FROM "
            "promotion_window WHERE promotion_id = ? ORDER BY window_no",
            [&](const Statement &r) -> Status {
                TimeWindow w;
                w.start = optTime(r, 0);
                w.end = optTime(r, 1);
                w.daysOfWeek = static_cast<std::uint8_t>(r.columnInt(2));
                w.fromMinute = static_cast<int>(r.columnInt(3));
                w.toMinute = static_cast<int>(r.columnInt(4));
                p.windows.push_back(w);
                return {};
            },
            p.id);
        if (!s) {
            return s.error();
        }
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
    auto s = forEachRow(*m_db, std::string(kUserColumns) + " ORDER BY id",
                        [&](const Statement &st) -> Status {
                            auto u = readUser(st);
                            if (!u) {
                                return u.error();
                            }
                            out.push_back(std::move(*u));
                            return {};
                        });
    if (!s) {
        return s.error();
    }
    return out;
}

std::optional<User> SqliteUserDirectory::findById(std::string_view id) const
{
    std::optional<User> found;
    auto s = forEachRow(
        *m_db, std::string(kUserColumns) + " WHERE id = ?",
        [&](const Statement &st) -> Status {
            auto u = readUser(st);
            if (!u) {
                return u.error();
            }
            found = std::move(*u);
            return {};
        },
        id);
    if (!s) {
        // Nobody signs on as a user whose row cannot be read.
        spdlog::error("user lookup failed: {}", s.error().message);
        return std::nullopt;
    }
    return found;
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
