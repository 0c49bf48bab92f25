#include <charconv>
#include <ostream>

#include "app/lanectl/command.h"
#include "app/lanectl/reportoutput.h"
#include "core/report/cashoffice.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl shift open --cashier ID --count COUNT\n"
      "       lanectl shift paid-in|paid-out|pickup --amount AMOUNT --reason TEXT --user ID\n"
      "       lanectl shift close --user ID --count COUNT [--counted TENDER=AMOUNT,...]\n"
      "                           [--approval ID --approver ID --approval-reason TEXT]\n"
      "       lanectl shift status\n\n"
      "Cash control for the lane's drawer (docs/reports.md). COUNT lists notes and coins as\n"
      "DENOMINATION:PIECES in major units, e.g. 10000:3,5000:2,100:12 (KRW) or\n"
      "20:1,0.50:4 (EUR). Closing is a blind count: the expected amount is shown only after\n"
      "it. A variance above the tolerance (setting cash.variance_tolerance, minor units,\n"
      "default 0) needs a manager's approval id, name and reason.\n";

core::Result<std::int64_t> parseAmount(const std::string &text, const core::Currency &c)
{
    auto m = core::Money::parse(text, c);
    if (!m) {
        return m.error();
    }
    return m->minor();
}

core::Result<core::CashCount> parseCount(const std::string &text, const core::Currency &c)
{
    core::CashCount count;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto end = std::min(text.find(',', at), text.size());
        const std::string item = text.substr(at, end - at);
        const auto colon = item.find(':');
        if (colon == std::string::npos) {
            return core::makeError("usage",
                                   "count item \"" + item + "\" is not DENOMINATION:PIECES");
        }
        auto denomination = parseAmount(item.substr(0, colon), c);
        if (!denomination) {
            return core::makeError("usage",
                                   "count item \"" + item + "\": " + denomination.error().message);
        }
        std::int64_t pieces = 0;
        const std::string p = item.substr(colon + 1);
        auto [ptr, ec] = std::from_chars(p.data(), p.data() + p.size(), pieces);
        if (ec != std::errc() || ptr != p.data() + p.size()) {
            return core::makeError("usage", "count item \"" + item
                                                + "\": pieces must be a "
                                                  "whole number");
        }
        count.add(*denomination, pieces);
        at = end + 1;
    }
    return count;
}

} // namespace

int runShift(Invocation &inv)
{
    auto args = parseArgs(inv.words,
                          {"cashier", "count", "amount", "reason", "user", "counted", "approval",
                           "approver", "approval-reason"},
                          {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (args->positional.size() != 1) {
        return usageError(inv, "shift needs one subcommand", kUsage);
    }
    const std::string sub = args->positional[0];
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    const core::Currency cur = (*store)->identity().currency;
    auto cashConfig = core::cashControlConfig(**store);
    if (!cashConfig) {
        return fail(inv, cashConfig.error(), kExitFailure);
    }
    LogEventSink events;
    core::CashOffice office(**store, events, *cashConfig);

    if (sub == "status") {
        auto open = office.openShiftInfo();
        if (!open) {
            return fail(inv, open.error(), kExitFailure);
        }
        if (!*open) {
            inv.out << "no shift open\n";
        } else {
            inv.out << "shift " << (*open)->id << " open, cashier " << (*open)->cashierId
                    << ", float " << core::Money((*open)->floatMinor, cur).toString() << "\n";
        }
        return kExitOk;
    }
    if (sub == "open") {
        auto count = parseCount(args->get("count"), cur);
        if (args->get("cashier").empty() || !count) {
            return usageError(inv, !count ? count.error().message : "open needs --cashier", kUsage);
        }
        auto shift = office.openShift(args->get("cashier"), *count);
        if (!shift) {
            return fail(inv, shift.error(), kExitFailure);
        }
        inv.out << "shift " << shift->id << " opened with a float of "
                << core::Money(shift->floatMinor, cur).toString() << "\n";
        return kExitOk;
    }
    if (sub == "paid-in" || sub == "paid-out" || sub == "pickup") {
        auto amount = parseAmount(args->get("amount"), cur);
        if (!amount) {
            return usageError(inv, "--amount: " + amount.error().message, kUsage);
        }
        const auto kind = sub == "paid-in"    ? core::CashMovementKind::PaidIn
                          : sub == "paid-out" ? core::CashMovementKind::PaidOut
                                              : core::CashMovementKind::Pickup;
        auto id = office.moveCash(kind, core::Money(*amount, cur), args->get("reason"),
                                  args->get("user"));
        if (!id) {
            return fail(inv, id.error(), kExitFailure);
        }
        inv.out << sub << " " << core::Money(*amount, cur).toString() << " recorded (" << *id
                << ")\n";
        return kExitOk;
    }
    if (sub == "close") {
        auto count = parseCount(args->get("count"), cur);
        if (!count) {
            return usageError(inv, count.error().message, kUsage);
        }
        core::ShiftCloseRequest req;
        req.userId = args->get("user");
        req.cash = *count;
        const std::string counted = args->get("counted");
        for (std::size_t at = 0; at < counted.size();) {
            const auto end = std::min(counted.find(',', at), counted.size());
            const std::string item = counted.substr(at, end - at);
            const auto eq = item.find('=');
            auto amount
                = eq == std::string::npos
                      ? core::Result<std::int64_t>(core::makeError("usage", "not TENDER=AMOUNT"))
                      : parseAmount(item.substr(eq + 1), cur);
            if (!amount) {
                return usageError(inv, "--counted " + item + ": " + amount.error().message, kUsage);
            }
            req.countedOther[item.substr(0, eq)] = *amount;
            at = end + 1;
        }
        if (!args->get("approval").empty()) {
            req.approval = core::VarianceApproval{args->get("approval"), args->get("approver"),
                                                  args->get("approval-reason")};
        }
        auto closed = office.closeShift(req);
        if (!closed) {
            return fail(inv, closed.error(), kExitFailure);
        }
        inv.out << "shift " << closed->shiftId << " closed"
                << (closed->approved ? " (variance approved)" : "") << "\n";
        for (const auto &t : closed->tenders) {
            inv.out << "  " << t.tender << ": expected "
                    << core::Money(t.expectedMinor, cur).toDecimalString() << ", counted "
                    << core::Money(t.countedMinor, cur).toDecimalString() << ", variance "
                    << core::Money(t.varianceMinor, cur).toDecimalString() << "\n";
        }
        return kExitOk;
    }
    return usageError(inv, "unknown shift subcommand \"" + sub + "\"", kUsage);
}

} // namespace lane::app::lanectl
