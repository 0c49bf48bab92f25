#pragma once

#include <atomic>
#include <memory>
#include <thread>

#include "devices/framework/bytechannel.h"

struct libusb_context;
struct libusb_device_handle;

namespace lane::devices {

/// Which USB device and interface to use.
struct UsbAddress
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    int interfaceClass = 7; ///< 7 = printer class; -1 = first interface with bulk endpoints
};

/// USB bulk endpoints through libusb (receipt printers in printer class). The kernel usblp
/// driver is detached automatically; a reader thread polls the IN endpoint and hands the
/// bytes to the Qt thread. Every libusb call is checked and logged with libusb_error_name.
class UsbChannel final : public ByteChannel
{
    Q_OBJECT
public:
    explicit UsbChannel(UsbAddress address, QObject *parent = nullptr);
    ~UsbChannel() override;

    core::Status open() override;
    void close() override;
    bool isOpen() const override { return m_handle != nullptr; }
    core::Status write(const QByteArray &data) override;
    QString description() const override;

    /// "04b8:0202" -> address; errors name the bad text.
    static core::Result<UsbAddress> parseAddress(const QString &text);

private:
    void readLoop();

    UsbAddress m_address;
    libusb_context *m_context = nullptr;
    libusb_device_handle *m_handle = nullptr;
    int m_interface = -1;
    unsigned char m_endpointIn = 0;
    unsigned char m_endpointOut = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_reader;
};

} // namespace lane::devices
