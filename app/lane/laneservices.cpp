#include "app/lane/laneservices.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>

#include "app/lane/cardterminal.h"
#include "app/lane/devicehub.h"
#include "app/lane/lanehealth.h"
#include "app/lane/receiptimageprovider.h"
#include "app/lane/scolane.h"
#include "app/lane/scoviewmodel.h"
#include "app/lane/storesalerepository.h"
#include "core/auth/authorizer.h"
#include "core/report/dayclose.h"
#include "core/store/audit.h"
#include "core/store/catalogio.h"
#include "core/store/sqliteusers.h"
#include "core/store/store.h"
#include "telemetry/configmapping.h"
#include "telemetry/forwarder.h"
#include "telemetry/logsink.h"
#include "telemetry/telemetry.h"

namespace lane::app {

core::ReceiptTextOptions receiptTextOptions(const core::LaneConfig &config)
{
    core::ReceiptTextOptions options;
    options.storeName = config.store;
    options.language = core::receiptLanguageForLocale(config.locale);
    return options;
}

core::SaleConfig toSaleConfig(const core::SaleSettings &settings)
{
    core::SaleConfig config;
    config.currency = settings.currency;
    config.taxMode
        = settings.taxMode == "exclusive" ? core::TaxMode::Exclusive : core::TaxMode::Inclusive;
    config.taxRounding = settings.taxRounding == "per-receipt" ? core::TaxRounding::PerReceipt
                                                               : core::TaxRounding::PerLine;
    config.taxRoundingMode = settings.roundingMode;
    config.priceRoundingMode = settings.roundingMode;
    config.cashRoundingIncrement = settings.cashRoundingIncrement;
    config.cashRoundingMode = settings.cashRoundingMode;
    for (const auto &[taxClass, basisPoints] : settings.taxClassesBasisPoints) {
        core::TaxRate rate;
        rate.taxClass = taxClass;
        rate.basisPoints = basisPoints;
        rate.exempt = basisPoints == 0;
        rate.label = basisPoints == 0 ? std::string("*")
                                      : std::string(1, char('A' + int(config.taxRates.size())));
        config.taxRates.push_back(std::move(rate));
    }
    return config;
}

LaneServices::LaneServices(LaneOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

LaneServices::~LaneServices()
{
    if (m_forwarder) {
        m_forwarder->stop();
    }
    if (m_telemetry) {
        m_telemetry->emit(core::Severity::Info, "app.stop", "lane stopping",
                          {{"version", std::string(LANE_VERSION)}, {"mode", m_config.mode}});
        m_telemetry->stop(); // drains the queue to disk
    }
}

QStringList LaneServices::build()
{
    QStringList problems;
    if (!m_options.configFile.isEmpty()) {
        const auto report = core::loadConfig(m_options.configFile.toStdString());
        for (const auto &diagnostic : report.diagnostics) {
            problems << QString::fromStdString(diagnostic.toString());
        }
        if (!report.ok()) {
            return problems;
        }
        problems.clear(); // warnings only
        m_config = *report.config;
    } else if (m_options.demo) {
        m_config.store = "S0001";
        m_config.pos = "01";
        m_config.sco.producePlus = {"4011", "4131", "10"}; // bananas, apples, water
    } else {
        return {QStringLiteral("no configuration: start with --config FILE or --demo")};
    }
    if (m_options.mode == QLatin1String("pos") || m_options.mode == QLatin1String("sco")) {
        m_config.mode = m_options.mode.toStdString();
    }
    if (m_options.demo) {
        const QString base
            = m_options.dataDir.isEmpty()
                  ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QStringLiteral("/lane-demo")
                  : m_options.dataDir;
        m_config.dataDir = base.toStdString();
    }
    // The pid file (how `lanectl config apply` finds this lane to reload it) is taken before
    // the store opens: a second lane on the same store stops here, before it could restore
    // a basket or reconcile a payment of the first one.
    if (QDir().mkpath(QString::fromStdString(m_config.dataDir))) {
        const auto held = m_pidFile.acquire(core::LanePidFile::pathFor(m_config.dataDir),
                                            m_options.configFile.toStdString());
        if (!held.ok() && held.error().code == "lane.already_running") {
            return {QString::fromStdString(held.error().message)};
        }
        if (!held.ok()) {
            problems << QString::fromStdString(held.error().message);
        }
    }
    m_saleConfig = toSaleConfig(m_config.sale);
    problems << startTelemetry();

    m_formatter = new MoneyFormatter(m_saleConfig.currency, this);
    m_session = new SessionViewModel(this);
    m_session->setClock(&m_clock);
    m_session->setLockAfterSeconds(m_config.lockAfterSeconds);
    m_devices = new DeviceStatusModel(this);
    m_language = new LanguageController(this);
    m_language->setFormatter(m_formatter);
    m_wedge = new KeyboardWedgeFilter(this);
    m_sale = new SaleViewModel(m_formatter, this);
    m_sale->setSaleConfig(m_saleConfig);
    m_sale->setClock(&m_clock);
    m_sale->setEventSink(m_events);
    const bool sco = m_config.mode == "sco";
    if (!sco) {
        m_sale->setSession(m_session); // self-checkout: the kiosk or its attendant acts
    }
    m_sale->setLaneIdentity(QString::fromStdString(m_config.store),
                            QString::fromStdString(m_config.pos));
    connect(m_wedge, &KeyboardWedgeFilter::scanned, m_sale, &SaleViewModel::scan);
    connect(m_wedge, &KeyboardWedgeFilter::activity, m_session, &SessionViewModel::noteActivity);

    problems << openStore();

    m_deviceHub = std::make_unique<DeviceHub>(m_clock, *m_events);
    if (m_store) {
        m_deviceHub->keepPrintedJobsIn(*m_store); // a retry after a restart never prints twice
    }
    auto deviceConfigs = m_options.demo && m_config.devices.empty()
                             ? DeviceHub::demoDevices()
                             : DeviceHub::fromConfig(m_config);
    if (sco && m_options.demo && m_config.devices.empty()) {
        deviceConfigs.push_back({m_config.sco.baggingScale, "sim-scale", {}, {}});
    }
    if (const auto configured = m_deviceHub->configure(deviceConfigs); !configured.ok()) {
        problems << QStringLiteral("devices: %1")
                        .arg(QString::fromStdString(configured.error().message));
    } else {
        m_deviceHub->connectTo(m_sale, m_devices);
        m_sale->setPeripherals(m_deviceHub.get());
        m_deviceHub->start();
    }
    m_manager = new ManagerViewModel(m_formatter, this);
    m_manager->setSession(m_session);
    m_manager->setEventSink(m_events);
    m_manager->setStore(m_store.get());
    m_manager->setAuthorizer(m_auth.get());
    m_manager->setTelemetrySpool(m_spoolDir);
    m_manager->setPrinter(
        [hub = m_deviceHub.get()](const devices::escpos::Document &document, const QString &id) {
            return hub->printDocument(id, document);
        });
    problems << startCardTerminal();
    m_health = new LaneHealth(m_devices, m_clock, this);
    m_health->setSpool(m_telemetry ? m_spoolDir : std::filesystem::path());
    m_health->setForwarder(m_forwarder);
    m_health->start();
    if (sco) {
        m_scoLane = new ScoLane(*this, m_clock, *m_events, this);
    }
    if (m_store) {
        m_sale->restoreOpenSale();
    }
    if (m_card) {
        m_sale->reconcilePayments(); // before anything is sold
    }
    return problems;
}

void LaneServices::setForwarder(telemetry::Forwarder *forwarder)
{
    m_forwarder = forwarder;
    if (m_health) {
        m_health->setForwarder(forwarder);
    }
}

QStringList LaneServices::startTelemetry()
{
    namespace tm = lane::telemetry;
    const auto &settings = m_config.telemetry;
    const std::filesystem::path root = tm::telemetryRoot(m_config);
    tm::TelemetryConfig config;
    config.resource = {m_config.store, m_config.pos,  m_config.deviceId(),
                       LANE_VERSION,   m_config.mode, m_config.deviceId()};
    config.spool.dir = root / "spool";
    config.ringFile = tm::defaultRingFile(config.spool.dir);
    if (settings.diskBudgetBytes > 0) {
        config.spool.budgetBytes = std::uint64_t(settings.diskBudgetBytes);
    }
    if (settings.heartbeatSeconds > 0) {
        config.heartbeatInterval = std::chrono::seconds(settings.heartbeatSeconds);
    }
    if (settings.metricsSeconds > 0) {
        config.summaryInterval = std::chrono::seconds(settings.metricsSeconds);
    }
    auto created = tm::Telemetry::create(config);
    if (!created.ok()) {
        return {QStringLiteral("telemetry spool %1: %2")
                    .arg(QString::fromStdString(config.spool.dir.string()),
                         QString::fromStdString(created.error().message))};
    }
    m_telemetry = std::move(created).value();
    m_spoolDir = config.spool.dir;
    m_events = m_telemetry.get();
    tm::installLogSink(m_telemetry);
    m_telemetry->emit(core::Severity::Info, "app.start", "lane started",
                      {{"version", std::string(LANE_VERSION)}, {"mode", m_config.mode}});
    if (!m_telemetry->crashSafe()) {
        m_telemetry->emit(core::Severity::Warn, "telemetry.degraded",
                          "events wait in process memory only: a crash loses the last few "
                          "milliseconds of them",
                          {{"reason", m_telemetry->ringFallbackReason()}});
    }
    if (settings.endpoint.empty()) {
        return {}; // spool only (the demo, or a separate forwarder process)
    }

    auto mapped = tm::forwarderConfigFor(m_config);
    if (!mapped.ok()) {
        return {QString::fromStdString(mapped.error().message)};
    }
    tm::ForwarderConfig forward = std::move(mapped).value();
    forward.reporter = m_telemetry.get();
    forward.clock = &m_clock;
    auto *forwarder = new tm::Forwarder(std::move(forward), this);
    if (const auto started = forwarder->start(); !started.ok()) {
        delete forwarder;
        return {QStringLiteral("telemetry forwarder: %1")
                    .arg(QString::fromStdString(started.error().message))};
    }
    m_forwarder = forwarder;
    return {};
}

QStringList LaneServices::startCardTerminal()
{
    if (!m_store) {
        return {};
    }
    core::LaneConfig config = m_config;
    if (!m_options.terminal.isEmpty()) {
        std::erase_if(config.devices, [](const auto &d) { return d.name == "terminal"; });
        core::DeviceSettings terminal;
        terminal.name = "terminal";
        terminal.adapter = "zvt-tcp";
        terminal.address = m_options.terminal.toStdString();
        config.devices.push_back(std::move(terminal));
    }
    sqlite3 *db = m_store->database().handle();
    auto card = m_options.demo && !config.device("terminal")
                    ? CardTerminal::demo(config, db, m_clock, *m_events)
                    : CardTerminal::fromConfig(config, db, m_clock, *m_events);
    if (!card.ok()) {
        m_devices->setStatus(QStringLiteral("terminal"), DeviceStatusModel::Level::Error,
                             QStringLiteral("not_configured"));
        return {
            QStringLiteral("card terminal: %1").arg(QString::fromStdString(card.error().message))};
    }
    m_card = std::move(card).value();
    if (m_card) {
        m_sale->setCardPayments(&m_card->service(), &m_card->journal());
        if (m_repository) {
            m_repository->setPaymentJournal(&m_card->journal()); // slips go with the sale
        }
        m_devices->setStatus(QStringLiteral("terminal"), DeviceStatusModel::Level::Ok);
    }
    return {};
}

QStringList LaneServices::openStore()
{
    const QString dir = QString::fromStdString(m_config.dataDir);
    const QString dbPath = dir + QStringLiteral("/lane.db");
    if (!QDir().mkpath(dir)) {
        return {QStringLiteral("cannot create the data directory %1").arg(dir)};
    }
    if (m_options.demo && !QFile::exists(dbPath)) {
        core::StoreInit init;
        init.dbPath = dbPath.toStdString();
        init.storeCode = m_config.store;
        init.posNumber = m_config.pos;
        init.currency = m_saleConfig.currency;
        auto created = core::Store::init(init, m_clock);
        if (!created.ok()) {
            return {QStringLiteral("%1: %2").arg(dbPath,
                                                 QString::fromStdString(created.error().message))};
        }
        // The demo catalog ships in the resources; the import reads a file.
        const QString csv = dir + QStringLiteral("/demo-catalog.csv");
        QFile::remove(csv);
        if (!QFile::copy(QStringLiteral(":/lane/demo/catalog.csv"), csv)) {
            return {QStringLiteral("cannot write %1").arg(csv)};
        }
        const auto imported = core::importCatalogCsv((*created)->database(), csv.toStdString(),
                                                     m_saleConfig.currency);
        if (!imported.ok()) {
            return {QString::fromStdString(imported.error().message)};
        }
        m_store = std::move(created).value();
        if (auto seeded = seedDemoUsers(); !seeded.isEmpty()) {
            return seeded;
        }
    } else {
        auto opened = core::Store::open(dbPath.toStdString(), m_clock);
        if (!opened.ok()) {
            return {QStringLiteral("%1: %2").arg(dbPath,
                                                 QString::fromStdString(opened.error().message))};
        }
        m_store = std::move(opened).value();
    }
    m_repository = std::make_unique<StoreSaleRepository>(*m_store, m_saleConfig, m_clock);
    m_repository->setReceiptOptions(receiptTextOptions(m_config));
    m_sale->setCatalog(&m_store->catalog());
    m_sale->setRepository(m_repository.get());
    m_sale->setSalesGate([store = m_store.get()] { return core::checkSalesAllowed(*store); });
    auto *search = new ItemSearchViewModel(m_formatter, this);
    search->setCatalog(&m_store->catalog(), &m_store->database());
    m_sale->setSearch(search);
    return startAuth();
}

QStringList LaneServices::startAuth()
{
    m_userStore = std::make_unique<core::SqliteUserStore>(m_store->database(), m_clock);
    auto matrix = m_userStore->permissionMatrix();
    if (!matrix.ok()) {
        return {
            QStringLiteral("permissions: %1").arg(QString::fromStdString(matrix.error().message))};
    }
    m_authorizer = std::make_unique<core::Authorizer>(*m_userStore, *matrix, m_clock);
    m_auditLog = std::make_unique<core::JournalAuditLog>(*m_store);
    m_auth = std::make_unique<core::AuditedAuthorizer>(*m_authorizer, *m_auditLog, *m_events,
                                                       m_userStore.get());
    if (const auto loaded = m_auth->loadLockouts(); !loaded.ok()) {
        return {
            QStringLiteral("PIN lockouts: %1").arg(QString::fromStdString(loaded.error().message))};
    }
    m_session->setAuthorizer(m_auth.get());
    return {};
}

QStringList LaneServices::seedDemoUsers()
{
    QFile file(QStringLiteral(":/lane/demo/users.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("demo users: %1").arg(file.errorString())};
    }
    core::SqliteUserStore users(m_store->database(), m_clock);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) { // line 1 is the header
        const QStringList cells = lines[i].trimmed().split(QLatin1Char(','));
        if (cells.size() == 1 && cells[0].isEmpty()) {
            continue;
        }
        const auto role
            = cells.size() == 4 ? core::roleFromString(cells[2].toStdString()) : std::nullopt;
        if (!role) {
            return {QStringLiteral("demo users line %1: expected id,name,role,pin with a known "
                                   "role")
                        .arg(i + 1)};
        }
        core::NewUser user;
        user.id = cells[0].toStdString();
        user.displayName = cells[1].toStdString();
        user.role = *role;
        user.pin = cells[3].toStdString();
        if (const auto added = users.addUser(user); !added.ok()) {
            return {QStringLiteral("demo users line %1: %2")
                        .arg(i + 1)
                        .arg(QString::fromStdString(added.error().message))};
        }
    }
    return {};
}

bool LaneServices::load(QQmlApplicationEngine &engine)
{
    m_language->setEngine(&engine);
    QString language = m_options.language;
    if (language.isEmpty()) {
        language = QString::fromStdString(m_config.locale).left(2);
    }
    if (!m_language->setLanguage(language)) {
        m_qmlWarnings << QStringLiteral("no translation for language %1").arg(language);
        (void)m_language->setLanguage(QStringLiteral("ko"));
    }
    connect(&engine, &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const auto &w : warnings) {
            m_qmlWarnings << w.toString();
        }
    });
    auto *receipts = new ReceiptImageProvider(m_sale); // the engine owns it
    receipts->setTextOptions(receiptTextOptions(m_config));
    if (m_deviceHub) {
        m_deviceHub->setReceiptOptions(receiptTextOptions(m_config));
        receipts->setRenderer([hub = m_deviceHub.get()](const core::Receipt &receipt,
                                                        const std::string &number, bool copy) {
            return hub->renderPreview(receipt, number, copy);
        });
    }
    engine.addImageProvider(QStringLiteral("receipt"), receipts);
    // What both windows take, then the kiosk's view model or the cashier lane's own.
    QVariantMap properties{
        {QStringLiteral("sale"), QVariant::fromValue(m_sale)},
        {QStringLiteral("devices"), QVariant::fromValue(m_devices)},
        {QStringLiteral("language"), QVariant::fromValue(m_language)},
    };
    if (m_scoLane) {
        properties.insert(QStringLiteral("sco"), QVariant::fromValue(m_scoLane->viewModel()));
    } else {
        properties.insert(QStringLiteral("session"), QVariant::fromValue(m_session));
        properties.insert(QStringLiteral("money"), QVariant::fromValue(m_formatter));
        properties.insert(QStringLiteral("manager"), QVariant::fromValue(m_manager));
    }
    engine.setInitialProperties(properties);
    engine.load(QUrl(m_scoLane ? QStringLiteral("qrc:/qt/qml/Lane/ScoMain.qml")
                               : QStringLiteral("qrc:/qt/qml/Lane/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return false;
    }
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (m_window) {
        m_window->installEventFilter(m_wedge);
    }
    return m_window != nullptr;
}

QStringList LaneServices::selfTest(QQmlApplicationEngine &engine) const
{
    QStringList problems = m_qmlWarnings;
    if (engine.rootObjects().isEmpty() || !m_window) {
        problems << QStringLiteral("Main.qml did not load");
    }
    if (!m_sale || !m_session || !m_devices || !m_language || !m_formatter) {
        problems << QStringLiteral("a view model is missing");
    }
    if (!m_store) {
        problems << QStringLiteral("the store is not open");
    } else if (const auto count = m_store->catalog().itemCount(); !count.ok() || *count == 0) {
        problems << QStringLiteral("the catalog is empty");
    }
    if (m_deviceHub) {
        // Devices come up asynchronously (simulators over ptys and loopback TCP).
        QDeadlineTimer deadline(5000);
        auto allEnabled = [this] {
            for (auto *device : m_deviceHub->manager().devices()) {
                if (!device->isEnabled()) {
                    return false;
                }
            }
            return true;
        };
        while (!allEnabled() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        for (auto *device : m_deviceHub->manager().devices()) {
            if (!device->isEnabled()) {
                problems << QStringLiteral("device %1 is not enabled: %2")
                                .arg(device->name(), device->lastError().message());
            }
        }
    }
    const QString firstScreen
        = m_scoLane ? QStringLiteral("scoAttractScreen") : QStringLiteral("signOnScreen");
    if (m_window && !m_window->findChild<QObject *>(firstScreen)) {
        problems << QStringLiteral("the sign-on screen is missing");
    }
    return problems;
}

} // namespace lane::app
