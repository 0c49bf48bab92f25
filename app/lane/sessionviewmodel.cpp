#include "app/lane/sessionviewmodel.h"

#include <QCoreApplication>

namespace lane::app {

SessionViewModel::SessionViewModel(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionViewModel::checkInactivity);
    m_timer.start();
}

void SessionViewModel::setError(const QString &error)
{
    if (m_error != error) {
        m_error = error;
        Q_EMIT errorChanged();
    }
}

namespace {
QString trSession(const char *text)
{
    // The session's own translation context (QT_TRANSLATE_NOOP at each text, so lupdate
    // keeps them): the POS and the kiosk show the same words.
    return QCoreApplication::translate("lane::app::SessionViewModel", text);
}
} // namespace

QString signOnRefusal(const core::Error &error)
{
    const std::string &c = error.code;
    if (c == "auth.locked") {
        // The core message says how long the lockout lasts.
        return trSession(QT_TRANSLATE_NOOP("lane::app::SessionViewModel",
                                           "Too many wrong PINs: locked for now (%1)."))
            .arg(QString::fromStdString(error.message));
    }
    if (c == "auth.inactive") {
        return trSession(QT_TRANSLATE_NOOP("lane::app::SessionViewModel",
                                           "This user is disabled. Ask a manager."));
    }
    if (c == "auth.audit_failed") {
        return trSession(QT_TRANSLATE_NOOP("lane::app::SessionViewModel",
                                           "The audit journal cannot be written, so nothing can be "
                                           "approved. Call support."));
    }
    return trSession(
        QT_TRANSLATE_NOOP("lane::app::SessionViewModel", "User or PIN not recognised. Try again."));
}

QString approvalRefusal(const core::Error &error, const QString &approverId)
{
    const std::string &c = error.code;
    if (c == "auth.approver_not_permitted" || c == "auth.refused") {
        return trSession(
                   QT_TRANSLATE_NOOP("lane::app::SessionViewModel", "%1 may not approve this."))
            .arg(approverId);
    }
    if (c == "auth.self_approval") {
        return trSession(
            QT_TRANSLATE_NOOP("lane::app::SessionViewModel", "A second person must approve this."));
    }
    return signOnRefusal(error);
}

QString SessionViewModel::refusal(const core::Error &error) const
{
    return signOnRefusal(error);
}

bool SessionViewModel::signOn(const QString &userId, const QString &pin)
{
    if (!m_auth) {
        setError(tr("No user directory is configured on this lane. Call support."));
        return false;
    }
    auto result = m_auth->signOn(userId.trimmed().toStdString(), pin.toStdString());
    if (!result.ok()) {
        setError(refusal(result.error()));
        return false;
    }
    m_user = SignedOnUser{std::move(result).value()};
    m_locked = false;
    setError({});
    noteActivity();
    Q_EMIT sessionChanged();
    Q_EMIT signedOnChanged(m_user->id());
    return true;
}

void SessionViewModel::signOff()
{
    m_user.reset();
    m_locked = false;
    setError({});
    Q_EMIT sessionChanged();
    Q_EMIT signedOnChanged(QString());
}

bool SessionViewModel::unlock(const QString &pin)
{
    if (!m_user || !m_auth) {
        return false;
    }
    const auto result = m_auth->signOn(m_user->user.id, pin.toStdString());
    if (!result.ok()) {
        setError(result.error().code == "auth.locked" ? refusal(result.error())
                                                      : tr("Wrong PIN. The lane stays locked."));
        return false;
    }
    m_locked = false;
    setError({});
    noteActivity();
    Q_EMIT sessionChanged();
    return true;
}

void SessionViewModel::lockNow()
{
    if (m_user && !m_locked) {
        m_locked = true;
        setError({});
        Q_EMIT sessionChanged();
    }
}

void SessionViewModel::noteActivity()
{
    if (m_clock) {
        m_lastActivity = m_clock->now();
    }
}

void SessionViewModel::checkInactivity()
{
    if (!m_clock || !m_user || m_locked || m_lockAfterSeconds <= 0) {
        return;
    }
    if (m_clock->now() - m_lastActivity >= std::chrono::seconds(m_lockAfterSeconds)) {
        lockNow();
    }
}

bool SessionViewModel::can(const QString &permission)
{
    if (!m_user || !m_auth || !isKnownPermission(permission)) {
        return false;
    }
    const auto action = actionForPermission(permission);
    if (!action) {
        return true; // every signed-on user may
    }
    return m_auth->check(m_user->user, *action) == core::Decision::Allowed;
}

QString SessionViewModel::approve(const QString &supervisorId, const QString &pin,
                                  const QString &permission, const QString &reason)
{
    if (!m_auth || !m_user) {
        setError(tr("No user directory is configured on this lane. Call support."));
        return {};
    }
    const auto action = actionForPermission(permission);
    if (!action) {
        setError(tr("This action needs no approval."));
        return {};
    }
    const auto result = m_auth->approve(m_user->user, *action, supervisorId.trimmed().toStdString(),
                                        pin.toStdString(), reason.toStdString());
    if (!result.ok()) {
        setError(approvalRefusal(result.error(), supervisorId));
        return {};
    }
    setError({});
    noteActivity();
    return QString::fromStdString(result.value().approverId);
}

} // namespace lane::app
