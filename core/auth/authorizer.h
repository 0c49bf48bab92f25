#pragma once

#include <string>
#include <string_view>

#include "core/auth/credential.h"
#include "core/auth/lockout.h"
#include "core/auth/permissions.h"
#include "core/auth/userdirectory.h"
#include "core/base/clock.h"
#include "core/base/result.h"

namespace lane::core {

/// What the lane does when a user asks for an action.
enum class Decision { Allowed, NeedsSupervisor, Refused };

std::string_view toString(Decision d);

/// A second person's approval of one action, for the journal: who asked, who approved,
/// why and when.
struct Approval
{
    Action action = Action::SignOn;
    std::string requesterId;
    std::string approverId;
    std::string reason;
    TimePoint time{};
    bool operator==(const Approval &) const = default;
};

/// Settings for the Authorizer.
struct AuthorizerOptions
{
    LockoutPolicy lockout;
    int pbkdf2Iterations = kDefaultPbkdf2Iterations; // for PINs it hashes (PIN change)
};

/// Signs users on, decides what they may do, and turns a supervisor's credentials into
/// an Approval. Every credential check goes through the lockout tracker. One per lane,
/// used from one thread.
class Authorizer
{
public:
    Authorizer(UserDirectory &directory, PermissionMatrix matrix, const Clock &clock,
               AuthorizerOptions options = {});

    /// Keyed user id and PIN. Errors: auth.locked, auth.wrong_credential, auth.inactive,
    /// auth.refused, auth.hash_malformed (a damaged stored hash: refused, not counted).
    Result<User> signOn(std::string_view userId, std::string_view pin);
    /// A scanned badge; unknown badges count against a shared "badge" lockout key.
    Result<User> signOnWithBadge(std::string_view badge);

    Decision decide(const User &user, Action action) const;

    /// A supervisor approves `action` for `requester` with id and PIN. Errors:
    /// auth.reason_required, auth.not_needed (requester may do it alone), auth.refused
    /// (nobody may approve it for this role), auth.self_approval, auth.locked,
    /// auth.wrong_credential, auth.inactive, auth.approver_not_permitted.
    Result<Approval> approve(const User &requester, Action action, std::string_view approverId,
                             std::string_view approverPin, std::string reason);
    Result<Approval> approveWithBadge(const User &requester, Action action, std::string_view badge,
                                      std::string reason);

    /// Needs the old PIN; refuses trivial PINs (checkPinStrength) and the old one again.
    Status changePin(std::string_view userId, std::string_view oldPin, std::string_view newPin);

    const PermissionMatrix &matrix() const { return m_matrix; }
    const UserDirectory &directory() const { return *m_directory; }
    void setMatrix(PermissionMatrix matrix) { m_matrix = matrix; }
    LockoutTracker &lockout() { return m_lockout; }

    /// The lockout key failed badge scans count against.
    static constexpr std::string_view kBadgeLockoutKey = "#badge";

private:
    Result<User> authenticate(std::string_view userId, std::string_view pin);
    Result<User> authenticateBadge(std::string_view badge);
    Result<Approval> approveBy(const User &requester, Action action, const User &approver,
                               std::string reason);
    Status precheckApproval(const User &requester, Action action, const std::string &reason) const;

    UserDirectory *m_directory;
    PermissionMatrix m_matrix;
    const Clock *m_clock;
    AuthorizerOptions m_options;
    LockoutTracker m_lockout;
};

} // namespace lane::core
