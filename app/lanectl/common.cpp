#include <charconv>
#include <ostream>

#include "app/lanectl/command.h"

namespace lane::app::lanectl {

core::Result<Args> parseArgs(const std::vector<std::string> &words,
                             const std::set<std::string> &valueOptions,
                             const std::set<std::string> &flagOptions)
{
    Args a;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string &w = words[i];
        if (w == "-h" || w == "--help") {
            a.flags.insert("help");
            continue;
        }
        if (w.rfind("--", 0) != 0 || w == "--") {
            a.positional.push_back(w);
            continue;
        }
        std::string name = w.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name.resize(eq);
        }
        if (flagOptions.count(name)) {
            if (value) {
                return core::makeError("usage", "--" + name + " takes no value");
            }
            a.flags.insert(name);
        } else if (valueOptions.count(name)) {
            if (!value) {
                if (i + 1 >= words.size()) {
                    return core::makeError("usage", "--" + name + " needs a value");
                }
                value = words[++i];
            }
            a.options[name] = *value;
        } else {
            return core::makeError("usage", "unknown option --" + name);
        }
    }
    return a;
}

int fail(Invocation &inv, const core::Error &error, int code)
{
    inv.err << "lanectl: " << error.message;
    if (!error.code.empty() && error.code != "usage") {
        inv.err << " [" << error.code << "]";
    }
    inv.err << "\n";
    return code;
}

int usageError(Invocation &inv, const std::string &message, const std::string &usage)
{
    inv.err << "lanectl: " << message << "\n" << usage;
    return kExitUsage;
}

core::Result<std::unique_ptr<core::Store>> openStore(Invocation &inv)
{
    return core::Store::open(inv.dbPath, inv.clock);
}

core::Result<core::SaleConfig> saleConfigFromStore(core::Store &store)
{
    core::SaleConfig c;
    c.currency = store.identity().currency;
    c.utcOffset = std::chrono::minutes(store.identity().utcOffsetMinutes);
    auto settings = store.settings();
    if (!settings) {
        return settings.error();
    }
    auto number = [](const std::string &key, const std::string &v) -> core::Result<std::int64_t> {
        std::int64_t n = 0;
        auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || p != v.data() + v.size() || n < 0) {
            return core::makeError("lanectl.settings",
                                   "setting " + key + " = \"" + v + "\" is not a whole number");
        }
        return n;
    };
    for (const auto &[key, value] : *settings) {
        if (key.rfind("sale.tax.", 0) == 0) {
            auto bp = number(key, value);
            if (!bp) {
                return bp.error();
            }
            const std::string cls = key.substr(9);
            const std::string label
                = *bp == 0 ? "Exempt" : "VAT " + std::to_string(*bp / 100) + "%";
            c.taxRates.push_back(core::TaxRate{cls, *bp, *bp == 0, label});
        } else if (key == "sale.cash_rounding") {
            auto inc = number(key, value);
            if (!inc) {
                return inc.error();
            }
            c.cashRoundingIncrement = *inc;
        } else if (key == "sale.tax_mode") {
            c.taxMode = value == "exclusive" ? core::TaxMode::Exclusive : core::TaxMode::Inclusive;
        }
    }
    if (c.taxRates.empty()) {
        return core::makeError("lanectl.settings",
                               "the store has no tax table (settings sale.tax.<class>)");
    }
    return c;
}

} // namespace lane::app::lanectl
