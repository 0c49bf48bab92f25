#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

#include "app/lane/userdirectory.h"
#include "core/auth/auditedauthorizer.h"
#include "core/base/clock.h"

namespace lane::app {

/// Why a sign-on was refused, in words for the person at the lane.
QString signOnRefusal(const core::Error &error);
/// Why `approverId` could not approve an action: the supervisor dialog at the POS and the
/// attendant's approval at the kiosk say the same.
QString approvalRefusal(const core::Error &error, const QString &approverId);

/// Sign-on, sign-off, supervisor approvals and the automatic lock after inactivity, all
/// through the store's audited authorizer (PIN lockout, every decision journaled).
class SessionViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(bool signedOn READ signedOn NOTIFY sessionChanged FINAL)
    Q_PROPERTY(bool locked READ locked NOTIFY sessionChanged FINAL)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged FINAL)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged FINAL)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged FINAL)

public:
    explicit SessionViewModel(QObject *parent = nullptr);

    void setAuthorizer(core::AuditedAuthorizer *authorizer) { m_auth = authorizer; }
    /// The clock inactivity is measured with; tests pass a ManualClock.
    void setClock(const core::Clock *clock) { m_clock = clock; }
    void setLockAfterSeconds(int seconds) { m_lockAfterSeconds = seconds; }

    bool signedOn() const { return m_user.has_value(); }
    bool locked() const { return m_locked; }
    QString userId() const { return m_user ? m_user->id() : QString(); }
    QString userName() const { return m_user ? m_user->name() : QString(); }
    QString error() const { return m_error; }
    const SignedOnUser *user() const { return m_user ? &*m_user : nullptr; }

    Q_INVOKABLE bool signOn(const QString &userId, const QString &pin);
    Q_INVOKABLE void signOff();
    /// Only the signed-on user unlocks, with their PIN (lockout applies).
    Q_INVOKABLE bool unlock(const QString &pin);
    Q_INVOKABLE void lockNow();
    /// Any touch, key or scan: restarts the inactivity period.
    Q_INVOKABLE void noteActivity();
    /// Checks the inactivity period now; the timer calls it every second.
    Q_INVOKABLE void checkInactivity();
    /// Whether the signed-on user may do `permission` alone now. Asked when the cashier
    /// starts the action, so the decision (granted or refused) is journaled.
    Q_INVOKABLE bool can(const QString &permission);
    /// A supervisor's approval of one action for the signed-on user, journaled with both
    /// identities and `reason`: the approver's id when the PIN is right and they may
    /// approve it, empty otherwise (error says why).
    Q_INVOKABLE QString approve(const QString &supervisorId, const QString &pin,
                                const QString &permission, const QString &reason);

Q_SIGNALS:
    void sessionChanged();
    void errorChanged();
    void signedOnChanged(const QString &userId);

private:
    void setError(const QString &error);
    QString refusal(const core::Error &error) const;

    core::AuditedAuthorizer *m_auth = nullptr;
    const core::Clock *m_clock = nullptr;
    std::optional<SignedOnUser> m_user;
    bool m_locked = false;
    int m_lockAfterSeconds = 300;
    core::TimePoint m_lastActivity{};
    QString m_error;
    QTimer m_timer;
};

} // namespace lane::app
