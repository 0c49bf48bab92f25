#include <fstream>
#include <ostream>

#include "app/lanectl/command.h"
#include "core/store/audit.h"
#include "core/store/salesexport.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl audit --from YYYY-MM-DD --to YYYY-MM-DD [--user ID]\n"
      "                     [--format text|csv|json] [--output FILE] [--db PATH]\n\n"
      "Lists the audit entries of the tamper-evident journal for the business days from..to\n"
      "(store time, inclusive): sign-ons and failed sign-ons, every permission check granted\n"
      "or refused, supervisor overrides with both identities and the reason, and user\n"
      "administration. --user keeps the entries where ID acted, asked or approved.\n"
      "Run 'lanectl journal verify' to prove the entries were not altered.\n";

} // namespace

int runAudit(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"from", "to", "user", "format", "output"}, {});
    if (!args)
        return usageError(inv, args.error().message, kUsage);
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (!args->positional.empty())
        return usageError(inv, "unexpected argument \"" + args->positional[0] + "\"", kUsage);
    core::AuditFilter filter{args->get("from"), args->get("to"), args->get("user")};
    if (!core::isIsoDate(filter.from) || !core::isIsoDate(filter.to))
        return usageError(inv, "--from and --to need dates as YYYY-MM-DD", kUsage);
    if (filter.from > filter.to)
        return usageError(inv, "--from " + filter.from + " is after --to " + filter.to, kUsage);
    const std::string fmt = args->get("format", "text");
    core::AuditFormat format = core::AuditFormat::Text;
    if (fmt == "csv")
        format = core::AuditFormat::Csv;
    else if (fmt == "json")
        format = core::AuditFormat::Json;
    else if (fmt != "text")
        return usageError(inv, "--format must be text, csv or json, not \"" + fmt + "\"", kUsage);
    auto store = openStore(inv);
    if (!store)
        return fail(inv, store.error(), kExitFailure);
    auto entries = core::listAudit(**store, filter);
    if (!entries)
        return fail(inv, entries.error(), kExitFailure);
    const std::string path = args->get("output");
    if (path.empty()) {
        core::writeAudit(inv.out, *entries, format);
        return kExitOk;
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        return fail(inv, core::makeError("io", path + ": cannot write"), kExitFailure);
    core::writeAudit(file, *entries, format);
    file.flush();
    if (!file)
        return fail(inv, core::makeError("io", path + ": write failed"), kExitFailure);
    return kExitOk;
}

} // namespace lane::app::lanectl
