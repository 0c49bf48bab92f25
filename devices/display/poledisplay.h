#pragma once

#include <QStringEncoder>

#include "devices/display/customerdisplay.h"
#include "devices/framework/device.h"

namespace lane::devices::display {

/// A 20x2 pole display on a serial line (or sharing the printer's, selected by ESC = 2).
class PoleDisplay final : public Device, public CustomerDisplay
{
    Q_OBJECT
public:
    /// `codePage` is an ICU name ("IBM437", "windows-1252"); unmappable characters print '?'.
    PoleDisplay(QString name, std::unique_ptr<ByteChannel> channel,
                QString codePage = QStringLiteral("IBM437"), QObject *parent = nullptr);

    void showLines(const QString &line1, const QString &line2) override;
    void showTotal(const QString &label, const core::Money &total) override;
    void clearDisplay() override;

protected:
    void onOpened() override;

private:
    void send(const std::string &bytes);
    std::string encode(const QString &text);

    QStringEncoder m_encoder;
};

} // namespace lane::devices::display
