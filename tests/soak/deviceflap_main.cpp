// A soak helper process: a simulated scale and scanner behind ptys, run by the DeviceManager,
// unplugged and replugged at random for as long as it runs. After every replug the device
// must come back (device.recovered) and work again: the scale reports the weight set on the
// simulator, the scanner delivers a scan. The soak script samples this process's memory and
// file descriptors while it churns. Exits 0 after the given seconds if every outage ended,
// 1 otherwise; prints "unplugs N recovered N scans N weights N" on stdout.
//   lane_soak_devices <seconds> [seed]
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

#include "devices/adapters/standardadapters.h"
#include "devices/framework/devicemanager.h"
#include "devices/scale/scale.h"
#include "devices/scanner/barcodescanner.h"
#include "devices/sim/scalesimulator.h"
#include "devices/sim/serialsimulators.h"

using namespace lane::devices;

namespace {

/// Counts device.error and device.recovered per device.
class CountingSink final : public lane::core::EventSink
{
public:
    void emit(lane::core::Severity, std::string_view name, std::string_view,
              std::vector<lane::core::EventAttribute> attributes) override
    {
        std::string device;
        for (const auto &a : attributes) {
            if (a.key == "device") {
                if (const auto *s = std::get_if<std::string>(&a.value)) {
                    device = *s;
                }
            }
        }
        ++counts[std::string(name) + ":" + device];
    }
    std::map<std::string, int> counts;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <seconds> [seed]\n", argv[0]);
        return 2;
    }
    const int seconds = std::atoi(argv[1]);
    std::mt19937 rng(argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 1U);

    CountingSink sink;
    lane::core::SystemClock clock;
    AdapterRegistry registry;
    DeviceManager manager{registry, sink, clock};
    AdapterContext context{clock, sink, [&](const QString &name) {
                               return manager.device(name);
                           }};
    registerSimulatorAdapters(registry, context);
    manager.setBackoff({10, 200, 2});
    if (auto s
        = manager.configure({{"scanner", "sim-scanner", "", {}},
                             {"scale",
                              "sim-scale",
                              "",
                              {{"protocol", "toledo"}, {"poll_ms", "20"}, {"timeout_ms", "200"}}}});
        !s) {
        std::fprintf(stderr, "configure: %s\n", s.error().message.c_str());
        return 1;
    }
    manager.start();
    auto *scale = manager.deviceAs<scale::Scale>(QStringLiteral("scale"));
    auto *scanner = manager.deviceAs<scanner::BarcodeScanner>(QStringLiteral("scanner"));
    auto *scaleSim = scale->findChild<sim::ScaleSimulator *>();
    auto *scannerSim = scanner->findChild<sim::ScannerSimulator *>();
    if (!scaleSim || !scannerSim) {
        std::fprintf(stderr, "simulators not found\n");
        return 1;
    }

    int unplugs = 0;
    int scans = 0;
    int weights = 0;
    int failures = 0;
    std::int64_t grams = 100;
    QObject::connect(scanner, &scanner::BarcodeScanner::scanned, [&] { ++scans; });

    // One cycle: check both devices work, unplug one, replug it after a random outage.
    QTimer cycle;
    cycle.setSingleShot(true);
    std::function<void()> step = [&] {
        const bool scaleUp = scale->isEnabled();
        const bool scannerUp = scanner->isEnabled();
        if (scaleUp) {
            auto w = scale->saleWeight();
            if (w.ok() && *w == grams) {
                ++weights;
            }
        }
        if (scannerUp) {
            scannerSim->scan("]E08801234567893");
        }
        grams = 100 + static_cast<std::int64_t>(rng() % 5000);
        scaleSim->setWeight(grams, true);
        PtyPort &port = rng() % 2 ? scaleSim->port() : scannerSim->port();
        if (port.isPlugged() && (&port == &scaleSim->port() ? scaleUp : scannerUp)) {
            port.unplug();
            ++unplugs;
            QTimer::singleShot(50 + static_cast<int>(rng() % 400), [&port, &failures] {
                if (!port.replug().ok()) {
                    ++failures;
                }
            });
        }
        cycle.start(400 + static_cast<int>(rng() % 600));
    };
    QObject::connect(&cycle, &QTimer::timeout, step);
    cycle.start(300);

    QTimer::singleShot(seconds * 1000, [&] {
        cycle.stop();
        // Both plugged again: give the manager time to reconnect, then leave.
        if (!scaleSim->port().isPlugged() && !scaleSim->port().replug().ok()) {
            ++failures;
        }
        if (!scannerSim->port().isPlugged() && !scannerSim->port().replug().ok()) {
            ++failures;
        }
        QTimer::singleShot(1500, [&] { app.quit(); });
    });
    app.exec();

    int errors = 0;
    int recovered = 0;
    for (const auto &[key, n] : sink.counts) {
        if (key.rfind("device.error:", 0) == 0) {
            errors += n;
        } else if (key.rfind("device.recovered:", 0) == 0) {
            recovered += n;
        }
    }
    const bool up = scale->isEnabled() && scanner->isEnabled();
    std::printf("unplugs %d outages %d recovered %d scans %d weights %d up %d replug_failures %d\n",
                unplugs, errors, recovered, scans, weights, up ? 1 : 0, failures);
    manager.stop();
    return (errors == recovered && up && failures == 0 && unplugs > 0) ? 0 : 1;
}
