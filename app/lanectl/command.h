#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "core/sale/config.h"
#include "core/store/store.h"

namespace lane::app::lanectl {

/// Exit codes, documented in docs/operations.md.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,      // the operation failed (storage error, refused overwrite...)
    kExitUsage = 2,        // bad command line
    kExitVerifyFailed = 3, // journal verification found a broken entry
    kExitBadInput = 4,     // an input file (catalog CSV, sell script) is invalid
};

/// A parsed command line: positionals, --option values and --flags.
struct Args
{
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;

    bool has(const std::string &flag) const { return flags.count(flag) != 0; }
    std::string get(const std::string &option, const std::string &dflt = {}) const
    {
        auto it = options.find(option);
        return it == options.end() ? dflt : it->second;
    }
};

/// What one command receives.
struct Invocation
{
    std::string program;            // "lanectl"
    std::vector<std::string> words; // after the group name
    std::string dbPath;             // --db, or the default under the data directory
    std::ostream &out;
    std::ostream &err;
    const core::Clock &clock;
    bool interactive = false; // stderr is a terminal (progress output allowed)
};

/// Parses `words` against the options a command knows; unknown options are usage errors.
/// `--help`/`-h` is always accepted as a flag.
core::Result<Args> parseArgs(const std::vector<std::string> &words,
                             const std::set<std::string> &valueOptions,
                             const std::set<std::string> &flagOptions);

/// Prints "lanectl: <message>" (and the usage hint for usage errors); returns `code`.
int fail(Invocation &inv, const core::Error &error, int code);
int usageError(Invocation &inv, const std::string &message, const std::string &usage);

core::Result<std::unique_ptr<core::Store>> openStore(Invocation &inv);
/// The sale rules kept in the store's settings (tax table, cash rounding).
core::Result<core::SaleConfig> saleConfigFromStore(core::Store &store);

/// One command group: `lanectl <name> ...`. Adding a group is one source file and one row
/// in the table in main.cpp.
struct CommandGroup
{
    const char *name;
    const char *summary;
    int (*run)(Invocation &inv);
};

int runInit(Invocation &inv);
int runCatalog(Invocation &inv);
int runJournal(Invocation &inv);
int runSell(Invocation &inv);
int runSales(Invocation &inv);
int runDemo(Invocation &inv);
int runShift(Invocation &inv);
int runReport(Invocation &inv);
int runUser(Invocation &inv);
int runAudit(Invocation &inv);
int runConfig(Invocation &inv);
int runTelemetry(Invocation &inv);

} // namespace lane::app::lanectl
