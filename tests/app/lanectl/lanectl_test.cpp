#include <filesystem>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "lanectlrunner.h"

namespace lane::app::test {
namespace {

std::string data(const std::string &name)
{
    return std::string(LANE_TEST_DATA_DIR) + "/" + name;
}

std::string script(const std::string &name)
{
    return std::string(LANECTL_TEST_DIR) + "/data/" + name;
}

class Lanectl : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "lanectl-XXXXXX").string();
        m_dir = ::mkdtemp(tmpl.data());
        m_db = m_dir + "/lane.db";
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    RunResult run(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--db", m_db});
        return runLanectl(m_dir, args);
    }
    void initStore()
    {
        auto r = run({"init", "--store", "S0123", "--pos", "02", "--currency", "KRW",
                      "--utc-offset", "+09:00"});
        ASSERT_EQ(r.code, 0) << r.err;
        r = run({"catalog", "import", data("catalog/items.csv")});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    void sql(const std::string &statement)
    {
        sqlite3 *db = nullptr;
        ASSERT_EQ(sqlite3_open(m_db.c_str(), &db), SQLITE_OK);
        char *err = nullptr;
        const int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err);
        EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
        sqlite3_free(err);
        sqlite3_close(db);
    }

    std::string m_dir;
    std::string m_db;
};

TEST_F(Lanectl, HelpListsEveryCommandAndEachCommandHasHelp)
{
    auto r = run({"--help"});
    EXPECT_EQ(r.code, 0);
    for (const char *cmd : {"init", "catalog", "journal", "sell", "sales", "demo"}) {
        EXPECT_NE(r.out.find(std::string("  ") + cmd), std::string::npos) << cmd;
        auto h = run({cmd, "--help"});
        EXPECT_EQ(h.code, 0) << cmd;
        EXPECT_EQ(h.out.rfind(std::string("usage: lanectl ") + cmd, 0), 0u) << h.out;
    }
    EXPECT_EQ(run({}).code, 2);
    auto u = run({"frobnicate"});
    EXPECT_EQ(u.code, 2);
    EXPECT_NE(u.err.find("unknown command \"frobnicate\""), std::string::npos);
}

TEST_F(Lanectl, InitCreatesOnceAndRefusesOverwriteWithoutForce)
{
    auto r = run({"init", "--store", "S0123", "--pos", "02", "--currency", "KRW"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("created store S0123-02 (KRW)"), std::string::npos);
    EXPECT_EQ(std::filesystem::status(m_db + ".key").permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    r = run({"init", "--store", "S0123", "--pos", "02", "--currency", "KRW"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("a store database already exists (use --force to replace it) "
                         "[store.exists]"),
              std::string::npos)
        << r.err;
    r = run({"init", "--store", "S0777", "--pos", "03", "--currency", "EUR", "--force"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("S0777-03 (EUR)"), std::string::npos);
}

TEST_F(Lanectl, InitRejectsBadArguments)
{
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
    };
    const Case cases[] = {
        {{"--store", "S0123", "--pos", "02", "--currency", "XYZ"},
         "--currency \"XYZ\" is not a supported ISO 4217 code"},
        {{"--store", "S0123", "--pos", "x2", "--currency", "KRW"},
         "--pos needs a POS number of 1-4 digits"},
        {{"--pos", "02", "--currency", "KRW"}, "--store needs a store code of letters and digits"},
        {{"--store", "S1", "--pos", "02", "--currency", "KRW", "--utc-offset", "9"},
         "--utc-offset needs +HH:MM or -HH:MM"},
        {{"--store", "S1", "--pos", "02", "--currency", "KRW", "--colour", "red"},
         "unknown option --colour"},
        {{"--store", "S1", "--pos"}, "--pos needs a value"},
    };
    for (const auto &c : cases) {
        std::vector<std::string> args{"init"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        auto r = run(args);
        EXPECT_EQ(r.code, 2) << c.message;
        EXPECT_EQ(r.err.rfind("lanectl: " + c.message + "\n", 0), 0u) << r.err;
        EXPECT_FALSE(std::filesystem::exists(m_db));
    }
}

TEST_F(Lanectl, CommandsOnAMissingStoreFailClearly)
{
    auto r = run({"journal", "verify"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "lanectl: " + m_db
                         + ": no store database (run lanectl init) "
                           "[store.not_found]\n");
}

TEST_F(Lanectl, CatalogImportExportRoundTrip)
{
    initStore();
    auto r = run({"catalog", "export", "--output", m_dir + "/out.csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    r = run({"catalog", "import", m_dir + "/out.csv"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, "imported 6 items, 5 barcodes\n");
    EXPECT_EQ(r.err, ""); // no progress output when stderr is not a terminal
    auto again = run({"catalog", "export"});
    EXPECT_EQ(again.out, slurp(m_dir + "/out.csv"));
    EXPECT_EQ(again.out.substr(0, 10), "sku,name,b");
}

TEST_F(Lanectl, CatalogImportErrorsNameLineAndColumn)
{
    initStore();
    const std::pair<const char *, const char *> cases[] = {
        {"price_comma.csv",
         "price_comma.csv:3: column price: \"12,50\" is not a decimal amount for KRW"},
        {"bad_barcode.csv", "bad_barcode.csv:2: column barcodes: \"8801043011113\" is not a "
                            "GTIN-8/12/13/14 with a valid check digit"},
        {"duplicate_sku.csv", "duplicate_sku.csv:4: column sku: \"1\" appears more than once"},
        {"unclosed_quote.csv", "unclosed_quote.csv:3: quoted field is never closed"},
    };
    for (const auto &[file, message] : cases) {
        auto r = run({"catalog", "import", data(std::string("catalog/bad/") + file)});
        EXPECT_EQ(r.code, 4) << file;
        EXPECT_EQ(r.err.substr(0, r.err.find(" [")), std::string("lanectl: ") + message);
    }
    auto r = run({"catalog", "import"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("catalog import needs exactly one FILE.csv"), std::string::npos);
    r = run({"catalog", "import", m_dir + "/missing.csv"});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("missing.csv: cannot open: No such file or directory"), std::string::npos);
    // The catalog imported first is still there.
    const std::string exported = run({"catalog", "export"}).out;
    EXPECT_EQ(std::count(exported.begin(), exported.end(), '\n'), 7);
}

TEST_F(Lanectl, SellPrintsReceiptsAndExportsThem)
{
    initStore();
    auto r = run({"sell", "--script", script("sales.json")});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, slurp(script("sales.expected")));
    EXPECT_EQ(r.err, "lanectl: 3 receipts committed\n");

    auto v = run({"journal", "verify"});
    EXPECT_EQ(v.code, 0);
    EXPECT_EQ(v.out, "journal ok: 5 entries, chain and anchors verified\n");

    auto csv = run({"sales", "export", "--from", "2026-11-22", "--to", "2026-11-22"});
    ASSERT_EQ(csv.code, 0) << csv.err;
    EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 4);
    EXPECT_NE(csv.out.find("S0123-02-20261122-000002,sale,2026-11-22,"), std::string::npos);
    EXPECT_NE(csv.out.find("card:2000|cash:1655"), std::string::npos);
    EXPECT_NE(csv.out.find("S0123-02-20261122-000003,void"), std::string::npos);

    auto json = run(
        {"sales", "export", "--from", "2026-11-22", "--to", "2026-11-22", "--format", "json"});
    ASSERT_EQ(json.code, 0);
    EXPECT_EQ(json.out.front(), '[');
    EXPECT_NE(json.out.find("\"masked_pan\":\"476173******0010\""), std::string::npos);
    EXPECT_NE(json.out.find("\"receipt_number\":\"S0123-02-20261122-000001\""), std::string::npos);

    auto none = run(
        {"sales", "export", "--from", "2026-11-23", "--to", "2026-11-30", "--format", "json"});
    EXPECT_EQ(none.out, "[]\n");
    auto bad = run({"sales", "export", "--from", "2026-13-01", "--to", "2026-11-30"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--from and --to need dates as YYYY-MM-DD"), std::string::npos);
    bad = run({"sales", "export", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xml"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_NE(bad.err.find("--format must be csv or json, not \"xml\""), std::string::npos);
}

TEST_F(Lanectl, SellRejectsBadScriptsNamingWhere)
{
    initStore();
    const std::pair<const char *, const char *> cases[] = {
        {"bad_syntax.json", "bad_syntax.json: JSON syntax error at offset"},
        {"bad_key.json", "bad_key.json: sales[0].items[0]: unknown key \"qty\""},
        {"bad_amount.json", "bad_amount.json: sales[0].tenders[0]: cash: \"12.5\" is not a "
                            "decimal amount for KRW"},
        {"unknown_item.json", "unknown_item.json: sales[0].items[1]: no item for barcode "
                              "08801234567893"},
        {"underpaid.json", "underpaid.json: sales[0].tenders: tenders leave 200 KRW to pay"},
    };
    for (const auto &[file, message] : cases) {
        auto r = run({"sell", "--script", script(file)});
        EXPECT_EQ(r.code, 4) << file << ": " << r.err;
        EXPECT_NE(r.err.find(std::string("lanectl: ") + message), std::string::npos) << r.err;
    }
    // The sale left half-done by unknown_item.json is recovered (voided) by the next run.
    auto r = run({"sell", "--script", script("sales.json")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.err.find("recovering a basket left tendering"), std::string::npos) << r.err;
    EXPECT_EQ(run({"journal", "verify"}).code, 0);
}

TEST_F(Lanectl, JournalVerifyNamesTheFirstBrokenEntry)
{
    initStore();
    ASSERT_EQ(run({"sell", "--script", script("sales.json"), "--quiet"}).code, 0);
    sql("DROP TRIGGER journal_no_update; UPDATE journal SET payload = replace(payload, "
        "'\"total\":3655', '\"total\":1') WHERE seq = 4;");
    auto r = run({"journal", "verify"});
    EXPECT_EQ(r.code, 3);
    EXPECT_EQ(r.err, "lanectl: journal verification FAILED at seq 4 (sale): HMAC mismatch: the "
                     "entry or one before it was altered, reordered or replaced\n");
    auto list = run({"journal", "list", "--last", "2"});
    EXPECT_EQ(list.code, 0);
    EXPECT_EQ(std::count(list.out.begin(), list.out.end(), '\n'), 2);
}

TEST_F(Lanectl, DemoSeedBuildsASellableStore)
{
    auto r = run({"demo", "seed"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("3 promotions, 4 users"), std::string::npos) << r.out;
    const auto items = std::stoi(r.out.substr(r.out.find("seeded: ") + 8));
    EXPECT_GT(items, 2000);
    auto csv = run({"catalog", "export"}).out;
    EXPECT_NE(csv.find("빈용기보증금 소주병"), std::string::npos);
    EXPECT_NE(csv.find(",produce,"), std::string::npos);
    EXPECT_NE(csv.find(",tobacco,4500,standard,0,19,0,"), std::string::npos);
    auto sold = run({"sell", "--script", script("demo.json")});
    ASSERT_EQ(sold.code, 0) << sold.err;
    EXPECT_NE(sold.out.find("라면 2+1"), std::string::npos) << sold.out;
    EXPECT_EQ(run({"journal", "verify"}).code, 0);
}

} // namespace
} // namespace lane::app::test
