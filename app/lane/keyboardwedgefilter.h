#pragma once

#include <QObject>
#include <QString>

namespace lane::app {

/// Window-level event filter that recognises keyboard-wedge scanner bursts by inter-key
/// timing and swallows the trailing Enter, so a scan never presses the focused button.
/// Also reports every key or touch as activity for the inactivity lock.
class KeyboardWedgeFilter : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardWedgeFilter(QObject *parent = nullptr);

    /// Keys closer than this (ms) belong to one burst; people type slower than ~50 ms.
    void setMaxGapMs(int ms) { m_maxGapMs = ms; }
    /// A burst shorter than this is typing, not a scan.
    void setMinLength(int length) { m_minLength = length; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void scanned(const QString &code);
    void activity();

private:
    QString m_buffer;
    quint64 m_lastKeyMs = 0;
    int m_maxGapMs = 40;
    int m_minLength = 6;
};

} // namespace lane::app
