#include <cstdlib>
#include <ostream>

#include "app/lanectl/command.h"
#include "core/config/configapply.h"
#include "core/config/laneconfig.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl config check FILE [--store-file STORE.toml]\n"
      "       lanectl config apply FILE [--target PATH] [--store-file STORE.toml]\n\n"
      "check  reads a lane file (over the store-wide file when given) and reports every\n"
      "       problem with file, line and key: unknown keys, wrong types, missing values,\n"
      "       device paths that do not exist (warnings). Exit code 4 when it has errors.\n"
      "apply  checks FILE, then replaces the target (default $LANE_CONFIG, else\n"
      "       /etc/lane/lane.toml) atomically; a file with errors never replaces a good one.\n"
      "       The lane reads the new file when it next starts.\n";

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
    auto args = parseArgs(inv.words, {"target", "store-file"}, {});
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
    auto applied = core::applyConfigFile(file, target, storeFile);
    if (!applied) {
        return fail(inv, applied.error(),
                    applied.error().code == "config.invalid" ? kExitBadInput : kExitFailure);
    }
    printDiagnostics(inv, *applied);
    inv.out << "applied " << file << " to " << target << " (" << applied->config->deviceId()
            << ")\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
