#include "app/lane/forwarderswitch.h"

#include "app/lane/loglevels.h"
#include "telemetry/configmapping.h"
#include "telemetry/forwarder.h"

namespace lane::app {

ForwarderSwitch::ForwarderSwitch(telemetry::Forwarder *current, core::EventSink *reporter,
                                 QObject *owner, QObject *parent)
    : QObject(parent)
    , m_current(current)
    , m_reporter(reporter)
    , m_owner(owner)
{}

core::Status ForwarderSwitch::switchTo(const core::LaneConfig &config)
{
    if (!config.telemetry.endpoint.empty()) {
        // Checked before anything stops: a bad setting keeps the running forwarder.
        if (auto mapped = telemetry::forwarderConfigFor(config); !mapped.ok()) {
            return mapped.error();
        }
    }
    m_next = config;
    if (m_switching) {
        return {}; // the old forwarder is still draining; the newest settings win
    }
    if (!m_current) {
        startNext();
        return {};
    }
    m_switching = true;
    connect(m_current, &telemetry::Forwarder::drained, this, &ForwarderSwitch::onDrained,
            Qt::SingleShotConnection);
    m_current->drain(m_drainTimeout);
    return {};
}

void ForwarderSwitch::onDrained()
{
    telemetry::Forwarder *old = m_current;
    m_current = nullptr;
    Q_EMIT forwarderChanged(nullptr);
    old->deleteLater();
    m_switching = false;
    startNext();
}

void ForwarderSwitch::startNext()
{
    const core::LaneConfig config = std::move(*m_next);
    m_next.reset();
    const auto log = laneLogger("lane.config");
    if (config.telemetry.endpoint.empty()) {
        log->info("telemetry: spool only (no endpoint)");
        Q_EMIT forwarderChanged(nullptr);
        Q_EMIT switched(QStringLiteral("telemetry: spool only"));
        return;
    }
    auto mapped = telemetry::forwarderConfigFor(config);
    core::Status started = mapped.ok() ? core::Status{} : core::Status{mapped.error()};
    telemetry::Forwarder *forwarder = nullptr;
    if (started.ok()) {
        telemetry::ForwarderConfig settings = std::move(mapped).value();
        settings.reporter = m_reporter;
        if (m_tune) {
            m_tune(settings);
        }
        forwarder = new telemetry::Forwarder(std::move(settings), m_owner);
        started = forwarder->start();
    }
    if (!started.ok()) {
        delete forwarder;
        // The spool keeps every record; a later reload or a restart ships them.
        log->error("telemetry forwarder: {}; records stay in the spool", started.error().message);
        Q_EMIT forwarderChanged(nullptr);
        Q_EMIT switched(QStringLiteral("telemetry forwarder: %1")
                            .arg(QString::fromStdString(started.error().message)));
        return;
    }
    m_current = forwarder;
    log->info("telemetry: shipping to {} ({})", config.telemetry.endpoint, config.telemetry.format);
    Q_EMIT forwarderChanged(forwarder);
    Q_EMIT switched(QStringLiteral("telemetry: shipping to %1")
                        .arg(QString::fromStdString(config.telemetry.endpoint)));
}

} // namespace lane::app
