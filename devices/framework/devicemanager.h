#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QTimer>

#include "core/base/clock.h"
#include "core/base/events.h"
#include "devices/framework/adapterregistry.h"

namespace lane::devices {

/// Reconnect delays: initial, then times `multiplier` per failed attempt, capped at max.
struct BackoffPolicy
{
    int initialMs = 500;
    int maxMs = 30000;
    int multiplier = 2;

    int delayForAttempt(int attempt) const;
};

/// Owns the lane's devices, built from configuration through the AdapterRegistry. Brings
/// each to enabled, reports every state change and error, reconnects with exponential
/// backoff after an unplug or power loss, and tells telemetry through the EventSink:
/// "device.error" when an outage starts and "device.recovered" (with outage_ms) when it ends.
class DeviceManager : public QObject
{
    Q_OBJECT
public:
    DeviceManager(const AdapterRegistry &registry, core::EventSink &events,
                  const core::Clock &clock, QObject *parent = nullptr);
    ~DeviceManager() override;

    /// Creates every configured device; nothing is created if one config is invalid.
    [[nodiscard]] core::Status configure(const std::vector<DeviceConfig> &configs);
    /// Adds a device built elsewhere (tests, the app's second-screen display).
    void addDevice(std::unique_ptr<Device> device, DeviceConfig config);
    /// Opens, claims and enables every device; those that fail are retried with backoff.
    void start();
    /// Disables and closes everything, stops retrying.
    void stop();

    void setBackoff(BackoffPolicy policy) { m_backoff = policy; }
    Device *device(const QString &name) const;
    template<typename T>
    T *deviceAs(const QString &name) const
    {
        return qobject_cast<T *>(device(name));
    }
    QList<Device *> devices() const;
    int failedAttempts(const QString &name) const;
    bool inOutage(const QString &name) const;

Q_SIGNALS:
    void deviceStateChanged(const QString &name, lane::devices::DeviceState state);
    void deviceError(const QString &name, const lane::devices::DeviceError &error);
    void deviceRecovered(const QString &name, qint64 outageMs);

private:
    struct Entry;
    Entry *entryFor(Device *device) const;
    void bringUp(Entry &entry);
    void onError(Entry &entry, const DeviceError &error);
    void onStateChanged(Entry &entry, DeviceState state);
    void beginOutage(Entry &entry, const DeviceError &error);
    void scheduleReconnect(Entry &entry);
    void attemptReconnect(Entry &entry);

    const AdapterRegistry &m_registry;
    core::EventSink &m_events;
    const core::Clock &m_clock;
    BackoffPolicy m_backoff;
    std::vector<std::unique_ptr<Entry>> m_entries;
    bool m_running = false;
};

} // namespace lane::devices
