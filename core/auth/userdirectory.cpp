#include "core/auth/userdirectory.h"

#include <map>
#include <utility>

#include "core/auth/credential.h"

namespace lane::core {

void InMemoryUserDirectory::add(User user)
{
    for (auto &u : m_users) {
        if (u.id == user.id) {
            u = std::move(user);
            return;
        }
    }
    m_users.push_back(std::move(user));
}

std::optional<User> InMemoryUserDirectory::findById(std::string_view id) const
{
    for (const auto &u : m_users) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

std::optional<User> InMemoryUserDirectory::findByBadge(std::string_view badge) const
{
    if (badge.empty())
        return std::nullopt;
    std::map<std::pair<std::vector<std::uint8_t>, int>, std::vector<std::uint8_t>> derived;
    std::optional<User> found;
    for (const auto &u : m_users) {
        if (u.badgeHash.empty())
            continue;
        auto parsed = parseCredentialHash(u.badgeHash);
        if (!parsed)
            continue; // a malformed stored badge matches nothing
        const auto key = std::make_pair(parsed->salt, parsed->iterations);
        auto it = derived.find(key);
        if (it == derived.end()) {
            auto candidate = deriveCredential(badge, parsed->salt, parsed->iterations);
            if (!candidate)
                continue;
            it = derived.emplace(key, std::move(*candidate)).first;
        }
        // Compare against every user, not stopping early, so timing does not tell which.
        if (constantTimeEqual(it->second, parsed->hash) && !found)
            found = u;
    }
    return found;
}

Status InMemoryUserDirectory::setPinHash(std::string_view id, std::string pinHash)
{
    for (auto &u : m_users) {
        if (u.id == id) {
            u.pinHash = std::move(pinHash);
            return {};
        }
    }
    return makeError("auth.unknown_user", "no user with id '" + std::string(id) + "'");
}

} // namespace lane::core
