#include "app/lane/userdirectory.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace lane::app {

QByteArray LocalUserDirectory::hashPin(const QByteArray &salt, const QString &pin)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(pin.toUtf8());
    return hash.result();
}

void LocalUserDirectory::addUser(const QString &id, const QString &name, const QString &pin,
                                 const QStringList &permissions)
{
    QByteArray salt(16, '\0');
    for (auto &byte : salt) {
        byte = char(QRandomGenerator::global()->bounded(256));
    }
    m_users[id] = Account{SignedOnUser{id, name, permissions}, salt, hashPin(salt, pin)};
}

core::Result<SignedOnUser> LocalUserDirectory::authenticate(const QString &userId,
                                                            const QString &pin) const
{
    const auto it = m_users.find(userId.trimmed());
    if (it == m_users.end()) {
        return core::makeError("auth.unknown_user",
                               "user '" + userId.toStdString() + "' is not known on this lane");
    }
    if (hashPin(it->second.salt, pin) != it->second.pinHash) {
        return core::makeError("auth.bad_pin", "wrong PIN for user '" + userId.toStdString() + "'");
    }
    return it->second.user;
}

} // namespace lane::app
