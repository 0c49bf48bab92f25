#pragma once

#include <QByteArray>
#include <QMetaType>

#include "devices/framework/device.h"
#include "devices/scanner/evdevdecoder.h"
#include "devices/scanner/scanframing.h"

namespace lane::devices::scanner {

/// A scan as the app receives it: raw bytes with the AIM identifier kept, GS preserved.
struct ScanEvent
{
    QByteArray raw;
    QByteArray aim;
    QByteArray payload;
};

enum class ScannerProtocol { Serial, HidPos, Evdev };

/// A barcode scanner on a serial (CDC-ACM), hidraw (HID POS) or evdev (keyboard wedge)
/// channel. Emits scanned() only while enabled; codes read while disabled are dropped and
/// counted, never delivered later.
class BarcodeScanner final : public Device
{
    Q_OBJECT
public:
    BarcodeScanner(QString name, ScannerProtocol protocol, std::unique_ptr<ByteChannel> channel,
                   QObject *parent = nullptr);

    ScannerProtocol protocol() const { return m_protocol; }
    int droppedWhileDisabled() const { return m_dropped; }
    int framingErrors() const { return m_framingErrors; }

Q_SIGNALS:
    void scanned(const lane::devices::scanner::ScanEvent &scan);

protected:
    void onData(const QByteArray &data) override;
    void onOpened() override;

private:
    void deliver(const ScanData &scan);

    ScannerProtocol m_protocol;
    SerialScanFramer m_serial;
    HidPosAssembler m_hid;
    EvdevDecoder m_evdev;
    int m_dropped = 0;
    int m_framingErrors = 0;
};

} // namespace lane::devices::scanner

Q_DECLARE_METATYPE(lane::devices::scanner::ScanEvent)
