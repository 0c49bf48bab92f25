#pragma once

#include <QObject>

#include "devices/framework/ptyport.h"
#include "devices/scale/scale.h"

namespace lane::devices::sim {

/// A Toledo 8217 or SICS scale behind a pty: answers weight, zero and tare requests from
/// a weight the test or demo sets, can go unstable, overloaded, silent or unplugged.
class ScaleSimulator : public QObject
{
    Q_OBJECT
public:
    explicit ScaleSimulator(scale::ScaleProtocol protocol, QString linkPath = {},
                            QObject *parent = nullptr);

    [[nodiscard]] core::Status start() { return m_port.open(); }
    PtyPort &port() { return m_port; }
    QString portPath() const { return m_port.portPath(); }

    /// Gross weight on the platter.
    void setWeight(std::int64_t grams, bool stable = true);
    void setOverload(bool overload) { m_overload = overload; }
    void setResponsive(bool responsive) { m_responsive = responsive; }
    int requests() const { return m_requests; }
    std::int64_t zeroOffset() const { return m_zero; }

private:
    void onBytes(const QByteArray &data);
    void command(const std::string &cmd);

    scale::ScaleProtocol m_protocol;
    PtyPort m_port;
    std::string m_line;
    std::int64_t m_gross = 0;
    std::int64_t m_zero = 0;
    std::int64_t m_tare = 0;
    bool m_stable = true;
    bool m_overload = false;
    bool m_responsive = true;
    int m_requests = 0;
};

} // namespace lane::devices::sim
