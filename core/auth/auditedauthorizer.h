#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/auth/authorizer.h"
#include "core/base/events.h"
#include "core/base/result.h"

namespace lane::core {

/// Audit record types written to the journal (and used as telemetry event names).
namespace audit_type {
inline constexpr std::string_view kGranted = "auth.granted";
inline constexpr std::string_view kRefused = "auth.refused";
inline constexpr std::string_view kOverride = "auth.override";
inline constexpr std::string_view kSignOn = "auth.sign_on";
inline constexpr std::string_view kSignOnFailed = "auth.sign_on_failed";
inline constexpr std::string_view kPinChanged = "auth.pin_changed";
inline constexpr std::string_view kPinChangeFailed = "auth.pin_change_failed";
inline constexpr std::string_view kUserAdded = "auth.user_added";
inline constexpr std::string_view kUserDisabled = "auth.user_disabled";
inline constexpr std::string_view kPinReset = "auth.pin_reset";
} // namespace audit_type

/// One audit fact: a type and flat text fields (user, approver, action, reason, code...).
/// Never carries a PIN, badge code or hash.
struct AuditRecord
{
    std::string type;
    std::vector<std::pair<std::string, std::string>> fields;
};

/// Where audit records are kept durably: the store's tamper-evident journal.
class AuditLog
{
public:
    virtual ~AuditLog() = default;
    virtual Status append(const AuditRecord &record) = 0;
};

/// Where lockout counters survive a restart (a store table).
class LockoutStore
{
public:
    virtual ~LockoutStore() = default;
    virtual Result<std::vector<std::pair<std::string, LockoutState>>> loadLockouts() = 0;
    /// Saves one key's state; a state with no failures removes the key.
    virtual Status saveLockout(const std::string &key, const LockoutState &state) = 0;
};

/// The one door the app goes through for sign-on, permission checks and supervisor
/// approvals: it asks the Authorizer, journals every outcome (granted or refused, with both
/// identities for an override), emits it as a telemetry event and persists lockout state,
/// so a screen cannot forget to audit and a restart cannot reset a lockout. A grant whose
/// audit record cannot be written is refused ("auth.audit_failed"): no unaudited grants.
class AuditedAuthorizer
{
public:
    AuditedAuthorizer(Authorizer &authorizer, AuditLog &log, EventSink &events,
                      LockoutStore *lockouts = nullptr);

    /// Restores the persisted lockout counters into the authorizer (call once at start).
    Status loadLockouts();

    Result<User> signOn(std::string_view userId, std::string_view pin);
    Result<User> signOnWithBadge(std::string_view badge);

    /// Decides and journals: auth.granted when Allowed, auth.refused otherwise (the
    /// decision field says "needs_supervisor" or "refused"). A failed journal write turns
    /// Allowed into Refused.
    Decision check(const User &user, Action action);

    /// auth.override on success (requester, approver, reason), auth.refused on failure.
    Result<Approval> approve(const User &requester, Action action, std::string_view approverId,
                             std::string_view approverPin, std::string reason);
    Result<Approval> approveWithBadge(const User &requester, Action action, std::string_view badge,
                                      std::string reason);

    Status changePin(std::string_view userId, std::string_view oldPin, std::string_view newPin);

    Authorizer &authorizer() { return *m_auth; }

private:
    Status record(AuditRecord record, Severity severity, const std::string &message);
    void persistLockout(const std::string &key);
    Result<Approval> finishApproval(const User &requester, Action action, Result<Approval> approval,
                                    std::string approverId, const std::string &via,
                                    const std::string &reason);

    Authorizer *m_auth;
    AuditLog *m_log;
    EventSink *m_events;
    LockoutStore *m_lockouts;
};

} // namespace lane::core
