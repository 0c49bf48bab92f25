#pragma once

#include <set>
#include <string>

#include "fakereceiver.h"
#include "qtapp.h"
#include "telemetry/forwarder.h"
#include "telemetry/telemetry.h"
#include "testutil.h"

namespace lane::telemetry::test {

using namespace std::chrono_literals;
using lane::core::Severity;

/// Remembers what the forwarder reported (telemetry.rejected ...).
class RecordingSink final : public lane::core::EventSink
{
public:
    void emit(Severity, std::string_view name, std::string_view,
              std::vector<lane::core::EventAttribute>) override
    {
        names.emplace_back(name);
    }
    std::vector<std::string> names;
};

/// A telemetry spool (writer pumped by emit()) and the forwarder settings for a loopback
/// receiver, in a fresh directory.
struct Rig
{
    explicit Rig(const std::string &name, std::uint64_t segmentMax = 4 << 20)
        : tmp(name)
    {
        qtApp();
        TelemetryConfig cfg;
        cfg.resource = testResource();
        cfg.spool.dir = tmp.path() / "spool";
        cfg.spool.segmentMaxBytes = segmentMax;
        cfg.writerThread = false;
        cfg.heartbeatInterval = 3600s;
        cfg.summaryInterval = 3600s;
        telemetry = *Telemetry::create(cfg);
    }

    ForwarderConfig forwarderConfig(std::uint16_t port)
    {
        ForwarderConfig f;
        f.spoolDir = tmp.path() / "spool";
        f.archiveDir = tmp.path() / "archive";
        f.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        f.format = Format::ClickHouse;
        f.compression = Compression::Gzip;
        f.liveBatchDelay = 50ms;
        f.pollInterval = 20ms;
        f.backoffMin = 20ms;
        f.backoffMax = 200ms;
        f.encoder.maxRecords = 200;
        f.reporter = &reports;
        return f;
    }

    std::set<Key> emit(int n, const std::string &name = "sale.finalized",
                       Severity sev = Severity::Info)
    {
        for (int i = 0; i < n; ++i)
            telemetry->emit(sev, name, "event " + std::to_string(i), {});
        telemetry->flush();
        return spoolKeys();
    }

    std::set<Key> spoolKeys() const
    {
        std::set<Key> keys;
        for (const auto &r : readSpool(tmp.path() / "spool"))
            keys.insert({r.resource.device, r.boot, r.seq});
        return keys;
    }

    TempDir tmp;
    std::shared_ptr<Telemetry> telemetry;
    RecordingSink reports;
};

inline std::set<Key> unique(const std::multiset<Key> &m)
{
    return {m.begin(), m.end()};
}

} // namespace lane::telemetry::test
