#include "devices/framework/devicemanager.h"

#include <algorithm>
#include <chrono>

#include "devices/framework/logging.h"

namespace lane::devices {

int BackoffPolicy::delayForAttempt(int attempt) const
{
    long long delay = initialMs;
    for (int i = 0; i < attempt && delay < maxMs; ++i)
        delay *= std::max(1, multiplier);
    return int(std::min<long long>(delay, maxMs));
}

struct DeviceManager::Entry
{
    DeviceConfig config;
    std::unique_ptr<Device> device;
    QTimer timer;
    int attempts = 0;
    std::optional<core::TimePoint> outageStart;
    DeviceError outageError;
};

DeviceManager::DeviceManager(const AdapterRegistry &registry, core::EventSink &events,
                             const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_events(events)
    , m_clock(clock)
{}

DeviceManager::~DeviceManager()
{
    stop();
}

core::Status DeviceManager::configure(const std::vector<DeviceConfig> &configs)
{
    std::vector<std::pair<std::unique_ptr<Device>, DeviceConfig>> built;
    for (const auto &config : configs) {
        if (device(QString::fromStdString(config.name))
            || std::any_of(built.begin(), built.end(),
                           [&](const auto &b) { return b.second.name == config.name; }))
            return core::makeError("device.config", "device name '" + config.name + "' used twice");
        auto created = m_registry.create(config);
        if (!created)
            return created.error();
        built.emplace_back(std::move(created.value()), config);
    }
    for (auto &[dev, config] : built)
        addDevice(std::move(dev), config);
    return {};
}

void DeviceManager::addDevice(std::unique_ptr<Device> device, DeviceConfig config)
{
    auto entry = std::make_unique<Entry>();
    entry->config = std::move(config);
    entry->device = std::move(device);
    entry->timer.setSingleShot(true);
    Entry *raw = entry.get();
    connect(&raw->timer, &QTimer::timeout, this, [this, raw] { attemptReconnect(*raw); });
    connect(raw->device.get(), &Device::errorEvent, this,
            [this, raw](const DeviceError &error) { onError(*raw, error); });
    connect(raw->device.get(), &Device::stateChanged, this,
            [this, raw](DeviceState state) { onStateChanged(*raw, state); });
    m_entries.push_back(std::move(entry));
    if (m_running)
        bringUp(*raw);
}

void DeviceManager::start()
{
    m_running = true;
    for (auto &entry : m_entries)
        bringUp(*entry);
}

void DeviceManager::stop()
{
    m_running = false;
    for (auto &entry : m_entries) {
        entry->timer.stop();
        entry->device->close();
    }
}

void DeviceManager::bringUp(Entry &entry)
{
    Device &dev = *entry.device;
    core::Status status = dev.open();
    if (status)
        status = dev.claim();
    if (status && entry.config.boolOption("enable", true))
        status = dev.enable();
    if (!status) {
        const DeviceError error{DeviceErrorCode::NotFound,
                                QString::fromStdString(status.error().message)};
        Q_EMIT deviceError(dev.name(), error);
        beginOutage(entry, error);
        scheduleReconnect(entry);
    }
}

Device *DeviceManager::device(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry->device->name() == name)
            return entry->device.get();
    }
    return nullptr;
}

QList<Device *> DeviceManager::devices() const
{
    QList<Device *> list;
    for (const auto &entry : m_entries)
        list.append(entry->device.get());
    return list;
}

int DeviceManager::failedAttempts(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry->device->name() == name)
            return entry->attempts;
    }
    return 0;
}

bool DeviceManager::inOutage(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry->device->name() == name)
            return entry->outageStart.has_value();
    }
    return false;
}

void DeviceManager::beginOutage(Entry &entry, const DeviceError &error)
{
    if (entry.outageStart)
        return; // one device.error per outage; retries are logged, not re-reported
    entry.outageStart = m_clock.now();
    entry.outageError = error;
    const Device &dev = *entry.device;
    m_events.emit(core::Severity::Error, "device.error", error.message().toStdString(),
                  {{"device", dev.name().toStdString()},
                   {"kind", dev.kind().toStdString()},
                   {"adapter", entry.config.adapter},
                   {"code", error.name().toStdString()}});
}

void DeviceManager::onError(Entry &entry, const DeviceError &error)
{
    Q_EMIT deviceError(entry.device->name(), error);
    beginOutage(entry, error);
    if (m_running && needsReconnect(error.code))
        scheduleReconnect(entry);
}

void DeviceManager::onStateChanged(Entry &entry, DeviceState state)
{
    Q_EMIT deviceStateChanged(entry.device->name(), state);
    if ((state != DeviceState::Idle && state != DeviceState::Busy) || !entry.outageStart)
        return;
    const auto outage
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.now() - *entry.outageStart)
              .count();
    const Device &dev = *entry.device;
    m_events.emit(core::Severity::Info, "device.recovered",
                  (dev.name() + QStringLiteral(" is working again")).toStdString(),
                  {{"device", dev.name().toStdString()},
                   {"kind", dev.kind().toStdString()},
                   {"adapter", entry.config.adapter},
                   {"code", entry.outageError.name().toStdString()},
                   {"outage_ms", std::int64_t(outage)}});
    entry.outageStart.reset();
    entry.attempts = 0;
    entry.timer.stop();
    Q_EMIT deviceRecovered(dev.name(), outage);
}

void DeviceManager::scheduleReconnect(Entry &entry)
{
    if (entry.timer.isActive() || !m_running)
        return;
    const int delay = m_backoff.delayForAttempt(entry.attempts);
    log()->info("{}: reconnect attempt {} in {} ms", entry.device->name().toStdString(),
                entry.attempts + 1, delay);
    entry.timer.start(delay);
}

void DeviceManager::attemptReconnect(Entry &entry)
{
    Device &dev = *entry.device;
    core::Status status;
    if (dev.state() == DeviceState::Closed) {
        status = dev.open();
        if (status)
            status = dev.claim();
        if (status && entry.config.boolOption("enable", true))
            status = dev.enable();
    } else {
        status = dev.reconnect();
    }
    if (status)
        return; // the state change to Idle reports the recovery
    ++entry.attempts;
    log()->info("{}: reconnect failed: {}", dev.name().toStdString(), status.error().message);
    scheduleReconnect(entry);
}

} // namespace lane::devices
