#pragma once

#include <QTcpSocket>
#include <QTimer>

#include "devices/framework/bytechannel.h"

namespace lane::devices {

/// A TCP connection (receipt printers on port 9100, payment terminals on 20007). open()
/// starts connecting and returns at once; writes wait in a buffer until connected, and a
/// failed or timed-out connect is reported as connectionLost.
class TcpChannel final : public ByteChannel
{
    Q_OBJECT
public:
    TcpChannel(QString host, quint16 port, int connectTimeoutMs = 3000, QObject *parent = nullptr);
    ~TcpChannel() override;

    core::Status open() override;
    void close() override;
    bool isOpen() const override;
    bool isConnected() const;
    core::Status write(const QByteArray &data) override;
    QString description() const override;

Q_SIGNALS:
    void connected();

private:
    void lose(const QString &reason);

    QString m_host;
    quint16 m_port;
    int m_connectTimeoutMs;
    QTcpSocket *m_socket = nullptr;
    QTimer m_connectTimer;
    QByteArray m_pending;
};

} // namespace lane::devices
