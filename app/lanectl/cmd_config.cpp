#include <algorithm>
#include <cstdlib>
#include <ostream>

#include "app/lanectl/command.h"
#include "app/lanectl/lanereload.h"
#include "core/config/configapply.h"
#include "core/config/laneconfig.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl config check FILE [--store-file STORE.toml]\n"
      "       lanectl config apply FILE [--target PATH] [--store-file STORE.toml] [--no-reload]\n\n"
      "check  reads a lane file (over the store-wide file when given) and reports every\n"
      "       problem with file, line and key: unknown keys, wrong types, missing values,\n"
      "       device paths that do not exist (warnings). Exit code 4 when it has errors.\n"
      "apply  checks FILE, then replaces the target (default $LANE_CONFIG, else\n"
      "       /etc/lane/lane.toml) atomically; a file with errors never replaces a good one.\n"
      "       Then the lane running for the target re-reads it: systemctl reload lane.service\n"
      "       when that unit runs it, else SIGHUP to the lane named by <data_dir>/lane.pid.\n"
      "       Prints \"reloaded\", \"no lane running\" or \"reload failed: ...\" (exit 1).\n"
      "       --no-reload: replace the file only; the lane reads it at its next reload.\n";

void printDiagnostics(Invocation &inv, const core::ConfigReport &report)
{
    for (const auto &d : report.diagnostics) {
        (d.level == core::ConfigDiagnostic::Level::Error ? inv.err : inv.out)
            << d.toString() << "\n";
    }
}

std::string defaultTarget()
{
    const char *env = std::getenv("LANE_CONFIG");
    return env && *env ? env : "/etc/lane/lane.toml";
}

} // namespace

int runConfig(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"target", "store-file"}, {"no-reload"});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    if (sub != "check" && sub != "apply") {
        return usageError(inv,
                          sub.empty() ? "config needs a subcommand"
                                      : "unknown config subcommand \"" + sub + "\"",
                          kUsage);
    }
    if (args->positional.size() != 2) {
        return usageError(inv, "config " + sub + " needs exactly one FILE", kUsage);
    }
    const std::string file = args->positional[1];
    const std::string storeFile = args->get("store-file");
    if (sub == "check") {
        const auto report = core::loadConfig(file, storeFile);
        printDiagnostics(inv, report);
        if (!report.ok()) {
            inv.err << "lanectl: " << file << ": " << report.errorCount() << " error(s), "
                    << report.warningCount() << " warning(s)\n";
            return kExitBadInput;
        }
        inv.out << file << ": ok (" << report.config->deviceId() << ", " << report.warningCount()
                << " warning(s))\n";
        return kExitOk;
    }
    const std::string target = args->get("target", defaultTarget());
    // The running lane keeps its pid file in the data directory of the file it started with.
    std::vector<std::string> dataDirs;
    if (const auto before = core::loadConfig(target, storeFile); before.ok()) {
        dataDirs.push_back(before.config->dataDir);
    }
    auto applied = core::applyConfigFile(file, target, storeFile);
    if (!applied) {
        return fail(inv, applied.error(),
                    applied.error().code == "config.invalid" ? kExitBadInput : kExitFailure);
    }
    printDiagnostics(inv, *applied);
    inv.out << "applied " << file << " to " << target << " (" << applied->config->deviceId()
            << ")\n";
    if (args->has("no-reload")) {
        return kExitOk;
    }
    if (std::find(dataDirs.begin(), dataDirs.end(), applied->config->dataDir) == dataDirs.end()) {
        dataDirs.push_back(applied->config->dataDir);
    }
    const ReloadOutcome reload = reloadRunningLane(target, dataDirs);
    if (reload.kind == ReloadOutcome::Kind::Failed) {
        inv.err << "lanectl: " << reload.message << "\n";
        return kExitFailure;
    }
    inv.out << reload.message << "\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
