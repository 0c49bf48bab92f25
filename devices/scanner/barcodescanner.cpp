#include "devices/scanner/barcodescanner.h"

#include "devices/framework/logging.h"

namespace lane::devices::scanner {

BarcodeScanner::BarcodeScanner(QString name, ScannerProtocol protocol,
                               std::unique_ptr<ByteChannel> transport, QObject *parent)
    : Device(std::move(name), QStringLiteral("scanner"), parent)
    , m_protocol(protocol)
{
    qRegisterMetaType<lane::devices::scanner::ScanEvent>();
    setChannel(std::move(transport));
}

void BarcodeScanner::onOpened()
{
    // A code half-read before an unplug must not be glued to the next one.
    m_serial = {};
    m_hid = {};
    m_evdev = {};
}

void BarcodeScanner::onData(const QByteArray &data)
{
    const std::string_view bytes(data.constData(), std::size_t(data.size()));
    switch (m_protocol) {
    case ScannerProtocol::Serial:
        for (const auto &scan : m_serial.feed(bytes))
            deliver(scan);
        break;
    case ScannerProtocol::Evdev:
        for (const auto &scan : m_evdev.feed(bytes))
            deliver(scan);
        break;
    case ScannerProtocol::HidPos: {
        auto result = m_hid.feed(bytes);
        if (!result) {
            ++m_framingErrors;
            log()->warn("{}: {}", name().toStdString(), result.error().message);
            Q_EMIT statusEvent(QString::fromStdString(result.error().code),
                               QString::fromStdString(result.error().message));
        } else if (result->has_value()) {
            deliver(**result);
        }
        break;
    }
    }
}

void BarcodeScanner::deliver(const ScanData &scan)
{
    if (!isEnabled()) {
        ++m_dropped;
        return;
    }
    ScanEvent event{QByteArray::fromStdString(scan.raw), QByteArray::fromStdString(scan.aim),
                    QByteArray::fromStdString(scan.payload)};
    Q_EMIT dataEvent(QVariant::fromValue(event));
    Q_EMIT scanned(event);
}

} // namespace lane::devices::scanner
