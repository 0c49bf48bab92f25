#include "devices/framework/deviceerror.h"

namespace lane::devices {

QString errorCodeName(DeviceErrorCode code)
{
    switch (code) {
    case DeviceErrorCode::None:
        return QStringLiteral("device.none");
    case DeviceErrorCode::NotOpen:
        return QStringLiteral("device.not_open");
    case DeviceErrorCode::NotClaimed:
        return QStringLiteral("device.not_claimed");
    case DeviceErrorCode::Disabled:
        return QStringLiteral("device.disabled");
    case DeviceErrorCode::Busy:
        return QStringLiteral("device.busy");
    case DeviceErrorCode::NotFound:
        return QStringLiteral("device.not_found");
    case DeviceErrorCode::Disconnected:
        return QStringLiteral("device.disconnected");
    case DeviceErrorCode::Io:
        return QStringLiteral("device.io");
    case DeviceErrorCode::Timeout:
        return QStringLiteral("device.timeout");
    case DeviceErrorCode::Protocol:
        return QStringLiteral("device.protocol");
    case DeviceErrorCode::Config:
        return QStringLiteral("device.config");
    case DeviceErrorCode::Unsupported:
        return QStringLiteral("device.unsupported");
    case DeviceErrorCode::PaperEnd:
        return QStringLiteral("printer.paper_end");
    case DeviceErrorCode::CoverOpen:
        return QStringLiteral("printer.cover_open");
    case DeviceErrorCode::Offline:
        return QStringLiteral("printer.offline");
    case DeviceErrorCode::CutterError:
        return QStringLiteral("printer.cutter_error");
    case DeviceErrorCode::PrinterFault:
        return QStringLiteral("printer.fault");
    case DeviceErrorCode::AlreadyPrinted:
        return QStringLiteral("printer.already_printed");
    case DeviceErrorCode::ScaleUnstable:
        return QStringLiteral("scale.unstable");
    case DeviceErrorCode::ScaleOverload:
        return QStringLiteral("scale.overload");
    case DeviceErrorCode::ScaleUnderload:
        return QStringLiteral("scale.underload");
    }
    return QStringLiteral("device.unknown");
}

QString errorCodeMessage(DeviceErrorCode code)
{
    switch (code) {
    case DeviceErrorCode::None:
        return QStringLiteral("No error.");
    case DeviceErrorCode::NotOpen:
        return QStringLiteral("The device is not open.");
    case DeviceErrorCode::NotClaimed:
        return QStringLiteral("The device is not claimed by this lane.");
    case DeviceErrorCode::Disabled:
        return QStringLiteral("The device is disabled.");
    case DeviceErrorCode::Busy:
        return QStringLiteral("The device is busy with another job.");
    case DeviceErrorCode::NotFound:
        return QStringLiteral("The device was not found: check the cable and the configuration.");
    case DeviceErrorCode::Disconnected:
        return QStringLiteral("The device was unplugged or lost power.");
    case DeviceErrorCode::Io:
        return QStringLiteral("Reading from or writing to the device failed.");
    case DeviceErrorCode::Timeout:
        return QStringLiteral("The device did not answer in time.");
    case DeviceErrorCode::Protocol:
        return QStringLiteral("The device sent something that could not be understood.");
    case DeviceErrorCode::Config:
        return QStringLiteral("The device configuration is invalid.");
    case DeviceErrorCode::Unsupported:
        return QStringLiteral("The device does not support this.");
    case DeviceErrorCode::PaperEnd:
        return QStringLiteral("The printer is out of paper: load a new roll.");
    case DeviceErrorCode::CoverOpen:
        return QStringLiteral("The printer cover is open: close it.");
    case DeviceErrorCode::Offline:
        return QStringLiteral("The printer is offline.");
    case DeviceErrorCode::CutterError:
        return QStringLiteral("The paper cutter is jammed: open the cover and clear it.");
    case DeviceErrorCode::PrinterFault:
        return QStringLiteral("The printer reports a fault: switch it off and on.");
    case DeviceErrorCode::AlreadyPrinted:
        return QStringLiteral("This receipt was already printed.");
    case DeviceErrorCode::ScaleUnstable:
        return QStringLiteral("The weight is not stable yet.");
    case DeviceErrorCode::ScaleOverload:
        return QStringLiteral("The scale is overloaded: take the item off.");
    case DeviceErrorCode::ScaleUnderload:
        return QStringLiteral("The scale reads below zero: zero it.");
    }
    return QStringLiteral("Unknown device error.");
}

bool needsReconnect(DeviceErrorCode code)
{
    return code == DeviceErrorCode::Disconnected || code == DeviceErrorCode::Io
           || code == DeviceErrorCode::NotFound;
}

QString DeviceError::message() const
{
    const QString base = errorCodeMessage(code);
    return detail.isEmpty() ? base : base + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace lane::devices
