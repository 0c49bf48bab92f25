#include "core/config/configapply.h"
#include "core/config/laneconfig.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace lane::core {
namespace {

const std::string kData = std::string(LANE_TEST_DATA_DIR) + "/config/";

std::vector<std::string> rendered(const ConfigReport &r)
{
    std::vector<std::string> out;
    for (const auto &d : r.diagnostics) {
        out.push_back(d.toString());
    }
    return out;
}

TEST(Config, ReadsLaneFileOverStoreFile)
{
    const auto r = loadConfig(kData + "good-lane.toml", kData + "store.toml");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(rendered(r));
    const LaneConfig &c = *r.config;
    EXPECT_EQ(c.deviceId(), "S0123-02");
    EXPECT_EQ(c.sale.currency.alpha(), "KRW");
    EXPECT_EQ(c.sale.taxRounding, "per-receipt");
    EXPECT_EQ(c.sale.cashRoundingIncrement, 10);
    EXPECT_EQ(c.sale.taxClassesBasisPoints.at("standard"), 1000);
    EXPECT_EQ(c.telemetry.diskBudgetBytes, 256LL * 1024 * 1024);
    EXPECT_EQ(c.telemetry.spoolDir, "/var/lib/lane/telemetry");
    ASSERT_NE(c.device("terminal"), nullptr);
    EXPECT_EQ(c.device("terminal")->address, "192.0.2.10:20007"); // lane file wins
    ASSERT_NE(c.device("printer"), nullptr);
    EXPECT_EQ(c.device("printer")->options.at("columns"), "42");
    EXPECT_TRUE(r.diagnostics.empty());
}

TEST(Config, NamesFileLineAndKeyOfEveryError)
{
    const auto r = loadConfig(kData + "bad-lane.toml");
    EXPECT_FALSE(r.ok());
    const std::string f = kData + "bad-lane.toml";
    const std::vector<std::string> expected{
        f + ":1:1: error: devices.printer.adapter: missing: every device needs an adapter",
        f
            + ":2:9: error: lane.store: \"s-0123\" is not a store code (1-16 capital letters or "
              "digits)",
        f + ":3:7: error: lane.pos: must be a string",
        f + ":4:8: error: lane.mode: \"kiosk\" is not one of: pos, sco",
        f
            + ":8:27: error: sale.cash_rounding_increment: must be a whole number (money and "
              "sizes are never fractional)",
        f + ":9:1: error: sale.tax_modee: unknown key (did you mean 'tax_mode'?)",
        f
            + ":12:8: warning: devices.printer.port: /dev/ttyLANE-NOT-THERE does not exist now "
              "(device unplugged or wrong path?)",
        f + ":13:11: error: devices.printer.address: \"printer.local\" is not host:port",
        f
            + ":16:12: error: telemetry.endpoint: plain http is allowed only to a loopback "
              "address; use https://",
    };
    EXPECT_EQ(rendered(r), expected);
    EXPECT_EQ(r.warningCount(), 1);
}

TEST(Config, ReportsSyntaxErrorsWithPosition)
{
    const auto r = parseConfig("[lane]\nstore = \"S1\"\npos = \"01\n", "broken.toml");
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.diagnostics.size(), 1U);
    EXPECT_EQ(r.diagnostics[0].file, "broken.toml");
    EXPECT_EQ(r.diagnostics[0].line, 3);
    EXPECT_NE(r.diagnostics[0].message.find("string"), std::string::npos)
        << r.diagnostics[0].message;
}

TEST(Config, LoopbackHttpIsAllowedForLocalSinks)
{
    const auto r = parseConfig("[lane]\nstore = \"S1\"\npos = \"01\"\n[sale]\ncurrency = "
                               "\"EUR\"\n[telemetry]\nendpoint = \"http://127.0.0.1:8123/\"\n",
                               "lane.toml");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(rendered(r));
    EXPECT_EQ(r.config->telemetry.endpoint, "http://127.0.0.1:8123/");
    EXPECT_EQ(r.config->sale.currency.exponent, 2);
}

TEST(Config, TelemetryCaFileIsReadAndAMissingOneIsNamed)
{
    const auto r = parseConfig("[lane]\nstore = \"S1\"\npos = \"01\"\n[sale]\ncurrency = "
                               "\"EUR\"\n[telemetry]\nendpoint = \"https://logs.example/\"\n"
                               "ca_file = \"/nonexistent/ca.pem\"\n",
                               "lane.toml");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(rendered(r));
    EXPECT_EQ(r.config->telemetry.caFile, "/nonexistent/ca.pem");
    const auto text = ::testing::PrintToString(rendered(r));
    EXPECT_NE(text.find("lane.toml:8:"), std::string::npos) << text;
    EXPECT_NE(text.find("telemetry.ca_file"), std::string::npos) << text;
}

TEST(Config, ScoSectionDefaultsAndValues)
{
    const std::string head = "[lane]\nstore = \"S1\"\npos = \"07\"\nmode = \"sco\"\n"
                             "[sale]\ncurrency = \"KRW\"\n";
    const auto defaults = parseConfig(head, "lane.toml");
    ASSERT_TRUE(defaults.ok()) << ::testing::PrintToString(rendered(defaults));
    EXPECT_TRUE(defaults.config->sco.securityScale);
    EXPECT_EQ(defaults.config->sco.tenders, (std::vector<std::string>{"card", "voucher"}));

    const auto r = parseConfig(head
                                   + "[sco]\nsecurity_scale = false\ntolerance_grams = 15\n"
                                     "tolerance_percent = 8\nbagging_timeout_seconds = 12\n"
                                     "skip_bagging_per_transaction = 1\nidle_prompt_seconds = 20\n"
                                     "scan_while_age_pending = false\n"
                                     "tenders = [\"card\", \"cash\"]\n"
                                     "produce_plus = [\"4011\", \"4131\"]\nbadge_prefix = \"BD\"\n",
                               "lane.toml");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(rendered(r));
    const ScoSettings &sco = r.config->sco;
    EXPECT_FALSE(sco.securityScale);
    EXPECT_EQ(sco.toleranceGrams, 15);
    EXPECT_EQ(sco.tolerancePercent, 8);
    EXPECT_EQ(sco.baggingTimeoutSeconds, 12);
    EXPECT_EQ(sco.skipBaggingPerTransaction, 1);
    EXPECT_EQ(sco.idlePromptSeconds, 20);
    EXPECT_FALSE(sco.scanWhileAgePending);
    EXPECT_EQ(sco.tenders, (std::vector<std::string>{"card", "cash"}));
    EXPECT_EQ(sco.producePlus, (std::vector<std::string>{"4011", "4131"}));
    EXPECT_EQ(sco.badgePrefix, "BD");
}

TEST(Config, ScoSectionErrorsNameLineAndKey)
{
    const auto r
        = parseConfig("[lane]\nstore = \"S1\"\npos = \"07\"\n[sale]\ncurrency = \"KRW\"\n[sco]\n"
                      "tolerance_grams = 0\ntenders = [\"card\", \"cheque\"]\n"
                      "badge_prefix = \"A\"\nskip_bagging = 3\n",
                      "lane.toml");
    ASSERT_FALSE(r.ok());
    const std::vector<std::string> expected{
        "lane.toml:7:19: error: sco.tolerance_grams: 0 is out of range 1..10000",
        "lane.toml:8:20: error: sco.tenders: \"cheque\" is not one of: card, voucher, cash",
        "lane.toml:9:16: error: sco.badge_prefix: needs at least 2 characters, or an item "
        "barcode could pass for a badge",
        "lane.toml:10:1: error: sco.skip_bagging: unknown key",
    };
    EXPECT_EQ(rendered(r), expected);
}

TEST(Config, LoggingLevelAndModuleOverrides)
{
    const std::string head = "[lane]\nstore = \"S1\"\npos = \"07\"\n[sale]\ncurrency = \"KRW\"\n";
    const auto defaults = parseConfig(head, "lane.toml");
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults.config->logging.level, "info");
    EXPECT_TRUE(defaults.config->logging.modules.empty());

    const auto r = parseConfig(head
                                   + "[logging]\nlevel = \"warn\"\n[logging.modules]\n"
                                     "devices = \"debug\"\n\"lane.config\" = \"trace\"\n",
                               "lane.toml");
    ASSERT_TRUE(r.ok()) << ::testing::PrintToString(rendered(r));
    EXPECT_EQ(r.config->logging.level, "warn");
    EXPECT_EQ(r.config->logging.modules,
              (std::map<std::string, std::string>{{"devices", "debug"}, {"lane.config", "trace"}}));
}

TEST(Config, LoggingErrorsNameLineAndKey)
{
    const auto r = parseConfig("[lane]\nstore = \"S1\"\npos = \"07\"\n[sale]\ncurrency = \"KRW\"\n"
                               "[logging]\nlevel = \"verbose\"\nlevl = \"info\"\n"
                               "[logging.modules]\ndevices = \"loud\"\n\"Lane Config\" = \"info\"\n"
                               "telemetry = 3\n",
                               "lane.toml");
    ASSERT_FALSE(r.ok());
    const std::vector<std::string> expected{
        "lane.toml:7:9: error: logging.level: \"verbose\" is not one of: trace, debug, info, warn, "
        "error, critical",
        "lane.toml:8:1: error: logging.levl: unknown key (did you mean 'level'?)",
        "lane.toml:10:11: error: logging.modules.devices: \"loud\" is not one of: trace, debug, "
        "info, warn, error, critical",
        "lane.toml:11:1: error: logging.modules.Lane Config: \"Lane Config\" is not a logger name "
        "(lower-case letters, digits, . _ -)",
        "lane.toml:12:13: error: logging.modules.telemetry: must be a string",
    };
    EXPECT_EQ(rendered(r), expected);
}

TEST(Config, MissingFileIsAnError)
{
    const auto r = loadConfig("/nonexistent/lane.toml");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(rendered(r), std::vector<std::string>{"/nonexistent/lane.toml:0:0: error: cannot "
                                                    "read the file"});
}

class ConfigApply : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = std::filesystem::temp_directory_path()
                / ("lane-config-" + std::to_string(::getpid()) + "-"
                   + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    static std::string read(const std::filesystem::path &p)
    {
        std::ifstream in(p);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }

    std::filesystem::path m_dir;
};

TEST_F(ConfigApply, BadFileNeverReplacesAGoodOne)
{
    const auto target = m_dir / "lane.toml";
    std::filesystem::copy_file(kData + "good-lane.toml", target);
    const std::string before = read(target);
    auto r = applyConfigFile(kData + "bad-lane.toml", target.string());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "config.invalid");
    EXPECT_NE(r.error().message.find("lane.mode"), std::string::npos);
    EXPECT_EQ(read(target), before);
    // No temporary file left behind.
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir),
                            std::filesystem::directory_iterator{}),
              1);
}

TEST_F(ConfigApply, GoodFileReplacesAtomically)
{
    const auto target = m_dir / "lane.toml";
    {
        std::ofstream(target) << "# old\n";
    }
    auto r = applyConfigFile(kData + "good-lane.toml", target.string(), kData + "store.toml");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(read(target), read(kData + "good-lane.toml"));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir),
                            std::filesystem::directory_iterator{}),
              1);
}

} // namespace
} // namespace lane::core
