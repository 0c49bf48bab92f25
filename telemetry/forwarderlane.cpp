#include "telemetry/forwarderlane.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>

#include <spdlog/spdlog.h>

#include "telemetry/forwarder.h"

namespace lane::telemetry {

namespace fs = std::filesystem;

ForwarderLane::ForwarderLane(Forwarder &owner, LaneKind kind)
    : m_fw(owner)
    , m_kind(kind)
    , m_backoff(owner.m_config.backoffMin, owner.m_config.backoffMax)
{
    m_cpPath = m_fw.m_config.stateDir / (name() + ".ckpt");
    if (auto cp = readCheckpoint(m_cpPath))
        m_cp = *cp;
}

ForwarderLane::~ForwarderLane()
{
    if (m_reply) {
        m_reply->disconnect();
        m_reply->abort();
        m_reply->deleteLater();
    }
}

std::string ForwarderLane::name() const
{
    switch (m_kind) {
    case LaneKind::LiveHigh:
        return "live-hi";
    case LaneKind::LiveLow:
        return "live-lo";
    case LaneKind::Backlog:
        return "backlog";
    }
    return "lane";
}

std::uint64_t ForwarderLane::nowMs() const
{
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                          m_fw.m_config.clock->now().time_since_epoch())
                                          .count());
}

bool ForwarderLane::idle() const
{
    return m_caughtUp && !m_reply && m_parts.empty();
}

void ForwarderLane::persist()
{
    if (auto st = writeCheckpoint(m_cpPath, m_cp); !st)
        spdlog::error("telemetry forwarder: {}", st.error().message);
}

bool ForwarderLane::selectSegment(const std::vector<SegmentName> &segments, bool &closed)
{
    const SegmentName *newestHi = nullptr;
    const SegmentName *newestLo = nullptr;
    for (const auto &s : segments)
        (s.priority == Priority::High ? newestHi : newestLo) = &s;

    if (m_kind != LaneKind::Backlog) {
        const SegmentName *newest = m_kind == LaneKind::LiveHigh ? newestHi : newestLo;
        if (!newest)
            return false;
        if (m_cp.segment != newest->file) {
            // The writer moved on: what is left of the old segment goes to the backlog lane,
            // so a long-offline lane never makes fresh events wait behind old ones.
            if (!m_cp.segment.empty() && fs::exists(m_fw.m_config.spoolDir / m_cp.segment)) {
                const auto handoff = m_fw.m_config.stateDir / ("handoff-" + m_cp.segment);
                if (auto st = writeFileDurably(handoff, std::to_string(m_cp.offset) + "\n"); !st)
                    spdlog::error("telemetry forwarder: {}", st.error().message);
            }
            m_cp = Checkpoint{newest->file, 0};
            persist();
        }
        closed = false;
        return true;
    }

    std::vector<std::string> held;
    for (const auto &lane : m_fw.m_lanes)
        if (lane.get() != this && !lane->checkpoint().segment.empty())
            held.push_back(lane->checkpoint().segment);
    for (const auto &s : segments) {
        if (&s == newestHi || &s == newestLo)
            continue;
        if (std::find(held.begin(), held.end(), s.file) != held.end())
            continue;
        if (m_cp.segment != s.file) {
            std::uint64_t start = 0;
            if (auto text = readSmallFile(m_fw.m_config.stateDir / ("handoff-" + s.file)))
                start = std::strtoull(text->c_str(), nullptr, 10);
            m_cp = Checkpoint{s.file, start};
        }
        closed = true;
        return true;
    }
    return false;
}

void ForwarderLane::poll(const std::vector<SegmentName> &segments)
{
    if (m_reply || nowMs() < m_retryAtMs)
        return;
    if (!m_parts.empty()) {
        send();
        return;
    }
    bool closed = false;
    if (!selectSegment(segments, closed)) {
        m_caughtUp = true;
        return;
    }
    const auto &cfg = m_fw.m_config;
    auto chunk = read(m_cp.offset, cfg.encoder.maxRecords, closed);
    if (!chunk) {
        // Evicted for space or archived meanwhile: the next poll picks the next segment.
        m_caughtUp = false;
        if (m_kind == LaneKind::Backlog)
            m_cp = Checkpoint{};
        return;
    }
    if (chunk->lines.empty()) {
        if (chunk->nextOffset > m_cp.offset) {
            m_cp.offset = chunk->nextOffset;
            persist();
        }
        if (m_kind == LaneKind::Backlog && chunk->atEnd) {
            m_fw.archiveShipped(m_cp.segment);
            m_cp = Checkpoint{};
            m_caughtUp = false;
            QTimer::singleShot(0, &m_fw, [fw = &m_fw] { fw->tick(); });
            return;
        }
        m_caughtUp = chunk->atEnd;
        m_pendingSinceMs = 0;
        return;
    }
    m_caughtUp = false;
    // Live lanes wait a little to fill a batch; a full batch (or more than one read's worth)
    // or a flush goes at once.
    const bool full = chunk->lines.size() >= cfg.encoder.maxRecords || !chunk->atEnd;
    if (m_kind != LaneKind::Backlog && !full && !m_fw.m_flushing) {
        const auto now = nowMs();
        if (m_pendingSinceMs == 0)
            m_pendingSinceMs = now;
        if (now - m_pendingSinceMs < static_cast<std::uint64_t>(cfg.liveBatchDelay.count()))
            return;
    }
    m_pendingSinceMs = 0;
    if (buildParts(*chunk, closed))
        send();
}

core::Result<ReadChunk> ForwarderLane::read(std::uint64_t offset, std::size_t maxLines, bool closed)
{
    // A batch is read in slices and compressed as it is encoded: the forwarder holds at
    // most one slice of spool lines and one slice of uncompressed body at a time.
    constexpr std::size_t kSliceLines = 1000;
    constexpr std::size_t kSliceBytes = 256 * 1024;
    const auto &cfg = m_fw.m_config;
    auto chunk = readSegment(cfg.spoolDir / m_cp.segment, offset, std::min(maxLines, kSliceLines),
                             std::min(cfg.encoder.maxBytes, kSliceBytes), closed);
    if (chunk && chunk->tornLines > 0) {
        m_fw.m_stats.tornLines += chunk->tornLines;
        spdlog::warn("telemetry forwarder: skipped {} torn line(s) ({} bytes) in {}",
                     chunk->tornLines, chunk->tornBytes, m_cp.segment);
    }
    return chunk;
}

std::string ForwarderLane::encodePart(const Part &part) const
{
    auto enc = makeEncoder(m_fw.m_config.format, m_fw.m_config.encoder);
    const auto path = m_fw.m_config.spoolDir / part.segment;
    auto chunk = readSegment(path, part.start, SIZE_MAX, part.endOffset - part.start + 1, false);
    if (chunk)
        for (std::size_t i = 0; i < chunk->lines.size(); ++i) {
            if (chunk->endOffsets[i] > part.endOffset)
                break;
            if (auto r = parseJsonLine(chunk->lines[i]))
                (void)enc->add(*r); // these lines fitted one batch once
        }
    return enc->finish();
}

bool ForwarderLane::buildParts(ReadChunk &chunk, bool closed)
{
    constexpr std::size_t kCompressEvery = 64 * 1024;
    const auto &cfg = m_fw.m_config;
    auto enc = makeEncoder(cfg.format, cfg.encoder);
    StreamCompressor zip(cfg.compression);
    std::string ready;
    Part p;
    p.segment = m_cp.segment;
    p.start = m_cp.offset;
    std::uint64_t endOffset = m_cp.offset;
    for (;;) {
        bool allTaken = true;
        for (std::size_t i = 0; i < chunk.lines.size(); ++i) {
            auto r = parseJsonLine(chunk.lines[i]);
            if (!r) {
                ++m_fw.m_stats.badLines;
                spdlog::warn("telemetry forwarder: {} in {} ending at offset {}", r.error().message,
                             m_cp.segment, chunk.endOffsets[i]);
                endOffset = chunk.endOffsets[i];
                continue;
            }
            if (!enc->add(*r)) {
                allTaken = false;
                break;
            }
            p.ends.push_back(chunk.endOffsets[i]);
            endOffset = chunk.endOffsets[i];
            enc->takeReady(ready);
            if (ready.size() >= kCompressEvery) {
                if (auto st = zip.write(ready); !st) {
                    spdlog::error("telemetry forwarder: {}", st.error().message);
                    return false;
                }
                ready.clear();
            }
        }
        if (allTaken)
            endOffset = std::max(endOffset, chunk.nextOffset); // includes a skipped torn tail
        if (!allTaken || chunk.atEnd || enc->count() >= cfg.encoder.maxRecords)
            break;
        auto next = read(chunk.nextOffset, cfg.encoder.maxRecords - enc->count(), closed);
        if (!next)
            break;
        chunk = std::move(*next);
    }
    chunk.lines.clear();
    chunk.lines.shrink_to_fit();
    if (p.ends.empty()) {
        // Only unreadable lines: step over them.
        if (endOffset > m_cp.offset) {
            m_cp.offset = endOffset;
            persist();
        }
        return false;
    }
    p.endOffset = endOffset;
    enc->takeReady(ready);
    ready += enc->finish();
    auto st = zip.write(ready);
    ready = std::string();
    auto wire = st ? zip.finish() : core::Result<std::string>(st.error());
    if (!wire) {
        spdlog::error("telemetry forwarder: {}", wire.error().message);
        return false;
    }
    p.wire = std::move(*wire);
    m_parts.push_back(std::move(p));
    return true;
}

void ForwarderLane::send()
{
    auto &part = m_parts.front();
    const auto &cfg = m_fw.m_config;
    if (part.wire.empty()) {
        auto wire = compress(cfg.compression, encodePart(part));
        if (!wire) {
            spdlog::error("telemetry forwarder: {}", wire.error().message);
            return;
        }
        part.wire = std::move(*wire);
    }
    QNetworkRequest req(m_fw.requestUrl());
    auto enc = makeEncoder(cfg.format, cfg.encoder);
    req.setHeader(QNetworkRequest::ContentTypeHeader,
                  QByteArray::fromStdString(std::string(enc->contentType())));
    if (cfg.compression != Compression::None)
        req.setRawHeader("Content-Encoding",
                         QByteArray::fromStdString(std::string(contentEncoding(cfg.compression))));
    for (const auto &h : cfg.headers)
        req.setRawHeader(h.first, h.second);
    req.setTransferTimeout(static_cast<int>(cfg.requestTimeout.count()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_fw.m_caCertificates.isEmpty())
        tls.setCaCertificates(m_fw.m_caCertificates);
#ifndef NDEBUG
    if (cfg.insecureSkipTlsVerifyDebugOnly)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
#endif
    req.setSslConfiguration(tls);

    // No copy: the part (and its wire bytes) lives until this reply has finished or the
    // lane aborts it in its destructor.
    QNetworkReply *reply = m_fw.m_nam->post(
        req, QByteArray::fromRawData(part.wire.data(), static_cast<qsizetype>(part.wire.size())));
    m_reply = reply;
    auto pinFailed = std::make_shared<bool>(false);
    if (!cfg.pinnedSpkiSha256.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::encrypted, reply, [reply, pinFailed, &cfg] {
            const auto cert = reply->sslConfiguration().peerCertificate();
            const auto spki
                = QCryptographicHash::hash(cert.publicKey().toDer(), QCryptographicHash::Sha256)
                      .toBase64();
            if (!cfg.pinnedSpkiSha256.contains(spki)) {
                *pinFailed = true;
                spdlog::error("telemetry forwarder: TLS public key pin mismatch ({})",
                              spki.toStdString());
                reply->abort();
            }
        });
    }
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [this, reply, pinFailed] { onFinished(reply, *pinFailed); });
}

void ForwarderLane::acknowledge(const Part &part)
{
    m_cp.offset = std::max(m_cp.offset, part.endOffset);
    persist();
}

void ForwarderLane::setAside(const Part &part, int status, const std::string &replyText)
{
    const auto &cfg = m_fw.m_config;
    const std::string stem = m_cp.segment + "-" + std::to_string(part.endOffset) + "-" + name();
    const auto dir = cfg.stateDir / "rejected";
    (void)writeFileDurably(dir / (stem + ".body"), encodePart(part));
    (void)writeFileDurably(dir / (stem + ".reply"),
                           "status " + std::to_string(status) + "\n" + replyText);
    ++m_fw.m_stats.rejectedBatches;
    m_fw.m_stats.rejectedRecords += part.records();
    m_fw.m_stats.lastError
        = "HTTP " + std::to_string(status) + " (refused for good): " + replyText.substr(0, 200);
    m_fw.report(core::Severity::Error, "telemetry.rejected",
                "receiver refused a batch permanently; set aside in " + (dir / stem).string(),
                {{"status", static_cast<std::int64_t>(status)},
                 {"records", static_cast<std::int64_t>(part.records())},
                 {"segment", m_cp.segment},
                 {"reply", replyText.substr(0, 512)}});
    acknowledge(part);
}

void ForwarderLane::onFinished(QNetworkReply *reply, bool pinFailed)
{
    reply->deleteLater();
    m_reply = nullptr;
    const auto &cfg = m_fw.m_config;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = pinFailed || !statusAttr.isValid() ? 0 : statusAttr.toInt();
    const QByteArray body = reply->readAll();
    const std::string bodyText = body.left(64 * 1024).toStdString();
    ReplyClass cls = classifyReply(status);
    if (cfg.format == Format::ClickHouse && status >= 500 && isClickHouseInputError(bodyText))
        cls = ReplyClass::Permanent;
    Part &part = m_parts.front();

    if (cls == ReplyClass::TooLarge && part.records() > 1) {
        const auto half = static_cast<std::ptrdiff_t>(part.records() / 2);
        Part a, b;
        a.segment = b.segment = part.segment;
        a.ends.assign(part.ends.begin(), part.ends.begin() + half);
        b.ends.assign(part.ends.begin() + half, part.ends.end());
        a.start = part.start;
        a.endOffset = a.ends.back();
        b.start = a.endOffset;
        b.endOffset = part.endOffset;
        m_parts.pop_front();
        m_parts.push_front(std::move(b)); // wire left empty: encoded when sent
        m_parts.push_front(std::move(a));
        spdlog::info("telemetry forwarder: 413 from receiver, split batch in two");
        QTimer::singleShot(0, &m_fw, [fw = &m_fw] { fw->tick(); });
        return;
    }
    if (cls == ReplyClass::TooLarge)
        cls = ReplyClass::Permanent;

    switch (cls) {
    case ReplyClass::Success: {
        m_backoff.reset();
        ++m_fw.m_stats.batchesSent;
        m_fw.m_stats.recordsSent += part.records();
        m_fw.m_stats.bytesSent += part.wire.size();
        if (cfg.format == Format::Otlp) {
            if (auto ps = parseOtlpPartialSuccess(bodyText))
                m_fw.report(core::Severity::Warn, "telemetry.partial_success",
                            "receiver accepted a batch partly: " + ps->message,
                            {{"rejected", ps->rejected}, {"segment", m_cp.segment}});
        }
        const auto n = part.records();
        acknowledge(part);
        m_parts.pop_front();
        Q_EMIT m_fw.batchDelivered(n);
        QTimer::singleShot(0, &m_fw, [fw = &m_fw] { fw->tick(); });
        return;
    }
    case ReplyClass::Permanent:
        m_backoff.reset();
        setAside(part, status, bodyText);
        m_parts.pop_front();
        QTimer::singleShot(0, &m_fw, [fw = &m_fw] { fw->tick(); });
        return;
    case ReplyClass::Retryable:
    case ReplyClass::TooLarge:
        break;
    }
    ++m_fw.m_stats.retries;
    auto delay = m_backoff.next();
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    if (!retryAfter.isEmpty()) {
        if (auto ra = parseRetryAfter(retryAfter.toStdString(), cfg.clock->now()))
            delay = std::min(std::max(*ra, std::chrono::milliseconds(0)), cfg.retryAfterMax);
    }
    m_retryAtMs = nowMs() + static_cast<std::uint64_t>(delay.count());
    m_fw.m_stats.lastError = pinFailed ? "TLS public key pin mismatch"
                             : status > 0
                                 ? "HTTP " + std::to_string(status) + ": " + bodyText.substr(0, 200)
                                 : reply->errorString().toStdString();
    spdlog::warn("telemetry forwarder: {} lane: {} (HTTP {}), retry in {} ms", name(),
                 m_fw.m_stats.lastError, status, delay.count());
}

} // namespace lane::telemetry
