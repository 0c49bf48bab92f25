#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

#include "core/base/clock.h"
#include "core/base/result.h"
#include "telemetry/encoders.h"
#include "telemetry/httppolicy.h"

class QNetworkAccessManager;
class QTimer;

namespace lane::telemetry {

struct ForwarderConfig
{
    std::filesystem::path spoolDir;
    std::filesystem::path stateDir; ///< checkpoints, rejected/, lock; default spoolDir/../forwarder
    std::filesystem::path archiveDir; ///< shipped segments, zstd; empty: delete after shipping
    int archiveDays = 90;
    std::uint64_t archiveBudgetBytes = 1024ull * 1024 * 1024;

    QUrl endpoint; ///< full URL, e.g. https://otel.example/v1/logs
    Format format = Format::Otlp;
    Compression compression = Compression::Gzip;
    QList<QPair<QByteArray, QByteArray>> headers; ///< e.g. DD-API-KEY
    std::string clickhouseTable = "lane_events";  ///< Format::ClickHouse only
    EncoderOptions encoder;

    std::chrono::milliseconds liveBatchDelay{500}; ///< wait this long to fill a live batch
    std::chrono::milliseconds pollInterval{200};
    std::chrono::milliseconds backoffMin{500};
    std::chrono::milliseconds backoffMax{60'000};
    std::chrono::milliseconds retryAfterMax{3'600'000};
    std::chrono::milliseconds requestTimeout{30'000};

    /// SHA-256 of the server certificate's SubjectPublicKeyInfo (DER), base64. When not
    /// empty, a TLS peer must match one of them in addition to normal verification.
    QList<QByteArray> pinnedSpkiSha256;
    /// PEM file of the certificate authorities to trust for the receiver, instead of the
    /// system's (a private CA, or a receiver's own self-signed certificate). Empty: system.
    std::filesystem::path caFile;
#ifndef NDEBUG
    bool insecureSkipTlsVerifyDebugOnly = false; ///< exists in debug builds only
#endif
    core::EventSink *reporter = nullptr; ///< receives telemetry.rejected and the like
    const core::Clock *clock = nullptr;
};

/// Counters since start(), for status and tests.
struct ForwarderStats
{
    std::uint64_t recordsSent = 0;
    std::uint64_t batchesSent = 0;
    std::uint64_t bytesSent = 0; ///< compressed request bodies
    std::uint64_t retries = 0;
    std::uint64_t rejectedBatches = 0;
    std::uint64_t rejectedRecords = 0;
    std::uint64_t tornLines = 0;
    std::uint64_t badLines = 0;
    std::uint64_t archivedSegments = 0;
    std::string lastError; ///< the last failed attempt, e.g. "HTTP 503" or a TLS error
};

class ForwarderLane;

/// Ships spool segments to one receiver, at least once: a live lane per priority stream
/// follows the newest segment so fresh events (a recovery) go out within a second, while a
/// backlog lane drains older segments oldest first. Each lane records its checkpoint
/// durably only after a 2xx. Runs on the Qt event loop of the thread that owns it.
class Forwarder : public QObject
{
    Q_OBJECT
public:
    explicit Forwarder(ForwarderConfig config, QObject *parent = nullptr);
    ~Forwarder() override;

    /// Takes the state directory lock (one forwarder per spool) and starts polling.
    core::Status start();
    /// Stops at once: requests in flight are aborted and sent again by the next forwarder.
    void stop();
    /// Stops taking new batches, lets the requests in flight finish (an acknowledged batch
    /// moves its checkpoint as usual), then releases the spool and emits drained(): the next
    /// forwarder on the same spool, to any receiver, starts exactly after the last batch
    /// this one delivered. Requests still open after `timeout` are aborted (sent again by
    /// the next forwarder, so a receiver that had taken one sees it twice).
    void drain(std::chrono::milliseconds timeout);
    bool draining() const { return m_draining; }

    ForwarderStats stats() const { return m_stats; }
    /// True when every lane is caught up with the spool and nothing is in flight.
    bool idle() const;
    /// Sends whatever is pending now, without waiting for a batch to fill.
    void setFlushing(bool on) { m_flushing = on; }
    const ForwarderConfig &config() const { return m_config; }

Q_SIGNALS:
    void batchDelivered(quint64 records);
    /// After drain(): nothing is in flight and the spool lock is released.
    void drained();

private:
    friend class ForwarderLane;
    QUrl requestUrl() const;
    void report(core::Severity severity, std::string name, std::string message,
                std::vector<core::EventAttribute> attributes);
    void archiveShipped(const std::string &segment);
    void tick();
    bool inFlight() const;

    ForwarderConfig m_config;
    core::SystemClock m_systemClock;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer *m_timer = nullptr;
    std::vector<std::unique_ptr<ForwarderLane>> m_lanes;
    ForwarderStats m_stats;
    QList<QSslCertificate> m_caCertificates; ///< from config.caFile
    int m_lockFd = -1;
    bool m_flushing = false;
    bool m_draining = false;
    bool m_drained = false;
    std::chrono::steady_clock::time_point m_drainDeadline;
    std::uint64_t m_ticks = 0;
};

/// The state directory a forwarder uses for `spoolDir` when none is configured.
std::filesystem::path defaultStateDir(const std::filesystem::path &spoolDir);

} // namespace lane::telemetry
