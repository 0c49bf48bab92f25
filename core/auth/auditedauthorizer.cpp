#include "core/auth/auditedauthorizer.h"

namespace lane::core {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string str(std::string_view s)
{
    return std::string(s);
}

std::vector<EventAttribute> attributesOf(const Fields &fields)
{
    std::vector<EventAttribute> out;
    out.reserve(fields.size());
    for (const auto &[k, v] : fields)
        out.push_back({k, v});
    return out;
}

} // namespace

AuditedAuthorizer::AuditedAuthorizer(Authorizer &authorizer, AuditLog &log, EventSink &events,
                                     LockoutStore *lockouts)
    : m_auth(&authorizer)
    , m_log(&log)
    , m_events(&events)
    , m_lockouts(lockouts)
{}

Status AuditedAuthorizer::loadLockouts()
{
    if (!m_lockouts)
        return {};
    auto states = m_lockouts->loadLockouts();
    if (!states)
        return states.error();
    for (const auto &[key, state] : *states)
        m_auth->lockout().restore(key, state);
    return {};
}

void AuditedAuthorizer::persistLockout(const std::string &key)
{
    if (!m_lockouts)
        return;
    // Counters for ids nobody has stay in memory only: an "id" that is no user is often a
    // PIN keyed into the wrong field, and must not end up on disk.
    if (key != Authorizer::kBadgeLockoutKey && !m_auth->directory().findById(key))
        return;
    if (auto st = m_lockouts->saveLockout(key, m_auth->lockout().state(key)); !st) {
        // The in-memory lock still holds for this run; say loudly that a restart would lose it.
        m_events->emit(Severity::Error, "auth.lockout_not_saved",
                       "lockout state could not be saved: " + st.error().message,
                       {{"key", key}, {"code", st.error().code}});
    }
}

Status AuditedAuthorizer::record(AuditRecord rec, Severity severity, const std::string &message)
{
    Status st = m_log->append(rec);
    auto attributes = attributesOf(rec.fields);
    if (!st) {
        attributes.push_back({"audit_error", st.error().message});
        m_events->emit(Severity::Error, "auth.audit_failed",
                       "audit record " + rec.type + " not journaled", std::move(attributes));
        return st;
    }
    m_events->emit(severity, rec.type, message, std::move(attributes));
    return {};
}

Result<User> AuditedAuthorizer::signOn(std::string_view userId, std::string_view pin)
{
    auto user = m_auth->signOn(userId, pin);
    persistLockout(str(userId));
    if (!user) {
        // A mistyped id can be a PIN typed into the wrong field: name only known users.
        const bool known = m_auth->directory().findById(userId).has_value();
        Fields f{{"user", known ? str(userId) : ""},
                 {"unknown_user", known ? "false" : "true"},
                 {"via", "pin"},
                 {"code", user.error().code}};
        (void)record({str(audit_type::kSignOnFailed), std::move(f)}, Severity::Warn,
                     "sign-on refused: " + user.error().code);
        return user;
    }
    Fields f{{"user", user->id}, {"role", str(toString(user->role))}, {"via", "pin"}};
    if (auto st = record({str(audit_type::kSignOn), std::move(f)}, Severity::Info,
                         "user " + user->id + " signed on");
        !st) {
        return makeError("auth.audit_failed",
                         "sign-on not permitted: the audit journal cannot be written ("
                             + st.error().message + ")");
    }
    return user;
}

Result<User> AuditedAuthorizer::signOnWithBadge(std::string_view badge)
{
    auto user = m_auth->signOnWithBadge(badge);
    persistLockout(str(Authorizer::kBadgeLockoutKey));
    if (!user) {
        Fields f{{"user", ""}, {"via", "badge"}, {"code", user.error().code}};
        (void)record({str(audit_type::kSignOnFailed), std::move(f)}, Severity::Warn,
                     "badge sign-on refused: " + user.error().code);
        return user;
    }
    Fields f{{"user", user->id}, {"role", str(toString(user->role))}, {"via", "badge"}};
    if (auto st = record({str(audit_type::kSignOn), std::move(f)}, Severity::Info,
                         "user " + user->id + " signed on with a badge");
        !st) {
        return makeError("auth.audit_failed",
                         "sign-on not permitted: the audit journal cannot be written ("
                             + st.error().message + ")");
    }
    return user;
}

Decision AuditedAuthorizer::check(const User &user, Action action)
{
    const Decision d = m_auth->decide(user, action);
    Fields f{{"user", user.id},
             {"role", str(toString(user.role))},
             {"action", str(toString(action))},
             {"decision", str(toString(d))}};
    if (d == Decision::Allowed) {
        if (!record({str(audit_type::kGranted), std::move(f)}, Severity::Info,
                    str(toString(action)) + " granted to " + user.id))
            return Decision::Refused;
        return d;
    }
    (void)record({str(audit_type::kRefused), std::move(f)}, Severity::Warn,
                 str(toString(action)) + " " + str(toString(d)) + " for " + user.id);
    return d;
}

Result<Approval> AuditedAuthorizer::finishApproval(const User &requester, Action action,
                                                   Result<Approval> approval,
                                                   std::string approverId, const std::string &via,
                                                   const std::string &reason)
{
    if (!approval) {
        Fields f{{"user", requester.id},
                 {"role", str(toString(requester.role))},
                 {"action", str(toString(action))},
                 {"approver", std::move(approverId)},
                 {"via", via},
                 {"reason", reason},
                 {"decision", "approval_refused"},
                 {"code", approval.error().code}};
        (void)record({str(audit_type::kRefused), std::move(f)}, Severity::Warn,
                     "approval of " + str(toString(action)) + " for " + requester.id
                         + " refused: " + approval.error().code);
        return approval;
    }
    const auto approver = m_auth->directory().findById(approval->approverId);
    Fields f{{"user", requester.id},
             {"role", str(toString(requester.role))},
             {"action", str(toString(action))},
             {"approver", approval->approverId},
             {"approver_role", approver ? str(toString(approver->role)) : ""},
             {"via", via},
             {"reason", approval->reason}};
    if (auto st = record({str(audit_type::kOverride), std::move(f)}, Severity::Info,
                         str(toString(action)) + " for " + requester.id + " approved by "
                             + approval->approverId);
        !st) {
        return makeError("auth.audit_failed",
                         "approval not granted: the audit journal cannot be written ("
                             + st.error().message + ")");
    }
    return approval;
}

Result<Approval> AuditedAuthorizer::approve(const User &requester, Action action,
                                            std::string_view approverId,
                                            std::string_view approverPin, std::string reason)
{
    const std::string why = reason;
    auto a = m_auth->approve(requester, action, approverId, approverPin, std::move(reason));
    persistLockout(str(approverId));
    const bool known = m_auth->directory().findById(approverId).has_value();
    return finishApproval(requester, action, std::move(a), known ? str(approverId) : "", "pin",
                          why);
}

Result<Approval> AuditedAuthorizer::approveWithBadge(const User &requester, Action action,
                                                     std::string_view badge, std::string reason)
{
    const std::string why = reason;
    auto a = m_auth->approveWithBadge(requester, action, badge, std::move(reason));
    persistLockout(str(Authorizer::kBadgeLockoutKey));
    return finishApproval(requester, action, std::move(a), "", "badge", why);
}

Status AuditedAuthorizer::changePin(std::string_view userId, std::string_view oldPin,
                                    std::string_view newPin)
{
    Status st = m_auth->changePin(userId, oldPin, newPin);
    persistLockout(str(userId));
    const bool known = m_auth->directory().findById(userId).has_value();
    Fields f{{"user", known ? str(userId) : ""}};
    if (!st) {
        f.emplace_back("code", st.error().code);
        (void)record({str(audit_type::kPinChangeFailed), std::move(f)}, Severity::Warn,
                     "PIN change refused: " + st.error().code);
        return st;
    }
    // The new PIN is already stored; a failed audit write is reported, not undone.
    (void)record({str(audit_type::kPinChanged), std::move(f)}, Severity::Info,
                 "user " + str(userId) + " changed the PIN");
    return {};
}

} // namespace lane::core
