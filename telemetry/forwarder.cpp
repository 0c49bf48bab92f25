#include "telemetry/forwarder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QNetworkAccessManager>
#include <QTimer>

#include <spdlog/spdlog.h>

#include "telemetry/archive.h"
#include "telemetry/forwarderlane.h"

namespace lane::telemetry {

namespace fs = std::filesystem;

fs::path defaultStateDir(const fs::path &spoolDir)
{
    return spoolDir.parent_path() / (spoolDir.filename().string() + ".forwarder");
}

Forwarder::Forwarder(ForwarderConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.stateDir.empty())
        m_config.stateDir = defaultStateDir(m_config.spoolDir);
    if (!m_config.clock)
        m_config.clock = &m_systemClock;
    if (m_config.format == Format::ClickHouse) {
        // Rows are flat NDJSON; keep ClickHouse's parts reasonably large.
        m_config.encoder.maxRecords = std::max<std::size_t>(m_config.encoder.maxRecords, 1);
    }
}

Forwarder::~Forwarder()
{
    stop();
}

core::Status Forwarder::start()
{
    for (const auto &dir : {m_config.stateDir, m_config.stateDir / "rejected"})
        if (auto st = createPrivateDirectory(dir); !st)
            return st;
    if (!m_config.archiveDir.empty())
        if (auto st = createPrivateDirectory(m_config.archiveDir); !st)
            spdlog::warn("telemetry forwarder: {}; shipped segments are deleted, not archived",
                         st.error().message); // archiving is best effort (see archiveShipped)
    const auto lockPath = m_config.stateDir / "forwarder.lock";
    m_lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        if (m_lockFd >= 0)
            ::close(m_lockFd);
        m_lockFd = -1;
        return core::makeError("telemetry.forwarder_busy",
                               "another forwarder holds " + lockPath.string());
    }
    if (!m_config.endpoint.isValid() || m_config.endpoint.scheme().isEmpty())
        return core::makeError("telemetry.endpoint",
                               "forwarder endpoint is not a valid URL: '"
                                   + m_config.endpoint.toString().toStdString() + "'");
    if (!m_config.caFile.empty()) {
        m_caCertificates
            = QSslCertificate::fromPath(QString::fromStdString(m_config.caFile), QSsl::Pem,
                                        QSslCertificate::PatternSyntax::FixedString);
        if (m_caCertificates.isEmpty())
            return core::makeError("telemetry.ca_file", "no PEM certificate could be read from "
                                                            + m_config.caFile.string());
    }
    m_nam = new QNetworkAccessManager(this);
    m_lanes.push_back(std::make_unique<ForwarderLane>(*this, LaneKind::LiveHigh));
    m_lanes.push_back(std::make_unique<ForwarderLane>(*this, LaneKind::LiveLow));
    m_lanes.push_back(std::make_unique<ForwarderLane>(*this, LaneKind::Backlog));
    m_timer = new QTimer(this);
    m_timer->setInterval(static_cast<int>(m_config.pollInterval.count()));
    connect(m_timer, &QTimer::timeout, this, &Forwarder::tick);
    m_timer->start();
    QTimer::singleShot(0, this, &Forwarder::tick);
    return {};
}

void Forwarder::stop()
{
    if (m_timer)
        m_timer->stop();
    m_lanes.clear(); // aborts requests in flight; their batches are resent after restart
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

void Forwarder::drain(std::chrono::milliseconds timeout)
{
    if (m_draining)
        return;
    m_draining = true;
    m_drainDeadline = std::chrono::steady_clock::now() + timeout;
    if (m_timer)
        m_timer->setInterval(20); // notice the last reply soon; nothing new is sent
    QTimer::singleShot(0, this, &Forwarder::tick);
}

bool Forwarder::inFlight() const
{
    for (const auto &lane : m_lanes)
        if (lane->inFlight())
            return true;
    return false;
}

bool Forwarder::idle() const
{
    for (const auto &lane : m_lanes)
        if (!lane->idle())
            return false;
    return !m_lanes.empty();
}

QUrl Forwarder::requestUrl() const
{
    if (m_config.format != Format::ClickHouse || m_config.endpoint.hasQuery())
        return m_config.endpoint;
    QUrl url = m_config.endpoint;
    url.setQuery(QStringLiteral("query=INSERT%20INTO%20")
                 + QString::fromStdString(m_config.clickhouseTable)
                 + QStringLiteral("%20FORMAT%20JSONEachRow&input_format_skip_unknown_fields=1"));
    return url;
}

void Forwarder::report(core::Severity severity, std::string name, std::string message,
                       std::vector<core::EventAttribute> attributes)
{
    if (m_config.reporter)
        m_config.reporter->emit(severity, name, message, std::move(attributes));
    else
        spdlog::warn("telemetry forwarder: {}: {}", name, message);
}

void Forwarder::archiveShipped(const std::string &segment)
{
    const auto path = m_config.spoolDir / segment;
    std::error_code ec;
    if (m_config.archiveDir.empty()) {
        fs::remove(path, ec);
    } else if (auto st = archiveSegment(path, m_config.archiveDir); !st) {
        spdlog::warn("telemetry forwarder: {}", st.error().message);
        fs::remove(path, ec); // shipped already: never let the spool fill with sent data
    } else {
        ++m_stats.archivedSegments;
        pruneArchive(m_config.archiveDir, m_config.archiveDays, m_config.archiveBudgetBytes,
                     m_config.clock->now());
    }
    fs::remove(m_config.stateDir / ("handoff-" + segment), ec);
}

void Forwarder::tick()
{
    if (m_draining) {
        if (m_drained || (inFlight() && std::chrono::steady_clock::now() < m_drainDeadline))
            return;
        if (inFlight())
            spdlog::warn("telemetry forwarder: a request still open after the drain timeout "
                         "is aborted; the next forwarder sends its batch again");
        m_drained = true;
        stop(); // parts built but not sent are dropped: their checkpoint never moved
        Q_EMIT drained();
        return;
    }
    ++m_ticks;
    std::error_code ec;
    const bool requested = fs::exists(m_config.stateDir / "flush-request", ec);
    const bool saved = m_flushing;
    m_flushing = m_flushing || requested;
    const auto segments = listSegments(m_config.spoolDir);
    for (auto &lane : m_lanes)
        lane->poll(segments);
    m_flushing = saved;
}

} // namespace lane::telemetry
