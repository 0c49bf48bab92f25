// The manager screens' view models over a real store: who gets in (through the audited
// authorizer), the shift with its float, cash movements and blind count, the X report as
// shown, and the Z with its checks, its printed document and the next business day.
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QGuiApplication>

#include "app/lane/managercashcountmodel.h"
#include "app/lane/managerviewmodel.h"
#include "app/lane/moneyformatter.h"
#include "app/lane/sessionviewmodel.h"
#include "core/auth/auditedauthorizer.h"
#include "core/auth/credential.h"
#include "core/report/reportbuilder.h"
#include "tests/core/report/reportfixture.h"

using namespace lane::app;
namespace core = lane::core;
namespace ct = lane::core::test;

namespace {

class RecordingAuditLog final : public core::AuditLog
{
public:
    core::Status append(const core::AuditRecord &record) override
    {
        records.push_back(record);
        return {};
    }
    int count(const std::string &type, const std::string &action) const
    {
        int n = 0;
        for (const auto &r : records) {
            for (const auto &[k, v] : r.fields) {
                n += r.type == type && k == "action" && v == action ? 1 : 0;
            }
        }
        return n;
    }
    std::vector<core::AuditRecord> records;
};

class Manager : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.create();
        f.clock.set(ct::kst(22, 8, 0));
        directory.add(core::User{"1001", "Kim", core::Role::Cashier, true,
                                 *core::hashCredential("2580", 1000), ""});
        directory.add(core::User{"9001", "Choi", core::Role::Manager, true,
                                 *core::hashCredential("7391", 1000), ""});
        directory.add(core::User{"9002", "Han", core::Role::Manager, true,
                                 *core::hashCredential("8642", 1000), ""});
        money.setLanguage(QStringLiteral("en"));
        session.setAuthorizer(&audited);
        session.setClock(&f.clock);
        vm.setSession(&session);
        vm.setAuthorizer(&audited);
        vm.setStore(f.store.get());
        vm.setEventSink(&events);
        vm.setPrinter([this](const lane::devices::escpos::Document &doc, const QString &id) {
            if (printerOffline) {
                return core::Status(core::makeError("printer.offline", "paper end"));
            }
            printed.push_back({id, doc});
            return core::Status();
        });
    }

    /// A count on the screen's model: denomination (minor units) -> pieces.
    void key(std::initializer_list<std::pair<qint64, int>> pieces)
    {
        auto *count = vm.cashCount();
        count->clear();
        for (const auto &[denomination, n] : pieces) {
            int found = -1;
            for (int row = 0; row < count->rowCount(); ++row) {
                if (count->index(row).data(ManagerCashCountModel::MinorRole).toLongLong()
                    == denomination) {
                    found = row;
                }
            }
            ASSERT_GE(found, 0) << denomination;
            ASSERT_TRUE(count->setPieces(found, n));
        }
    }

    static std::string text(const lane::devices::escpos::Document &doc)
    {
        std::string out;
        for (const auto &line : doc.textLines()) {
            out += line + "\n";
        }
        return out;
    }

    ct::StoreFixture f;
    core::InMemoryUserDirectory directory;
    core::Authorizer authorizer{directory, core::PermissionMatrix(), f.clock};
    RecordingAuditLog audit;
    ct::RecordingSink events;
    core::AuditedAuthorizer audited{authorizer, audit, events};
    MoneyFormatter money{*core::Currency::fromCode("KRW")};
    SessionViewModel session;
    ManagerViewModel vm{&money};
    std::vector<std::pair<QString, lane::devices::escpos::Document>> printed;
    bool printerOffline = false;
};

TEST_F(Manager, OnlyAManagerGetsInAndEveryEntryIsAudited)
{
    EXPECT_FALSE(vm.enter()); // nobody signed on
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
    EXPECT_FALSE(vm.enter()); // a cashier may not run the Z
    EXPECT_FALSE(vm.active());
    EXPECT_TRUE(vm.messageIsError());
    EXPECT_FALSE(vm.enterWithPin(QStringLiteral("9001"), QStringLiteral("0000")));
    EXPECT_FALSE(vm.enterWithPin(QStringLiteral("1001"), QStringLiteral("2580")));
    EXPECT_FALSE(vm.openShift()); // nothing runs outside
    EXPECT_FALSE(vm.runZ());

    ASSERT_TRUE(vm.enterWithPin(QStringLiteral("9001"), QStringLiteral("7391")));
    EXPECT_TRUE(vm.active());
    EXPECT_EQ(vm.managerId(), QStringLiteral("9001"));
    // The cashier was refused twice (signed on, then keying their own PIN).
    EXPECT_EQ(audit.count(std::string(core::audit_type::kRefused), "report_z"), 2);
    EXPECT_GE(audit.count(std::string(core::audit_type::kGranted), "report_z"), 1);

    // Signing off closes the screens.
    session.signOff();
    EXPECT_FALSE(vm.active());
    ASSERT_TRUE(session.signOn(QStringLiteral("9001"), QStringLiteral("7391")));
    EXPECT_TRUE(vm.enter());
}

TEST_F(Manager, CashCountModelAddsUpTheDenominations)
{
    ManagerCashCountModel model(&money);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 8); // KRW: 50,000 ... 10
    EXPECT_EQ(model.index(0).data(ManagerCashCountModel::LabelRole).toString(),
              QStringLiteral("₩50,000"));
    EXPECT_TRUE(model.index(0).data(ManagerCashCountModel::NoteRole).toBool());
    EXPECT_TRUE(model.setPieces(0, 2));
    EXPECT_TRUE(model.setPieces(7, 3)); // 10 won coins
    EXPECT_FALSE(model.setPieces(1, -1));
    EXPECT_FALSE(model.setPieces(8, 1));
    EXPECT_EQ(model.totalMinor(), 100030);
    EXPECT_EQ(model.total(), QStringLiteral("₩100,030"));
    EXPECT_EQ(model.index(7).data(ManagerCashCountModel::SubtotalRole).toString(),
              QStringLiteral("₩30"));
    const auto count = model.count();
    EXPECT_EQ(count.pieces.size(), 2u);
    EXPECT_EQ(count.pieces.at(50000), 2);
    money.setLanguage(QStringLiteral("ko"));
    EXPECT_EQ(model.total(), QStringLiteral("100,030원"));
    model.clear();
    EXPECT_EQ(model.totalMinor(), 0);
}

TEST_F(Manager, ShiftFloatMovementsAndABlindCountNeedingApproval)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("1001"), QStringLiteral("2580")));
    ASSERT_TRUE(vm.enterWithPin(QStringLiteral("9001"), QStringLiteral("7391")));
    key({{10000, 5}, {1000, 10}}); // 60,000 float
    ASSERT_TRUE(vm.openShift()) << vm.message().toStdString();
    EXPECT_TRUE(vm.shiftOpen());
    EXPECT_EQ(vm.shift().value(QStringLiteral("cashier")).toString(), QStringLiteral("1001"));
    EXPECT_EQ(vm.shift().value(QStringLiteral("float")).toString(), QStringLiteral("₩60,000"));
    EXPECT_EQ(vm.cashCount()->totalMinor(), 0); // cleared for the next count
    EXPECT_FALSE(vm.openShift());               // one shift at a time
    EXPECT_TRUE(vm.message().contains(QStringLiteral("already open")));

    // A cash sale of 2,400 (two of item 1001 at 1,200) paid with 5,000: 2,600 change.
    ct::runScripted(f,
                    {ct::kst(22, 9, 0), "c1", {{"1001", 2000}}, {{core::TenderKind::Cash, 5000}}});
    ASSERT_TRUE(vm.moveCash(QStringLiteral("pickup"), QStringLiteral("20000"),
                            QStringLiteral("safe drop")));
    EXPECT_FALSE(vm.moveCash(QStringLiteral("pickup"), QStringLiteral("0"), QStringLiteral("x")));
    EXPECT_FALSE(vm.moveCash(QStringLiteral("bribe"), QStringLiteral("100"), QStringLiteral("x")));
    EXPECT_FALSE(vm.moveCash(QStringLiteral("paid_out"), QStringLiteral("100"), QString()));

    // Expected cash: 60,000 + 5,000 - 2,600 - 20,000 = 42,400. Counted 41,000: short 1,400,
    // above the tolerance of 0: nothing is written until a manager approves with a reason.
    key({{10000, 4}, {1000, 1}});
    EXPECT_FALSE(vm.closeShift());
    EXPECT_TRUE(vm.varianceNeedsApproval());
    EXPECT_TRUE(vm.shiftOpen());
    EXPECT_TRUE(vm.closeResult().isEmpty()); // blind: nothing expected is shown yet
    ASSERT_TRUE(vm.closeShift(QStringLiteral("unexplained"))) << vm.message().toStdString();
    EXPECT_FALSE(vm.shiftOpen());
    EXPECT_FALSE(vm.varianceNeedsApproval());
    ASSERT_FALSE(vm.closeResult().isEmpty());
    const QVariantMap cash = vm.closeResult().front().toMap();
    EXPECT_EQ(cash.value(QStringLiteral("tender")).toString(), QStringLiteral("cash"));
    EXPECT_EQ(cash.value(QStringLiteral("expected")).toString(), QStringLiteral("₩42,400"));
    EXPECT_EQ(cash.value(QStringLiteral("counted")).toString(), QStringLiteral("₩41,000"));
    EXPECT_EQ(cash.value(QStringLiteral("variance")).toString(), QStringLiteral("-₩1,400"));
    // The approval is journaled with the manager who gave it.
    auto approver = f.store->database().queryText(
        "SELECT json_extract(payload, '$.approver') FROM journal WHERE type = 'variance.approval'");
    ASSERT_TRUE(approver);
    EXPECT_EQ(*approver, "9001");
}

TEST_F(Manager, ZWaitsForItsChecksThenPrintsAndClosesTheDay)
{
    ASSERT_TRUE(session.signOn(QStringLiteral("9001"), QStringLiteral("7391")));
    ASSERT_TRUE(vm.enter());
    key({{10000, 5}});
    ASSERT_TRUE(vm.openShift());
    ct::runScripted(f, {ct::kst(22, 9, 0), "c1", {{"1001"}}, {{core::TenderKind::Cash, 1200}}});
    ct::runScripted(f,
                    {ct::kst(22, 14, 0), "c1", {{"1001", 3000}}, {{core::TenderKind::Card, 3600}}});
    vm.refresh();
    EXPECT_FALSE(vm.zAllowed()); // the shift is open
    QStringList failing;
    for (const auto &c : vm.checks()) {
        if (!c.toMap().value(QStringLiteral("ok")).toBool()) {
            failing << c.toMap().value(QStringLiteral("name")).toString();
        }
    }
    EXPECT_EQ(failing, QStringList{QStringLiteral("shifts")});
    EXPECT_FALSE(vm.runZ());
    EXPECT_TRUE(vm.message().contains(QStringLiteral("shift")));

    // The X on screen: formatted figures and chart rows from the same report as the Z.
    const QVariantMap x = vm.report();
    EXPECT_EQ(x.value(QStringLiteral("kind")).toString(), QStringLiteral("X"));
    EXPECT_EQ(x.value(QStringLiteral("net")).toString(), QStringLiteral("₩4,800"));
    EXPECT_EQ(x.value(QStringLiteral("sales")).toMap().value(QStringLiteral("count")).toInt(), 2);
    const QVariantList hours = x.value(QStringLiteral("hours")).toList();
    ASSERT_EQ(hours.size(), 2);
    EXPECT_EQ(hours[0].toMap().value(QStringLiteral("key")).toString(), QStringLiteral("09"));
    EXPECT_DOUBLE_EQ(hours[1].toMap().value(QStringLiteral("fraction")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(hours[0].toMap().value(QStringLiteral("fraction")).toDouble(), 1.0 / 3.0);
    ASSERT_TRUE(vm.printX());
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_NE(text(printed[0].second).find("X REPORT"), std::string::npos)
        << text(printed[0].second);

    // Session user 9001 closes the shift; exact count, no approval needed.
    key({{10000, 5}, {1000, 1}, {100, 2}}); // 51,200: the float and the cash sale
    ASSERT_TRUE(vm.closeShift()) << vm.message().toStdString();
    EXPECT_TRUE(vm.zAllowed());

    f.clock.set(ct::kst(22, 22, 0));
    ASSERT_TRUE(vm.runZ()) << vm.message().toStdString();
    EXPECT_FALSE(vm.messageIsError()) << vm.message().toStdString();
    EXPECT_TRUE(vm.dayClosed());
    EXPECT_FALSE(vm.zAllowed());
    EXPECT_EQ(vm.report().value(QStringLiteral("kind")).toString(), QStringLiteral("Z"));
    EXPECT_EQ(vm.report().value(QStringLiteral("zNumber")).toInt(), 1);
    ASSERT_EQ(printed.size(), 2u);
    EXPECT_EQ(printed[1].first, QStringLiteral("z-1"));
    const std::string z = text(printed[1].second);
    EXPECT_NE(z.find("Z REPORT"), std::string::npos) << z;
    EXPECT_NE(z.find("NET SALES                             4800"), std::string::npos) << z;
    auto zRows = f.store->database().queryInt("SELECT COUNT(*) FROM z_record");
    EXPECT_EQ(*zRows, 1);
    EXPECT_EQ(core::checkSalesAllowed(*f.store).error().code, "business_day.closed");

    // A printer problem after the Z leaves it recorded, for a reprint.
    printerOffline = true;
    EXPECT_FALSE(vm.reprintZ());
    EXPECT_TRUE(vm.message().contains(QStringLiteral("paper end")));
    printerOffline = false;
    ASSERT_TRUE(vm.reprintZ());
    EXPECT_EQ(printed.back().first, QStringLiteral("z-1-copy"));

    // The next day opens after the closed one, and sales are allowed again.
    ASSERT_TRUE(vm.openNextDay()) << vm.message().toStdString();
    EXPECT_FALSE(vm.dayClosed());
    EXPECT_EQ(vm.businessDate(), QStringLiteral("2026-11-23"));
    EXPECT_TRUE(core::checkSalesAllowed(*f.store));
    EXPECT_EQ(vm.report().value(QStringLiteral("kind")).toString(), QStringLiteral("X"));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
