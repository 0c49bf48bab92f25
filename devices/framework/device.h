#pragma once

#include <memory>

#include <QObject>
#include <QVariant>

#include "core/base/result.h"
#include "devices/framework/bytechannel.h"
#include "devices/framework/deviceerror.h"

namespace lane::devices {

enum class DeviceState { Closed, Idle, Busy, Error };
QString stateName(DeviceState state);

/// One peripheral with the UnifiedPOS lifecycle: open -> claim -> enable, and back with
/// disable -> release -> close. Adapters (printer, scanner, scale, drawer, display, and
/// later payment terminals) derive from it and add typed signals next to the generic ones.
class Device : public QObject
{
    Q_OBJECT
public:
    Device(QString name, QString kind, QObject *parent = nullptr);
    ~Device() override;

    QString name() const { return m_name; }
    QString kind() const { return m_kind; }
    DeviceState state() const { return m_state; }
    bool isOpen() const { return m_state != DeviceState::Closed; }
    bool isClaimed() const { return m_claimed; }
    bool isEnabled() const { return m_enabled; }
    DeviceError lastError() const { return m_lastError; }
    ByteChannel *channel() const { return m_channel.get(); }

    [[nodiscard]] core::Status open();
    [[nodiscard]] core::Status claim();
    [[nodiscard]] core::Status enable();
    void disable();
    void release();
    void close();
    /// Closes the transport and opens it again, restoring claim and enable; used by the
    /// DeviceManager after an unplug. Fails like open() does.
    [[nodiscard]] core::Status reconnect();

Q_SIGNALS:
    void stateChanged(lane::devices::DeviceState state);
    void dataEvent(const QVariant &data);
    void errorEvent(const lane::devices::DeviceError &error);
    void statusEvent(const QString &code, const QString &message);
    void outputComplete(const QString &jobId);

protected:
    /// Takes ownership of the transport; its data goes to onData, its loss to an error.
    void setChannel(std::unique_ptr<ByteChannel> channel);
    virtual core::Status doOpen();
    virtual void doClose();
    virtual core::Status doClaim() { return {}; }
    virtual void doRelease() {}
    virtual void doEnable(bool enabled) { Q_UNUSED(enabled); }
    virtual void onData(const QByteArray &data) { Q_UNUSED(data); }
    /// Called after a successful (re)open, before the state turns Idle.
    virtual void onOpened() {}
    /// Called when the device fails, before errorEvent: abort jobs, stop timers.
    virtual void onFailure(const DeviceError &error) { Q_UNUSED(error); }

    void setState(DeviceState state);
    /// Reports an error: emits errorEvent and moves to Error.
    void fail(DeviceErrorCode code, const QString &detail);
    /// Leaves the Error state once the cause is gone (paper loaded, weight readable).
    void clearError();
    core::Error makeDeviceError(DeviceErrorCode code, const QString &detail) const;
    core::Status requireEnabled() const;

private:
    QString m_name;
    QString m_kind;
    DeviceState m_state = DeviceState::Closed;
    bool m_claimed = false;
    bool m_enabled = false;
    DeviceError m_lastError;
    std::unique_ptr<ByteChannel> m_channel;
};

} // namespace lane::devices

Q_DECLARE_METATYPE(lane::devices::DeviceState)
