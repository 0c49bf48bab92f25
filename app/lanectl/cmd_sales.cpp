#include <fstream>
#include <ostream>

#include "app/lanectl/command.h"
#include "core/store/salesexport.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl sales export --from YYYY-MM-DD --to YYYY-MM-DD [--format csv|json]\n"
      "                            [--output FILE] [--db PATH]\n\n"
      "Exports sales, returns and voids of the business days from..to (inclusive) for the\n"
      "back office: csv (one row per receipt, default) or json (receipts with lines,\n"
      "tenders and tax summary). Formats in docs/formats.md.\n";

} // namespace

int runSales(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"from", "to", "format", "output"}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (args->positional.size() != 1 || args->positional[0] != "export") {
        return usageError(inv,
                          args->positional.empty()
                              ? "sales needs a subcommand"
                              : "unknown sales subcommand \"" + args->positional[0] + "\"",
                          kUsage);
    }
    const std::string from = args->get("from");
    const std::string to = args->get("to");
    if (!core::isIsoDate(from) || !core::isIsoDate(to)) {
        return usageError(inv, "--from and --to need dates as YYYY-MM-DD", kUsage);
    }
    if (from > to) {
        return usageError(inv, "--from " + from + " is after --to " + to, kUsage);
    }
    const std::string fmt = args->get("format", "csv");
    if (fmt != "csv" && fmt != "json") {
        return usageError(inv, "--format must be csv or json, not \"" + fmt + "\"", kUsage);
    }
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    const std::string path = args->get("output");
    std::ofstream file;
    if (!path.empty()) {
        file.open(path, std::ios::binary | std::ios::trunc);
        if (!file) {
            return fail(inv, core::makeError("io", path + ": cannot write"), kExitFailure);
        }
    }
    auto s = core::exportSales((*store)->database(), (*store)->identity().currency, from, to,
                               fmt == "csv" ? core::SalesFormat::Csv : core::SalesFormat::Json,
                               path.empty() ? inv.out : file);
    if (!s) {
        return fail(inv, s.error(), kExitFailure);
    }
    return kExitOk;
}

} // namespace lane::app::lanectl
