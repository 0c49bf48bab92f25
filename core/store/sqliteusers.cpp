#include "core/store/sqliteusers.h"

#include <algorithm>
#include <cctype>

namespace lane::core {
namespace {

std::int64_t nanos(TimePoint t)
{
    return t.time_since_epoch().count();
}

} // namespace

bool isValidUserId(std::string_view id)
{
    return !id.empty() && id.size() <= 32 && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

SqliteUserStore::SqliteUserStore(Database &db, const Clock &clock, int pbkdf2Iterations)
    : m_db(&db)
    , m_clock(&clock)
    , m_iterations(pbkdf2Iterations)
    , m_users(db)
{}

std::optional<User> SqliteUserStore::findById(std::string_view id) const
{
    return m_users.findById(id);
}

std::optional<User> SqliteUserStore::findByBadge(std::string_view badge) const
{
    return m_users.findByBadge(badge);
}

Status SqliteUserStore::setPinHash(std::string_view id, std::string pinHash)
{
    return m_users.setPinHash(id, std::move(pinHash));
}

Result<std::vector<std::uint8_t>> SqliteUserStore::badgeSalt()
{
    auto st = m_db->prepare("SELECT salt FROM auth_badge_salt WHERE id = 1");
    if (!st) {
        return st.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (*row) {
        const std::string bytes = (*st)->columnBlob(0);
        if (bytes.size() != kSaltBytes) {
            return makeError("store.corrupt", "auth_badge_salt has the wrong size");
        }
        return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
    }
    auto salt = randomSalt();
    if (!salt) {
        return salt.error();
    }
    auto ins = m_db->prepare("INSERT INTO auth_badge_salt (id, salt) VALUES (1, ?)");
    if (!ins) {
        return ins.error();
    }
    const std::string bytes(salt->begin(), salt->end());
    if (auto s = (*ins)->bind(1, Blob{bytes}); !s) {
        return s.error();
    }
    if (auto s = (*ins)->run(); !s) {
        return s.error();
    }
    return salt;
}

Status SqliteUserStore::addUser(const NewUser &u)
{
    if (!isValidUserId(u.id)) {
        return makeError("auth.bad_user_id",
                         "user id \"" + u.id + "\" must be 1-32 letters, digits, '-' or '_'");
    }
    if (u.displayName.empty() || u.displayName.size() > 100) {
        return makeError("auth.bad_name", "user " + u.id + ": name must be 1-100 bytes");
    }
    if (u.pin.empty() && u.badge.empty()) {
        return makeError("auth.no_credential", "user " + u.id + " needs a PIN or a badge");
    }
    if (!u.pin.empty()) {
        if (auto s = checkPinStrength(u.pin); !s) {
            return s;
        }
    }
    auto tx = TransactionGuard::begin(*m_db);
    if (!tx) {
        return tx.error();
    }
    if (m_users.findById(u.id)) {
        return makeError("auth.user_exists", "user " + u.id + " already exists");
    }
    User user{u.id, u.displayName, u.role, true, {}, {}};
    if (!u.pin.empty()) {
        auto pinHash = hashCredential(u.pin, m_iterations);
        if (!pinHash) {
            return pinHash.error();
        }
        user.pinHash = std::move(*pinHash);
    }
    if (!u.badge.empty()) {
        if (auto other = m_users.findByBadge(u.badge)) {
            return makeError("auth.badge_taken", "that badge already belongs to user " + other->id);
        }
        auto salt = badgeSalt();
        if (!salt) {
            return salt.error();
        }
        auto badgeHash = hashCredentialWithSalt(u.badge, *salt, m_iterations);
        if (!badgeHash) {
            return badgeHash.error();
        }
        user.badgeHash = std::move(*badgeHash);
    }
    if (auto s = m_users.save(user); !s) {
        return s;
    }
    return tx->commit();
}

Result<std::vector<User>> SqliteUserStore::users() const
{
    return m_users.all();
}

Status SqliteUserStore::disable(std::string_view id)
{
    auto st = m_db->prepare("UPDATE app_user SET active = 0 WHERE id = ?");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bind(1, id); !s) {
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

Status SqliteUserStore::resetPin(std::string_view id, std::string_view pin)
{
    if (!m_users.findById(id)) {
        return makeError("auth.unknown_user", "no user " + std::string(id));
    }
    if (auto s = checkPinStrength(pin); !s) {
        return s;
    }
    auto hash = hashCredential(pin, m_iterations);
    if (!hash) {
        return hash.error();
    }
    return m_users.setPinHash(id, std::move(*hash));
}

Result<std::vector<std::pair<std::string, LockoutState>>> SqliteUserStore::loadLockouts()
{
    std::vector<std::pair<std::string, LockoutState>> out;
    auto s = forEachRow(*m_db, "SELECT subject, failures, locked_until_utc_ns FROM auth_lockout",
                        [&](const Statement &st) {
                            LockoutState l;
                            l.failures = static_cast<int>(st.columnInt(1));
                            l.lockedUntil = TimePoint(std::chrono::nanoseconds(st.columnInt(2)));
                            out.emplace_back(st.columnText(0), l);
                        });
    if (!s) {
        return s.error();
    }
    return out;
}

Status SqliteUserStore::saveLockout(const std::string &key, const LockoutState &state)
{
    if (state.failures <= 0) {
        auto st = m_db->prepare("DELETE FROM auth_lockout WHERE subject = ?");
        if (!st) {
            return st.error();
        }
        if (auto s = (*st)->bind(1, key); !s) {
            return s;
        }
        return (*st)->run();
    }
    auto st
        = m_db->prepare("INSERT INTO auth_lockout (subject, failures, locked_until_utc_ns) "
                        "VALUES (?, ?, ?) ON CONFLICT (subject) DO UPDATE SET failures = "
                        "excluded.failures, locked_until_utc_ns = excluded.locked_until_utc_ns");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(key, std::int64_t{state.failures}, nanos(state.lockedUntil)); !s) {
        return s;
    }
    return (*st)->run();
}

Status SqliteUserStore::setPermission(Role role, Action action, Permission permission)
{
    auto st = m_db->prepare(
        "INSERT INTO permission_override (role, action, permission, updated_utc_ns) VALUES "
        "(?, ?, ?, ?) ON CONFLICT (role, action) DO UPDATE SET permission = "
        "excluded.permission, updated_utc_ns = excluded.updated_utc_ns");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(toString(role), toString(action), toString(permission),
                                nanos(m_clock->now()));
        !s) {
        return s;
    }
    return (*st)->run();
}

Status SqliteUserStore::clearPermission(Role role, Action action)
{
    auto st = m_db->prepare("DELETE FROM permission_override WHERE role = ? AND action = ?");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(toString(role), toString(action)); !s) {
        return s;
    }
    return (*st)->run();
}

Result<std::vector<PermissionEntry>> SqliteUserStore::permissionOverrides() const
{
    std::vector<PermissionEntry> out;
    auto s = forEachRow(*m_db,
                        "SELECT role, action, permission FROM permission_override ORDER BY "
                        "updated_utc_ns, role, action",
                        [&](const Statement &st) {
                            out.push_back({st.columnText(0), st.columnText(1), st.columnText(2)});
                        });
    if (!s) {
        return s.error();
    }
    return out;
}

Result<PermissionMatrix> SqliteUserStore::permissionMatrix() const
{
    auto entries = permissionOverrides();
    if (!entries) {
        return entries.error();
    }
    auto m = PermissionMatrix::fromEntries(*entries);
    if (!m) {
        return makeError(m.error().code, "stored permission overrides: " + m.error().message);
    }
    return m;
}

} // namespace lane::core
