#include "devices/drawer/cashdrawer.h"

#include "devices/framework/logging.h"

namespace lane::devices::drawer {

QString reasonName(OpenReason reason)
{
    switch (reason) {
    case OpenReason::Sale:
        return QStringLiteral("sale");
    case OpenReason::NoSale:
        return QStringLiteral("no_sale");
    case OpenReason::CashIn:
        return QStringLiteral("cash_in");
    case OpenReason::CashOut:
        return QStringLiteral("cash_out");
    }
    return QStringLiteral("unknown");
}

CashDrawer::CashDrawer(QString name, PrinterLookup lookup, Settings settings,
                       core::EventSink &events, QObject *parent)
    : Device(std::move(name), QStringLiteral("drawer"), parent)
    , m_lookup(std::move(lookup))
    , m_settings(settings)
    , m_events(events)
{}

CashDrawer::CashDrawer(QString name, std::unique_ptr<ByteChannel> transport, Settings settings,
                       core::EventSink &events, QObject *parent)
    : Device(std::move(name), QStringLiteral("drawer"), parent)
    , m_settings(settings)
    , m_events(events)
{
    setChannel(std::move(transport));
}

core::Status CashDrawer::doOpen()
{
    if (!m_lookup)
        return Device::doOpen();
    m_printer = m_lookup();
    if (!m_printer)
        return core::makeError("device.not_found", "the drawer's printer is not configured");
    connect(m_printer.data(), &printer::ReceiptPrinter::printerStatusChanged, this,
            &CashDrawer::onPrinterStatus, Qt::UniqueConnection);
    return {};
}

void CashDrawer::doClose()
{
    if (m_printer)
        m_printer->disconnect(this);
    m_printer.clear();
    Device::doClose();
}

core::Status CashDrawer::openDrawer(OpenReason reason)
{
    if (auto status = requireEnabled(); !status)
        return status;
    core::Status sent;
    if (m_lookup) {
        if (!m_printer)
            return makeDeviceError(DeviceErrorCode::NotFound, QStringLiteral("no printer"));
        sent = m_printer->pulseDrawer(m_settings.pulse);
    } else {
        const auto &p = m_settings.pulse;
        const char bytes[5]
            = {0x1B, 'p', char(p.pin == 1 ? 1 : 0), char(std::clamp(p.onMs / 2, 1, 255)),
               char(std::clamp(p.offMs / 2, 1, 255))};
        sent = channel()->write(QByteArray(bytes, 5));
    }
    if (!sent)
        return sent;
    const QString why = reasonName(reason);
    log()->info("{}: opened ({})", name().toStdString(), why.toStdString());
    m_events.emit(core::Severity::Info, "drawer.opened",
                  (name() + QStringLiteral(" opened: ") + why).toStdString(),
                  {{"device", name().toStdString()}, {"reason", why.toStdString()}});
    Q_EMIT drawerOpened(why);
    return {};
}

void CashDrawer::refreshState()
{
    if (m_printer)
        m_printer->queryStatus();
}

void CashDrawer::onPrinterStatus(const escpos::PrinterStatus &status)
{
    const bool open = status.drawerPinHigh == m_settings.openWhenPinHigh;
    if (m_open == open)
        return;
    m_open = open;
    Q_EMIT drawerStateChanged(open);
}

} // namespace lane::devices::drawer
