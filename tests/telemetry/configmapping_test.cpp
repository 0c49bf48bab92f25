#include <gtest/gtest.h>

#include <fstream>

#include "core/config/laneconfig.h"
#include "telemetry/configmapping.h"
#include "testutil.h"

using namespace lane::telemetry;
using lane::telemetry::test::TempDir;
namespace fs = std::filesystem;

namespace {

lane::core::LaneConfig laneConfig()
{
    lane::core::LaneConfig c;
    c.store = "S0123";
    c.pos = "02";
    c.dataDir = "/var/lib/lane";
    c.telemetry.endpoint = "https://logs.example.com/v1/logs";
    c.telemetry.format = "otlp";
    c.telemetry.retentionDays = 30;
    return c;
}

} // namespace

TEST(ConfigMappingTest, EveryForwarderSettingComesFromTheLaneConfiguration)
{
    auto c = laneConfig();
    c.telemetry.pinSha256 = "q7A3bF0x0Zm1c0RmYw0yZ1hYb0ZxQ3JtS1V2a0ZpYm8=";
    auto f = forwarderConfigFor(c);
    ASSERT_TRUE(f.ok()) << f.error().message;
    EXPECT_EQ(f->spoolDir, fs::path("/var/lib/lane/telemetry/spool"));
    EXPECT_EQ(f->archiveDir, fs::path("/var/lib/lane/telemetry/archive"));
    EXPECT_EQ(f->archiveDays, 30);
    EXPECT_EQ(f->endpoint.toString().toStdString(), "https://logs.example.com/v1/logs");
    EXPECT_EQ(f->format, Format::Otlp);
    ASSERT_EQ(f->pinnedSpkiSha256.size(), 1);
    EXPECT_EQ(f->pinnedSpkiSha256.front().toStdString(), c.telemetry.pinSha256);
    EXPECT_TRUE(f->headers.isEmpty());
    EXPECT_TRUE(f->caFile.empty()); // system CAs
    EXPECT_EQ(spoolDirOf(c), f->spoolDir);
    c.telemetry.caFile = "/etc/lane/head-office-ca.pem";
    f = forwarderConfigFor(c);
    ASSERT_TRUE(f.ok()) << f.error().message;
    EXPECT_EQ(f->caFile, fs::path("/etc/lane/head-office-ca.pem"));
}

TEST(ConfigMappingTest, SpoolDirSettingMovesSpoolAndArchive)
{
    auto c = laneConfig();
    c.telemetry.spoolDir = "/srv/lane-telemetry";
    auto f = forwarderConfigFor(c);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->spoolDir, fs::path("/srv/lane-telemetry/spool"));
    EXPECT_EQ(f->archiveDir, fs::path("/srv/lane-telemetry/archive"));
    EXPECT_EQ(telemetryRoot(c), fs::path("/srv/lane-telemetry"));
}

TEST(ConfigMappingTest, FormatNames)
{
    auto c = laneConfig();
    for (const auto &[name, format] :
         {std::pair{"otlp", Format::Otlp}, std::pair{"datadog", Format::Datadog},
          std::pair{"ndjson", Format::ClickHouse}}) {
        c.telemetry.format = name;
        auto f = forwarderConfigFor(c);
        ASSERT_TRUE(f.ok()) << name;
        EXPECT_EQ(f->format, format) << name;
    }
    c.telemetry.format = "gelf";
    auto f = forwarderConfigFor(c);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, "telemetry.format");
    EXPECT_NE(f.error().message.find("\"gelf\""), std::string::npos) << f.error().message;
}

TEST(ConfigMappingTest, DatadogKeyIsReadFromItsFileAndTrimmed)
{
    TempDir tmp("mapping");
    const auto keyFile = tmp.path() / "dd.key";
    std::ofstream(keyFile) << "  0123456789abcdef\n";
    auto c = laneConfig();
    c.telemetry.format = "datadog";
    c.telemetry.apiKeyFile = keyFile.string();
    // A key others can read is refused, with the fix in the message.
    fs::permissions(keyFile, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read
                                 | fs::perms::others_read);
    auto open = forwarderConfigFor(c);
    ASSERT_FALSE(open.ok());
    EXPECT_EQ(open.error().code, "telemetry.api_key_file_permissions");
    EXPECT_NE(open.error().message.find("chmod 600"), std::string::npos) << open.error().message;
    EXPECT_EQ(open.error().message.find("0123456789abcdef"), std::string::npos);
    fs::permissions(keyFile, fs::perms::owner_read | fs::perms::owner_write);
    auto f = forwarderConfigFor(c);
    ASSERT_TRUE(f.ok()) << f.error().message;
    ASSERT_EQ(f->headers.size(), 1);
    EXPECT_EQ(f->headers.front().first, "DD-API-KEY");
    EXPECT_EQ(f->headers.front().second, "0123456789abcdef");

    c.telemetry.apiKeyFile = (tmp.path() / "missing.key").string();
    auto missing = forwarderConfigFor(c);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, "telemetry.api_key_file");
    EXPECT_NE(missing.error().message.find("missing.key"), std::string::npos);
}

TEST(ConfigMappingTest, KeyWithAnotherFormatAndNoEndpointAreErrors)
{
    auto c = laneConfig();
    c.telemetry.apiKeyFile = "/etc/lane/dd.key";
    auto f = forwarderConfigFor(c);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, "telemetry.api_key_file");
    EXPECT_NE(f.error().message.find("datadog"), std::string::npos);

    c = laneConfig();
    c.telemetry.endpoint.clear();
    auto none = forwarderConfigFor(c);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, "telemetry.no_endpoint");
}
