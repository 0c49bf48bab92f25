#include "devices/framework/usbchannel.h"

#include <libusb.h>

#include "devices/framework/logging.h"

namespace lane::devices {
namespace {

constexpr unsigned kWriteTimeoutMs = 5000;
constexpr unsigned kReadPollMs = 100;

core::Error usbError(const char *call, int rc, const QString &where)
{
    const std::string message
        = where.toStdString() + ": " + call + " failed: " + libusb_error_name(rc);
    log()->warn("{}", message);
    return core::makeError(rc == LIBUSB_ERROR_NO_DEVICE || rc == LIBUSB_ERROR_NOT_FOUND
                               ? "device.not_found"
                               : "device.io",
                           message);
}

} // namespace

UsbChannel::UsbChannel(UsbAddress address, QObject *parent)
    : ByteChannel(parent)
    , m_address(address)
{}

UsbChannel::~UsbChannel()
{
    close();
}

QString UsbChannel::description() const
{
    return QStringLiteral("usb:%1:%2")
        .arg(m_address.vendorId, 4, 16, QLatin1Char('0'))
        .arg(m_address.productId, 4, 16, QLatin1Char('0'));
}

core::Result<UsbAddress> UsbChannel::parseAddress(const QString &text)
{
    const auto parts = text.split(QLatin1Char(':'));
    bool okVendor = false;
    bool okProduct = false;
    UsbAddress address;
    if (parts.size() == 2) {
        address.vendorId = parts[0].toUShort(&okVendor, 16);
        address.productId = parts[1].toUShort(&okProduct, 16);
    }
    if (!okVendor || !okProduct)
        return core::makeError("device.config", "USB address must be vendor:product in hex, got '"
                                                    + text.toStdString() + "'");
    return address;
}

core::Status UsbChannel::open()
{
    close();
    int rc = libusb_init(&m_context);
    if (rc != LIBUSB_SUCCESS) {
        m_context = nullptr;
        return usbError("libusb_init", rc, description());
    }
    m_handle = libusb_open_device_with_vid_pid(m_context, m_address.vendorId, m_address.productId);
    if (!m_handle) {
        close();
        const std::string message = description().toStdString() + ": no such device attached";
        log()->warn("{}", message);
        return core::makeError("device.not_found", message);
    }
    libusb_device *device = libusb_get_device(m_handle);
    libusb_config_descriptor *config = nullptr;
    rc = libusb_get_active_config_descriptor(device, &config);
    if (rc != LIBUSB_SUCCESS) {
        auto error = usbError("libusb_get_active_config_descriptor", rc, description());
        close();
        return error;
    }
    for (int i = 0; i < config->bNumInterfaces && m_interface < 0; ++i) {
        const auto &alt = config->interface[i].altsetting[0];
        if (m_address.interfaceClass >= 0 && alt.bInterfaceClass != m_address.interfaceClass)
            continue;
        unsigned char in = 0;
        unsigned char out = 0;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const auto &ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_BULK)
                continue;
            if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)
                in = ep.bEndpointAddress;
            else
                out = ep.bEndpointAddress;
        }
        if (out != 0) {
            m_interface = alt.bInterfaceNumber;
            m_endpointIn = in;
            m_endpointOut = out;
        }
    }
    libusb_free_config_descriptor(config);
    if (m_interface < 0) {
        close();
        return core::makeError("device.unsupported",
                               description().toStdString()
                                   + ": no interface with a bulk OUT endpoint");
    }
    rc = libusb_set_auto_detach_kernel_driver(m_handle, 1);
    if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_NOT_SUPPORTED)
        addWarning(QStringLiteral("libusb_set_auto_detach_kernel_driver: %1")
                       .arg(QString::fromLatin1(libusb_error_name(rc))));
    rc = libusb_claim_interface(m_handle, m_interface);
    if (rc != LIBUSB_SUCCESS) {
        auto error = usbError("libusb_claim_interface", rc, description());
        m_interface = -1;
        close();
        return error;
    }
    if (m_endpointIn != 0) {
        m_stop = false;
        m_reader = std::thread([this] { readLoop(); });
    }
    return {};
}

void UsbChannel::readLoop()
{
    unsigned char buffer[512];
    while (!m_stop) {
        int transferred = 0;
        const int rc = libusb_bulk_transfer(m_handle, m_endpointIn, buffer, sizeof buffer,
                                            &transferred, kReadPollMs);
        if (transferred > 0) {
            QByteArray data(reinterpret_cast<const char *>(buffer), transferred);
            QMetaObject::invokeMethod(
                this, [this, data] { Q_EMIT dataReceived(data); }, Qt::QueuedConnection);
        }
        if (rc == LIBUSB_SUCCESS || rc == LIBUSB_ERROR_TIMEOUT || rc == LIBUSB_ERROR_INTERRUPTED)
            continue;
        const QString reason = QStringLiteral("libusb_bulk_transfer IN: %1")
                                   .arg(QString::fromLatin1(libusb_error_name(rc)));
        log()->warn("{}: {}", description().toStdString(), reason.toStdString());
        QMetaObject::invokeMethod(
            this,
            [this, reason] {
                close();
                Q_EMIT connectionLost(reason);
            },
            Qt::QueuedConnection);
        return;
    }
}

void UsbChannel::close()
{
    m_stop = true;
    if (m_reader.joinable())
        m_reader.join();
    if (m_handle) {
        if (m_interface >= 0) {
            const int rc = libusb_release_interface(m_handle, m_interface);
            if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_NO_DEVICE)
                log()->warn("{}: libusb_release_interface failed: {}", description().toStdString(),
                            libusb_error_name(rc));
        }
        libusb_close(m_handle);
        m_handle = nullptr;
    }
    m_interface = -1;
    if (m_context) {
        libusb_exit(m_context);
        m_context = nullptr;
    }
}

core::Status UsbChannel::write(const QByteArray &data)
{
    if (!m_handle)
        return core::makeError("device.not_open", description().toStdString() + " is not open");
    int offset = 0;
    while (offset < data.size()) {
        int transferred = 0;
        auto *bytes
            = reinterpret_cast<unsigned char *>(const_cast<char *>(data.constData())) + offset;
        const int rc
            = libusb_bulk_transfer(m_handle, m_endpointOut, bytes, int(data.size() - offset),
                                   &transferred, kWriteTimeoutMs);
        offset += transferred;
        if (rc != LIBUSB_SUCCESS)
            return usbError("libusb_bulk_transfer OUT", rc, description());
    }
    return {};
}

} // namespace lane::devices
