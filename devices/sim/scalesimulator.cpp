#include "devices/sim/scalesimulator.h"

namespace lane::devices::sim {

using scale::ScaleProtocol;

ScaleSimulator::ScaleSimulator(ScaleProtocol protocol, QString linkPath, QObject *parent)
    : QObject(parent)
    , m_protocol(protocol)
    , m_port(std::move(linkPath))
{
    connect(&m_port, &PtyPort::dataReceived, this, &ScaleSimulator::onBytes);
}

void ScaleSimulator::setWeight(std::int64_t grams, bool stable)
{
    m_gross = grams;
    m_stable = stable;
}

void ScaleSimulator::onBytes(const QByteArray &data)
{
    for (char raw : data) {
        const char c = char(raw & 0x7F);
        if (m_protocol == ScaleProtocol::Toledo8217) {
            // 8217 commands are single characters, no terminator.
            if (c != '\r' && c != '\n')
                command(std::string(1, c));
            continue;
        }
        if (c == '\r')
            continue;
        if (c == '\n') {
            command(m_line);
            m_line.clear();
        } else if (m_line.size() < 64) {
            m_line.push_back(c);
        }
    }
}

void ScaleSimulator::command(const std::string &cmd)
{
    ++m_requests;
    if (!m_responsive)
        return;
    const std::int64_t net = m_gross - m_zero - m_tare;
    std::string reply;
    if (m_protocol == ScaleProtocol::Toledo8217) {
        if (cmd == "W") {
            if (m_overload)
                reply = scale::ToledoCodec::statusReply(0x00); // no weight while overloaded
            else if (!m_stable)
                reply = scale::ToledoCodec::statusReply(0x01); // in motion
            else
                reply = scale::ToledoCodec::weightReply(m_gross - m_zero);
        } else if (cmd == "Z") {
            m_zero = m_gross;
        }
    } else if (cmd == "S" || cmd == "SI") {
        reply = m_overload ? std::string("S +\r\n") : scale::SicsCodec::weightReply(net, m_stable);
    } else if (cmd == "Z") {
        if (m_stable) {
            m_zero = m_gross;
            m_tare = 0;
            reply = "Z A\r\n";
        } else {
            reply = "Z I\r\n";
        }
    } else if (cmd == "T") {
        if (m_stable) {
            m_tare = m_gross - m_zero;
            reply = scale::SicsCodec::weightReply(m_tare, true, 'T');
        } else {
            reply = "T I\r\n";
        }
    } else {
        reply = "ES\r\n";
    }
    if (!reply.empty())
        m_port.write(QByteArray::fromStdString(reply));
}

} // namespace lane::devices::sim
