#pragma once

#include "devices/framework/device.h"

namespace lane::devices::test {

/// A channel whose open can be made to fail and whose peer can "unplug".
class FakeChannel final : public ByteChannel
{
public:
    int failOpens = 0;
    int opens = 0;
    bool open_ = false;
    QByteArray written;

    core::Status open() override
    {
        ++opens;
        if (failOpens > 0) {
            --failOpens;
            return core::makeError("device.not_found", "fake: not there");
        }
        open_ = true;
        return {};
    }
    void close() override { open_ = false; }
    bool isOpen() const override { return open_; }
    core::Status write(const QByteArray &data) override
    {
        written += data;
        return {};
    }
    QString description() const override { return QStringLiteral("fake:0"); }
    void unplug()
    {
        open_ = false;
        Q_EMIT connectionLost(QStringLiteral("unplugged"));
    }
    void deliver(const QByteArray &data) { Q_EMIT dataReceived(data); }
};

/// The smallest adapter: records what the lifecycle asked of it.
class FakeDevice final : public Device
{
public:
    explicit FakeDevice(QString name, FakeChannel **channelOut = nullptr)
        : Device(std::move(name), QStringLiteral("fake"))
    {
        auto channel = std::make_unique<FakeChannel>();
        if (channelOut)
            *channelOut = channel.get();
        setChannel(std::move(channel));
    }
    QByteArray received;
    int enables = 0;
    int disables = 0;
    void raise(DeviceErrorCode code) { fail(code, QStringLiteral("test")); }
    void recover() { clearError(); }

protected:
    void onData(const QByteArray &data) override { received += data; }
    void doEnable(bool enabled) override { enabled ? ++enables : ++disables; }
};

} // namespace lane::devices::test
