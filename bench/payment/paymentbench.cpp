// POS-side cost of one card authorisation: journal writes, ZVT encoding/decoding, the ECR
// session, result mapping and the telemetry event. The terminal is replaced by canned bytes
// fed back synchronously (no simulator delays, no sockets); the loopback variant adds the
// real Qt adapter, TCP and the simulator with zero delays as an upper bound.
#include <sqlite3.h>

#include <cstring>
#include <filesystem>

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include "core/payment/paymentservice.h"
#include "core/payment/sqlitepaymentjournal.h"
#include "devices/zvt/zvtresult.h"
#include "devices/zvt/zvtsimulator.h"
#include "devices/zvt/zvtterminal.h"

using namespace lane::core;
using namespace lane::devices::zvt;

namespace {

const Currency kEur = *Currency::fromCode("EUR");

Bytes terminalAnswer(std::int64_t amount)
{
    Bytes out;
    auto add = [&](const Apdu &a) {
        const Bytes b = encodeApdu(a);
        out.insert(out.end(), b.begin(), b.end());
    };
    add(command::ack());
    add(Apdu{0x04, 0xFF, {0x0A, 0x00}});
    add(Apdu{0x04, 0xFF, {0x01, 0x00}});
    add(Apdu{0x04, 0xFF, {0x04, 0x00}});
    Apdu s{0x04, 0x0F, {0x27, 0x00, 0x04}};
    const Bytes amt = toBcd(std::uint64_t(amount), 6);
    s.data.insert(s.data.end(), amt.begin(), amt.end());
    const Bytes rest
        = *parseHex("0B 00 00 17 87 00 42 29 52 50 00 01 22 F0 F8 41 11 11 EE EE EE 11 "
                    "11 3B 31 32 33 34 35 36 20 20 8A 0A 8B F0 F4 56 69 73 61");
    s.data.insert(s.data.end(), rest.begin(), rest.end());
    add(s);
    for (const char *line : {"Kartenzahlung", "Betrag EUR 12,50", "Zahlung erfolgt"}) {
        const std::string text = std::string(1, '\0') + line; // attribute byte, then text
        add(Apdu{0x06, 0xD1, Bytes(text.begin(), text.end())});
    }
    add(Apdu{0x06, 0x0F, {}});
    return out;
}

/// A provider that runs the real ECR session against canned terminal bytes, synchronously.
class ReplayProvider final : public PaymentProvider
{
public:
    std::string providerName() const override { return "zvt:bench"; }
    void start(const PaymentRequest &request, ProgressFn progress, DoneFn done) override
    {
        EcrSession session(LinkType::Tcp, Charset::Cp437, Timeouts{});
        const TimePoint now{};
        auto out = session.start(command::authorisation(request.amount.minor(), 978), now);
        benchmark::DoNotOptimize(out.toSend.data());
        const Bytes answer = terminalAnswer(request.amount.minor());
        // Feed in segments as TCP would deliver them.
        std::size_t pos = 0;
        while (pos < answer.size()) {
            const std::size_t n = std::min<std::size_t>(24, answer.size() - pos);
            out = session.feed(std::span(answer).subspan(pos, n), now);
            pos += n;
            if (out.acknowledged)
                progress(PaymentProgress{PaymentStage::Sent, "Sent to the terminal"});
            for (const auto &s : out.progress)
                progress(toProgress(s));
            if (out.result) {
                done(toPaymentResult(*out.result, request, false));
                return;
            }
        }
    }
    void abort() override {}
    void queryLastResult(LastResultFn done) override { done(LastTransaction{}); }
};

class CountingSink final : public EventSink
{
public:
    void emit(Severity, std::string_view, std::string_view, std::vector<EventAttribute> a) override
    {
        count += a.size();
    }
    std::size_t count = 0;
};

void runAuthorisations(benchmark::State &state, PaymentJournal &journal)
{
    ReplayProvider provider;
    SystemClock clock;
    CountingSink sink;
    PaymentService service(provider, journal, clock, sink, PaymentServiceOptions{"B001-P01"});
    std::int64_t approved = 0;
    for (auto _ : state) {
        auto id = service.startSale(CardTender{"sale", "t1", Money(1250, kEur)},
                                    PaymentCallbacks{{}, [&](const PaymentRecord &r) {
                                                         approved
                                                             += r.state == PaymentState::Approved;
                                                     }});
        if (!id)
            state.SkipWithError(id.error().message.c_str());
    }
    if (approved != std::int64_t(state.iterations()))
        state.SkipWithError("not every authorisation was approved");
    state.counters["journal_writes_per_auth"] = 6; // intent, sent, 3 intermediate, result
}

void BM_AuthorisationMemoryJournal(benchmark::State &state)
{
    MemoryPaymentJournal journal;
    runAuthorisations(state, journal);
}
BENCHMARK(BM_AuthorisationMemoryJournal)->Unit(benchmark::kMicrosecond);

void sqliteRun(benchmark::State &state, const char *sync)
{
    const auto path = std::filesystem::temp_directory_path() / "lane-payment-bench.db";
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + "-wal");
    sqlite3 *db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, (std::string("PRAGMA journal_mode=WAL; PRAGMA synchronous=") + sync).c_str(),
                 nullptr, nullptr, nullptr);
    auto journal = SqlitePaymentJournal::open(db);
    runAuthorisations(state, *journal);
    sqlite3_close(db);
    std::filesystem::remove(path);
}

// The production setting: every step is fsynced.
void BM_AuthorisationSqliteFull(benchmark::State &state)
{
    sqliteRun(state, "FULL");
}
BENCHMARK(BM_AuthorisationSqliteFull)->Unit(benchmark::kMicrosecond);

void BM_AuthorisationSqliteNormal(benchmark::State &state)
{
    sqliteRun(state, "NORMAL");
}
BENCHMARK(BM_AuthorisationSqliteNormal)->Unit(benchmark::kMicrosecond);

// Whole path over loopback TCP through the Qt adapter against the simulator with zero
// delays: includes the simulator's own processing and socket round trips (upper bound).
void BM_AuthorisationLoopbackTcp(benchmark::State &state)
{
    SimulatorConfig sc;
    sc.stepDelay = std::chrono::milliseconds(0);
    sc.customerDelay = std::chrono::milliseconds(0);
    sc.hostDelay = std::chrono::milliseconds(0);
    ZvtSimulator sim(sc);
    (void)sim.listenTcp();
    SystemClock clock;
    ZvtTerminal terminal(makeTcpChannel("127.0.0.1", sim.tcpPort()), TerminalConfig{}, clock);
    MemoryPaymentJournal journal;
    CountingSink sink;
    PaymentService service(terminal, journal, clock, sink, PaymentServiceOptions{"B001-P01"});
    for (auto _ : state) {
        bool done = false;
        auto id = service.startSale(CardTender{"sale", "t1", Money(1250, kEur)},
                                    PaymentCallbacks{{}, [&](const PaymentRecord &) {
                                                         done = true;
                                                     }});
        if (!id) {
            state.SkipWithError(id.error().message.c_str());
            break;
        }
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}
BENCHMARK(BM_AuthorisationLoopbackTcp)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
