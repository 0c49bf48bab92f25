#include <iomanip>
#include <ostream>
#include <sstream>

#include "app/lanectl/command.h"
#include "app/lanectl/sellscript.h"
#include "core/barcode/scancode.h"
#include "core/report/dayclose.h"
#include "core/sale/receipttext.h"
#include "core/store/promotionstore.h"
#include "core/store/salecommit.h"
#include "core/store/snapshotcodec.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl sell --script FILE.json [--loop N] [--trace] [--quiet] [--db PATH]\n\n"
      "Runs the sales of a script (docs/formats.md) through the sale engine against the\n"
      "store: every basket change is persisted, every sale finalized durably before its\n"
      "receipt text is printed. A basket left in progress by a crash is finished first\n"
      "(finalized when paid, otherwise voided).\n\n"
      "  --loop N   run the script N times (0: until killed)\n"
      "  --trace    print machine-readable progress lines (basket-intent/basket HASH,\n"
      "             finalize-intent, receipt NUMBER) for crash tests\n"
      "  --quiet    do not print receipt texts\n";

std::string fnv1a64(std::string_view bytes)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : bytes) {
        h = (h ^ c) * 1099511628211ULL;
    }
    std::ostringstream o;
    o << std::hex << std::setw(16) << std::setfill('0') << h;
    return o.str();
}

struct Seller
{
    Invocation &inv;
    core::Store &store;
    core::SaleContext context;
    core::ReceiptTextOptions textOptions;
    bool trace = false;
    bool quiet = false;
    std::int64_t sales = 0;

    void line(const std::string &text)
    {
        inv.out << text << '\n';
        inv.out.flush(); // one write per line: a kill never leaves a promise half-printed
    }

    core::Status persist(const core::Transaction &t)
    {
        const std::string hash = fnv1a64(core::encodeSnapshot(t.snapshot()));
        if (trace) {
            line("basket-intent " + hash);
        }
        if (auto s = core::persistBasket(store, t); !s) {
            return s;
        }
        if (trace) {
            line("basket " + hash);
        }
        return {};
    }

    core::Status close(const core::Transaction &t, bool voidIt, const std::string &reason)
    {
        if (trace) {
            line("finalize-intent");
        }
        auto render = [this](const core::Receipt &r) {
            return core::renderReceiptText(r, textOptions);
        };
        auto done = voidIt ? core::voidSale(store, t, t.header().cashierId, reason, context, render)
                           : core::finalizeSale(store, t, context, render);
        if (!done) {
            return done.error();
        }
        ++sales;
        if (trace) {
            line("receipt " + done->header().transactionId);
        }
        if (!quiet) {
            inv.out << core::renderReceiptText(done->receipt(), textOptions) << "\n";
        }
        (void)store.maintenance(); // after the receipt: the lane is idle now
        return {};
    }

    core::Status recover()
    {
        auto restored = core::restoreBasket(store, context);
        if (!restored) {
            return restored.error();
        }
        if (!*restored) {
            return {};
        }
        const auto state = (*restored)->state();
        inv.err << "lanectl: recovering a basket left " << core::toString(state) << "\n";
        return close(**restored, state != core::TransactionState::Paid, "recovered after restart");
    }

    core::Status addItem(core::Transaction &t, const ScriptItem &item)
    {
        core::Result<core::LineId> id = core::LineId{0};
        if (!item.scan.empty()) {
            auto code = core::parseScan(item.scan, core::ScanRules{});
            if (!code) {
                return code.error();
            }
            id = t.addScan(*code, item.quantityMilli);
        } else if (!item.plu.empty()) {
            id = t.addPlu(item.plu, item.quantityMilli);
        } else {
            id = t.addSku(item.sku, item.quantityMilli);
        }
        if (!id) {
            return id.error();
        }
        if (auto s = persist(t); !s) {
            return s;
        }
        if (item.priceOverride) {
            if (auto s
                = t.overridePrice(*id, *item.priceOverride, item.reason, t.header().cashierId);
                !s) {
                return s;
            }
            if (auto s = persist(t); !s) {
                return s;
            }
            auto e = store.recordEvent(core::journal_type::kPriceOverride,
                                       core::CanonicalJson()
                                           .set("user", t.header().cashierId)
                                           .set("line", std::int64_t{*id})
                                           .set("unit_price", item.priceOverride->minor())
                                           .set("reason", item.reason));
            if (!e) {
                return e.error();
            }
        }
        return {};
    }

    // Runs one sale; a script error leaves `failedAt` naming the step.
    core::Status runSale(const SellScript &script, const ScriptSale &sale, std::string &failedAt)
    {
        core::TransactionHeader h;
        h.storeId = store.identity().storeCode;
        h.posId = store.identity().posNumber;
        h.cashierId = script.cashierId;
        h.cashierName = script.cashierName;
        h.startedAt = inv.clock.now();
        core::Transaction t(h, *context.catalog, *context.config, *context.clock,
                            context.promotions, context.events);
        auto step = [&](const std::string &where, core::Status s) {
            if (!s) {
                failedAt = where;
            }
            return s;
        };
        for (const auto &item : sale.items) {
            if (auto s = step(item.where, addItem(t, item)); !s) {
                return s;
            }
        }
        if (sale.discountBasisPoints > 0) {
            core::Discount d;
            d.kind = core::Discount::Kind::Percent;
            d.basisPoints = sale.discountBasisPoints;
            d.amount = core::Money::zero(context.config->currency);
            d.reasonCode = "script";
            d.userId = script.cashierId;
            auto r = t.addTransactionDiscount(d);
            if (!r) {
                failedAt = sale.where + ".discount_percent";
                return r.error();
            }
            if (auto s = step(sale.where, persist(t)); !s) {
                return s;
            }
        }
        if (sale.voidSale) {
            return step(sale.where, close(t, true, "voided by script"));
        }
        if (sale.ageVerified && !t.basket().pendingAgeChecks().empty()) {
            core::AgeVerification v;
            v.userId = script.cashierId;
            v.visuallyVerified = true;
            if (auto s = step(sale.where + ".age_verified", t.verifyAge(v)); !s) {
                return s;
            }
        }
        if (auto s = step(sale.where, t.startTendering()); !s) {
            return s;
        }
        if (auto s = step(sale.where, persist(t)); !s) {
            return s;
        }
        for (const auto &tender : sale.tenders) {
            core::Status s;
            switch (tender.kind) {
            case ScriptTender::Kind::Cash:
                s = t.payCash(tender.amount);
                break;
            case ScriptTender::Kind::Card: {
                core::CardApproval a;
                a.maskedPan = tender.maskedPan;
                a.scheme = tender.scheme;
                a.authCode = tender.authCode;
                a.terminalId = "script";
                a.reference = tender.reference;
                s = t.addCardTender(tender.amount, a);
                break;
            }
            case ScriptTender::Kind::Voucher:
                s = t.payVoucher(core::TenderKind::Voucher, tender.amount, tender.reference);
                break;
            }
            if (!step(tender.where, s)) {
                return s;
            }
            if (auto p = step(tender.where, persist(t)); !p) {
                return p;
            }
        }
        if (t.state() != core::TransactionState::Paid) {
            failedAt = sale.where + ".tenders";
            return core::makeError("script.underpaid",
                                   "tenders leave " + t.balance().toString() + " to pay");
        }
        return step(sale.where, close(t, false, {}));
    }
};

} // namespace

int runSell(Invocation &inv)
{
    auto args = parseArgs(inv.words, {"script", "loop"}, {"trace", "quiet"});
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
    if (args->get("script").empty()) {
        return usageError(inv, "sell needs --script FILE.json", kUsage);
    }
    long loops = 1;
    try {
        loops = std::stol(args->get("loop", "1"));
    } catch (...) {
        loops = -1;
    }
    if (loops < 0) {
        return usageError(inv, "--loop needs a number (0: until killed)", kUsage);
    }
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    auto script = loadSellScript(args->get("script"), (*store)->identity().currency);
    if (!script) {
        return fail(inv, script.error(),
                    script.error().code == "script.open" ? kExitFailure : kExitBadInput);
    }
    auto config = saleConfigFromStore(**store);
    if (!config) {
        return fail(inv, config.error(), kExitFailure);
    }
    auto promotions = core::loadPromotions((*store)->database(), (*store)->identity().currency);
    if (!promotions) {
        return fail(inv, promotions.error(), kExitFailure);
    }
    Seller seller{inv, **store, {}, {}, args->has("trace"), args->has("quiet")};
    seller.context = core::SaleContext{&(*store)->catalog(), &*config, &inv.clock,
                                       std::move(*promotions), nullptr};
    seller.textOptions.storeName = "Lane " + (*store)->identity().deviceId();
    if (auto settings = (*store)->settings(); settings) {
        for (const auto &[k, v] : *settings) {
            if (k == "receipt.store_name") {
                seller.textOptions.storeName = v;
            }
        }
    }
    if (auto s = seller.recover(); !s) {
        return fail(inv, s.error(), kExitFailure);
    }
    for (long n = 0; loops == 0 || n < loops; ++n) {
        for (const auto &sale : script->sales) {
            // After a Z the day is closed: nothing is sold until the next one is opened.
            if (auto open = core::checkSalesAllowed(*store.value()); !open) {
                return fail(inv, open.error(), kExitFailure);
            }
            std::string failedAt;
            if (auto s = seller.runSale(*script, sale, failedAt); !s) {
                const bool storage = s.error().code.rfind("store.", 0) == 0;
                core::Error e = s.error();
                if (!storage) {
                    e.message
                        = args->get("script").substr(args->get("script").find_last_of('/') + 1)
                          + ": " + failedAt + ": " + e.message;
                }
                // The basket in progress stays persisted: the next run recovers it.
                return fail(inv, e, storage ? kExitFailure : kExitBadInput);
            }
        }
    }
    if (!seller.quiet || seller.trace) {
        inv.err << "lanectl: " << seller.sales << " receipts committed\n";
    }
    return kExitOk;
}

} // namespace lane::app::lanectl
