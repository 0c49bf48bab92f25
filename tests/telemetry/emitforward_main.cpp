// A test helper process: emits events through Telemetry and forwards the spool at the same
// time, so tests can SIGKILL it at any point. Exits 0 once everything it wrote is delivered.
//   telemetry_emit_forward <spool-dir> <endpoint-url> <count> <events-per-second> [table]
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"

using namespace lane::telemetry;
using namespace std::chrono_literals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 5) {
        std::fprintf(stderr, "usage: %s <spool> <url> <count> <rate> [table]\n", argv[0]);
        return 2;
    }
    TelemetryConfig tc;
    tc.resource = {"S0123", "02", "S0123-02", "0.1.0", "pos", "S0123-02"};
    tc.spool.dir = argv[1];
    tc.spool.segmentMaxBytes = 64 * 1024;
    tc.ringFile = defaultRingFile(tc.spool.dir); // a kill loses nothing emit() accepted
    tc.heartbeatInterval = 3600s;
    tc.summaryInterval = 3600s;
    auto telemetry = Telemetry::create(tc);
    if (!telemetry) {
        std::fprintf(stderr, "%s\n", telemetry.error().message.c_str());
        return 1;
    }
    ForwarderConfig fc;
    fc.spoolDir = argv[1];
    fc.archiveDir = std::filesystem::path(argv[1]).parent_path() / "archive";
    fc.endpoint = QUrl(QString::fromLocal8Bit(argv[2]));
    fc.format = Format::ClickHouse;
    fc.compression = Compression::Gzip; // ClickHouse 18.16 refuses zstd request bodies
    fc.liveBatchDelay = 100ms;
    fc.pollInterval = 20ms;
    fc.backoffMin = 50ms;
    fc.backoffMax = 500ms;
    fc.encoder.maxRecords = 300;
    if (argc > 5)
        fc.clickhouseTable = argv[5];
    fc.reporter = telemetry->get();
    Forwarder fw(fc);
    if (auto st = fw.start(); !st) {
        std::fprintf(stderr, "%s\n", st.error().message.c_str());
        return 1;
    }
    const int count = std::atoi(argv[3]);
    const int rate = std::max(1, std::atoi(argv[4]));
    int sent = 0;
    QTimer emitter;
    emitter.setInterval(10);
    const int perTick = std::max(1, rate / 100);
    QObject::connect(&emitter, &QTimer::timeout, [&] {
        for (int i = 0; i < perTick && sent < count; ++i, ++sent)
            (*telemetry)
                ->emit(sent % 10 == 0 ? lane::core::Severity::Warn : lane::core::Severity::Info,
                       sent % 10 == 0 ? "payment.approved" : "scan.read",
                       "event " + std::to_string(sent), {{"i", std::int64_t{sent}}});
        if (sent >= count) {
            emitter.stop();
            (*telemetry)->flush();
        }
    });
    emitter.start();
    QTimer done;
    done.setInterval(50);
    QObject::connect(&done, &QTimer::timeout, [&] {
        if (sent >= count && fw.idle())
            app.quit();
    });
    done.start();
    return app.exec();
}
