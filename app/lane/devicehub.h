#pragma once

#include <QImage>
#include <QObject>

#include <memory>
#include <vector>

#include "app/lane/laneports.h"
#include "core/base/events.h"
#include "core/config/laneconfig.h"
#include "core/sale/receipttext.h"
#include "core/store/store.h"
#include "devices/escpos/document.h"
#include "devices/framework/adapterregistry.h"
#include "devices/framework/devicemanager.h"

namespace lane::devices::printer {
class ReceiptPrinter;
}

namespace lane::app {

class DeviceStatusModel;
class PrintLedger;
class SaleViewModel;

/// The lane's devices for the sale screen: builds the DeviceManager from configuration
/// (simulators in demo mode), implements LanePeripherals over it, sends scans to the sale
/// and device states to the status bar.
class DeviceHub : public QObject, public LanePeripherals
{
    Q_OBJECT

public:
    DeviceHub(const core::Clock &clock, core::EventSink &events, QObject *parent = nullptr);
    ~DeviceHub() override;

    /// The simulated lane of `lane --demo`: printer, scanner, scale, drawer, display.
    static std::vector<devices::DeviceConfig> demoDevices();
    /// The devices of the lane file.
    static std::vector<devices::DeviceConfig> fromConfig(const core::LaneConfig &config);

    /// Creates the devices; nothing is created when one is misconfigured.
    core::Status configure(const std::vector<devices::DeviceConfig> &configs);
    void start();
    void connectTo(SaleViewModel *sale, DeviceStatusModel *status);
    /// Keeps printed job ids in `store` (PrintLedger): a retry after a restart never prints
    /// twice and a reprint is a COPY with the sale's stored card slips. Without a store, job
    /// ids live in the printer's memory only. The store must outlive the printing.
    void keepPrintedJobsIn(core::Store &store);
    devices::DeviceManager &manager() { return *m_manager; }

    std::optional<std::int64_t> stableWeightGrams() override;
    core::Status printReceipt(const core::Receipt &receipt, const std::string &receiptNumber,
                              bool copy) override;
    core::Status printSlip(const std::string &jobId,
                           const std::vector<std::string> &lines) override;
    core::Status openDrawer(bool noSale) override;
    void showOnCustomerDisplay(const QString &line1, const QString &line2) override;
    void alert() override;

    /// The lane's receipt printer (the first one configured), or null.
    devices::printer::ReceiptPrinter *receiptPrinter() const;
    /// Prints a document (report, slip) on the receipt printer as job `jobId`.
    core::Status printDocument(const QString &jobId, devices::escpos::Document document);
    /// Store name, header, footer and language of printed receipts (the width comes from
    /// the printer's profile).
    void setReceiptOptions(core::ReceiptTextOptions options)
    {
        m_receiptOptions = std::move(options);
    }
    /// The receipt as the printer gets it: the sale engine's text and a CODE128 barcode of
    /// the receipt number.
    devices::escpos::Document receiptDocument(const core::Receipt &receipt,
                                              const std::string &receiptNumber, int columns) const;
    /// The receipt drawn the way the 80 mm printer prints it (the virtual printer's
    /// renderer), for the on-screen preview.
    QImage renderPreview(const core::Receipt &receipt, const std::string &receiptNumber,
                         bool copy) const;

private:
    void reportState(const QString &name);

    core::ReceiptTextOptions m_receiptOptions;

    devices::AdapterRegistry m_registry;
    std::unique_ptr<devices::DeviceManager> m_manager;
    DeviceStatusModel *m_status = nullptr;
    std::unique_ptr<PrintLedger> m_ledger;
    int m_copies = 0;
};

} // namespace lane::app
