#include "devices/framework/device.h"

#include "devices/framework/logging.h"

namespace lane::devices {

QString stateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Closed:
        return QStringLiteral("closed");
    case DeviceState::Idle:
        return QStringLiteral("idle");
    case DeviceState::Busy:
        return QStringLiteral("busy");
    case DeviceState::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

Device::Device(QString name, QString kind, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_kind(std::move(kind))
{
    qRegisterMetaType<lane::devices::DeviceError>();
    qRegisterMetaType<lane::devices::DeviceState>();
}

Device::~Device()
{
    if (m_channel)
        m_channel->disconnect(this);
}

void Device::setChannel(std::unique_ptr<ByteChannel> channel)
{
    if (m_channel)
        m_channel->disconnect(this);
    m_channel = std::move(channel);
    if (!m_channel)
        return;
    connect(m_channel.get(), &ByteChannel::dataReceived, this, [this](const QByteArray &data) {
        if (m_state != DeviceState::Closed)
            onData(data);
    });
    connect(m_channel.get(), &ByteChannel::connectionLost, this, [this](const QString &reason) {
        if (m_state != DeviceState::Closed)
            fail(DeviceErrorCode::Disconnected, m_channel->description() + ": " + reason);
    });
}

core::Error Device::makeDeviceError(DeviceErrorCode code, const QString &detail) const
{
    const DeviceError error{code, detail};
    return core::makeError(error.name().toStdString(),
                           (m_name + QStringLiteral(": ") + error.message()).toStdString());
}

core::Status Device::requireEnabled() const
{
    if (m_state == DeviceState::Closed)
        return makeDeviceError(DeviceErrorCode::NotOpen, {});
    if (!m_claimed)
        return makeDeviceError(DeviceErrorCode::NotClaimed, {});
    if (!m_enabled)
        return makeDeviceError(DeviceErrorCode::Disabled, {});
    return {};
}

core::Status Device::doOpen()
{
    return m_channel ? m_channel->open() : core::Status{};
}

void Device::doClose()
{
    if (m_channel)
        m_channel->close();
}

core::Status Device::open()
{
    if (m_state != DeviceState::Closed)
        return {};
    if (auto status = doOpen(); !status) {
        doClose();
        m_lastError = DeviceError{DeviceErrorCode::NotFound,
                                  QString::fromStdString(status.error().message)};
        return makeDeviceError(DeviceErrorCode::NotFound,
                               QString::fromStdString(status.error().message));
    }
    onOpened();
    setState(DeviceState::Idle);
    return {};
}

core::Status Device::claim()
{
    if (m_state == DeviceState::Closed)
        return makeDeviceError(DeviceErrorCode::NotOpen, {});
    if (m_claimed)
        return {};
    if (auto status = doClaim(); !status)
        return status;
    m_claimed = true;
    return {};
}

core::Status Device::enable()
{
    if (m_state == DeviceState::Closed)
        return makeDeviceError(DeviceErrorCode::NotOpen, {});
    if (!m_claimed)
        return makeDeviceError(DeviceErrorCode::NotClaimed, {});
    if (!m_enabled) {
        m_enabled = true;
        doEnable(true);
    }
    return {};
}

void Device::disable()
{
    if (m_enabled) {
        m_enabled = false;
        doEnable(false);
    }
}

void Device::release()
{
    disable();
    if (m_claimed) {
        m_claimed = false;
        doRelease();
    }
}

void Device::close()
{
    release();
    if (m_state == DeviceState::Closed)
        return;
    doClose();
    setState(DeviceState::Closed);
}

core::Status Device::reconnect()
{
    doClose();
    if (auto status = doOpen(); !status) {
        doClose();
        return makeDeviceError(DeviceErrorCode::NotFound,
                               QString::fromStdString(status.error().message));
    }
    if (m_claimed) {
        if (auto status = doClaim(); !status) {
            doClose();
            return status;
        }
    }
    if (m_enabled)
        doEnable(true);
    onOpened();
    m_lastError = {};
    setState(DeviceState::Idle);
    return {};
}

void Device::setState(DeviceState state)
{
    if (m_state == state)
        return;
    m_state = state;
    log()->debug("{} {} -> {}", m_kind.toStdString(), m_name.toStdString(),
                 stateName(state).toStdString());
    Q_EMIT stateChanged(state);
}

void Device::fail(DeviceErrorCode code, const QString &detail)
{
    m_lastError = DeviceError{code, detail};
    log()->warn("{} {}: {} {}", m_kind.toStdString(), m_name.toStdString(),
                m_lastError.name().toStdString(), m_lastError.message().toStdString());
    onFailure(m_lastError);
    setState(DeviceState::Error);
    Q_EMIT errorEvent(m_lastError);
}

void Device::clearError()
{
    if (m_state == DeviceState::Error) {
        m_lastError = {};
        setState(DeviceState::Idle);
    }
}

} // namespace lane::devices
