#pragma once

#include <functional>
#include <optional>

#include <QPointer>

#include "core/base/events.h"
#include "devices/escpos/document.h"
#include "devices/framework/device.h"
#include "devices/printer/receiptprinter.h"

namespace lane::devices::drawer {

/// Why the drawer opened; journaled by the store.
enum class OpenReason { Sale, NoSale, CashIn, CashOut };
QString reasonName(OpenReason reason); ///< "sale", "no_sale", "cash_in", "cash_out"

/// A cash drawer. Through the printer's kick connector (ESC p), reading open/closed from
/// the printer's drawer bit (DLE EOT 1 bit 2), or on its own serial port (write-only).
/// Every open carries a reason and emits the EventSink event "drawer.opened".
class CashDrawer final : public Device
{
    Q_OBJECT
public:
    using PrinterLookup = std::function<printer::ReceiptPrinter *()>;

    struct Settings
    {
        escpos::DrawerPulse pulse;
        bool openWhenPinHigh = true; ///< drawers differ: which level of pin 3 means open
    };

    /// Drawer behind a printer, found by `lookup` when opened (the printer may be created
    /// after the drawer).
    CashDrawer(QString name, PrinterLookup lookup, Settings settings, core::EventSink &events,
               QObject *parent = nullptr);
    /// Drawer on its own port: the pulse bytes are written to the channel.
    CashDrawer(QString name, std::unique_ptr<ByteChannel> channel, Settings settings,
               core::EventSink &events, QObject *parent = nullptr);

    [[nodiscard]] core::Status openDrawer(OpenReason reason);
    /// Asks the printer for its drawer bit; the answer comes as drawerStateChanged.
    void refreshState();
    /// Known open/closed state (unknown on a serial drawer or before the first status).
    std::optional<bool> isDrawerOpen() const { return m_open; }

Q_SIGNALS:
    void drawerOpened(const QString &reason);
    void drawerStateChanged(bool open);

protected:
    core::Status doOpen() override;
    void doClose() override;

private:
    void onPrinterStatus(const escpos::PrinterStatus &status);

    PrinterLookup m_lookup;
    QPointer<printer::ReceiptPrinter> m_printer;
    Settings m_settings;
    core::EventSink &m_events;
    std::optional<bool> m_open;
};

} // namespace lane::devices::drawer
