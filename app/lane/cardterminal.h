#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "core/base/result.h"
#include "core/config/laneconfig.h"
#include "core/payment/paymentservice.h"
#include "core/payment/sqlitepaymentjournal.h"
#include "core/store/store.h"

struct sqlite3;

namespace lane::devices::zvt {
class ZvtSimulator;
class ZvtTerminal;
struct SimulatorConfig;
} // namespace lane::devices::zvt

namespace lane::app {

/// The lane's card payment, built once from the lane file: the ZVT terminal (or, in the demo,
/// the ZVT simulator on loopback TCP standing in for it), the payment journal in the store
/// database and the PaymentService over both. Qt Core/Network only, so a headless tool can
/// build the same wiring.
class CardTerminal
{
public:
    ~CardTerminal();

    /// The `terminal` device of the lane file (adapter zvt-tcp with address host:port, or
    /// zvt-serial with a port; options t3_ms, t4_ms, password, charset). Null (and no error)
    /// when the lane has no terminal. `db` is the store's connection (WAL, synchronous=FULL).
    static core::Result<std::unique_ptr<CardTerminal>> fromConfig(const core::LaneConfig &config,
                                                                  sqlite3 *db,
                                                                  const core::Clock &clock,
                                                                  core::EventSink &events);
    /// The demo lane: a simulated terminal on 127.0.0.1 with customer and host delays long
    /// enough to read the status on screen.
    static core::Result<std::unique_ptr<CardTerminal>>
    simulated(const core::LaneConfig &config, const devices::zvt::SimulatorConfig &simulator,
              sqlite3 *db, const core::Clock &clock, core::EventSink &events);
    /// `lane --demo`: the simulator with customer and host delays long enough to read each
    /// stage on screen.
    static core::Result<std::unique_ptr<CardTerminal>> demo(const core::LaneConfig &config,
                                                            sqlite3 *db, const core::Clock &clock,
                                                            core::EventSink &events);

    /// Runs the terminal's end-of-day (ZVT 06 50) and journals its answer in `store` as a
    /// "terminal_end_of_day" entry, so the journal and the next Z show it; a terminal that
    /// fails or does not answer is journaled too. `done` gets the entry, or the journal's
    /// error. Refused (nothing sent) while a payment runs or is unresolved. `store` must
    /// outlive the run.
    core::Status runEndOfDay(core::Store &store,
                             std::function<void(core::Result<core::JournalEntry>)> done);

    core::PaymentService &service() { return *m_service; }
    core::PaymentJournal &journal() { return *m_journal; }
    /// Null unless simulated: tests script declines and timeouts through it.
    devices::zvt::ZvtSimulator *simulator() { return m_simulator.get(); }
    /// "zvt:terminal (tcp 127.0.0.1:20007)", for the status bar and logs.
    const std::string &describe() const { return m_description; }

private:
    CardTerminal() = default;

    std::unique_ptr<devices::zvt::ZvtSimulator> m_simulator;
    std::unique_ptr<core::SqlitePaymentJournal> m_journal;
    std::unique_ptr<devices::zvt::ZvtTerminal> m_terminal;
    std::unique_ptr<core::PaymentService> m_service;
    std::string m_description;
};

} // namespace lane::app
