#include "devices/display/secondscreendisplay.h"

namespace lane::devices::display {

SecondScreenDisplay::SecondScreenDisplay(QObject *parent)
    : QObject(parent)
{}

void SecondScreenDisplay::showLines(const QString &line1, const QString &line2)
{
    if (m_line1 == line1 && m_line2 == line2)
        return;
    m_line1 = line1;
    m_line2 = line2;
    Q_EMIT changed();
}

void SecondScreenDisplay::showTotal(const QString &label, const core::Money &total)
{
    m_totalLabel = label;
    m_totalText = formatAmount(total);
    m_totalMinor = total.minor();
    Q_EMIT changed();
}

void SecondScreenDisplay::clearDisplay()
{
    m_line1.clear();
    m_line2.clear();
    m_totalLabel.clear();
    m_totalText.clear();
    m_totalMinor = 0;
    Q_EMIT changed();
}

} // namespace lane::devices::display
