#pragma once

#include <QObject>
#include <QString>

#include "devices/display/customerdisplay.h"

namespace lane::devices::display {

/// The customer display as a model for a second window: two lines and a formatted total
/// that the app's QML binds to. No device behind it, so it never fails.
class SecondScreenDisplay final : public QObject, public CustomerDisplay
{
    Q_OBJECT
    Q_PROPERTY(QString line1 READ line1 NOTIFY changed FINAL)
    Q_PROPERTY(QString line2 READ line2 NOTIFY changed FINAL)
    Q_PROPERTY(QString totalLabel READ totalLabel NOTIFY changed FINAL)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed FINAL)
    Q_PROPERTY(qint64 totalMinor READ totalMinor NOTIFY changed FINAL)
public:
    explicit SecondScreenDisplay(QObject *parent = nullptr);

    QString line1() const { return m_line1; }
    QString line2() const { return m_line2; }
    QString totalLabel() const { return m_totalLabel; }
    QString totalText() const { return m_totalText; }
    qint64 totalMinor() const { return m_totalMinor; }

    void showLines(const QString &line1, const QString &line2) override;
    void showTotal(const QString &label, const core::Money &total) override;
    void clearDisplay() override;

Q_SIGNALS:
    void changed();

private:
    QString m_line1;
    QString m_line2;
    QString m_totalLabel;
    QString m_totalText;
    qint64 m_totalMinor = 0;
};

} // namespace lane::devices::display
