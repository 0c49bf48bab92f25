// Runs card payments against a ZVT terminal (the simulator in another process) with the
// SQLite journal, like a lane would: reconcile first, then sell. The crash test kills it with
// SIGKILL at random points and starts it again.
//
//   zvt_payment_runner --db FILE --port N [--payments N] [--events FILE] [--log FILE]
//                      [--reconcile-only] [--seed N]
#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <random>

#include <QCoreApplication>
#include <QTimer>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

#include "core/payment/paymentservice.h"
#include "core/payment/sqlitepaymentjournal.h"
#include "devices/zvt/zvtterminal.h"
#ifdef LANE_ZVT_HAS_FRAMEWORK
#include "devices/framework/channelfactory.h"
#include "devices/zvt/zvtframeworkchannel.h"
#endif

using namespace lane::core;
using namespace lane::devices::zvt;

namespace {

std::string jsonEscape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out.push_back(c);
        }
    }
    return out;
}

/// NDJSON lines, one write per line, flushed at once so a kill loses nothing written.
class FileEventSink final : public EventSink
{
public:
    explicit FileEventSink(const std::string &path)
        : m_file(path.empty() ? nullptr : std::fopen(path.c_str(), "a"))
    {}
    ~FileEventSink() override
    {
        if (m_file)
            std::fclose(m_file);
    }
    void emit(Severity, std::string_view name, std::string_view message,
              std::vector<EventAttribute> attributes) override
    {
        if (!m_file)
            return;
        // Built by appending only (GCC 12 -O3 warns falsely on "literal" + string).
        std::string line = "{\"event\":\"";
        line.append(jsonEscape(name)).append("\",\"message\":\"").append(jsonEscape(message));
        line.append("\"");
        for (const auto &a : attributes) {
            line.append(",\"").append(jsonEscape(a.key)).append("\":");
            if (auto *s = std::get_if<std::string>(&a.value))
                line.append("\"").append(jsonEscape(*s)).append("\"");
            else if (auto *i = std::get_if<std::int64_t>(&a.value))
                line += std::to_string(*i);
            else
                line += std::get<bool>(a.value) ? "true" : "false";
        }
        line += "}\n";
        std::fwrite(line.data(), 1, line.size(), m_file);
        std::fflush(m_file);
    }

private:
    std::FILE *m_file;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::string db, events, logPath;
    quint16 port = 0;
    int payments = 10;
    bool reconcileOnly = false;
    unsigned seed = std::random_device{}();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&] {
            return i + 1 < argc ? std::string(argv[++i]) : std::string();
        };
        if (a == "--db")
            db = next();
        else if (a == "--port")
            port = static_cast<quint16>(std::stoi(next()));
        else if (a == "--payments")
            payments = std::stoi(next());
        else if (a == "--events")
            events = next();
        else if (a == "--log")
            logPath = next();
        else if (a == "--reconcile-only")
            reconcileOnly = true;
        else if (a == "--seed")
            seed = static_cast<unsigned>(std::stoul(next()));
    }
    if (!logPath.empty()) {
        auto sink = std::make_shared<spdlog::sinks::basic_file_sink_mt>(logPath);
        for (const char *name : {"lane.payment", "lane.zvt", "runner"}) {
            auto logger = std::make_shared<spdlog::logger>(name, sink);
            logger->set_level(spdlog::level::debug);
            logger->flush_on(spdlog::level::debug);
            spdlog::register_logger(logger);
        }
    }
    auto log = spdlog::get("runner") ? spdlog::get("runner")
                                     : std::make_shared<spdlog::logger>("runner");

    sqlite3 *handle = nullptr;
    if (sqlite3_open(db.c_str(), &handle) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", db.c_str());
        return 2;
    }
    sqlite3_exec(handle, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr,
                 nullptr);
    auto journal = SqlitePaymentJournal::open(handle);
    if (!journal) {
        std::fprintf(stderr, "%s\n", journal.error().message.c_str());
        return 2;
    }
    SystemClock clock;
    FileEventSink sink(events);
    TerminalConfig config;
    config.timeouts.t3 = std::chrono::milliseconds(2000);
    config.timeouts.t4 = std::chrono::milliseconds(3000);
    std::unique_ptr<ByteChannel> channel;
#ifdef LANE_ZVT_HAS_FRAMEWORK
    auto fw = lane::devices::makeChannel(lane::devices::DeviceConfig{
        "terminal", "zvt", "tcp:127.0.0.1:" + std::to_string(port), {}});
    if (fw)
        channel = makeFrameworkChannel(std::move(*fw));
#endif
    if (!channel)
        channel = makeTcpChannel("127.0.0.1", port);
    ZvtTerminal terminal(std::move(channel), config, clock);
    PaymentService service(terminal, *journal, clock, sink, PaymentServiceOptions{"S001-P01"});

    std::mt19937 rng(seed);
    std::uniform_int_distribution<std::int64_t> amounts(100, 20000);
    const Currency eur = *Currency::fromCode("EUR");
    int done = 0;
    std::function<void()> next;
    std::function<void()> reconcile = [&] {
        service.reconcile([&](ReconcileReport report) {
            for (const auto &m : report.messages)
                log->info("reconcile: {}", m);
            if (!report.clear) {
                QTimer::singleShot(100, reconcile);
                return;
            }
            if (reconcileOnly)
                QCoreApplication::exit(0);
            else
                QTimer::singleShot(0, next);
        });
    };
    next = [&] {
        if (done >= payments) {
            QCoreApplication::exit(0);
            return;
        }
        const std::string sale = "sale-" + std::to_string(rng() % 1000000);
        auto id = service.startSale(
            CardTender{sale, "t1", Money(amounts(rng), eur)},
            PaymentCallbacks{[&](const PaymentProgress &p) { log->debug("progress: {}", p.text); },
                             [&](const PaymentRecord &r) {
                                 log->info("payment {} {} card {} receipt {}: {}", r.id,
                                           toString(r.state), r.maskedPan, r.receiptNumber,
                                           r.message);
                                 ++done;
                                 QTimer::singleShot(0, isResolved(r.state) ? next : reconcile);
                             }});
        if (!id) {
            log->warn("cannot start: {}", id.error().message);
            QTimer::singleShot(50, reconcile);
        }
    };
    QTimer::singleShot(0, reconcile);
    const int rc = app.exec();
    sqlite3_close(handle);
    return rc;
}
