#include "app/lane/cardterminal.h"

#include <charconv>

#include "core/store/terminaljournal.h"
#include "devices/zvt/zvtchannel.h"
#include "devices/zvt/zvtsimulator.h"
#include "devices/zvt/zvtterminal.h"

namespace lane::app {

namespace zvt = devices::zvt;

namespace {

core::Result<int> intOption(const core::DeviceSettings &device, const std::string &key,
                            int fallback)
{
    const auto it = device.options.find(key);
    if (it == device.options.end()) {
        return fallback;
    }
    int value = 0;
    const auto *end = it->second.data() + it->second.size();
    const auto [ptr, ec] = std::from_chars(it->second.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0) {
        return core::makeError("config.bad_value", "devices." + device.name + ".options." + key
                                                       + ": \"" + it->second
                                                       + "\" is not a non-negative number");
    }
    return value;
}

core::Result<zvt::TerminalConfig> terminalConfig(const core::LaneConfig &config,
                                                 const core::DeviceSettings *device)
{
    zvt::TerminalConfig terminal;
    terminal.name = device ? device->name : std::string("terminal");
    terminal.currency = config.sale.currency;
    if (!device) {
        return terminal;
    }
    const auto t3 = intOption(*device, "t3_ms", int(terminal.timeouts.t3.count()));
    const auto t4 = intOption(*device, "t4_ms", int(terminal.timeouts.t4.count()));
    const auto password = intOption(*device, "password", 0);
    for (const auto *value : {&t3, &t4, &password}) {
        if (!value->ok()) {
            return value->error();
        }
    }
    terminal.timeouts.t3 = std::chrono::milliseconds(*t3);
    terminal.timeouts.t4 = std::chrono::milliseconds(*t4);
    terminal.password = std::uint32_t(*password);
    if (const auto it = device->options.find("charset"); it != device->options.end()) {
        if (it->second == "cp437") {
            terminal.charset = zvt::Charset::Cp437;
        } else if (it->second == "latin1") {
            terminal.charset = zvt::Charset::Latin1;
        } else if (it->second == "utf8") {
            terminal.charset = zvt::Charset::Utf8;
        } else {
            return core::makeError("config.bad_value", "devices." + device->name
                                                           + ".options.charset: \"" + it->second
                                                           + "\" (cp437, latin1 or utf8)");
        }
    }
    return terminal;
}

core::Result<std::unique_ptr<core::SqlitePaymentJournal>> openJournal(sqlite3 *db)
{
    auto journal = core::SqlitePaymentJournal::open(db);
    if (!journal.ok()) {
        return journal.error();
    }
    return std::make_unique<core::SqlitePaymentJournal>(std::move(journal).value());
}

} // namespace

CardTerminal::~CardTerminal()
{
    // The service and the terminal go before the channel's peer (the simulator).
    m_service.reset();
    m_terminal.reset();
}

core::Result<std::unique_ptr<CardTerminal>> CardTerminal::fromConfig(const core::LaneConfig &config,
                                                                     sqlite3 *db,
                                                                     const core::Clock &clock,
                                                                     core::EventSink &events)
{
    const core::DeviceSettings *device = config.device("terminal");
    if (!device || !device->enabled) {
        return std::unique_ptr<CardTerminal>();
    }
    auto settings = terminalConfig(config, device);
    if (!settings.ok()) {
        return settings.error();
    }
    std::unique_ptr<zvt::ByteChannel> channel;
    std::string where;
    if (device->adapter == "zvt-tcp") {
        const std::string &address = device->address;
        const auto colon = address.rfind(':');
        const QString host = QString::fromStdString(address.substr(0, colon));
        int port = 20007;
        if (colon != std::string::npos) {
            const auto *begin = address.data() + colon + 1;
            const auto *end = address.data() + address.size();
            const auto [ptr, ec] = std::from_chars(begin, end, port);
            if (ec != std::errc() || ptr != end || port <= 0 || port > 65535) {
                return core::makeError("config.bad_value", "devices.terminal.address: \"" + address
                                                               + "\" is not host:port");
            }
        }
        if (host.isEmpty()) {
            return core::makeError("config.missing", "devices.terminal.address: the terminal's "
                                                     "host:port is required for zvt-tcp");
        }
        channel = zvt::makeTcpChannel(host, quint16(port));
        where = "tcp " + address;
    } else if (device->adapter == "zvt-serial") {
        if (device->port.empty()) {
            return core::makeError("config.missing", "devices.terminal.port: the serial device "
                                                     "is required for zvt-serial");
        }
        const auto baud = intOption(*device, "baud", 9600);
        if (!baud.ok()) {
            return baud.error();
        }
        settings->link = zvt::LinkType::Serial;
        channel = zvt::makeSerialChannel(QString::fromStdString(device->port), *baud);
        where = "serial " + device->port;
    } else {
        return core::makeError("config.bad_value", "devices.terminal.adapter: \"" + device->adapter
                                                       + "\" is not a card terminal adapter "
                                                         "(zvt-tcp, zvt-serial)");
    }
    auto journal = openJournal(db);
    if (!journal.ok()) {
        return journal.error();
    }
    std::unique_ptr<CardTerminal> card(new CardTerminal);
    card->m_journal = std::move(journal).value();
    card->m_terminal = std::make_unique<zvt::ZvtTerminal>(std::move(channel), *settings, clock);
    card->m_service
        = std::make_unique<core::PaymentService>(*card->m_terminal, *card->m_journal, clock, events,
                                                 core::PaymentServiceOptions{config.deviceId()});
    card->m_description = card->m_terminal->providerName() + " (" + where + ")";
    return card;
}

core::Result<std::unique_ptr<CardTerminal>> CardTerminal::demo(const core::LaneConfig &config,
                                                               sqlite3 *db,
                                                               const core::Clock &clock,
                                                               core::EventSink &events)
{
    zvt::SimulatorConfig simulator;
    simulator.stepDelay = std::chrono::milliseconds(150);
    simulator.customerDelay = std::chrono::milliseconds(1500);
    simulator.hostDelay = std::chrono::milliseconds(1000);
    return simulated(config, simulator, db, clock, events);
}

core::Result<std::unique_ptr<CardTerminal>>
CardTerminal::simulated(const core::LaneConfig &config, const zvt::SimulatorConfig &simulator,
                        sqlite3 *db, const core::Clock &clock, core::EventSink &events)
{
    auto settings = terminalConfig(config, nullptr);
    if (!settings.ok()) {
        return settings.error();
    }
    auto journal = openJournal(db);
    if (!journal.ok()) {
        return journal.error();
    }
    std::unique_ptr<CardTerminal> card(new CardTerminal);
    card->m_simulator = std::make_unique<zvt::ZvtSimulator>(simulator);
    if (const auto listening = card->m_simulator->listenTcp(0); !listening.ok()) {
        return listening.error();
    }
    const quint16 port = card->m_simulator->tcpPort();
    // Short enough that a silent simulated terminal ends the demo payment quickly.
    settings->timeouts.t3 = std::chrono::milliseconds(3000);
    settings->timeouts.t4 = std::chrono::milliseconds(10000);
    card->m_journal = std::move(journal).value();
    card->m_terminal = std::make_unique<zvt::ZvtTerminal>(
        zvt::makeTcpChannel(QStringLiteral("127.0.0.1"), port), *settings, clock);
    card->m_service
        = std::make_unique<core::PaymentService>(*card->m_terminal, *card->m_journal, clock, events,
                                                 core::PaymentServiceOptions{config.deviceId()});
    card->m_description = card->m_terminal->providerName()
                          + " (simulator, tcp 127.0.0.1:" + std::to_string(port) + ")";
    return card;
}

core::Status CardTerminal::runEndOfDay(core::Store &store,
                                       std::function<void(core::Result<core::JournalEntry>)> done)
{
    const std::string provider = m_terminal->providerName();
    return m_service->startEndOfDay(
        store.identity().currency,
        [&store, provider, done = std::move(done)](core::PaymentResult result) {
            auto entry = core::journalTerminalEndOfDay(store, provider, result);
            if (done) {
                done(std::move(entry));
            }
        });
}

} // namespace lane::app
