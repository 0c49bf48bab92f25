// Helper for bench/telemetry/compare-syslog-ng.sh:
//   bench_telemetry_forward gen <spool> <count>             write <count> events to a spool
//   bench_telemetry_forward export <spool> <file>           the same events as ClickHouse rows
//   bench_telemetry_forward forward <spool> <url> <table> [gzip|none]
//       ship the spool until nothing is pending; prints "wall_s cpu_s peak_rss_kb records"
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "telemetry/encoders.h"
#include "telemetry/forwarder.h"
#include "telemetry/segment.h"
#include "telemetry/telemetry.h"

using namespace lane::telemetry;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

int generate(const fs::path &spool, int count)
{
    TelemetryConfig cfg;
    cfg.resource = {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
    cfg.spool.dir = spool;
    cfg.spool.budgetBytes = 8ull << 30;
    cfg.queueCapacity = 1 << 20;
    cfg.ringBytes = 512u << 20; // room for the whole burst: the bench measures the drain
    auto t = Telemetry::create(cfg);
    if (!t) {
        std::cerr << t.error().message << "\n";
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        (*t)->emit(i % 10 ? lane::core::Severity::Info : lane::core::Severity::Warn,
                   i % 10 ? "scan.read" : "payment.approved", "scan of item",
                   {{"i", std::int64_t{i}},
                    {"gtin", std::string("8801234567893")},
                    {"scan_to_screen_ms", std::int64_t{35}}});
        if (i % 100000 == 0)
            (*t)->flush();
    }
    (*t)->stop();
    return 0;
}

int exportRows(const fs::path &spool, const fs::path &file)
{
    std::ofstream out(file, std::ios::binary);
    auto enc = makeEncoder(Format::ClickHouse, EncoderOptions{1, 1 << 30, "lane", "lane"});
    for (const auto &seg : listSegments(spool)) {
        std::uint64_t offset = 0;
        for (;;) {
            auto chunk = readSegment(spool / seg.file, offset, 100000, 16 << 20, true);
            if (!chunk || chunk->lines.empty())
                break;
            for (const auto &l : chunk->lines)
                if (auto r = parseJsonLine(l)) {
                    (void)enc->add(*r);
                    out << enc->finish();
                }
            offset = chunk->nextOffset;
        }
    }
    return 0;
}

int forward(const fs::path &spool, const char *url, const char *table, bool gzip)
{
    ForwarderConfig f;
    f.spoolDir = spool;
    f.endpoint = QUrl(QString::fromLocal8Bit(url));
    f.format = Format::ClickHouse;
    f.compression = gzip ? Compression::Gzip : Compression::None;
    f.clickhouseTable = table;
    f.pollInterval = 20ms;
    // Batch size: LANE_BATCH_RECORDS (default 5000, the library default) trades RSS for
    // fewer, larger inserts.
    const char *batch = std::getenv("LANE_BATCH_RECORDS");
    f.encoder.maxRecords = batch ? static_cast<std::size_t>(std::atol(batch)) : 5000;
    f.encoder.maxBytes = 8 << 20;
    Forwarder fw(f);
    if (auto st = fw.start(); !st) {
        std::cerr << st.error().message << "\n";
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    while (!fw.idle())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
                       + static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    std::printf("%.3f %.3f %ld %llu\n", static_cast<double>(wall.nsecsElapsed()) / 1e9, cpu,
                ru.ru_maxrss, static_cast<unsigned long long>(fw.stats().recordsSent));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "gen" && argc == 4)
        return generate(argv[2], std::atoi(argv[3]));
    if (mode == "export" && argc == 4)
        return exportRows(argv[2], argv[3]);
    if (mode == "forward" && argc >= 5)
        return forward(argv[2], argv[3], argv[4], !(argc > 5 && std::string(argv[5]) == "none"));
    std::cerr << "usage: bench_telemetry_forward gen <spool> <count> | export <spool> <file> | "
                 "forward <spool> <url> <table> [gzip|none]\n";
    return 2;
}
