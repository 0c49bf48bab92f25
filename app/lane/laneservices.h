#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>

#include "app/lane/devicestatusmodel.h"
#include "app/lane/keyboardwedgefilter.h"
#include "app/lane/languagecontroller.h"
#include "app/lane/managerviewmodel.h"
#include "app/lane/moneyformatter.h"
#include "app/lane/saleviewmodel.h"
#include "app/lane/sessionviewmodel.h"
#include "app/lane/userdirectory.h"
#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/config/laneconfig.h"
#include "core/config/lanepidfile.h"
#include "core/sale/config.h"
#include "core/sale/receipttext.h"

class QQmlApplicationEngine;
class QQuickWindow;

namespace lane::core {
class Store;
class Authorizer;
class AuditedAuthorizer;
class JournalAuditLog;
class SqliteUserStore;
} // namespace lane::core
namespace lane::telemetry {
class Telemetry;
class Forwarder;
} // namespace lane::telemetry

namespace lane::app {

class CardTerminal;
class DeviceHub;
class LaneHealth;
class ScoLane;
class ScoViewModel;
class StoreSaleRepository;

/// How the lane was started (command line).
struct LaneOptions
{
    bool demo = false;
    QString configFile;
    QString mode = QStringLiteral("pos");
    QString dataDir;  // demo: where the demo store lives; empty = a per-user default
    QString language; // overrides the configured locale ("ko", "en")
    QString terminal; // a ZVT terminal at host:port instead of the lane file's (or the demo's)
};

/// The composition root: builds every service of the lane once and wires them by setters.
/// main owns one; the end-to-end test builds the same one offscreen.
class LaneServices : public QObject
{
    Q_OBJECT

public:
    explicit LaneServices(LaneOptions options, QObject *parent = nullptr);
    ~LaneServices() override;

    /// Reads configuration, opens (or in demo mode creates) the store, builds the view
    /// models. Returns the problems found; empty when the lane can sell.
    QStringList build();
    /// Loads Main.qml into `engine` with the view models; false on QML errors.
    bool load(QQmlApplicationEngine &engine);
    /// What --self-test checks after load: wiring, QML warnings, store, devices.
    QStringList selfTest(QQmlApplicationEngine &engine) const;

    const core::LaneConfig &config() const { return m_config; }
    core::Store *store() const { return m_store.get(); }
    SaleViewModel *sale() const { return m_sale; }
    SessionViewModel *session() const { return m_session; }
    ManagerViewModel *manager() const { return m_manager; }
    DeviceStatusModel *devices() const { return m_devices; }
    LanguageController *language() const { return m_language; }
    MoneyFormatter *formatter() const { return m_formatter; }
    KeyboardWedgeFilter *wedgeFilter() const { return m_wedge; }
    /// Sign-on and approvals: the store's users through the audited authorizer.
    core::AuditedAuthorizer *authorizer() const { return m_auth.get(); }
    core::SqliteUserStore *userStore() const { return m_userStore.get(); }
    QQuickWindow *window() const { return m_window; }
    DeviceHub *deviceHub() const { return m_deviceHub.get(); }
    /// The self-checkout (--mode sco); null on a cashier lane.
    ScoLane *scoLane() const { return m_scoLane; }
    /// Null when the lane has no card terminal (cash and vouchers only).
    CardTerminal *cardTerminal() const { return m_card.get(); }
    const QStringList &qmlWarnings() const { return m_qmlWarnings; }
    /// Null when the telemetry spool could not be opened (events then go nowhere).
    telemetry::Telemetry *telemetry() const { return m_telemetry.get(); }
    /// Null unless LaneConfig::telemetry.endpoint names a receiver.
    telemetry::Forwarder *forwarder() const { return m_forwarder; }
    /// A reload moved shipping to another forwarder (ForwarderSwitch); null: none now.
    void setForwarder(telemetry::Forwarder *forwarder);
    const std::filesystem::path &telemetrySpoolDir() const { return m_spoolDir; }

private:
    QStringList openStore();
    QStringList startTelemetry();
    QStringList startCardTerminal();
    QStringList startAuth();
    /// The demo store's users, from the demo data (resources/demo/users.csv).
    QStringList seedDemoUsers();

    LaneOptions m_options;
    core::LanePidFile m_pidFile; // <data_dir>/lane.pid while this lane runs
    core::SystemClock m_clock;
    core::NullEventSink m_nullEvents;
    std::shared_ptr<telemetry::Telemetry> m_telemetry;
    core::EventSink *m_events = &m_nullEvents; // the telemetry once it is open
    telemetry::Forwarder *m_forwarder = nullptr;
    std::filesystem::path m_spoolDir;
    std::unique_ptr<DeviceHub> m_deviceHub;
    core::LaneConfig m_config;
    core::SaleConfig m_saleConfig;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<StoreSaleRepository> m_repository;
    std::unique_ptr<CardTerminal> m_card;
    std::unique_ptr<core::SqliteUserStore> m_userStore;
    std::unique_ptr<core::Authorizer> m_authorizer;
    std::unique_ptr<core::JournalAuditLog> m_auditLog;
    std::unique_ptr<core::AuditedAuthorizer> m_auth;
    MoneyFormatter *m_formatter = nullptr;
    SessionViewModel *m_session = nullptr;
    ManagerViewModel *m_manager = nullptr;
    ScoLane *m_scoLane = nullptr; // --mode sco only
    SaleViewModel *m_sale = nullptr;
    DeviceStatusModel *m_devices = nullptr;
    LanguageController *m_language = nullptr;
    KeyboardWedgeFilter *m_wedge = nullptr;
    QQuickWindow *m_window = nullptr;
    LaneHealth *m_health = nullptr;
    QStringList m_qmlWarnings;
};

/// SaleSettings of the lane file as the sale engine's SaleConfig.
core::SaleConfig toSaleConfig(const core::SaleSettings &settings);
/// How receipts read in this lane: the store's name and the language of its locale. The
/// stored receipt text, the printed receipt and the on-screen preview all use it.
core::ReceiptTextOptions receiptTextOptions(const core::LaneConfig &config);

} // namespace lane::app
