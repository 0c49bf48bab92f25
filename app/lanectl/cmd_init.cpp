#include <algorithm>
#include <cctype>
#include <ostream>

#include "app/lanectl/command.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl init --store CODE --pos NN --currency ISO [--utc-offset +HH:MM]\n"
      "                    [--db PATH] [--force]\n\n"
      "Creates a store database with this device's identity (store code + POS number),\n"
      "its journal key (mode 0600) and default sale settings (tax table standard 10%,\n"
      "exempt 0%). Refuses to replace an existing database unless --force is given.\n\n"
      "  --store CODE        store code, letters and digits (e.g. S0123)\n"
      "  --pos NN            POS number, 1-4 digits (e.g. 02)\n"
      "  --currency ISO      ISO 4217 code (KRW, EUR, USD, ...)\n"
      "  --utc-offset +HH:MM store time offset from UTC for the business day (default +00:00)\n"
      "  --force             replace an existing database, key and anchor\n";

bool alnum(const std::string &s, std::size_t maxLen)
{
    return !s.empty() && s.size() <= maxLen
           && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}

std::optional<int> parseOffset(const std::string &s)
{
    int h = 0, m = 0;
    char sign = 0;
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':'
        || std::sscanf(s.c_str(), "%c%2d:%2d", &sign, &h, &m) != 3 || h > 14 || m > 59) {
        return std::nullopt;
    }
    const int total = h * 60 + m;
    return sign == '-' ? -total : total;
}

} // namespace

int runInit(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"store", "pos", "currency", "utc-offset"}, {"force"});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (!args->positional.empty()) {
        return usageError(inv, "unexpected argument \"" + args->positional[0] + "\"", kUsage);
    }
    core::StoreInit init;
    init.dbPath = inv.dbPath;
    init.storeCode = args->get("store");
    init.posNumber = args->get("pos");
    init.force = args->has("force");
    if (!alnum(init.storeCode, 16)) {
        return usageError(inv, "--store needs a store code of letters and digits", kUsage);
    }
    if (!alnum(init.posNumber, 4)
        || !std::all_of(init.posNumber.begin(), init.posNumber.end(),
                        [](unsigned char c) { return std::isdigit(c) != 0; })) {
        return usageError(inv, "--pos needs a POS number of 1-4 digits", kUsage);
    }
    const std::string code = args->get("currency");
    auto currency = core::Currency::fromCode(code);
    if (!currency) {
        return usageError(inv, "--currency \"" + code + "\" is not a supported ISO 4217 code",
                          kUsage);
    }
    init.currency = *currency;
    const auto offset = parseOffset(args->get("utc-offset", "+00:00"));
    if (!offset) {
        return usageError(inv, "--utc-offset needs +HH:MM or -HH:MM", kUsage);
    }
    init.utcOffsetMinutes = *offset;

    auto store = core::Store::init(init, inv.clock);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    for (const auto &[k, v] : {std::pair<const char *, const char *>{"sale.tax.standard", "1000"},
                               {"sale.tax.exempt", "0"},
                               {"sale.cash_rounding", "1"}}) {
        if (auto s = (*store)->setSetting(k, v); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
    }
    const auto &id = (*store)->identity();
    inv.out << "created store " << id.deviceId() << " (" << id.currency.alpha() << ") at "
            << inv.dbPath << "\njournal key: " << id.keyPath << " (mode 0600)\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
