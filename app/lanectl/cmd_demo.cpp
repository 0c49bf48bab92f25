#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "app/lanectl/command.h"
#include "app/lanectl/demodata.h"
#include "core/auth/credential.h"
#include "core/store/catalogio.h"
#include "core/store/promotionstore.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl demo seed [--db PATH]\n\n"
      "Fills a store with a demo supermarket: a few thousand items across departments\n"
      "(Korean names with English), weighed produce with PLUs, age-restricted soju, beer\n"
      "and cigarettes, bottle deposits, promotions, demo users with PINs, and device\n"
      "settings pointing at the simulators. Creates the store (S0123-02, KRW, +09:00) if\n"
      "the database does not exist yet. Replaces the catalog, promotions and users.\n";

struct DemoUser
{
    const char *id;
    const char *name;
    core::Role role;
    const char *pin;
};

constexpr DemoUser kUsers[] = {
    {"1001", "김민지 Kim Minji", core::Role::Cashier, "2580"},
    {"1002", "이준호 Lee Junho", core::Role::Cashier, "3691"},
    {"5001", "박서연 Park Seoyeon", core::Role::Supervisor, "4826"},
    {"9001", "최도윤 Choi Doyun", core::Role::Manager, "7391"},
};

} // namespace

int runDemo(Invocation &inv)
{
    auto args = parseArgs(inv.words, {}, {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (args->positional.size() != 1 || args->positional[0] != "seed") {
        return usageError(inv,
                          args->positional.empty()
                              ? "demo needs a subcommand"
                              : "unknown demo subcommand \"" + args->positional[0] + "\"",
                          kUsage);
    }
    std::unique_ptr<core::Store> store;
    if (!std::filesystem::exists(inv.dbPath)) {
        core::StoreInit init{inv.dbPath, "S0123", "02", *core::Currency::fromCode("KRW"),
                             540,        false};
        auto created = core::Store::init(init, inv.clock);
        if (!created) {
            return fail(inv, created.error(), kExitFailure);
        }
        store = std::move(*created);
        inv.out << "created store S0123-02 (KRW) at " << inv.dbPath << "\n";
    } else {
        auto opened = openStore(inv);
        if (!opened) {
            return fail(inv, opened.error(), kExitFailure);
        }
        store = std::move(*opened);
    }
    const core::Currency currency = store->identity().currency;
    if (currency.alpha() != "KRW") {
        return fail(inv,
                    core::makeError("demo.currency", "the demo catalog is priced in KRW; this "
                                                     "store trades in "
                                                         + std::string(currency.alpha())),
                    kExitFailure);
    }

    // The catalog goes through the same CSV import as a real one.
    const std::string csv = inv.dbPath + ".demo-catalog.csv";
    DemoCatalog catalog;
    {
        std::ofstream out(csv, std::ios::binary | std::ios::trunc);
        catalog = writeDemoCatalog(out);
        if (!out) {
            return fail(inv, core::makeError("io", csv + ": cannot write"), kExitFailure);
        }
    }
    auto imported = core::importCatalogCsv(store->database(), csv, currency);
    std::filesystem::remove(csv);
    if (!imported) {
        return fail(inv, imported.error(), kExitFailure);
    }

    auto tx = core::TransactionGuard::begin(store->database());
    if (!tx) {
        return fail(inv, tx.error(), kExitFailure);
    }
    if (auto s = store->database().exec("DELETE FROM promotion; DELETE FROM app_user;"); !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    const auto promotions = demoPromotions(catalog, currency);
    for (const auto &p : promotions) {
        if (auto s = core::savePromotion(store->database(), p); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
    }
    core::SqliteUserDirectory users(store->database());
    for (const auto &u : kUsers) {
        auto hash = core::hashCredential(u.pin);
        if (!hash) {
            return fail(inv, hash.error(), kExitFailure);
        }
        core::User user{u.id, u.name, u.role, true, *hash, ""};
        if (auto s = users.save(user); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
    }
    const std::pair<const char *, const char *> settings[] = {
        {"device.scanner", "sim-scanner"}, {"device.printer", "sim-printer"},
        {"device.scale", "sim-scale"},     {"device.drawer", "sim-drawer"},
        {"device.display", "sim-display"}, {"receipt.store_name", "Lane 데모마트 S0123"},
        {"sale.tax.standard", "1000"},     {"sale.tax.exempt", "0"},
        {"sale.cash_rounding", "10"},
    };
    for (const auto &[k, v] : settings) {
        if (auto s = store->setSetting(k, v); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
    }
    if (auto s = tx->commit(); !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    inv.out << "demo store seeded: " << imported->items << " items, " << imported->barcodes
            << " barcodes, " << promotions.size() << " promotions, " << std::size(kUsers)
            << " users\n";
    for (const auto &u : kUsers) {
        inv.out << "  user " << u.id << " " << u.name << " (" << core::toString(u.role)
                << "), demo PIN " << u.pin << "\n";
    }
    inv.out << "devices: sim-scanner, sim-printer, sim-scale, sim-drawer, sim-display\n";
    return kExitOk;
}

} // namespace lane::app::lanectl
