// The lane as a cashier meets it, with a 1,000,000-item catalog and the simulated devices of
// `lane --demo`, offscreen. Figures: docs/benchmarks.md, "App".
//
//   BM_ColdStartToSignOnFrame  starts the real `lane` executable and times from just before
//                              the fork to the READY=1 it sends (ServiceNotifier) once the
//                              first frame of the sign-on screen is swapped.
//   BM_ScanToLinePainted       the same composition root in this process (LaneServices and
//                              Main.qml): one iteration is one scan written by the scanner
//                              simulator into its pty until the first frame swapped whose
//                              scene holds the new basket line in view. Sales of LINES scans
//                              are paid in cash; after the last one, rss_mb is the resident
//                              size of the process.
//
// Environment: LANE_BENCH_DIR (store directory, built on first use and reused: about 1 GB and
// a minute or two), LANE_BENCH_ITEMS (1000000), LANE_BENCH_SALES (500), LANE_BENCH_LINES
// (10), LANE_BENCH_STARTS (10), LANE_BENCH_LANE (the lane executable),
// LANE_BENCH_FORGET_RECEIPTS (1: the virtual printer drops each receipt after its sale).
#include <benchmark/benchmark.h>

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>

#include <malloc.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "app/lane/devicehub.h"
#include "app/lane/laneservices.h"
#include "bench/store/catalogcsvgen.h"
#include "core/store/catalogio.h"
#include "core/store/store.h"
#include "devices/printer/virtualprinter.h"
#include "devices/sim/serialsimulators.h"

Q_IMPORT_QML_PLUGIN(LanePlugin)

namespace {

using Clock = std::chrono::steady_clock;
using Ms = std::chrono::duration<double, std::milli>;

long envInt(const char *name, long fallback)
{
    bool ok = false;
    const long value = qEnvironmentVariable(name).toLong(&ok);
    return ok && value > 0 ? value : fallback;
}

QString benchDir()
{
    const QString dir = qEnvironmentVariable("LANE_BENCH_DIR");
    return dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/lane-bench-app") : dir;
}

/// The store `lane --demo --data-dir DIR` opens: the demo store as the lane creates it
/// (identity S0001-01, KRW, demo users), its catalog replaced by the synthetic one.
bool prepareStore(const QString &dir, long items)
{
    const std::string db = (dir + QStringLiteral("/lane.db")).toStdString();
    if (QFile::exists(QString::fromStdString(db))) {
        return true;
    }
    QDir().mkpath(dir);
    std::fprintf(stderr, "bench_app: building a %ld-item store in %s\n", items, qPrintable(dir));
    {
        lane::app::LaneOptions options;
        options.demo = true;
        options.dataDir = dir;
        lane::app::LaneServices services(options);
        const QStringList problems = services.build();
        if (!services.store()) {
            std::fprintf(stderr, "bench_app: %s\n", qPrintable(problems.join(u"; ")));
            return false;
        }
    }
    const std::string csv = (dir + QStringLiteral("/catalog.csv")).toStdString();
    {
        std::ofstream out(csv, std::ios::binary | std::ios::trunc);
        lane::bench::writeSyntheticCatalog(out, items);
    }
    lane::core::SystemClock clock;
    auto store = lane::core::Store::open(db, clock);
    if (!store) {
        std::fprintf(stderr, "bench_app: %s\n", store.error().message.c_str());
        return false;
    }
    const auto krw = *lane::core::Currency::fromCode("KRW");
    auto imported = lane::core::importCatalogCsv((*store)->database(), csv, krw);
    QFile::remove(QString::fromStdString(csv));
    if (!imported) {
        std::fprintf(stderr, "bench_app: %s\n", imported.error().message.c_str());
        return false;
    }
    return (*store)->maintenance(true).ok();
}

/// The first cashier of the demo users (resources/demo/users.csv: id,name,role,pin).
std::pair<QString, QString> demoCashier()
{
    QFile file(QStringLiteral(":/lane/demo/users.csv"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            const QList<QByteArray> fields = line.trimmed().split(',');
            if (fields.size() >= 4 && fields[2] == "cashier") {
                return {QString::fromUtf8(fields[0]), QString::fromUtf8(fields[3])};
            }
        }
    }
    return {QStringLiteral("1001"), QStringLiteral("1234")}; // before the users file existed
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

void addPercentiles(benchmark::State &state, const char *prefix, const std::vector<double> &ms)
{
    const std::string p(prefix);
    state.counters[p + "p50_ms"] = percentile(ms, 0.50);
    state.counters[p + "p99_ms"] = percentile(ms, 0.99);
    state.counters[p + "max_ms"] = percentile(ms, 1.0);
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
        }
    }
    return 0;
}

/// Resident kilobytes by mapping (file, [heap], [anon]...), largest first: where the size is.
std::vector<std::pair<QByteArray, long>> residentByMapping()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    std::map<QByteArray, long> byName;
    if (!smaps.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray current = "[anon]";
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 5 && fields[0].contains('-') && !line.endsWith(':')) {
            current = fields.size() >= 6 ? fields[5] : QByteArray("[anon]");
        } else if (line.startsWith("Rss:") && fields.size() >= 2) {
            byName[current] += fields[1].toLong();
        }
    }
    std::vector<std::pair<QByteArray, long>> sorted(byName.begin(), byName.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    return sorted;
}

/// A service manager's notification socket: what `lane` sends when it is ready.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
        : m_path(path.toLocal8Bit())
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", m_path.constData());
        ::unlink(m_path.constData());
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~NotifySocket()
    {
        ::close(m_fd);
        ::unlink(m_path.constData());
    }
    bool bound() const { return m_bound; }
    const QByteArray &path() const { return m_path; }

    /// Waits up to `timeoutMs` for a datagram holding `needle`.
    bool waitFor(const QByteArray &needle, int timeoutMs)
    {
        const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
        while (Clock::now() < deadline) {
            pollfd fd{m_fd, POLLIN, 0};
            const auto left
                = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
            if (::poll(&fd, 1, int(std::max<long long>(left.count(), 1))) <= 0) {
                continue;
            }
            char buffer[4096];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0 && QByteArray(buffer, int(n)).split('\n').contains(needle)) {
                return true;
            }
        }
        return false;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};

void BM_ColdStartToSignOnFrame(benchmark::State &state)
{
    const QString dir = benchDir();
    if (!prepareStore(dir, envInt("LANE_BENCH_ITEMS", 1000000))) {
        state.SkipWithError("cannot build the store");
        return;
    }
    QTemporaryDir runtime;
    NotifySocket socket(runtime.filePath(QStringLiteral("notify")));
    if (!socket.bound()) {
        state.SkipWithError("cannot bind the notification socket");
        return;
    }
    const QString lane
        = qEnvironmentVariable("LANE_BENCH_LANE", QStringLiteral(LANE_BINARY_DIR "/app/lane/lane"));
    std::vector<double> ms;
    for (auto _ : state) {
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOTIFY_SOCKET"), QString::fromLocal8Bit(socket.path()));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const auto t0 = Clock::now();
        process.start(lane, {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir});
        if (!socket.waitFor("READY=1", 60000)) {
            process.kill();
            process.waitForFinished();
            state.SkipWithError("lane sent no READY=1 within 60 s");
            return;
        }
        const Ms elapsed = Clock::now() - t0;
        state.SetIterationTime(elapsed.count() / 1000.0);
        ms.push_back(elapsed.count());
        process.terminate();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
        }
    }
    addPercentiles(state, "", ms);
}

/// Watches the basket view for the first swapped frame that holds the newest line in view.
class FrameProbe
{
public:
    FrameProbe(QQuickWindow *window, QQuickItem *view)
        : m_view(view)
    {
        // Before synchronizing, the GUI thread is blocked (threaded loop) or is the render
        // thread (basic and software loops): the items can be read safely either way.
        m_sync = QObject::connect(
            window, &QQuickWindow::beforeSynchronizing, view,
            [this] {
                if (m_armed.load() && newestLineInView()) {
                    m_inScene.store(true);
                }
            },
            Qt::DirectConnection);
        m_swap = QObject::connect(
            window, &QQuickWindow::frameSwapped, view,
            [this] {
                if (m_armed.load() && m_inScene.load()) {
                    m_swapped = Clock::now();
                    m_armed.store(false);
                    m_done.store(true);
                }
            },
            Qt::DirectConnection);
    }
    ~FrameProbe()
    {
        QObject::disconnect(m_sync);
        QObject::disconnect(m_swap);
    }
    FrameProbe(const FrameProbe &) = delete;
    FrameProbe &operator=(const FrameProbe &) = delete;

    void arm(int expectedCount)
    {
        m_expected = expectedCount;
        m_inScene.store(false);
        m_done.store(false);
        m_armed.store(true);
    }
    bool done() const { return m_done.load(); }
    Clock::time_point swappedAt() const { return m_swapped; }

private:
    bool newestLineInView() const
    {
        if (m_view->property("count").toInt() != m_expected) {
            return false;
        }
        QQuickItem *line = nullptr;
        QMetaObject::invokeMethod(m_view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, line),
                                  Q_ARG(int, m_expected - 1));
        if (!line || !line->isVisible()) {
            return false;
        }
        const double top = m_view->property("contentY").toDouble();
        const double bottom = top + m_view->height();
        return line->y() >= top - 0.5 && line->y() + line->height() <= bottom + 0.5;
    }

    QQuickItem *m_view;
    QMetaObject::Connection m_sync;
    QMetaObject::Connection m_swap;
    int m_expected = 0;
    std::atomic<bool> m_armed{false};
    std::atomic<bool> m_inScene{false};
    std::atomic<bool> m_done{false};
    Clock::time_point m_swapped;
};

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name) {
        return root;
    }
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name)) {
            return found;
        }
    }
    return nullptr;
}

/// Runs an event loop until `condition` holds, as the lane's own exec() does: a nested loop
/// (not processEvents) so deferred deletions happen too, the QML delegates of the previous
/// sale included; without them the resident size grew by about 0.6 MB a sale.
template<typename F>
bool spinUntil(F condition, int timeoutMs)
{
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(1);
    loop.exec();
    return condition();
}

void BM_ScanToLinePainted(benchmark::State &state)
{
    namespace dev = lane::devices;
    using namespace lane::app;
    const QString dir = benchDir();
    const long items = envInt("LANE_BENCH_ITEMS", 1000000);
    const long linesPerSale = envInt("LANE_BENCH_LINES", 10);
    if (!prepareStore(dir, items)) {
        state.SkipWithError("cannot build the store");
        return;
    }
    LaneOptions options;
    options.demo = true;
    options.dataDir = dir;
    options.language = QStringLiteral("ko");
    LaneServices services(options);
    if (const QStringList problems = services.build(); !problems.isEmpty()) {
        state.SkipWithError(problems.join(QLatin1String("; ")).toStdString().c_str());
        return;
    }
    QQmlApplicationEngine engine;
    if (!services.load(engine) || !services.window()) {
        state.SkipWithError("Main.qml did not load");
        return;
    }
    QQuickWindow *window = services.window();
    window->resize(1024, 768);
    window->show();
    auto &manager = services.deviceHub()->manager();
    if (!spinUntil(
            [&] {
                const auto all = manager.devices();
                return std::all_of(all.begin(), all.end(),
                                   [](dev::Device *d) { return d->isEnabled(); });
            },
            10000)) {
        state.SkipWithError("the simulated devices did not come up");
        return;
    }
    auto *scanner
        = manager.device(QStringLiteral("scanner"))->findChild<dev::sim::ScannerSimulator *>();
    auto *printer
        = manager.device(QStringLiteral("printer"))->findChild<dev::printer::VirtualPrinter *>();
    SaleViewModel *sale = services.sale();
    if (!scanner || !services.session()->signOn(demoCashier().first, demoCashier().second)) {
        state.SkipWithError("no scanner simulator, or sign-on failed");
        return;
    }
    if (sale->basket()->count() > 0 && sale->startTender()) {
        sale->payExactCash(); // a basket an earlier run left open
        sale->drawerClosed();
    }
    QQuickItem *view = nullptr;
    spinUntil([&] { return (view = findItem(window->contentItem(), "basketView")) != nullptr; },
              5000);
    if (!view) {
        state.SkipWithError("no basket view on the sale screen");
        return;
    }
    FrameProbe probe(window, view);

    // Where the time goes: the basket model changes after lookup, pricing and the basket
    // persisted (fsync); the scanner's bytes are fully handled when dataReceived returns.
    Clock::time_point modelAt;
    Clock::time_point handledAt;
    auto *basket = sale->basket();
    const auto modelHook = QObject::connect(basket, &QAbstractItemModel::modelReset, view,
                                            [&] { modelAt = Clock::now(); });
    const auto handledHook = QObject::connect(manager.device(QStringLiteral("scanner"))->channel(),
                                              &dev::ByteChannel::dataReceived, view,
                                              [&] { handledAt = Clock::now(); });

    std::mt19937_64 random(20261122);
    std::uniform_int_distribution<long> pick(0, items - 1);
    std::vector<double> total, toModel, toHandled, toFrame;
    long sales = 0;
    // The virtual printer keeps every receipt it printed (tests read them); a real one does
    // not. LANE_BENCH_FORGET_RECEIPTS=1 clears it after each sale, to tell its share apart.
    const bool forgetReceipts = qEnvironmentVariableIntValue("LANE_BENCH_FORGET_RECEIPTS") == 1;
    // LANE_BENCH_NO_PREVIEW=1 unbinds the receipt previews (image://receipt/N, one picture of
    // each receipt) to tell their share of the resident size apart.
    if (qEnvironmentVariableIntValue("LANE_BENCH_NO_PREVIEW") == 1) {
        for (auto *image :
             window->contentItem()->findChildren<QQuickItem *>(QStringLiteral("receiptImage"))) {
            image->setProperty("source", QUrl());
        }
        for (auto *image : window->findChildren<QQuickItem *>(QStringLiteral("receiptImage"))) {
            image->setProperty("source", QUrl());
        }
    }
    const double rssAtStart = residentMegabytes();
    double rssAfterFirstHundred = 0;
    for (auto _ : state) {
        long i = pick(random);
        if (i % 100 == 0) {
            ++i; // every hundredth item is weighed: it would wait for the scale
        }
        const QByteArray code
            = QByteArray("]E0")
              + QByteArray::fromStdString(lane::bench::syntheticBarcode(i % items));
        // The paid sale stays on screen until the next scan starts a new basket.
        const bool newBasket = sale->state() == QLatin1String("finished");
        const int expected = (newBasket ? 0 : basket->count()) + 1;
        probe.arm(expected);
        const auto t0 = Clock::now();
        modelAt = handledAt = {};
        if (!scanner->scan(code)) {
            state.SkipWithError("the scanner simulator is unplugged");
            return;
        }
        if (!spinUntil([&] { return probe.done(); }, 10000)) {
            state.SkipWithError(("no frame showed line " + std::to_string(expected) + ": "
                                 + sale->message().toStdString())
                                    .c_str());
            return;
        }
        const Ms elapsed = probe.swappedAt() - t0;
        state.SetIterationTime(elapsed.count() / 1000.0);
        total.push_back(elapsed.count());
        toModel.push_back(Ms(modelAt - t0).count());
        toHandled.push_back(Ms(handledAt - t0).count());
        toFrame.push_back(Ms(probe.swappedAt() - handledAt).count());
        if (basket->count() >= linesPerSale) {
            if (!sale->startTender()) {
                state.SkipWithError(("tender refused: " + sale->message().toStdString()).c_str());
                return;
            }
            sale->payExactCash();
            if (sale->state() != QLatin1String("finished")) {
                state.SkipWithError(("not paid: " + sale->message().toStdString()).c_str());
                return;
            }
            sale->drawerClosed();
            if (forgetReceipts && printer) {
                spinUntil([&] { return !printer->receipts().empty(); }, 5000);
                printer->clear();
            }
            if (++sales == 100) {
                rssAfterFirstHundred = residentMegabytes();
            }
        }
    }
    QObject::disconnect(modelHook);
    QObject::disconnect(handledHook);
    addPercentiles(state, "", total);
    addPercentiles(state, "model_", toModel);
    addPercentiles(state, "handled_", toHandled);
    addPercentiles(state, "frame_", toFrame);
    state.counters["sales"] = double(sales);
    state.counters["receipts_held_by_sim_printer"]
        = printer ? double(printer->receipts().size()) : 0.0;
    // Where the resident size comes from: the lane as started (store, QML, devices), what
    // the sales added, how it grows once warm, and what glibc gives back when asked.
    const double rssAtEnd = residentMegabytes();
    state.counters["rss_start_mb"] = rssAtStart;
    state.counters["rss_mb"] = rssAtEnd;
    if (sales > 100 && rssAfterFirstHundred > 0) {
        state.counters["rss_mb_per_100_sales"]
            = (rssAtEnd - rssAfterFirstHundred) * 100.0 / double(sales - 100);
    }
    ::malloc_trim(0);
    state.counters["rss_trimmed_mb"] = residentMegabytes();
    const auto mappings = residentByMapping();
    for (std::size_t i = 0; i < std::min<std::size_t>(mappings.size(), 6); ++i) {
        std::fprintf(stderr, "bench_app: resident %8ld kB  %s\n", mappings[i].second,
                     mappings[i].first.constData());
    }
    const auto *renderer = window->rendererInterface();
    state.SetLabel(renderer && renderer->graphicsApi() == QSGRendererInterface::Software
                       ? "software renderer"
                       : "hardware renderer");
}

} // namespace

BENCHMARK(BM_ColdStartToSignOnFrame)
    ->Iterations(envInt("LANE_BENCH_STARTS", 10))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScanToLinePainted)
    ->Iterations(envInt("LANE_BENCH_SALES", 500) * envInt("LANE_BENCH_LINES", 10))
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // The lane offscreen with the software renderer, as in the end-to-end test (the offscreen
    // platform has no OpenGL); both can be overridden from the environment. The started lanes
    // inherit them.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND")) {
        qputenv("QT_QUICK_BACKEND", "software");
    }
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
