#include "devices/framework/serialchannel.h"

#include <cstdlib>

namespace lane::devices {
namespace {

bool parseBool(const std::string &text)
{
    return text == "1" || text == "true" || text == "on" || text == "yes";
}

} // namespace

core::Result<SerialSettings>
SerialSettings::fromOptions(const std::map<std::string, std::string> &opts, SerialSettings s)
{
    auto number = [&](const char *key, int &out) -> core::Status {
        const auto it = opts.find(key);
        if (it == opts.end())
            return {};
        char *end = nullptr;
        const long value = std::strtol(it->second.c_str(), &end, 10);
        if (it->second.empty() || *end != '\0' || value <= 0)
            return core::makeError("device.config", std::string("serial option '") + key
                                                        + "' must be a positive number, got '"
                                                        + it->second + "'");
        out = int(value);
        return {};
    };
    int baud = s.baudRate;
    for (auto status :
         {number("baud", baud), number("databits", s.dataBits), number("stopbits", s.stopBits)}) {
        if (!status)
            return status.error();
    }
    s.baudRate = baud;
    if (s.dataBits < 5 || s.dataBits > 8 || s.stopBits < 1 || s.stopBits > 2)
        return core::makeError("device.config", "serial data bits must be 5..8, stop bits 1..2");
    if (const auto it = opts.find("parity"); it != opts.end()) {
        if (it->second.size() != 1
            || std::string("NEOneo").find(it->second[0]) == std::string::npos)
            return core::makeError("device.config",
                                   "serial parity must be N, E or O, got '" + it->second + "'");
        s.parity = char(std::toupper(static_cast<unsigned char>(it->second[0])));
    }
    if (const auto it = opts.find("flow"); it != opts.end())
        s.hardwareFlowControl = it->second == "rtscts" || it->second == "hardware";
    if (const auto it = opts.find("dtr"); it != opts.end())
        s.dtr = parseBool(it->second);
    if (const auto it = opts.find("rts"); it != opts.end())
        s.rts = parseBool(it->second);
    return s;
}

QStringList SerialLineControl::apply(QSerialPort &port, const SerialSettings &s)
{
    QStringList refused;
    if (!port.setBaudRate(s.baudRate))
        refused << QStringLiteral("baud rate %1").arg(s.baudRate);
    if (!port.setDataBits(QSerialPort::DataBits(s.dataBits)))
        refused << QStringLiteral("data bits %1").arg(s.dataBits);
    const auto parity = s.parity == 'E'   ? QSerialPort::EvenParity
                        : s.parity == 'O' ? QSerialPort::OddParity
                                          : QSerialPort::NoParity;
    if (!port.setParity(parity))
        refused << QStringLiteral("parity %1").arg(QChar(s.parity));
    if (!port.setStopBits(s.stopBits == 2 ? QSerialPort::TwoStop : QSerialPort::OneStop))
        refused << QStringLiteral("stop bits %1").arg(s.stopBits);
    if (!port.setFlowControl(s.hardwareFlowControl ? QSerialPort::HardwareControl
                                                   : QSerialPort::NoFlowControl))
        refused << QStringLiteral("flow control");
    if (s.dtr && !port.setDataTerminalReady(*s.dtr))
        refused << QStringLiteral("DTR");
    if (s.rts && !s.hardwareFlowControl && !port.setRequestToSend(*s.rts))
        refused << QStringLiteral("RTS");
    port.clearError();
    return refused;
}

SerialChannel::SerialChannel(QString path, SerialSettings settings, QObject *parent,
                             std::shared_ptr<SerialLineControl> lineControl)
    : ByteChannel(parent)
    , m_path(std::move(path))
    , m_settings(settings)
    , m_lineControl(lineControl ? std::move(lineControl) : std::make_shared<SerialLineControl>())
{}

SerialChannel::~SerialChannel()
{
    close();
}

core::Status SerialChannel::open()
{
    close();
    m_port = new QSerialPort(m_path, this);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const auto message = m_port->errorString().toStdString();
        delete m_port;
        m_port = nullptr;
        return core::makeError("device.not_found",
                               "cannot open " + m_path.toStdString() + ": " + message);
    }
    for (const auto &refused : m_lineControl->apply(*m_port, m_settings))
        addWarning(
            QStringLiteral("port refused %1; continuing with its current setting").arg(refused));
    connect(m_port, &QSerialPort::readyRead, this,
            [this] { Q_EMIT dataReceived(m_port->readAll()); });
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        // A USB adapter unplugged gives ResourceError (EIO); a hung-up pty reads EOF,
        // which QSerialPort reports as ReadError.
        if (error == QSerialPort::ResourceError || error == QSerialPort::PermissionError
            || error == QSerialPort::ReadError) {
            const QString reason = m_port->errorString();
            m_port->clearError();
            // Deferred: the port must not be deleted inside its own signal.
            QMetaObject::invokeMethod(
                this,
                [this, reason] {
                    if (m_port) {
                        close();
                        Q_EMIT connectionLost(reason);
                    }
                },
                Qt::QueuedConnection);
        }
    });
    return {};
}

void SerialChannel::close()
{
    if (!m_port)
        return;
    m_port->disconnect(this);
    m_port->close();
    m_port->deleteLater();
    m_port = nullptr;
}

bool SerialChannel::isOpen() const
{
    return m_port && m_port->isOpen();
}

core::Status SerialChannel::write(const QByteArray &data)
{
    if (!isOpen())
        return core::makeError("device.not_open", description().toStdString() + " is not open");
    if (m_port->write(data) != data.size())
        return core::makeError("device.io", "write to " + description().toStdString() + " failed: "
                                                + m_port->errorString().toStdString());
    return {};
}

} // namespace lane::devices
