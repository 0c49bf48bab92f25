#include "app/lane/devicehub.h"

#include "app/lane/devicestatusmodel.h"
#include "app/lane/printledger.h"
#include "app/lane/saleviewmodel.h"
#include "core/sale/receipttext.h"
#include "devices/adapters/standardadapters.h"
#include "devices/display/customerdisplay.h"
#include "devices/drawer/cashdrawer.h"
#include "devices/printer/receiptprinter.h"
#include "devices/printer/receiptrenderer.h"
#include "devices/scale/scale.h"
#include "devices/scanner/barcodescanner.h"

namespace lane::app {

namespace {

/// The status bar's row for a device: its kind, as configured names vary.
QString rowFor(devices::Device *device)
{
    const QString kind = device->kind();
    if (kind.contains(QLatin1String("print")))
        return QStringLiteral("printer");
    if (kind.contains(QLatin1String("scan")))
        return QStringLiteral("scanner");
    if (kind.contains(QLatin1String("scale")))
        return QStringLiteral("scale");
    if (kind.contains(QLatin1String("drawer")))
        return QStringLiteral("drawer");
    if (kind.contains(QLatin1String("display")))
        return QStringLiteral("display");
    return device->name();
}

/// The status bar's problem code for a device error.
QString problemFor(const devices::DeviceError &error)
{
    using devices::DeviceErrorCode;
    switch (error.code) {
    case DeviceErrorCode::PaperEnd:
        return QStringLiteral("paper_out");
    case DeviceErrorCode::CoverOpen:
        return QStringLiteral("cover_open");
    case DeviceErrorCode::Offline:
    case DeviceErrorCode::Disconnected:
    case DeviceErrorCode::Timeout:
    case DeviceErrorCode::NotFound:
    case DeviceErrorCode::Io:
        return QStringLiteral("offline");
    case DeviceErrorCode::ScaleUnstable:
        return QStringLiteral("not_stable");
    case DeviceErrorCode::ScaleOverload:
        return QStringLiteral("overload");
    case DeviceErrorCode::Busy:
        return QStringLiteral("busy");
    default:
        return error.name();
    }
}

} // namespace

DeviceHub::DeviceHub(const core::Clock &clock, core::EventSink &events, QObject *parent)
    : QObject(parent)
{
    m_manager = std::make_unique<devices::DeviceManager>(m_registry, events, clock);
    const devices::AdapterContext context{clock, events, [this](const QString &name) {
                                              return m_manager->device(name);
                                          }};
    devices::registerHardwareAdapters(m_registry, context);
    devices::registerSimulatorAdapters(m_registry, context);
}

DeviceHub::~DeviceHub()
{
    m_manager->stop();
}

std::vector<devices::DeviceConfig> DeviceHub::demoDevices()
{
    return {
        // A Korean store: EUC-KR text in FS & two-byte mode.
        devices::DeviceConfig{"printer", "sim-printer", {}, {{"profile", "korean-80mm"}}},
        devices::DeviceConfig{"scanner", "sim-scanner", {}, {}},
        devices::DeviceConfig{"scale", "sim-scale", {}, {}},
        devices::DeviceConfig{"drawer", "sim-drawer", {}, {}},
        devices::DeviceConfig{"display", "sim-display", {}, {}},
    };
}

std::vector<devices::DeviceConfig> DeviceHub::fromConfig(const core::LaneConfig &config)
{
    std::vector<devices::DeviceConfig> configs;
    for (const auto &settings : config.devices) {
        if (!settings.enabled || settings.name == "terminal") {
            continue; // the card terminal belongs to the payment module
        }
        devices::DeviceConfig device;
        device.name = settings.name;
        device.adapter = settings.adapter;
        device.port = !settings.port.empty()      ? settings.port
                      : !settings.address.empty() ? "tcp:" + settings.address
                                                  : std::string();
        device.options = settings.options;
        configs.push_back(std::move(device));
    }
    return configs;
}

core::Status DeviceHub::configure(const std::vector<devices::DeviceConfig> &configs)
{
    return m_manager->configure(configs);
}

void DeviceHub::keepPrintedJobsIn(core::Store &store)
{
    m_ledger = std::make_unique<PrintLedger>(store);
}

void DeviceHub::start()
{
    m_manager->start();
}

void DeviceHub::connectTo(SaleViewModel *sale, DeviceStatusModel *status)
{
    m_status = status;
    for (devices::Device *device : m_manager->devices()) {
        if (auto *scanner = qobject_cast<devices::scanner::BarcodeScanner *>(device)) {
            // Scans go straight to the sale, whatever has focus on screen.
            connect(scanner, &devices::scanner::BarcodeScanner::scanned, sale,
                    [sale](const devices::scanner::ScanEvent &scan) {
                        sale->scan(QString::fromLatin1(scan.raw));
                    });
        }
        reportState(device->name());
    }
    connect(m_manager.get(), &devices::DeviceManager::deviceStateChanged, this,
            [this](const QString &name, devices::DeviceState) { reportState(name); });
    connect(m_manager.get(), &devices::DeviceManager::deviceError, this,
            [this](const QString &name, const devices::DeviceError &) { reportState(name); });
}

void DeviceHub::reportState(const QString &name)
{
    devices::Device *device = m_manager->device(name);
    if (!device || !m_status) {
        return;
    }
    using Level = DeviceStatusModel::Level;
    switch (device->state()) {
    case devices::DeviceState::Idle:
    case devices::DeviceState::Busy:
        // Open and answering; enabling follows without another state change.
        m_status->setStatus(rowFor(device), Level::Ok);
        break;
    case devices::DeviceState::Error:
        m_status->setStatus(rowFor(device), Level::Error, problemFor(device->lastError()));
        break;
    case devices::DeviceState::Closed:
        m_status->setStatus(rowFor(device), Level::Error, QStringLiteral("offline"));
        break;
    }
}

std::optional<std::int64_t> DeviceHub::stableWeightGrams()
{
    for (devices::Device *device : m_manager->devices()) {
        if (auto *scale = qobject_cast<devices::scale::Scale *>(device)) {
            const auto weight = scale->saleWeight();
            if (weight.ok()) {
                return weight.value();
            }
            scale->requestWeight();
            return std::nullopt;
        }
    }
    return std::nullopt;
}

devices::printer::ReceiptPrinter *DeviceHub::receiptPrinter() const
{
    for (devices::Device *device : m_manager->devices()) {
        if (auto *printer = qobject_cast<devices::printer::ReceiptPrinter *>(device)) {
            return printer;
        }
    }
    return nullptr;
}

core::Status DeviceHub::printDocument(const QString &jobId, devices::escpos::Document document)
{
    auto *printer = receiptPrinter();
    if (!printer) {
        return core::makeError("printer.not_configured", "no receipt printer on this lane");
    }
    if (m_ledger) {
        return m_ledger->printDocument(*printer, jobId, std::move(document));
    }
    devices::printer::PrintJob job;
    job.id = jobId;
    job.document = std::move(document);
    return printer->print(std::move(job));
}

core::Status DeviceHub::printReceipt(const core::Receipt &receipt, const std::string &receiptNumber,
                                     bool copy)
{
    auto *printer = receiptPrinter();
    if (!printer) {
        return core::makeError("printer.not_configured", "no receipt printer on this lane");
    }
    if (m_ledger) {
        return m_ledger->printReceipt(
            *printer,
            receiptDocument(receipt, receiptNumber, printer->settings().profile.columnsFontA),
            receiptNumber, copy);
    }
    devices::printer::PrintJob job;
    job.copy = copy;
    job.id = QString::fromStdString(receiptNumber)
             + (copy ? QStringLiteral("-copy-%1").arg(++m_copies) : QString());
    job.document
        = receiptDocument(receipt, receiptNumber, printer->settings().profile.columnsFontA);
    return printer->print(std::move(job));
}

core::Status DeviceHub::printSlip(const std::string &jobId, const std::vector<std::string> &lines)
{
    auto *printer = receiptPrinter();
    if (printer && m_ledger) {
        // The sale prints its slip as "<receipt number>-card".
        constexpr std::string_view kCard = "-card";
        const bool ofSale = jobId.size() > kCard.size() && jobId.ends_with(kCard);
        return m_ledger->printSlip(
            *printer, jobId, ofSale ? jobId.substr(0, jobId.size() - kCard.size()) : std::string(),
            lines);
    }
    return printDocument(QString::fromStdString(jobId), PrintLedger::slipDocument(lines));
}

devices::escpos::Document DeviceHub::receiptDocument(const core::Receipt &receipt,
                                                     const std::string &receiptNumber,
                                                     int columns) const
{
    core::ReceiptTextOptions options = m_receiptOptions;
    options.width = columns;
    if (options.storeName.empty()) {
        options.storeName = receipt.header.storeId;
    }
    devices::escpos::Document document;
    const QString text = QString::fromStdString(core::renderReceiptText(receipt, options));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        document.text(line.toStdString());
    }
    devices::escpos::Barcode barcode;
    barcode.type = devices::escpos::BarcodeType::Code128;
    barcode.data = receiptNumber;
    barcode.moduleWidth = 2;
    document.feed(1).barcode(barcode).feed(3).cut();
    return document;
}

QImage DeviceHub::renderPreview(const core::Receipt &receipt, const std::string &receiptNumber,
                                bool copy) const
{
    devices::escpos::Document document;
    if (copy) {
        devices::escpos::TextStyle style;
        style.bold = true;
        style.align = devices::escpos::Align::Center;
        document.text("** COPY **", style);
    }
    const auto body = receiptDocument(receipt, receiptNumber, 48);
    document.elements.insert(document.elements.end(), body.elements.begin(), body.elements.end());
    return devices::printer::ReceiptRenderer().render(document);
}

core::Status DeviceHub::openDrawer(bool noSale)
{
    for (devices::Device *device : m_manager->devices()) {
        if (auto *drawer = qobject_cast<devices::drawer::CashDrawer *>(device)) {
            return drawer->openDrawer(noSale ? devices::drawer::OpenReason::NoSale
                                             : devices::drawer::OpenReason::Sale);
        }
    }
    return core::makeError("drawer.not_configured", "no cash drawer on this lane");
}

void DeviceHub::showOnCustomerDisplay(const QString &line1, const QString &line2)
{
    for (devices::Device *device : m_manager->devices()) {
        if (auto *display = dynamic_cast<devices::display::CustomerDisplay *>(device)) {
            display->showLines(line1, line2);
        }
    }
}

void DeviceHub::alert()
{
    // No buzzer API in the device layer yet: the screen flashes (MessageBanner) instead.
}

} // namespace lane::app
