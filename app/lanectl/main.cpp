// lanectl: headless administration of a lane's store, on the same libraries as the app.
#include <array>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <unistd.h>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "app/lanectl/command.h"
#include "app/lanectl/fixedclock.h"

namespace lane::app::lanectl {
namespace {

constexpr std::array<CommandGroup, 12> kGroups{{
    {"init", "create a store database and device identity", runInit},
    {"catalog", "import or export the item catalog (CSV)", runCatalog},
    {"journal", "verify or list the tamper-evident journal", runJournal},
    {"sell", "run scripted sales through the sale engine", runSell},
    {"sales", "export finalized sales for the back office", runSales},
    {"demo", "seed a demo store (items, promotions, simulator devices)", runDemo},
    {"shift", "cash control: open with a float, paid-in/out, pickups, blind close", runShift},
    {"report", "X/Z reports, business day, sales statistics (text, csv, json, pdf)", runReport},
    {"user", "users, PINs (from stdin), sign-on check, permission overrides", runUser},
    {"audit", "list sign-ons, permission checks and overrides (text, csv, json)", runAudit},
    {"config", "check a lane configuration file, or apply it atomically", runConfig},
    {"telemetry", "what waits in the telemetry spool; its last events", runTelemetry},
}};

void printHelp(std::ostream &out)
{
    out << "usage: lanectl [--db PATH] <command> [options]\n\n"
           "Administers a Lane store database without the touch UI.\n\ncommands:\n";
    for (const auto &g : kGroups) {
        out << "  " << g.name << std::string(10 - std::string(g.name).size(), ' ') << g.summary
            << "\n";
    }
    out << "\noptions:\n"
           "  --db PATH   store database (default: $LANE_DATA_DIR/lane.db, else "
           "/var/lib/lane/lane.db)\n"
           "  --help      this text; 'lanectl <command> --help' for a command\n\n"
           "exit codes: 0 ok, 1 failure, 2 usage, 3 verification failed, 4 invalid input file\n";
}

std::string defaultDbPath()
{
    const char *dir = std::getenv("LANE_DATA_DIR");
    return std::string(dir && *dir ? dir : "/var/lib/lane") + "/lane.db";
}

} // namespace
} // namespace lane::app::lanectl

int main(int argc, char **argv)
{
    using namespace lane::app::lanectl;
    // Log lines (warnings from the store) go to stderr; stdout carries only results.
    spdlog::set_default_logger(spdlog::stderr_logger_st("lanectl"));
    spdlog::set_level(spdlog::level::warn);

    std::vector<std::string> words(argv + 1, argv + argc);
    std::string dbPath = defaultDbPath();
    // --db is accepted anywhere on the line.
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--db" || words[i].rfind("--db=", 0) == 0) {
            if (words[i] == "--db") {
                if (i + 1 >= words.size()) {
                    std::cerr << "lanectl: --db needs a path\n";
                    return kExitUsage;
                }
                dbPath = words[i + 1];
                words.erase(words.begin() + static_cast<long>(i),
                            words.begin() + static_cast<long>(i) + 2);
            } else {
                dbPath = words[i].substr(5);
                words.erase(words.begin() + static_cast<long>(i));
            }
            break;
        }
    }
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        printHelp(words.empty() ? std::cerr : std::cout);
        return words.empty() ? kExitUsage : kExitOk;
    }
    auto clock = makeClock();
    if (!clock) {
        std::cerr << "lanectl: " << clock.error().message << "\n";
        return kExitUsage;
    }
    for (const auto &g : kGroups) {
        if (words[0] == g.name) {
            Invocation inv{"lanectl " + words[0],
                           std::vector<std::string>(words.begin() + 1, words.end()),
                           dbPath,
                           std::cout,
                           std::cerr,
                           **clock,
                           ::isatty(STDERR_FILENO) == 1};
            const int rc = g.run(inv);
            std::cout.flush();
            return rc;
        }
    }
    std::cerr << "lanectl: unknown command \"" << words[0] << "\"\n\n";
    printHelp(std::cerr);
    return kExitUsage;
}
