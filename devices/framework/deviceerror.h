#pragma once

#include <QMetaType>
#include <QString>

namespace lane::devices {

/// Machine-readable device error codes; each has a stable name and a message for people.
enum class DeviceErrorCode {
    None,
    NotOpen,
    NotClaimed,
    Disabled,
    Busy,
    NotFound,
    Disconnected,
    Io,
    Timeout,
    Protocol,
    Config,
    Unsupported,
    PaperEnd,
    CoverOpen,
    Offline,
    CutterError,
    PrinterFault,
    AlreadyPrinted,
    ScaleUnstable,
    ScaleOverload,
    ScaleUnderload,
};

/// "device.timeout", "printer.paper_end", ...
QString errorCodeName(DeviceErrorCode code);
/// What the cashier reads.
QString errorCodeMessage(DeviceErrorCode code);
/// True for errors a reconnect can fix (unplug, power loss, I/O failure, device absent).
bool needsReconnect(DeviceErrorCode code);

/// An error a device reported: code plus the detail of what happened where.
struct DeviceError
{
    DeviceErrorCode code = DeviceErrorCode::None;
    QString detail;

    QString name() const { return errorCodeName(code); }
    QString message() const;
};

} // namespace lane::devices

Q_DECLARE_METATYPE(lane::devices::DeviceError)
