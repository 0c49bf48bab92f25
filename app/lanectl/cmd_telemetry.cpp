#include <chrono>
#include <cstdlib>
#include <ostream>

#include "app/lanectl/command.h"
#include "core/config/laneconfig.h"
#include "telemetry/control.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl telemetry status [--spool DIR | --config FILE]\n"
      "       lanectl telemetry tail [-n N] [--spool DIR | --config FILE]\n\n"
      "status  what is waiting to be sent: pending bytes and segments, age of the oldest\n"
      "        unsent event, last acknowledged batch, rejected batches, reported drops,\n"
      "        and whether a forwarder is running. Reads the spool only.\n"
      "tail    the last N events in the spool (default 20), oldest first.\n\n"
      "The spool is <data_dir>/telemetry/spool: data_dir from --config, else $LANE_DATA_DIR,\n"
      "else /var/lib/lane.\n";

core::Result<std::string> spoolDir(const Args &args)
{
    if (!args.get("spool").empty()) {
        return args.get("spool");
    }
    std::string dataDir;
    if (!args.get("config").empty()) {
        const auto report = core::loadConfig(args.get("config"));
        if (!report.ok()) {
            return core::makeError("config.invalid", args.get("config") + ": "
                                                         + std::to_string(report.errorCount())
                                                         + " error(s); run 'lanectl config check'");
        }
        dataDir = report.config->dataDir;
    } else {
        const char *env = std::getenv("LANE_DATA_DIR");
        dataDir = env && *env ? env : "/var/lib/lane";
    }
    return dataDir + "/telemetry/spool";
}

std::string age(std::chrono::seconds s)
{
    const auto n = s.count();
    if (n < 120) {
        return std::to_string(n) + " s";
    }
    if (n < 7200) {
        return std::to_string(n / 60) + " min";
    }
    if (n < 172800) {
        return std::to_string(n / 3600) + " h";
    }
    return std::to_string(n / 86400) + " days";
}

} // namespace

int runTelemetry(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"spool", "config", "n"}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    if ((sub != "status" && sub != "tail") || args->positional.size() != 1) {
        return usageError(inv,
                          sub.empty() ? "telemetry needs a subcommand"
                                      : "unknown telemetry subcommand \"" + sub + "\"",
                          kUsage);
    }
    auto dir = spoolDir(*args);
    if (!dir) {
        return fail(inv, dir.error(), kExitBadInput);
    }
    if (sub == "tail") {
        std::size_t n = 20;
        if (!args->get("n").empty()) {
            char *end = nullptr;
            const long v = std::strtol(args->get("n").c_str(), &end, 10);
            if (*end != '\0' || v <= 0 || v > 100000) {
                return usageError(inv, "-n needs a count from 1 to 100000", kUsage);
            }
            n = static_cast<std::size_t>(v);
        }
        for (const auto &line : telemetry::telemetryTail(*dir, n)) {
            inv.out << line << "\n";
        }
        return kExitOk;
    }
    auto status = telemetry::telemetryStatus(*dir, {}, &inv.clock);
    if (!status) {
        return fail(inv, status.error(), kExitFailure);
    }
    const auto &s = *status;
    inv.out << "spool:            " << *dir << "\n"
            << "pending:          " << s.pendingBytes << " bytes in " << s.pendingSegments
            << " segment(s)\n"
            << "oldest pending:   " << (s.oldestPendingAge ? age(*s.oldestPendingAge) : "-") << "\n"
            << "last success:     "
            << (s.lastSuccess ? age(std::chrono::duration_cast<std::chrono::seconds>(
                                    inv.clock.now() - *s.lastSuccess))
                                    + " ago"
                              : "never")
            << "\n"
            << "rejected batches: " << s.rejectedBatches << "\n"
            << "dropped (reported): " << s.droppedReported << "\n"
            << "forwarder:        " << (s.forwarderRunning ? "running" : "not running") << "\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
