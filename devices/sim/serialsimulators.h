#pragma once

#include <QObject>

#include "devices/display/poledisplaycodec.h"
#include "devices/framework/ptyport.h"

namespace lane::devices::sim {

/// A CDC-ACM scanner behind a pty: scan() sends the code with its AIM prefix and CR LF.
class ScannerSimulator : public QObject
{
    Q_OBJECT
public:
    explicit ScannerSimulator(QString linkPath = {}, QObject *parent = nullptr);
    [[nodiscard]] core::Status start() { return m_port.open(); }
    PtyPort &port() { return m_port; }
    QString portPath() const { return m_port.portPath(); }
    /// `raw` as the scanner would send it ("]E04006381333931"); false when unplugged.
    bool scan(const QByteArray &raw);

private:
    PtyPort m_port;
};

/// A pole display behind a pty: keeps what it would show.
class DisplaySimulator : public QObject
{
    Q_OBJECT
public:
    explicit DisplaySimulator(QString linkPath = {}, QObject *parent = nullptr);
    [[nodiscard]] core::Status start() { return m_port.open(); }
    QString portPath() const { return m_port.portPath(); }
    QString line(int row) const;

Q_SIGNALS:
    void updated();

private:
    PtyPort m_port;
    display::PoleDisplayScreen m_screen;
};

/// A serial drawer controller behind a pty: counts ESC p kicks.
class DrawerSimulator : public QObject
{
    Q_OBJECT
public:
    explicit DrawerSimulator(QString linkPath = {}, QObject *parent = nullptr);
    [[nodiscard]] core::Status start() { return m_port.open(); }
    QString portPath() const { return m_port.portPath(); }
    int kicks() const { return m_kicks; }

Q_SIGNALS:
    void kicked();

private:
    PtyPort m_port;
    QByteArray m_buffer;
    int m_kicks = 0;
};

} // namespace lane::devices::sim
