#include "app/lane/sessionviewmodel.h"

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

bool SessionViewModel::signOn(const QString &userId, const QString &pin)
{
    if (!m_directory) {
        setError(tr("No user directory is configured on this lane. Call support."));
        return false;
    }
    auto result = m_directory->authenticate(userId, pin);
    if (!result.ok()) {
        setError(tr("User or PIN not recognised. Try again."));
        return false;
    }
    m_user = std::move(result).value();
    m_locked = false;
    setError({});
    noteActivity();
    Q_EMIT sessionChanged();
    Q_EMIT signedOnChanged(m_user->id);
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
    if (!m_user || !m_directory) {
        return false;
    }
    if (!m_directory->authenticate(m_user->id, pin).ok()) {
        setError(tr("Wrong PIN. The lane stays locked."));
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

bool SessionViewModel::can(const QString &permission) const
{
    return m_user && m_user->can(permission);
}

QString SessionViewModel::approve(const QString &supervisorId, const QString &pin,
                                  const QString &permission)
{
    if (!m_directory) {
        setError(tr("No user directory is configured on this lane. Call support."));
        return {};
    }
    const auto result = m_directory->authenticate(supervisorId, pin);
    if (!result.ok()) {
        setError(tr("Supervisor or PIN not recognised."));
        return {};
    }
    if (!result.value().can(permission)) {
        setError(tr("%1 may not approve this.").arg(result.value().name));
        return {};
    }
    setError({});
    noteActivity();
    return result.value().id;
}

} // namespace lane::app
