#include <fstream>
#include <iomanip>
#include <ostream>

#include "app/lanectl/command.h"
#include "core/store/catalogio.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl catalog import FILE.csv [--db PATH]\n"
      "       lanectl catalog export [--output FILE] [--db PATH]\n\n"
      "import  replaces the catalog with the items of FILE.csv, all or nothing (columns in\n"
      "        docs/formats.md; UTF-8, a byte order mark is tolerated; RFC 4180 quoting).\n"
      "        Errors name the line and column. Shows progress on a terminal.\n"
      "export  writes the catalog in the same format to FILE or standard output.\n";

int runImport(Invocation &inv, const Args &args)
{
    if (args.positional.size() != 2) {
        return usageError(inv, "catalog import needs exactly one FILE.csv", kUsage);
    }
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    core::ImportProgress progress;
    if (inv.interactive) {
        progress = [&inv](std::int64_t done, std::int64_t total) {
            const int pct = total > 0 ? static_cast<int>(done * 100 / total) : 0;
            inv.err << "\rimporting... " << std::setw(3) << pct << "%" << std::flush;
        };
    }
    auto stats = core::importCatalogCsv((*store)->database(), args.positional[1],
                                        (*store)->identity().currency, progress);
    if (inv.interactive) {
        inv.err << "\r" << std::string(20, ' ') << "\r";
    }
    if (!stats) {
        const auto &code = stats.error().code;
        const bool badInput = code == "catalog.import" || code == "csv.syntax";
        return fail(inv, stats.error(), badInput ? kExitBadInput : kExitFailure);
    }
    if (auto s = (*store)->maintenance(true); !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    inv.out << "imported " << stats->items << " items, " << stats->barcodes << " barcodes\n";
    return kExitOk;
}

int runExport(Invocation &inv, const Args &args)
{
    if (args.positional.size() != 1) {
        return usageError(inv, "catalog export takes no file argument (use --output)", kUsage);
    }
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    const std::string path = args.get("output");
    std::ofstream file;
    if (!path.empty()) {
        file.open(path, std::ios::binary | std::ios::trunc);
        if (!file) {
            return fail(inv, core::makeError("io", path + ": cannot write"), kExitFailure);
        }
    }
    std::ostream &out = path.empty() ? inv.out : file;
    if (auto s = core::exportCatalogCsv((*store)->database(), (*store)->identity().currency, out);
        !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    return kExitOk;
}

} // namespace

int runCatalog(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"output"}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    if (sub == "import") {
        return runImport(inv, *args);
    }
    if (sub == "export") {
        return runExport(inv, *args);
    }
    return usageError(inv,
                      sub.empty() ? "catalog needs a subcommand"
                                  : "unknown catalog subcommand \"" + sub + "\"",
                      kUsage);
}

} // namespace lane::app::lanectl
