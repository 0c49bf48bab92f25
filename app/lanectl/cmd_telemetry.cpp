#include <chrono>
#include <cstdlib>
#include <memory>
#include <ostream>

#include <QCoreApplication>

#include "app/lanectl/command.h"
#include "core/config/laneconfig.h"
#include "telemetry/configmapping.h"
#include "telemetry/control.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl telemetry status [--spool DIR | --config FILE]\n"
      "       lanectl telemetry tail [-n N] [--spool DIR | --config FILE]\n"
      "       lanectl telemetry flush [--config FILE] [--timeout S]\n\n"
      "status  what is waiting to be sent: pending bytes and segments, age of the oldest\n"
      "        unsent event, last acknowledged batch, rejected batches, reported drops,\n"
      "        and whether a forwarder is running. Reads the spool only.\n"
      "tail    the last N events in the spool (default 20), oldest first.\n"
      "flush   send everything pending now to the configured receiver and say what was\n"
      "        sent. When the lane's forwarder runs, it is asked to send at once (no second\n"
      "        forwarder). Waits at most --timeout seconds (default 60); exits 1 when the\n"
      "        receiver did not take everything (unreachable, refused, too slow).\n\n"
      "The spool is <spool_dir>/spool, spool_dir from [telemetry] in --config (default\n"
      "<data_dir>/telemetry), else $LANE_DATA_DIR/telemetry/spool, else\n"
      "/var/lib/lane/telemetry/spool. flush reads the receiver from the configuration:\n"
      "--config FILE, else $LANE_CONFIG, else /etc/lane/lane.toml.\n";

core::Result<core::LaneConfig> loadLaneConfig(const std::string &file)
{
    const auto report = core::loadConfig(file);
    if (!report.ok()) {
        return core::makeError("config.invalid", file + ": " + std::to_string(report.errorCount())
                                                     + " error(s); run 'lanectl config check'");
    }
    return *report.config;
}

core::Result<std::string> spoolDir(const Args &args)
{
    if (!args.get("spool").empty()) {
        return args.get("spool");
    }
    if (!args.get("config").empty()) {
        auto config = loadLaneConfig(args.get("config"));
        if (!config) {
            return config.error();
        }
        return telemetry::spoolDirOf(*config).string();
    }
    const char *env = std::getenv("LANE_DATA_DIR");
    return std::string(env && *env ? env : "/var/lib/lane") + "/telemetry/spool";
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

std::string configFile(const Args &args)
{
    if (!args.get("config").empty()) {
        return args.get("config");
    }
    const char *env = std::getenv("LANE_CONFIG");
    return env && *env ? env : "/etc/lane/lane.toml";
}

int runFlush(Invocation &inv, const Args &args)
{
    long timeoutS = 60;
    if (const std::string timeout = args.get("timeout"); !timeout.empty()) {
        char *end = nullptr; // points into `timeout`, which must outlive the check below
        timeoutS = std::strtol(timeout.c_str(), &end, 10);
        if (*end != '\0' || timeoutS <= 0 || timeoutS > 86400) {
            return usageError(inv, "--timeout needs seconds from 1 to 86400", kUsage);
        }
    }
    auto config = loadLaneConfig(configFile(args));
    if (!config) {
        return fail(inv, config.error(), kExitBadInput);
    }
    auto forward = telemetry::forwarderConfigFor(*config);
    if (!forward) {
        return fail(inv, forward.error(), kExitBadInput);
    }
    // The forwarder runs on a Qt event loop; lanectl has none of its own.
    static int argc = 1;
    static char name[] = "lanectl";
    static char *argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    auto flushed = telemetry::telemetryFlush(*forward, std::chrono::seconds(timeoutS));
    if (!flushed) {
        return fail(inv, flushed.error(), kExitFailure);
    }
    const auto &r = *flushed;
    inv.out << "receiver:         " << forward->endpoint.toString().toStdString() << " ("
            << telemetry::formatName(forward->format) << ")\n";
    if (r.viaRunningForwarder) {
        inv.out << "sent:             " << r.spoolBytes
                << " spool bytes, by the lane's running forwarder\n";
    } else {
        inv.out << "sent:             " << r.records << " records in " << r.batches
                << " batch(es), " << r.wireBytes << " bytes on the wire\n";
    }
    inv.out << "rejected batches: " << r.rejectedBatches << "\n"
            << "still pending:    " << r.pendingBytes << " bytes\n";
    if (!r.complete()) {
        return fail(
            inv,
            core::makeError("telemetry.flush",
                            "the receiver did not take everything"
                                + (r.lastError.empty() ? std::string(".") : ": " + r.lastError)),
            kExitFailure);
    }
    return kExitOk;
}

} // namespace

int runTelemetry(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"spool", "config", "n", "timeout"}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    if ((sub != "status" && sub != "tail" && sub != "flush") || args->positional.size() != 1) {
        return usageError(inv,
                          sub.empty() ? "telemetry needs a subcommand"
                                      : "unknown telemetry subcommand \"" + sub + "\"",
                          kUsage);
    }
    if (sub == "flush") {
        return runFlush(inv, *args);
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
