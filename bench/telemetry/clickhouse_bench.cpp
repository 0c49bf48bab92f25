// Forwarder figures against a private ClickHouse 18.16 (scripts/clickhouse-start):
// BM_DrainBacklog   : time and CPU to ship a 1,000,000-event backlog (target under 60 s),
//                     events per CPU-second and peak RSS of the process;
// BM_EventToQueryable: from emit() to the row being visible to a SELECT (target p95 < 5 s).
#include <sys/resource.h>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"

using namespace lane::telemetry;
using lane::core::Severity;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

struct Server
{
    fs::path dir;
    quint16 port = 0;

    bool start()
    {
        QProcess p;
        p.start(QStringLiteral(LANE_SOURCE_DIR "/scripts/clickhouse-start"),
                {QString::fromStdString(dir.string())});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return false;
        port = static_cast<quint16>(
            QString::fromUtf8(p.readAllStandardOutput()).split(' ')[0].toUInt());
        return true;
    }
    ~Server()
    {
        QProcess::execute(QStringLiteral(LANE_SOURCE_DIR "/scripts/clickhouse-stop"),
                          {QString::fromStdString(dir.string()), QStringLiteral("--kill")});
    }

    std::string query(const std::string &sql)
    {
        QNetworkAccessManager nam;
        QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QUrlQuery q;
        q.addQueryItem("query", QString::fromStdString(sql));
        url.setQuery(q);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
        QNetworkReply *reply = nam.post(req, QByteArray());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const auto text = reply->readAll().toStdString();
        reply->deleteLater();
        return text;
    }

    void createTable()
    {
        query("CREATE TABLE IF NOT EXISTS lane_events (ts UInt64, day Date, severity String,"
              " name String, message String, store String, pos String, host String,"
              " version String, mode String, device String, boot String, seq UInt64,"
              " attributes String) ENGINE = ReplacingMergeTree() PARTITION BY toYYYYMM(day)"
              " ORDER BY (store, device, boot, seq)");
    }
};

fs::path workDir(const char *name)
{
    auto dir = fs::path(LANE_BINARY_DIR) / "bench-tmp"
               / (std::string(name) + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
           + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long rssKb(const char *field)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field, 0) == 0)
            return std::stol(line.substr(std::strlen(field)));
    return 0;
}

std::shared_ptr<Telemetry> makeTelemetry(const fs::path &spool)
{
    TelemetryConfig cfg;
    cfg.resource = {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
    cfg.spool.dir = spool;
    cfg.spool.budgetBytes = 8ull << 30;
    cfg.queueCapacity = 1 << 20;
    cfg.ringBytes = 512u << 20; // room for the whole burst: the bench measures the drain
    return *Telemetry::create(cfg);
}

ForwarderConfig forwarderConfig(const fs::path &spool, quint16 port)
{
    ForwarderConfig f;
    f.spoolDir = spool;
    f.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    f.format = Format::ClickHouse;
    f.compression = Compression::Gzip;
    f.pollInterval = 20ms;
    f.liveBatchDelay = 200ms;
    f.encoder.maxRecords = 10000;
    f.encoder.maxBytes = 8 << 20;
    return f;
}

} // namespace

static void BM_DrainBacklog(benchmark::State &state)
{
    const auto events = static_cast<int>(state.range(0));
    const auto dir = workDir("drain");
    Server ch{dir / "clickhouse"};
    if (!ch.start()) {
        state.SkipWithError("clickhouse-start failed");
        return;
    }
    ch.createTable();
    {
        auto t = makeTelemetry(dir / "spool");
        for (int i = 0; i < events; ++i) {
            t->emit(i % 10 ? Severity::Info : Severity::Warn,
                    i % 10 ? "scan.read" : "payment.approved", "scan of item",
                    {{"i", std::int64_t{i}},
                     {"gtin", std::string("8801234567893")},
                     {"scan_to_screen_ms", std::int64_t{35}}});
            if (i % 100000 == 0)
                t->flush();
        }
        t->stop();
    }
    std::uint64_t spoolBytes = 0;
    for (const auto &e : fs::directory_iterator(dir / "spool"))
        spoolBytes += e.file_size();
    const long rssBefore = rssKb("VmRSS:");
    for (auto _ : state) {
        Forwarder fw(forwarderConfig(dir / "spool", ch.port));
        const double cpu0 = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        (void)fw.start();
        while (!(fw.idle() && fw.stats().recordsSent >= static_cast<std::uint64_t>(events)))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        const double secs = static_cast<double>(wall.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        state.SetIterationTime(secs);
        state.counters["wall_s"] = secs;
        state.counters["cpu_s"] = cpu;
        state.counters["events_per_s"] = events / secs;
        state.counters["events_per_cpu_s"] = events / cpu;
        state.counters["wire_MB"] = static_cast<double>(fw.stats().bytesSent) / 1e6;
    }
    state.counters["spool_MB"] = static_cast<double>(spoolBytes) / 1e6;
    state.counters["rss_MB"] = static_cast<double>(rssKb("VmRSS:")) / 1024.0;
    state.counters["rss_growth_MB"] = static_cast<double>(rssKb("VmRSS:") - rssBefore) / 1024.0;
    state.counters["rows_final"] = std::stod(ch.query("SELECT count() FROM lane_events FINAL"));
    fs::remove_all(dir / "spool");
}
BENCHMARK(BM_DrainBacklog)
    ->Arg(1'000'000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kSecond);

static void BM_EventToQueryable(benchmark::State &state)
{
    const auto dir = workDir("latency");
    Server ch{dir / "clickhouse"};
    if (!ch.start()) {
        state.SkipWithError("clickhouse-start failed");
        return;
    }
    ch.createTable();
    auto t = makeTelemetry(dir / "spool");
    Forwarder fw(forwarderConfig(dir / "spool", ch.port));
    (void)fw.start();
    std::vector<double> ms;
    for (auto _ : state) {
        for (int k = 0; k < static_cast<int>(state.range(0)); ++k) {
            std::string marker = "m";
            marker.append(std::to_string(k)).append("-").append(t->bootId());
            QElapsedTimer since;
            since.start();
            t->emit(Severity::Info, "sale.finalized", marker, {});
            for (;;) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                std::string sql = "SELECT count() FROM lane_events WHERE message = '";
                sql.append(marker).append("'");
                if (ch.query(sql) != "0\n")
                    break;
                QThread::msleep(10);
            }
            ms.push_back(static_cast<double>(since.nsecsElapsed()) / 1e6);
            // Some background load between probes, like a lane scanning items.
            for (int j = 0; j < 50; ++j)
                t->emit(Severity::Info, "scan.read", "scan", {});
        }
    }
    std::sort(ms.begin(), ms.end());
    state.counters["p50_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[static_cast<std::size_t>(0.95 * (ms.size() - 1))];
    state.counters["max_ms"] = ms.back();
    fw.stop();
    t->stop();
    fs::remove_all(dir / "spool");
}
BENCHMARK(BM_EventToQueryable)->Arg(40)->Iterations(1)->Unit(benchmark::kSecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
