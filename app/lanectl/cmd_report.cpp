#include <fstream>
#include <ostream>

#include <QGuiApplication>

#include "app/lanectl/command.h"
#include "app/lanectl/reportoutput.h"
#include "core/report/dayclose.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportformat.h"
#include "core/report/reportsql.h"
#include "core/report/salesstatistics.h"

namespace lane::app::lanectl {
namespace {

const char *const kUsage
    = "usage: lanectl report x|z [--user ID] [--format FMT] [--out FILE]\n"
      "       lanectl report range --from YYYY-MM-DD --to YYYY-MM-DD [--format FMT] [--out FILE]\n"
      "       lanectl report reprint --z N [--out FILE]\n"
      "       lanectl report open-day --date YYYY-MM-DD --user ID\n"
      "       lanectl report stats [--settlement-day N] [--period day|week|month --start DATE]\n\n"
      "X: everything since the last Z, no reset. Z: the same, then the business day is\n"
      "closed (new sales are refused until open-day) and the device's Z counter and grand\n"
      "totals move on. Z refuses while a sale, a card payment or a shift is open.\n"
      "FMT is text (default), csv, json, pdf or escpos (printer bytes); pdf and escpos need\n"
      "--out. stats brings the product and settlement statistics up to date (only new\n"
      "sales are read) and reports gaps or repeats in receipt numbers. See docs/reports.md.\n";

int output(Invocation &inv, core::Store &store, const core::Report &report,
           const std::string &format, const std::string &path)
{
    const int offset = store.identity().utcOffsetMinutes;
    if (format == "pdf") {
        if (path.empty()) {
            return usageError(inv, "--format pdf needs --out FILE", kUsage);
        }
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        static int argc = 1;
        static char name[] = "lanectl";
        static char *argv[] = {name, nullptr};
        QGuiApplication app(argc, argv);
        if (auto s = writeReportPdf(report, offset, path); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
        return kExitOk;
    }
    std::string bytes;
    if (format == "text") {
        bytes = core::renderReportText(report, 42, offset);
    } else if (format == "csv") {
        bytes = core::reportCsv(report);
    } else if (format == "json") {
        bytes = core::reportJson(report) + "\n";
    } else if (format == "escpos") {
        if (path.empty()) {
            return usageError(inv, "--format escpos needs --out FILE", kUsage);
        }
        auto encoded = reportEscPos(report, offset);
        if (!encoded) {
            return fail(inv, encoded.error(), kExitFailure);
        }
        bytes = std::move(*encoded);
    } else {
        return usageError(
            inv, "--format must be text, csv, json, pdf or escpos, not \"" + format + "\"", kUsage);
    }
    if (path.empty()) {
        inv.out << bytes;
        return kExitOk;
    }
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << bytes;
    if (!file.flush()) {
        return fail(inv, core::makeError("io", path + ": cannot write"), kExitFailure);
    }
    return kExitOk;
}

int runStats(Invocation &inv, core::Store &store, const Args &args)
{
    core::StatisticsConfig config;
    const std::string day = args.get("settlement-day", "1");
    try {
        config.settlementDay = std::stoi(day);
    } catch (const std::exception &) {
        return usageError(inv, "--settlement-day must be a number 1-28", kUsage);
    }
    core::SalesStatistics stats(store, config);
    auto run = stats.update();
    if (!run) {
        return fail(inv, run.error(), kExitFailure);
    }
    inv.err << "statistics: " << run->salesProcessed << " new sales, " << run->linesProcessed
            << " lines, up to sale " << run->lastSaleId << "\n";
    for (const auto &i : run->issues) {
        inv.err << "receipt numbers: " << i.device << " " << i.kind << " " << i.fromSeq
                << (i.toSeq != i.fromSeq ? ".." + std::to_string(i.toSeq) : "") << " (sale id "
                << i.saleId << ")\n";
    }
    if (args.get("period").empty()) {
        return run->issues.empty() ? kExitOk : kExitBadInput;
    }
    const std::string period = args.get("period");
    const auto p = period == "day"    ? core::StatPeriod::Day
                   : period == "week" ? core::StatPeriod::Week
                                      : core::StatPeriod::Month;
    if (period != "day" && period != "week" && period != "month") {
        return usageError(inv, "--period must be day, week or month", kUsage);
    }
    auto rows = stats.products(p, args.get("start"));
    if (!rows) {
        return fail(inv, rows.error(), kExitFailure);
    }
    inv.out << "period,period_start,sku,quantity_milli,net_minor,lines\n";
    for (const auto &r : *rows) {
        inv.out << period << "," << r.periodStart << "," << r.sku << "," << r.quantityMilli << ","
                << r.netMinor << "," << r.lines << "\n";
    }
    return run->issues.empty() ? kExitOk : kExitBadInput;
}

} // namespace

int runReport(Invocation &inv)
{
    auto args = parseArgs(
        inv.words,
        {"from", "to", "format", "out", "user", "z", "date", "settlement-day", "period", "start"},
        {});
    if (!args) {
        return usageError(inv, args.error().message, kUsage);
    }
    if (args->has("help")) {
        inv.out << kUsage;
        return kExitOk;
    }
    if (args->positional.size() != 1) {
        return usageError(inv, "report needs one subcommand", kUsage);
    }
    const std::string sub = args->positional[0];
    auto store = openStore(inv);
    if (!store) {
        return fail(inv, store.error(), kExitFailure);
    }
    LogEventSink events;
    core::DayClose day(**store, events);
    const std::string format = args->get("format", "text");
    const std::string out = args->get("out");
    if (sub == "x") {
        auto x = core::ReportBuilder(**store).sinceLastZ();
        if (!x) {
            return fail(inv, x.error(), kExitFailure);
        }
        return output(inv, **store, *x, format, out);
    }
    if (sub == "z") {
        auto z = day.runZ(args->get("user", "manager"));
        if (!z) {
            return fail(inv, z.error(), kExitFailure);
        }
        return output(inv, **store, z->report, format, out);
    }
    if (sub == "range") {
        const auto from = core::parseIsoDate(args->get("from"));
        const auto to = core::parseIsoDate(args->get("to"));
        if (!from || !to) {
            return usageError(inv, "--from and --to need dates as YYYY-MM-DD", kUsage);
        }
        auto r = core::ReportBuilder(**store).range(*from, *to);
        if (!r) {
            return fail(inv, r.error(), kExitFailure);
        }
        return output(inv, **store, *r, format, out);
    }
    if (sub == "reprint") {
        auto text = day.zText(std::atoll(args->get("z", "0").c_str()));
        if (!text) {
            return fail(inv, text.error(), kExitFailure);
        }
        if (text->empty()) {
            return fail(inv, core::makeError("report.no_z", "no Z " + args->get("z") + " here"),
                        kExitFailure);
        }
        inv.out << *text;
        return kExitOk;
    }
    if (sub == "open-day") {
        const auto date = core::parseIsoDate(args->get("date"));
        if (!date) {
            return usageError(inv, "open-day needs --date YYYY-MM-DD", kUsage);
        }
        if (auto s = day.openBusinessDay(*date, args->get("user", "manager")); !s) {
            return fail(inv, s.error(), kExitFailure);
        }
        inv.out << "business day " << args->get("date") << " open\n";
        return kExitOk;
    }
    if (sub == "stats") {
        return runStats(inv, **store, *args);
    }
    return usageError(inv, "unknown report subcommand \"" + sub + "\"", kUsage);
}

} // namespace lane::app::lanectl
