#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include <QSerialPort>

#include "devices/framework/bytechannel.h"

namespace lane::devices {

/// Line settings of a serial device (9600 7E1 for a Toledo scale, 8N1 elsewhere).
struct SerialSettings
{
    qint32 baudRate = 9600;
    int dataBits = 8;
    char parity = 'N'; ///< N, E, O
    int stopBits = 1;
    bool hardwareFlowControl = false;
    std::optional<bool> dtr;
    std::optional<bool> rts;

    /// "9600", "7E1" style options: baud, databits, parity, stopbits, flow, dtr, rts.
    static core::Result<SerialSettings> fromOptions(const std::map<std::string, std::string> &opts,
                                                    SerialSettings defaults);
};

/// The seam between the channel and the port's line settings: some ports (ptys, cheap
/// adapters) refuse data bits 7, parity or DTR/RTS. Failures are warnings, not errors.
class SerialLineControl
{
public:
    virtual ~SerialLineControl() = default;
    /// Applies the settings; returns the settings the port refused, as readable text.
    virtual QStringList apply(QSerialPort &port, const SerialSettings &settings);
};

/// A serial port (RS-232, USB CDC-ACM, pty) through QSerialPort.
class SerialChannel final : public ByteChannel
{
    Q_OBJECT
public:
    SerialChannel(QString path, SerialSettings settings, QObject *parent = nullptr,
                  std::shared_ptr<SerialLineControl> lineControl = {});
    ~SerialChannel() override;

    core::Status open() override;
    void close() override;
    bool isOpen() const override;
    core::Status write(const QByteArray &data) override;
    QString description() const override { return QStringLiteral("serial:") + m_path; }

private:
    QString m_path;
    SerialSettings m_settings;
    std::shared_ptr<SerialLineControl> m_lineControl;
    QSerialPort *m_port = nullptr;
};

} // namespace lane::devices
