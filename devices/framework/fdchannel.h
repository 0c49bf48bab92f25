#pragma once

#include <QSocketNotifier>

#include "devices/framework/bytechannel.h"

namespace lane::devices {

/// A character device read through its file descriptor: Linux evdev (keyboard-wedge
/// scanners, grabbed with EVIOCGRAB so keys never reach the desktop) and hidraw (HID POS
/// scanners, one report per read). Tests adopt one end of a socketpair instead.
class FdChannel final : public ByteChannel
{
    Q_OBJECT
public:
    enum class Kind { Evdev, Hidraw, Raw };

    /// Opens `path` on open(); Evdev asks for an exclusive grab.
    FdChannel(QString path, Kind kind, QObject *parent = nullptr);
    /// Uses an already open descriptor (taken over, closed by the channel); cannot reopen.
    static std::unique_ptr<FdChannel> adopt(int fd, Kind kind, QString label);
    ~FdChannel() override;

    core::Status open() override;
    void close() override;
    bool isOpen() const override { return m_fd >= 0; }
    core::Status write(const QByteArray &data) override;
    QString description() const override;
    bool grabbed() const { return m_grabbed; }

private:
    void readReady();
    core::Status start();

    QString m_path;
    Kind m_kind;
    int m_fd = -1;
    int m_adoptedFd = -1;
    bool m_adopted = false;
    bool m_grabbed = false;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace lane::devices
