#include <ostream>

#include "app/lanectl/command.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl journal verify [--db PATH]\n"
      "       lanectl journal list [--last N] [--db PATH]\n\n"
      "verify  recomputes the HMAC chain over every entry and checks it against the\n"
      "        device_state row and the anchor file; names the first broken entry.\n"
      "        Exit code 3 when the journal does not verify.\n"
      "list    prints entries (seq, UTC time, type, payload), the last N (default 20).\n";

std::string isoTime(std::int64_t ns)
{
    using namespace std::chrono;
    const core::TimePoint t{nanoseconds(ns)};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{floor<seconds>(t - day)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
    return buf;
}

} // namespace

int runJournal(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"last"}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    const std::string sub = args->positional.empty() ? "" : args->positional[0];
    if (sub != "verify" && sub != "list") {
        return usageError(inv,
                          sub.empty() ? "journal needs a subcommand"
                                      : "unknown journal subcommand \"" + sub + "\"",
                          kUsage);
    }
    if (args->positional.size() != 1) {
        return usageError(inv, "unexpected argument \"" + args->positional[1] + "\"", kUsage);
    }
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    if (sub == "verify") {
        auto v = (*store)->verifyJournal();
        if (!v) {
            return fail(inv, v.error(), kExitFailure);
        }
        if (!v->ok) {
            inv.err << "lanectl: journal verification FAILED at seq " << v->brokenSeq;
            if (!v->brokenType.empty()) {
                inv.err << " (" << v->brokenType << ")";
            }
            inv.err << ": " << v->problem << "\n";
            return kExitVerifyFailed;
        }
        inv.out << "journal ok: " << v->entries << " entries, chain and anchors verified\n";
        return kExitOk;
    }
    long last = 20;
    try {
        last = std::stol(args->get("last", "20"));
    } catch (...) {
        return usageError(inv, "--last needs a number", kUsage);
    }
    auto st = (*store)->database().prepare(
        "SELECT seq, timestamp_utc_ns, type, payload FROM (SELECT * FROM journal ORDER BY seq "
        "DESC LIMIT ?) ORDER BY seq");
    if (!st) {
        return fail(inv, st.error(), kExitFailure);
    }
    if (auto s = (*st)->bind(1, std::int64_t{last}); !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    for (;;) {
        auto row = (*st)->step();
        if (!row) {
            return fail(inv, row.error(), kExitFailure);
        }
        if (!*row) {
            break;
        }
        inv.out << (*st)->columnInt(0) << "  " << isoTime((*st)->columnInt(1)) << "  "
                << (*st)->columnText(2) << "  " << (*st)->columnText(3) << "\n";
    }
    return kExitOk;
}

} // namespace lane::app::lanectl
