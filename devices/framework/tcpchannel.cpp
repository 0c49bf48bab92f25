#include "devices/framework/tcpchannel.h"

#include <QPointer>

namespace lane::devices {

TcpChannel::TcpChannel(QString host, quint16 port, int connectTimeoutMs, QObject *parent)
    : ByteChannel(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_connectTimeoutMs(connectTimeoutMs)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        lose(QStringLiteral("connect timed out after %1 ms").arg(m_connectTimeoutMs));
    });
}

TcpChannel::~TcpChannel()
{
    close();
}

QString TcpChannel::description() const
{
    return QStringLiteral("tcp:%1:%2").arg(m_host).arg(m_port);
}

core::Status TcpChannel::open()
{
    close();
    m_socket = new QTcpSocket(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connectTimer.stop();
        if (!m_pending.isEmpty()) {
            m_socket->write(m_pending);
            m_pending.clear();
        }
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this,
            [this] { Q_EMIT dataReceived(m_socket->readAll()); });
    connect(m_socket, &QTcpSocket::disconnected, this,
            [this] { lose(QStringLiteral("peer closed the connection")); });
    connect(m_socket, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { lose(m_socket->errorString()); });
    m_socket->connectToHost(m_host, m_port);
    m_connectTimer.start(m_connectTimeoutMs);
    return {};
}

void TcpChannel::lose(const QString &reason)
{
    if (!m_socket)
        return;
    // Deferred so the socket is never deleted inside its own signal. A socket reports one
    // loss twice (errorOccurred, then disconnected): only the first call for this very
    // socket acts, so a channel reopened in between is left alone.
    QPointer<QTcpSocket> lost = m_socket;
    QMetaObject::invokeMethod(
        this,
        [this, reason, lost] {
            if (!m_socket || m_socket != lost)
                return;
            close();
            Q_EMIT connectionLost(reason);
        },
        Qt::QueuedConnection);
}

void TcpChannel::close()
{
    m_connectTimer.stop();
    m_pending.clear();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

bool TcpChannel::isOpen() const
{
    return m_socket != nullptr;
}

bool TcpChannel::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

core::Status TcpChannel::write(const QByteArray &data)
{
    if (!m_socket)
        return core::makeError("device.not_open", description().toStdString() + " is not open");
    if (!isConnected()) {
        m_pending += data;
        return {};
    }
    if (m_socket->write(data) != data.size())
        return core::makeError("device.io", "write to " + description().toStdString() + " failed: "
                                                + m_socket->errorString().toStdString());
    return {};
}

} // namespace lane::devices
