#include "core/auth/authorizer.h"

namespace lane::core {
namespace {

constexpr std::string_view kBadgeSubject = "badge sign-on";

Error wrongCredential(const LockoutTracker &lockout, const std::string &key, std::string what,
                      std::string_view subject = {})
{
    std::string message = std::move(what);
    if (auto st = lockout.check(key, subject); !st)
        message += "; " + st.error().message;
    return makeError("auth.wrong_credential", message);
}

} // namespace

std::string_view toString(Decision d)
{
    switch (d) {
    case Decision::Allowed:
        return "allowed";
    case Decision::NeedsSupervisor:
        return "needs_supervisor";
    case Decision::Refused:
        return "refused";
    }
    return "refused";
}

Authorizer::Authorizer(UserDirectory &directory, PermissionMatrix matrix, const Clock &clock,
                       AuthorizerOptions options)
    : m_directory(&directory)
    , m_matrix(matrix)
    , m_clock(&clock)
    , m_options(options)
    , m_lockout(clock, options.lockout)
{}

Result<User> Authorizer::authenticate(std::string_view userId, std::string_view pin)
{
    const std::string key(userId);
    if (auto st = m_lockout.check(key); !st)
        return st.error();
    auto user = m_directory->findById(userId);
    if (!user || user->pinHash.empty()) {
        // Spend the same work as a real check so timing does not reveal unknown ids.
        (void)deriveCredential(pin, std::vector<std::uint8_t>(kSaltBytes),
                               m_options.pbkdf2Iterations);
        m_lockout.recordFailure(key);
        return wrongCredential(m_lockout, key, "user id or PIN is wrong");
    }
    auto match = verifyCredential(pin, user->pinHash);
    if (!match)
        return makeError(match.error().code, "user " + key + ": " + match.error().message);
    if (!*match) {
        m_lockout.recordFailure(key);
        return wrongCredential(m_lockout, key, "user id or PIN is wrong");
    }
    m_lockout.recordSuccess(key);
    if (!user->active)
        return makeError("auth.inactive", "user " + key + " is deactivated");
    return std::move(*user);
}

Result<User> Authorizer::authenticateBadge(std::string_view badge)
{
    const std::string key(kBadgeLockoutKey);
    if (auto st = m_lockout.check(key, kBadgeSubject); !st)
        return st.error();
    auto user = m_directory->findByBadge(badge);
    if (!user) {
        m_lockout.recordFailure(key);
        return wrongCredential(m_lockout, key, "badge is not known", kBadgeSubject);
    }
    m_lockout.recordSuccess(key);
    if (!user->active)
        return makeError("auth.inactive", "user " + user->id + " is deactivated");
    return std::move(*user);
}

Result<User> Authorizer::signOn(std::string_view userId, std::string_view pin)
{
    auto user = authenticate(userId, pin);
    if (user && decide(*user, Action::SignOn) != Decision::Allowed)
        return makeError("auth.refused", "user " + user->id + " may not sign on here");
    return user;
}

Result<User> Authorizer::signOnWithBadge(std::string_view badge)
{
    auto user = authenticateBadge(badge);
    if (user && decide(*user, Action::SignOn) != Decision::Allowed)
        return makeError("auth.refused", "user " + user->id + " may not sign on here");
    return user;
}

Decision Authorizer::decide(const User &user, Action action) const
{
    if (!user.active)
        return Decision::Refused;
    switch (m_matrix.permission(user.role, action)) {
    case Permission::Allowed:
        return Decision::Allowed;
    case Permission::NeedsApproval:
        return Decision::NeedsSupervisor;
    case Permission::Refused:
        return Decision::Refused;
    }
    return Decision::Refused;
}

Status Authorizer::precheckApproval(const User &requester, Action action,
                                    const std::string &reason) const
{
    const std::string what = std::string(toString(action)) + " for user " + requester.id;
    if (reason.empty())
        return makeError("auth.reason_required", "approval of " + what + " needs a reason");
    switch (decide(requester, action)) {
    case Decision::Allowed:
        return makeError("auth.not_needed", what + " needs no approval");
    case Decision::Refused:
        return makeError("auth.refused", what + " is not permitted, even with approval");
    case Decision::NeedsSupervisor:
        break;
    }
    return {};
}

Result<Approval> Authorizer::approveBy(const User &requester, Action action, const User &approver,
                                       std::string reason)
{
    if (approver.id == requester.id)
        return makeError("auth.self_approval", "user " + approver.id + " cannot approve own "
                                                   + std::string(toString(action)));
    if (decide(approver, action) != Decision::Allowed) {
        return makeError("auth.approver_not_permitted",
                         "user " + approver.id + " (" + std::string(toString(approver.role))
                             + ") may not approve " + std::string(toString(action)));
    }
    return Approval{action, requester.id, approver.id, std::move(reason), m_clock->now()};
}

Result<Approval> Authorizer::approve(const User &requester, Action action,
                                     std::string_view approverId, std::string_view approverPin,
                                     std::string reason)
{
    if (auto st = precheckApproval(requester, action, reason); !st)
        return st.error();
    if (approverId == requester.id) {
        return makeError("auth.self_approval", "user " + requester.id + " cannot approve own "
                                                   + std::string(toString(action)));
    }
    auto approver = authenticate(approverId, approverPin);
    if (!approver)
        return approver.error();
    return approveBy(requester, action, *approver, std::move(reason));
}

Result<Approval> Authorizer::approveWithBadge(const User &requester, Action action,
                                              std::string_view badge, std::string reason)
{
    if (auto st = precheckApproval(requester, action, reason); !st)
        return st.error();
    auto approver = authenticateBadge(badge);
    if (!approver)
        return approver.error();
    return approveBy(requester, action, *approver, std::move(reason));
}

Status Authorizer::changePin(std::string_view userId, std::string_view oldPin,
                             std::string_view newPin)
{
    auto user = authenticate(userId, oldPin);
    if (!user)
        return user.error();
    if (auto st = checkPinStrength(newPin); !st)
        return st;
    if (newPin == oldPin)
        return makeError("auth.pin_reused", "the new PIN must differ from the old one");
    auto hash = hashCredential(newPin, m_options.pbkdf2Iterations);
    if (!hash)
        return hash.error();
    return m_directory->setPinHash(userId, std::move(*hash));
}

} // namespace lane::core
