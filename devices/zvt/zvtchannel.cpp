#include "devices/zvt/zvtchannel.h"

#include <QSerialPort>
#include <QTcpSocket>

#include <spdlog/spdlog.h>

namespace lane::devices::zvt {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    static auto logger = [] {
        auto l = spdlog::get("lane.zvt");
        return l ? l : std::make_shared<spdlog::logger>("lane.zvt");
    }();
    return logger;
}

class TcpChannel final : public ByteChannel
{
public:
    TcpChannel(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (m_handlers.opened)
                m_handlers.opened();
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            const QByteArray data = m_socket.readAll();
            if (m_handlers.received && !data.isEmpty())
                m_handlers.received(data);
        });
        QObject::connect(&m_socket, &QTcpSocket::disconnected,
                         [this] { reportClosed("connection closed"); });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred,
                         [this](QAbstractSocket::SocketError) {
                             if (m_socket.state() != QAbstractSocket::ConnectedState)
                                 reportClosed(m_socket.errorString());
                         });
    }
    void setHandlers(Handlers handlers) override { m_handlers = std::move(handlers); }
    void open() override
    {
        m_closedReported = false;
        m_socket.abort();
        m_socket.connectToHost(m_host, m_port);
    }
    void close() override
    {
        m_closedReported = true; // closing on purpose is not an event
        m_socket.abort();
    }
    bool isOpen() const override { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool write(const QByteArray &bytes) override
    {
        return isOpen() && m_socket.write(bytes) == bytes.size();
    }
    QString describe() const override
    {
        return QStringLiteral("tcp://%1:%2").arg(m_host).arg(m_port);
    }

private:
    void reportClosed(const QString &reason)
    {
        if (m_closedReported)
            return;
        m_closedReported = true;
        if (m_handlers.closed)
            m_handlers.closed(reason);
    }
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    Handlers m_handlers;
    bool m_closedReported = false;
};

class SerialChannel final : public ByteChannel
{
public:
    SerialChannel(QString path, qint32 baud)
        : m_path(std::move(path))
        , m_baud(baud)
    {
        QObject::connect(&m_port, &QSerialPort::readyRead, [this] {
            const QByteArray data = m_port.readAll();
            if (m_handlers.received && !data.isEmpty())
                m_handlers.received(data);
        });
        QObject::connect(&m_port, &QSerialPort::errorOccurred,
                         [this](QSerialPort::SerialPortError e) {
                             if (e == QSerialPort::ResourceError && m_port.isOpen()) {
                                 const QString reason = m_port.errorString();
                                 m_port.close();
                                 if (m_handlers.closed)
                                     m_handlers.closed(reason);
                             }
                         });
    }
    void setHandlers(Handlers handlers) override { m_handlers = std::move(handlers); }
    void open() override
    {
        m_port.close();
        m_port.setPortName(m_path);
        if (!m_port.open(QIODevice::ReadWrite)) {
            if (m_handlers.closed)
                m_handlers.closed(m_port.errorString());
            return;
        }
        // ZVT serial is commonly 8N2; ptys and some adapters refuse settings: not fatal.
        if (!m_port.setBaudRate(m_baud) || !m_port.setDataBits(QSerialPort::Data8)
            || !m_port.setParity(QSerialPort::NoParity)
            || !m_port.setStopBits(QSerialPort::TwoStop))
            log()->warn("{}: line settings refused: {}", m_path.toStdString(),
                        m_port.errorString().toStdString());
        m_port.clearError();
        if (m_handlers.opened)
            m_handlers.opened();
    }
    void close() override { m_port.close(); }
    bool isOpen() const override { return m_port.isOpen(); }
    bool write(const QByteArray &bytes) override
    {
        return m_port.isOpen() && m_port.write(bytes) == bytes.size();
    }
    QString describe() const override { return QStringLiteral("serial:%1").arg(m_path); }

private:
    QString m_path;
    qint32 m_baud;
    QSerialPort m_port;
    Handlers m_handlers;
};

} // namespace

std::unique_ptr<ByteChannel> makeTcpChannel(const QString &host, quint16 port)
{
    return std::make_unique<TcpChannel>(host, port);
}

std::unique_ptr<ByteChannel> makeSerialChannel(const QString &path, qint32 baud)
{
    return std::make_unique<SerialChannel>(path, baud);
}

} // namespace lane::devices::zvt
