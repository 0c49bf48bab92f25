#include "devices/sim/serialsimulators.h"

namespace lane::devices::sim {

ScannerSimulator::ScannerSimulator(QString linkPath, QObject *parent)
    : QObject(parent)
    , m_port(std::move(linkPath))
{}

bool ScannerSimulator::scan(const QByteArray &raw)
{
    return m_port.write(raw + "\r\n");
}

DisplaySimulator::DisplaySimulator(QString linkPath, QObject *parent)
    : QObject(parent)
    , m_port(std::move(linkPath))
{
    connect(&m_port, &PtyPort::dataReceived, this, [this](const QByteArray &data) {
        m_screen.feed(std::string_view(data.constData(), std::size_t(data.size())));
        Q_EMIT updated();
    });
}

QString DisplaySimulator::line(int row) const
{
    return QString::fromLatin1(QByteArray::fromStdString(m_screen.line(row)));
}

DrawerSimulator::DrawerSimulator(QString linkPath, QObject *parent)
    : QObject(parent)
    , m_port(std::move(linkPath))
{
    connect(&m_port, &PtyPort::dataReceived, this, [this](const QByteArray &data) {
        m_buffer += data;
        qsizetype at = 0;
        while ((at = m_buffer.indexOf("\x1bp")) >= 0 && m_buffer.size() - at >= 5) {
            ++m_kicks;
            m_buffer.remove(0, at + 5);
            Q_EMIT kicked();
        }
        if (m_buffer.size() > 64)
            m_buffer = m_buffer.right(4);
    });
}

} // namespace lane::devices::sim
