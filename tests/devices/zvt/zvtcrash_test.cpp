// Crash test: a helper process runs card payments against the simulator (in this process)
// and is killed with SIGKILL at random points, then restarted; at the end the money the
// simulator's acquirer ledger charged must equal the money the lane's SQLite journal recorded.
// Also the leak scan: no full card number in the database, the log or the events.
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <QCoreApplication>
#include <QProcess>

#include <gtest/gtest.h>

#include "core/base/cardnumber.h"
#include "devices/zvt/zvtsimulator.h"
#include "tests/devices/zvt/qttestsupport.h"

#ifndef LANE_CRASH_KILLS
#define LANE_CRASH_KILLS 10
#endif

using namespace lane::devices::zvt;
using namespace std::chrono_literals;
using lane::devices::zvt::testing::runUntil;

namespace {

namespace fs = std::filesystem;

fs::path workDir(const std::string &name)
{
    fs::path p
        = fs::path(LANE_BINARY_DIR) / "zvt-crash" / (name + "-" + std::to_string(::getpid()));
    fs::remove_all(p);
    fs::create_directories(p);
    return p;
}

struct RunnerResult
{
    bool finished = false;
    int exitCode = -1;
};

/// Starts the runner and keeps the event loop (and so the simulator) going.
RunnerResult runRunner(const QStringList &args, std::optional<std::chrono::milliseconds> killAfter)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(LANE_PAYMENT_RUNNER), args);
    if (!p.waitForStarted(5000))
        return {};
    bool exited = false;
    QObject::connect(&p, &QProcess::finished, [&] { exited = true; });
    if (killAfter) {
        runUntil([&] { return exited; }, *killAfter);
        if (!exited) {
            p.kill(); // SIGKILL
            runUntil([&] { return exited; }, 10s);
        }
        return {false, -1};
    }
    runUntil([&] { return exited; }, 60s);
    return {exited, p.exitCode()};
}

struct Totals
{
    std::int64_t recorded = 0;
    int unresolved = 0;
    int payments = 0;
    int recovered = 0;
};

Totals readJournal(const fs::path &db)
{
    Totals t;
    sqlite3 *h = nullptr;
    EXPECT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(h, "SELECT operation, state, amount_minor, recovered FROM payments", -1, &s,
                       nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const std::string op = reinterpret_cast<const char *>(sqlite3_column_text(s, 0));
        const std::string state = reinterpret_cast<const char *>(sqlite3_column_text(s, 1));
        const auto amount = sqlite3_column_int64(s, 2);
        ++t.payments;
        t.recovered += sqlite3_column_int(s, 3);
        if (state == "approved" || state == "reversed")
            t.recorded += op == "sale" ? amount : -amount;
        if (state == "intent" || state == "sent" || state == "in_progress" || state == "unknown")
            ++t.unresolved;
    }
    sqlite3_finalize(s);
    sqlite3_close(h);
    return t;
}

/// Every 13-19 digit Luhn-valid number in `bytes` (runs of ASCII digits, all windows).
std::vector<std::string> cardNumbersIn(const std::string &bytes)
{
    std::vector<std::string> found;
    std::size_t i = 0;
    while (i < bytes.size()) {
        if (bytes[i] < '0' || bytes[i] > '9') {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < bytes.size() && bytes[j] >= '0' && bytes[j] <= '9')
            ++j;
        const std::string run = bytes.substr(i, j - i);
        for (std::size_t len = 13; len <= 19 && len <= run.size(); ++len)
            for (std::size_t k = 0; k + len <= run.size(); ++k)
                if (lane::core::luhnValid(std::string_view(run).substr(k, len)))
                    found.push_back(run.substr(k, len));
        i = j;
    }
    return found;
}

/// Every text value of every table, each scanned on its own (in the file, adjacent columns
/// run together and would make numbers that are not in the data).
std::vector<std::string> cardNumbersInDatabase(const fs::path &db)
{
    std::vector<std::string> found;
    sqlite3 *h = nullptr;
    EXPECT_EQ(sqlite3_open(db.c_str(), &h), SQLITE_OK);
    std::vector<std::string> tables;
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(h, "SELECT name FROM sqlite_master WHERE type='table'", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    EXPECT_FALSE(tables.empty());
    for (const auto &t : tables) {
        sqlite3_prepare_v2(h, ("SELECT * FROM \"" + t + "\"").c_str(), -1, &s, nullptr);
        while (sqlite3_step(s) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                // Nanosecond timestamps are 19-digit integers by design; every other value,
                // integers included (a PAN stored as a number), is scanned.
                const std::string column = sqlite3_column_name(s, c);
                if (sqlite3_column_type(s, c) == SQLITE_INTEGER && column.size() > 3
                    && column.ends_with("_ns"))
                    continue;
                const auto *v = sqlite3_column_text(s, c); // integers as their decimal text
                if (v) {
                    auto more = cardNumbersIn(reinterpret_cast<const char *>(v));
                    found.insert(found.end(), more.begin(), more.end());
                }
            }
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return found;
}

std::string slurp(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

TEST(ZvtCrash, KilledAtRandomPointsNeverChargesTwiceNorLosesAnApproval)
{
    const auto dir = workDir("kill");
    SimulatorConfig sc;
    sc.stepDelay = 1ms;
    sc.customerDelay = 10ms;
    sc.hostDelay = 15ms;
    ZvtSimulator sim(sc);
    ASSERT_TRUE(sim.listenTcp().ok());
    const QString port = QString::number(sim.tcpPort());
    const QString db = QString::fromStdString((dir / "lane.db").string());

    std::mt19937 rng(20261122u);
    std::uniform_int_distribution<int> killMs(20, 600);
    const int kills = LANE_CRASH_KILLS;
    for (int i = 0; i < kills; ++i) {
        // Mix in faults so kills also land in declines and lost approvals.
        std::vector<SimStep> steps;
        for (int k = 0; k < 8; ++k) {
            const int roll = int(rng() % 10);
            steps.push_back(roll == 0   ? SimStep{SimScenario::Decline, 0x71}
                            : roll == 1 ? SimStep{SimScenario::LoseApproval, 0}
                                        : SimStep{SimScenario::Approve, 0});
        }
        sim.script(steps);
        runRunner(
            {"--db", db, "--port", port, "--payments", "1000", "--seed", QString::number(rng())},
            std::chrono::milliseconds(killMs(rng)));
    }
    sim.script({});
    const auto final = runRunner({"--db", db, "--port", port, "--reconcile-only"}, std::nullopt);
    ASSERT_TRUE(final.finished);
    EXPECT_EQ(final.exitCode, 0);

    const Totals t = readJournal(dir / "lane.db");
    EXPECT_EQ(t.unresolved, 0);
    EXPECT_GT(t.payments, 0);
    EXPECT_GT(sim.transactions(), 0);
    EXPECT_EQ(t.recorded, sim.ledgerTotal())
        << "charged by the terminal and recorded by the lane differ after " << kills << " kills";
    RecordProperty("kills", kills);
    RecordProperty("payments", t.payments);
    std::printf("kills=%d payments=%d recovered=%d terminal_transactions=%d charged=%lld "
                "recorded=%lld\n",
                kills, t.payments, t.recovered, sim.transactions(),
                static_cast<long long>(sim.ledgerTotal()), static_cast<long long>(t.recorded));
}

TEST(ZvtLeakScan, ScannerFindsTheSimulatorsCardNumbers)
{
    // The scan must be able to fail: the simulator's internal PANs are Luhn-valid.
    const auto found = cardNumbersIn("x4111111111111111y 5555555555554444 411111******1111");
    EXPECT_NE(std::find(found.begin(), found.end(), "4111111111111111"), found.end());
    EXPECT_NE(std::find(found.begin(), found.end(), "5555555555554444"), found.end());
    for (const auto &f : found)
        EXPECT_EQ(f.find('*'), std::string::npos);
    EXPECT_TRUE(cardNumbersIn("411111******1111 receipt 0042 trace 000017").empty());
}

TEST(ZvtLeakScan, NoFullCardNumberInDatabaseLogOrEvents)
{
    const auto dir = workDir("leak");
    ZvtSimulator sim;
    ASSERT_TRUE(sim.listenTcp().ok());
    sim.script({SimStep{SimScenario::Approve}, SimStep{SimScenario::Decline, 0x71},
                SimStep{SimScenario::LoseApproval}, SimStep{SimScenario::Approve}});
    const auto r = runRunner({"--db", QString::fromStdString((dir / "lane.db").string()), "--port",
                              QString::number(sim.tcpPort()), "--payments", "12", "--events",
                              QString::fromStdString((dir / "events.ndjson").string()), "--log",
                              QString::fromStdString((dir / "lane.log").string())},
                             std::nullopt);
    ASSERT_TRUE(r.finished);
    ASSERT_EQ(r.exitCode, 0);
    const std::string events = slurp(dir / "events.ndjson");
    const std::string log = slurp(dir / "lane.log");
    EXPECT_NE(events.find("payment.finished"), std::string::npos);
    EXPECT_NE(log.find("******"), std::string::npos) << "masked numbers are logged, so the scan "
                                                        "looks at real card data";
    EXPECT_EQ(cardNumbersInDatabase(dir / "lane.db"), std::vector<std::string>{});
    for (const char *file : {"lane.log", "events.ndjson"})
        EXPECT_EQ(cardNumbersIn(slurp(dir / file)), std::vector<std::string>{}) << file;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
