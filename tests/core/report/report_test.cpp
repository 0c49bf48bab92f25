#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "core/report/reportbuilder.h"
#include "core/report/reportformat.h"
#include "tests/core/report/reportfixture.h"

namespace lane::core::test {
namespace {

// The catalog as the test knows it (tests/data/catalog/items.csv), independent of the store.
struct KnownItem
{
    std::int64_t price;
    bool taxed; // 10% VAT included; otherwise exempt
    std::string department;
};
const std::map<std::string, KnownItem> kItems{{"1001", {1200, true, "noodles"}},
                                              {"1002", {1500, true, "dairy"}},
                                              {"1004", {3980, false, "produce"}},
                                              {"1005", {2500, true, "snacks"}}};

std::int64_t halfUpDiv(std::int64_t num, std::int64_t den)
{
    const std::int64_t a = num < 0 ? -num : num;
    const std::int64_t q = (a * 2 + den) / (den * 2);
    return num < 0 ? -q : q;
}

/// Totals computed from the script alone: what every report figure must equal.
struct Expected
{
    std::int64_t sales = 0, salesMinor = 0, gross = 0, discounts = 0, returns = 0, returnsMinor = 0,
                 voids = 0, voidsMinor = 0, lineVoids = 0, lineVoidsMinor = 0, tax = 0, change = 0,
                 overrides = 0;
    std::map<std::string, std::int64_t> taxByRate; // label -> tax
    std::map<std::string, std::int64_t> baseByRate;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> tenders; // kind -> count, sum
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> cashiers;
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> hours;
    std::map<std::string, std::tuple<std::int64_t, std::int64_t, std::int64_t>> departments;
    std::map<std::string, std::int64_t> itemNet;
    std::int64_t cashTendered = 0;
};

Expected expectFrom(const std::vector<ScriptSale> &script)
{
    Expected e;
    for (const auto &s : script) {
        std::int64_t subtotal = 0, total = 0, discounts = 0;
        const bool kept = !s.voidTransaction;
        for (const auto &l : s.lines) {
            const auto &item = kItems.at(l.sku);
            const std::int64_t unit = l.overridePrice.value_or(item.price);
            const std::int64_t qty = s.isReturn ? -l.quantityMilli : l.quantityMilli;
            const std::int64_t gross = unit * qty / 1000;
            if (l.overridePrice) {
                ++e.overrides;
            }
            if (l.voidIt) {
                if (kept) {
                    ++e.lineVoids;
                    e.lineVoidsMinor += gross;
                }
                continue;
            }
            const std::int64_t paid = gross - l.discountMinor;
            subtotal += gross;
            discounts += l.discountMinor;
            total += paid;
            if (!kept) {
                continue;
            }
            const std::string label = item.taxed ? "VAT 10%" : "Exempt";
            const std::int64_t tax = item.taxed ? halfUpDiv(paid * 1000, 11000) : 0;
            e.taxByRate[label] += tax;
            e.baseByRate[label] += paid - tax;
            e.tax += tax;
            auto &[lines, q, net] = e.departments[item.department];
            ++lines;
            q += qty;
            net += paid;
            e.itemNet[l.sku] += paid;
        }
        if (!kept) {
            ++e.voids;
            e.voidsMinor += subtotal;
            continue;
        }
        if (s.isReturn) {
            ++e.returns;
            e.returnsMinor += -total;
        } else {
            ++e.sales;
            e.salesMinor += total;
            e.gross += subtotal;
        }
        e.discounts += discounts;
        std::int64_t due = total;
        for (const auto &t : s.tenders) {
            const std::string kind(toString(t.kind));
            const std::int64_t applied
                = t.kind == TenderKind::Cash && t.minor > due && due >= 0 ? due : t.minor;
            e.change += t.minor - applied;
            due -= applied;
            e.tenders[kind].first += 1;
            e.tenders[kind].second += applied;
            if (t.kind == TenderKind::Cash) {
                e.cashTendered += t.minor;
            }
        }
        auto &c = e.cashiers[s.cashier];
        c.first += s.isReturn ? 0 : 1;
        c.second += total;
        const auto local = s.at + std::chrono::minutes(540);
        const auto hour = std::chrono::floor<std::chrono::hours>(
                              local - std::chrono::floor<std::chrono::days>(local))
                              .count();
        char hh[16];
        std::snprintf(hh, sizeof hh, "%02d", static_cast<int>(hour));
        e.hours[hh].first += s.isReturn ? 0 : 1;
        e.hours[hh].second += total;
    }
    return e;
}

std::vector<ScriptSale> scriptedDay()
{
    using K = TenderKind;
    return {
        {kst(22, 9, 5), "c1", {{"1001", 2000}, {"1002"}}, {{K::Cash, 5000}}},
        {kst(22, 9, 40), "c1", {{"1005"}, {"1004", 1500}}, {{K::Card, 8470}}},
        {kst(22, 10, 15), "c2", {{"1001"}, {"1002", 3000, true}}, {{K::Cash, 1200}}},
        {kst(22, 10, 30), "c2", {{"1005", 1000, false, 2000}}, {{K::Voucher, 2000}}},
        {kst(22, 11, 0), "c1", {{"1001", 3000}}, {}, true},
        {kst(22, 11, 20), "c1", {{"1002"}}, {{K::Cash, -1500}}, false, true},
        {kst(22, 11, 45), "c2", {{"1002", 2000, false, std::nullopt, 300}}, {{K::Cash, 10000}}},
    };
}

CashCount floatCount()
{
    return CashCount().add(10000, 2).add(5000, 2).add(1000, 10).add(500, 10).add(100, 20);
}

class ReportDay : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.create();
        cash.emplace(*f.store, events, CashControlConfig{500});
        day.emplace(*f.store, events);
        f.clock.set(kst(22, 8, 50));
        auto shift = cash->openShift("c1", floatCount());
        ASSERT_TRUE(shift) << shift.error().message;
        script = scriptedDay();
        for (std::size_t i = 0; i < script.size(); ++i) {
            runScripted(f, script[i]);
            if (i == 2) {
                f.clock.set(kst(22, 10, 20));
                ASSERT_TRUE(cash->moveCash(CashMovementKind::PaidIn, Money(10000, krw()),
                                           "coins from the safe", "c2"));
                ASSERT_TRUE(
                    f.store->recordEvent(journal_type::kNoSale, CanonicalJson().set("user", "c2")));
            }
            if (i == 4) {
                ASSERT_TRUE(cash->moveCash(CashMovementKind::PaidOut, Money(3000, krw()),
                                           "window cleaner", "c1"));
                ASSERT_TRUE(cash->moveCash(CashMovementKind::Pickup, Money(20000, krw()),
                                           "safe drop", "m1"));
            }
        }
        f.clock.set(kst(22, 12, 0));
    }

    void checkAgainstScript(const Report &r)
    {
        const Expected e = expectFrom(script);
        EXPECT_EQ(r.sales, (CountAmount{e.sales, e.salesMinor}));
        EXPECT_EQ(r.grossSalesMinor, e.gross);
        EXPECT_EQ(r.discountsMinor, e.discounts);
        EXPECT_EQ(r.returns, (CountAmount{e.returns, e.returnsMinor}));
        EXPECT_EQ(r.netSalesMinor, e.salesMinor - e.returnsMinor);
        EXPECT_EQ(r.taxMinor, e.tax);
        EXPECT_EQ(r.changeMinor, e.change);
        EXPECT_EQ(r.voids, (CountAmount{e.voids, e.voidsMinor}));
        EXPECT_EQ(r.lineVoids, (CountAmount{e.lineVoids, e.lineVoidsMinor}));
        EXPECT_EQ(r.noSales.count, 1);
        EXPECT_EQ(r.priceOverrides.count, e.overrides);
        EXPECT_EQ(r.customers, e.sales);
        EXPECT_EQ(r.averageBasketMinor, halfUpDiv(e.salesMinor, e.sales));
        ASSERT_EQ(r.taxes.size(), e.taxByRate.size());
        for (const auto &t : r.taxes) {
            EXPECT_EQ(t.taxMinor, e.taxByRate.at(t.label)) << t.label;
            EXPECT_EQ(t.baseMinor, e.baseByRate.at(t.label)) << t.label;
            EXPECT_EQ(t.grossMinor, t.baseMinor + t.taxMinor);
        }
        ASSERT_EQ(r.tenders.size(), e.tenders.size());
        for (const auto &t : r.tenders) {
            EXPECT_EQ(std::make_pair(t.count, t.minor), e.tenders.at(t.key)) << t.key;
        }
        ASSERT_EQ(r.cashiers.size(), e.cashiers.size());
        for (const auto &c : r.cashiers) {
            EXPECT_EQ(std::make_pair(c.count, c.minor), e.cashiers.at(c.key)) << c.key;
            EXPECT_EQ(c.name, cashierName(c.key));
        }
        ASSERT_EQ(r.hours.size(), e.hours.size());
        for (const auto &h : r.hours) {
            EXPECT_EQ(std::make_pair(h.count, h.minor), e.hours.at(h.key)) << h.key;
        }
        ASSERT_EQ(r.departments.size(), e.departments.size());
        for (const auto &d : r.departments) {
            EXPECT_EQ(std::make_tuple(d.count, d.quantityMilli, d.minor), e.departments.at(d.key))
                << d.key;
        }
        ASSERT_EQ(r.topItems.size(), e.itemNet.size());
        for (std::size_t i = 0; i < r.topItems.size(); ++i) {
            EXPECT_EQ(r.topItems[i].minor, e.itemNet.at(r.topItems[i].key));
            if (i > 0) {
                EXPECT_GE(r.topItems[i - 1].minor, r.topItems[i].minor);
            }
        }
        // Traceability: the journal range holds exactly the scripted entries.
        const auto &j = r.coverage.journalCounts;
        EXPECT_EQ(j.at("sale"), e.sales);
        EXPECT_EQ(j.at("return"), e.returns);
        EXPECT_EQ(j.at("void"), e.voids);
        EXPECT_EQ(j.at("cash.in"), 1);
        EXPECT_EQ(j.at("cash.out"), 2);
        EXPECT_EQ(j.at("shift.open"), 1);
        EXPECT_EQ(r.coverage.firstSaleId, 1);
        EXPECT_EQ(r.coverage.lastSaleId, static_cast<std::int64_t>(script.size()));
        EXPECT_EQ(r.coverage.firstReceipt, "S0123-02-20261122-000001");
        EXPECT_EQ(r.coverage.lastReceipt, "S0123-02-20261122-000007");
    }

    ShiftCloseResult closeMiscounted()
    {
        // The drawer is short by one 1000 note against the independent expectation.
        const Expected e = expectFrom(script);
        const std::int64_t expectedCash = 47000 + e.cashTendered - e.change + 10000 - 3000 - 20000;
        EXPECT_EQ(expectedCash, 40300); // spelled out: 47000 + 14700 - 8400 - 13000
        CashCount counted = CashCount().add(10000, 3).add(5000, 1).add(1000, 4).add(100, 3);
        EXPECT_EQ(countTotal(counted, krw())->minor(), expectedCash - 1000);
        ShiftCloseRequest req{"c1", counted, {}, std::nullopt};
        auto refused = cash->closeShift(req);
        EXPECT_FALSE(refused);
        EXPECT_EQ(refused.error().code, "shift.variance_needs_approval");
        req.approval = VarianceApproval{"AP-7", "c1", "recount done"};
        auto self = cash->closeShift(req);
        EXPECT_FALSE(self);
        EXPECT_EQ(self.error().code, "shift.self_approval");
        req.approval = VarianceApproval{"AP-7", "m1", "note found missing, recounted twice"};
        auto closed = cash->closeShift(req);
        EXPECT_TRUE(closed) << closed.error().message;
        return closed ? *closed : ShiftCloseResult{};
    }

    StoreFixture f;
    RecordingSink events;
    std::optional<CashOffice> cash;
    std::optional<DayClose> day;
    std::vector<ScriptSale> script;
};

TEST_F(ReportDay, XReportMatchesTheScriptAndResetsNothing)
{
    ReportBuilder builder(*f.store);
    auto x = builder.sinceLastZ();
    ASSERT_TRUE(x) << x.error().message;
    checkAgainstScript(*x);
    EXPECT_EQ(x->netSalesMinor, 16770); // 3900 + 8470 + 1200 + 2000 + 2700 - 1500
    EXPECT_EQ(x->fromDate, "2026-11-22");
    auto again = builder.sinceLastZ();
    ASSERT_TRUE(again);
    EXPECT_EQ(again->netSalesMinor, x->netSalesMinor);
    EXPECT_EQ(again->coverage, x->coverage);
    auto z = builder.lastZ();
    ASSERT_TRUE(z);
    EXPECT_EQ(z->zNumber, 0);
}

TEST_F(ReportDay, ShiftCloseFindsTheMiscountAndNeedsAManager)
{
    const auto closed = closeMiscounted();
    ASSERT_EQ(closed.tenders.size(), 3u);
    EXPECT_EQ(closed.tenders[0], (TenderVariance{"cash", 40300, 39300, -1000}));
    EXPECT_EQ(closed.tenders[1], (TenderVariance{"card", 8470, 8470, 0}));
    EXPECT_EQ(closed.tenders[2], (TenderVariance{"voucher", 2000, 2000, 0}));
    EXPECT_TRUE(closed.approved);
    EXPECT_EQ(closed.paidInMinor, 10000);
    EXPECT_EQ(closed.paidOutMinor, 3000);
    EXPECT_EQ(closed.pickupsMinor, 20000);
    auto approvals = f.store->database().queryInt(
        "SELECT COUNT(*) FROM journal WHERE type = 'variance.approval'");
    EXPECT_EQ(*approvals, 1);
    auto stored = f.store->database().queryText(
        "SELECT approval_id || '/' || approver_id FROM shift WHERE id = 1");
    EXPECT_EQ(*stored, "AP-7/m1");
    const auto *variance = events.find("cash.variance");
    ASSERT_NE(variance, nullptr);
    EXPECT_EQ(variance->severity, Severity::Warn);
    EXPECT_EQ(variance->intAttr("variance_minor"), -1000);
    ASSERT_NE(events.find("shift.open"), nullptr);
    ASSERT_NE(events.find("shift.close"), nullptr);
    EXPECT_EQ(events.find("shift.close")->intAttr("expected_cash_minor"), 40300);
    auto verdict = f.store->verifyJournal();
    ASSERT_TRUE(verdict);
    EXPECT_TRUE(verdict->ok) << verdict->problem;
}

TEST_F(ReportDay, CashCountsRejectForeignDenominations)
{
    auto r = cash->openShift("c2", CashCount().add(20000, 1));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, "cash.unknown_denomination");
    auto dup = cash->openShift("c2", floatCount());
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, "shift.already_open");
    EXPECT_FALSE(cash->moveCash(CashMovementKind::PaidOut, Money(-5, krw()), "x", "c1"));
    EXPECT_FALSE(cash->moveCash(CashMovementKind::PaidOut, Money(5, krw()), "", "c1"));
    auto eur
        = countTotal(CashCount().add(20000, 1).add(200, 3).add(1, 4), *Currency::fromCode("EUR"));
    ASSERT_TRUE(eur);
    EXPECT_EQ(eur->minor(), 20604);
}

TEST_F(ReportDay, ZRefusesWhileASaleOrShiftIsOpenThenClosesTheDay)
{
    auto t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(persistBasket(*f.store, t));
    auto busy = day->runZ("m1");
    ASSERT_FALSE(busy);
    EXPECT_EQ(busy.error().code, "z.sale_in_progress");
    ASSERT_TRUE(f.store->clearBasket());
    auto shiftOpen = day->runZ("m1");
    ASSERT_FALSE(shiftOpen);
    EXPECT_EQ(shiftOpen.error().code, "z.shift_open");
    closeMiscounted();

    auto z = day->runZ("m1");
    ASSERT_TRUE(z) << z.error().message;
    checkAgainstScript(z->report);
    EXPECT_EQ(z->report.zNumber, 1);
    EXPECT_EQ(z->report.grandNetBeforeMinor, 0);
    EXPECT_EQ(z->report.grandNetMinor, 16770);
    EXPECT_EQ(*f.store->database().queryInt("SELECT MAX(seq) FROM journal"), z->journalSeq);
    const auto *ev = events.find("report.z");
    ASSERT_NE(ev, nullptr);
    EXPECT_EQ(ev->intAttr("net_minor"), 16770);
    EXPECT_EQ(ev->intAttr("z"), 1);

    // The day is closed: the sale path's check refuses, and so does a second Z.
    auto blocked = checkSalesAllowed(*f.store);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, "business_day.closed");
    auto twice = day->runZ("m1");
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, "business_day.closed");
    auto same = day->openBusinessDay(Date{2026, 11, 22}, "m1");
    ASSERT_FALSE(same);
    EXPECT_EQ(same.error().code, "business_day.not_after");
    auto x = ReportBuilder(*f.store).sinceLastZ();
    ASSERT_TRUE(x);
    EXPECT_EQ(x->sales.count, 0);

    // Next day: open, sell once, Z 2 covers only that sale and carries the grand total.
    f.clock.set(kst(23, 8, 0));
    ASSERT_TRUE(day->openBusinessDay(Date{2026, 11, 23}, "m1"));
    EXPECT_TRUE(checkSalesAllowed(*f.store));
    auto reopened = day->openBusinessDay(Date{2026, 11, 24}, "m1");
    ASSERT_FALSE(reopened);
    EXPECT_EQ(reopened.error().code, "business_day.already_open");
    runScripted(f, {kst(23, 9, 0), "c2", {{"1001"}}, {{TenderKind::Cash, 1200}}});
    auto z2 = day->runZ("m1");
    ASSERT_TRUE(z2) << z2.error().message;
    EXPECT_EQ(z2->report.zNumber, 2);
    EXPECT_EQ(z2->report.sales, (CountAmount{1, 1200}));
    EXPECT_EQ(z2->report.coverage.firstSaleId, 8);
    EXPECT_EQ(z2->report.grandNetBeforeMinor, 16770);
    EXPECT_EQ(z2->report.grandNetMinor, 16770 + 1200);
    EXPECT_EQ(z2->report.fromDate, "2026-11-23");
    // Z records are final.
    EXPECT_FALSE(f.store->database().exec("UPDATE z_record SET net_sales_minor = 0"));
    EXPECT_FALSE(f.store->database().exec("DELETE FROM z_record"));
    auto reprint = day->zText(1);
    ASSERT_TRUE(reprint);
    EXPECT_EQ(*reprint, z->text);
}

TEST_F(ReportDay, ZChecksListEveryConditionWithItsState)
{
    const auto states = [&] {
        auto checks = day->zChecks();
        EXPECT_TRUE(checks) << checks.error().message;
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto &c : *checks) {
            out.emplace_back(c.name, c.ok ? "ok" : c.code);
        }
        return out;
    };
    auto t = f.newSale();
    ASSERT_TRUE(t.addSku("1001"));
    ASSERT_TRUE(persistBasket(*f.store, t));
    using Row = std::pair<std::string, std::string>;
    EXPECT_EQ(states(), (std::vector<Row>{{"basket", "z.sale_in_progress"},
                                          {"payments", "ok"},
                                          {"shifts", "z.shift_open"},
                                          {"business_day", "ok"}}));
    // checkZAllowed reports the first failing one.
    EXPECT_EQ(day->checkZAllowed().error().code, "z.sale_in_progress");
    ASSERT_TRUE(f.store->clearBasket());
    EXPECT_EQ(day->checkZAllowed().error().code, "z.shift_open");
    closeMiscounted();
    EXPECT_EQ(states(),
              (std::vector<Row>{
                  {"basket", "ok"}, {"payments", "ok"}, {"shifts", "ok"}, {"business_day", "ok"}}));
    EXPECT_TRUE(day->checkZAllowed());
    ASSERT_TRUE(day->runZ("m1"));
    EXPECT_EQ(states().back(), (Row{"business_day", "business_day.closed"}));
}

TEST_F(ReportDay, VarianceToleranceComesFromTheStoreSettings)
{
    auto none = cashControlConfig(*f.store);
    ASSERT_TRUE(none) << none.error().message;
    EXPECT_EQ(none->varianceToleranceMinor, 0);
    ASSERT_TRUE(f.store->setSetting("cash.variance_tolerance", "500"));
    auto set = cashControlConfig(*f.store);
    ASSERT_TRUE(set) << set.error().message;
    EXPECT_EQ(set->varianceToleranceMinor, 500);
    ASSERT_TRUE(f.store->setSetting("cash.variance_tolerance", "5 won"));
    auto bad = cashControlConfig(*f.store);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, "report.bad_setting");
    EXPECT_NE(bad.error().message.find("5 won"), std::string::npos);
}

TEST_F(ReportDay, GoldenZReportText)
{
    closeMiscounted();
    auto z = day->runZ("m1");
    ASSERT_TRUE(z) << z.error().message;
    const std::string golden = std::string(LANE_TEST_DATA_DIR) + "/reports/z_report.txt";
    if (std::getenv("LANE_UPDATE_GOLDEN")) {
        std::ofstream(golden, std::ios::binary) << z->text;
    }
    std::ifstream in(golden, std::ios::binary);
    ASSERT_TRUE(in) << golden;
    std::stringstream want;
    want << in.rdbuf();
    EXPECT_EQ(z->text, want.str());
}

TEST_F(ReportDay, CsvAndJsonCarryEveryFigure)
{
    auto x = ReportBuilder(*f.store).sinceLastZ();
    ASSERT_TRUE(x);
    const std::string csv = reportCsv(*x);
    EXPECT_NE(csv.find("total,net_sales,,0,0,16770\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("tender,card,,1,0,8470\n"), std::string::npos);
    EXPECT_NE(csv.find("journal,no_sale,,1,0,0\n"), std::string::npos);
    const std::string json = reportJson(*x);
    EXPECT_NE(json.find("\"net_sales\":16770"), std::string::npos) << json;
    EXPECT_NE(json.find("\"voids\":{\"count\":1,\"minor\":3600}"), std::string::npos);
}

TEST_F(ReportDay, RangeReportByBusinessDate)
{
    ReportBuilder builder(*f.store);
    auto r = builder.range(Date{2026, 11, 22}, Date{2026, 11, 22});
    ASSERT_TRUE(r) << r.error().message;
    checkAgainstScript(*r);
    auto none = builder.range(Date{2026, 11, 23}, Date{2026, 11, 30});
    ASSERT_TRUE(none);
    EXPECT_EQ(none->sales.count, 0);
    EXPECT_FALSE(builder.range(Date{2026, 11, 23}, Date{2026, 11, 1}));
}

} // namespace
} // namespace lane::core::test
