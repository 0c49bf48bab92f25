#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "telemetry/encoders.h"
#include "telemetry/httppolicy.h"
#include "testutil.h"

using namespace lane::telemetry;
using lane::core::Severity;

namespace {

std::vector<Record> goldenRecords()
{
    std::vector<Record> out;
    Record a;
    a.tsNs = 1763805600000000001ull;
    a.severity = Severity::Info;
    a.name = "sale.finalized";
    a.message = "sale 42 finalized";
    a.attributes = {
        {"total_minor", std::int64_t{1250}}, {"currency", std::string("KRW")}, {"offline", false}};
    a.resource = test::testResource();
    a.boot = "0123456789abcdef0123456789abcdef";
    a.seq = 7;
    out.push_back(a);
    Record b = a;
    b.tsNs += 1'500'000'000;
    b.severity = Severity::Error;
    b.name = "device.error";
    b.message = "printer \"TM-T88\" cover open";
    b.attributes = {{"device", std::string("printer")}};
    b.seq = 8;
    out.push_back(b);
    Record c = a;
    c.severity = Severity::Warn;
    c.name = "payment.declined";
    c.message = "declined";
    c.attributes = {{"stage_host_ms", std::int64_t{840}}};
    c.seq = 9;
    out.push_back(c);
    return out;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void checkGolden(const std::string &name, const std::string &actual)
{
    const std::string path = std::string(LANE_TEST_DATA_DIR) + "/telemetry/" + name;
    if (std::getenv("LANE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    const std::string expected = readFile(path);
    if (expected != actual)
        std::ofstream(path + ".actual", std::ios::binary) << actual;
    EXPECT_EQ(expected, actual) << "golden " << path << " differs (see .actual)";
}

QJsonDocument parse(const std::string &s)
{
    QJsonParseError err;
    auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(s), &err);
    EXPECT_EQ(err.error, QJsonParseError::NoError) << err.errorString().toStdString();
    return doc;
}

} // namespace

TEST(EncodersTest, OtlpMatchesGoldenAndSpecFieldNames)
{
    auto enc = makeEncoder(Format::Otlp);
    for (const auto &r : goldenRecords())
        ASSERT_TRUE(enc->add(r));
    const std::string body = enc->finish();
    checkGolden("otlp-logs.json", body);
    const auto root = parse(body).object();
    const auto rl = root["resourceLogs"].toArray();
    ASSERT_EQ(rl.size(), 1);
    const auto resAttrs = rl[0].toObject()["resource"].toObject()["attributes"].toArray();
    QStringList keys;
    for (const auto &kv : resAttrs)
        keys << kv.toObject()["key"].toString();
    EXPECT_TRUE(keys.contains("service.name"));
    EXPECT_TRUE(keys.contains("service.version"));
    EXPECT_TRUE(keys.contains("host.name"));
    const auto recs = rl[0].toObject()["scopeLogs"].toArray()[0].toObject()["logRecords"].toArray();
    ASSERT_EQ(recs.size(), 3);
    const auto first = recs[0].toObject();
    EXPECT_TRUE(first["timeUnixNano"].isString()) << "uint64 nanoseconds travel as a string";
    EXPECT_EQ(first["timeUnixNano"].toString(), "1763805600000000001");
    EXPECT_EQ(first["severityNumber"].toInt(), 9);
    EXPECT_EQ(recs[1].toObject()["severityNumber"].toInt(), 17);
    EXPECT_EQ(recs[2].toObject()["severityNumber"].toInt(), 13);
    EXPECT_EQ(first["body"].toObject()["stringValue"].toString(), "sale 42 finalized");
    bool sawInt = false, sawBool = false;
    for (const auto &kv : first["attributes"].toArray()) {
        const auto o = kv.toObject();
        if (o["key"] == "total_minor") {
            EXPECT_EQ(o["value"].toObject()["intValue"].toString(), "1250");
            sawInt = true;
        }
        if (o["key"] == "offline") {
            EXPECT_EQ(o["value"].toObject()["boolValue"].toBool(true), false);
            sawBool = true;
        }
    }
    EXPECT_TRUE(sawInt && sawBool);
}

TEST(EncodersTest, DatadogMatchesGoldenAndLimits)
{
    auto enc = makeEncoder(Format::Datadog);
    for (const auto &r : goldenRecords())
        ASSERT_TRUE(enc->add(r));
    const std::string body = enc->finish();
    checkGolden("datadog-logs.json", body);
    const auto arr = parse(body).array();
    ASSERT_EQ(arr.size(), 3);
    const auto e = arr[1].toObject();
    for (const char *k : {"hostname", "service", "ddsource", "ddtags", "message", "status"})
        EXPECT_TRUE(e.contains(k)) << k;
    EXPECT_EQ(e["status"].toString(), "error");
    EXPECT_EQ(e["hostname"].toString(), "S0123-02");
    EXPECT_TRUE(e["ddtags"].toString().contains("store:S0123,pos:02"));

    // At most 1,000 entries per request.
    auto big = makeEncoder(Format::Datadog, EncoderOptions{100000, 100 << 20, "lane", "lane"});
    std::size_t accepted = 0;
    Record r = goldenRecords()[0];
    while (big->add(r))
        ++accepted;
    EXPECT_EQ(accepted, kDatadogMaxEntries);
    EXPECT_EQ(parse(big->finish()).array().size(), 1000);

    // At most 5 MB per payload.
    auto sized = makeEncoder(Format::Datadog, EncoderOptions{100000, 100 << 20, "lane", "lane"});
    r.message = std::string(600 * 1000, 'm');
    std::size_t n = 0;
    while (sized->add(r))
        ++n;
    const auto payload = sized->finish();
    EXPECT_LE(payload.size(), kDatadogMaxPayloadBytes);
    EXPECT_EQ(n, 8u);
    EXPECT_EQ(parse(payload).array().size(), 8);

    // A single log over 1 MB is shortened to fit.
    auto one = makeEncoder(Format::Datadog);
    r.message = std::string(3 * 1000 * 1000, 'x');
    ASSERT_TRUE(one->add(r));
    const auto single = one->finish();
    EXPECT_LE(single.size(), kDatadogMaxEntryBytes + 2);
    EXPECT_TRUE(parse(single).array()[0].toObject()["message"].toString().endsWith("[truncated]"));
}

TEST(EncodersTest, NdjsonRowsMatchGoldenAndClickHouseColumns)
{
    auto enc = makeEncoder(Format::ClickHouse);
    for (const auto &r : goldenRecords())
        ASSERT_TRUE(enc->add(r));
    const std::string body = enc->finish();
    checkGolden("clickhouse-rows.ndjson", body);
    std::istringstream in(body);
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
        const auto o = parse(line).object();
        for (const char *k : {"ts", "day", "severity", "name", "message", "store", "pos", "host",
                              "version", "mode", "device", "boot", "seq", "attributes"})
            EXPECT_TRUE(o.contains(k)) << k;
        EXPECT_TRUE(o["attributes"].isString()) << "one String column for 18.16";
        EXPECT_EQ(o["day"].toString(), "2025-11-22"); // 1763805600 s
        ++rows;
    }
    EXPECT_EQ(rows, 3);
}

TEST(EncodersTest, BatchesStopAtRecordAndByteLimits)
{
    for (auto f : {Format::Otlp, Format::ClickHouse}) {
        auto enc = makeEncoder(f, EncoderOptions{10, 1 << 20, "lane", "lane"});
        Record r = goldenRecords()[0];
        std::size_t n = 0;
        while (enc->add(r))
            ++n;
        EXPECT_EQ(n, 10u) << formatName(f);
        auto bytes = makeEncoder(f, EncoderOptions{100000, 8192, "lane", "lane"});
        n = 0;
        while (bytes->add(r))
            ++n;
        EXPECT_LE(bytes->finish().size(), 8192u) << formatName(f);
        EXPECT_GT(n, 5u);
    }
}

TEST(EncodersTest, CompressionRoundTrips)
{
    auto enc = makeEncoder(Format::ClickHouse);
    for (int i = 0; i < 100; ++i)
        (void)enc->add(goldenRecords()[i % 3]);
    const auto body = enc->finish();
    for (auto c : {Compression::Gzip, Compression::Zstd, Compression::None}) {
        auto packed = compress(c, body);
        ASSERT_TRUE(packed.ok());
        if (c != Compression::None) {
            EXPECT_LT(packed->size(), body.size() / 5);
        }
        auto back = decompress(c, *packed);
        ASSERT_TRUE(back.ok());
        EXPECT_EQ(*back, body);
    }
    EXPECT_FALSE(decompress(Compression::Gzip, "not gzip").ok());
}

TEST(EncodersTest, TakingReadyBytesAsYouGoGivesTheSameBodyAndLimits)
{
    for (auto f : {Format::Otlp, Format::Datadog, Format::ClickHouse}) {
        const EncoderOptions opt{100000, 64 * 1024, "lane", "lane"};
        auto whole = makeEncoder(f, opt);
        auto streamed = makeEncoder(f, opt);
        std::string taken;
        std::size_t n = 0;
        for (;; ++n) {
            const Record r = goldenRecords()[n % 3];
            const bool a = whole->add(r);
            const bool b = streamed->add(r);
            ASSERT_EQ(a, b) << formatName(f) << " record " << n;
            if (!a)
                break;
            EXPECT_EQ(whole->bytes(), streamed->bytes()) << formatName(f);
            if (n % 7 == 0)
                streamed->takeReady(taken);
        }
        EXPECT_GT(n, 50u) << formatName(f) << ": the byte limit ends the batch";
        if (f == Format::Otlp) {
            EXPECT_TRUE(taken.empty()) << "OTLP groups records: nothing before finish()";
        } else {
            EXPECT_FALSE(taken.empty()) << formatName(f);
        }
        EXPECT_EQ(taken + streamed->finish(), whole->finish()) << formatName(f);
    }
}

TEST(EncodersTest, StreamCompressorInSlicesRoundTrips)
{
    auto enc = makeEncoder(Format::ClickHouse);
    for (int i = 0; i < 3000; ++i)
        (void)enc->add(goldenRecords()[i % 3]);
    const auto body = enc->finish();
    for (auto c : {Compression::Gzip, Compression::Zstd, Compression::None}) {
        StreamCompressor zip(c);
        for (std::size_t at = 0; at < body.size(); at += 10007)
            ASSERT_TRUE(zip.write(std::string_view(body).substr(at, 10007)).ok());
        auto packed = zip.finish();
        ASSERT_TRUE(packed.ok());
        if (c != Compression::None) {
            EXPECT_LT(packed->size(), body.size() / 5);
        }
        auto back = decompress(c, *packed);
        ASSERT_TRUE(back.ok()) << back.error().message;
        EXPECT_EQ(*back, body);
    }
    StreamCompressor empty(Compression::Gzip);
    auto packed = empty.finish();
    ASSERT_TRUE(packed.ok());
    EXPECT_EQ(*decompress(Compression::Gzip, *packed), "");
}
