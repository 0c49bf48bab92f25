#include "app/lane/keyboardwedgefilter.h"

#include <QKeyEvent>

namespace lane::app {

KeyboardWedgeFilter::KeyboardWedgeFilter(QObject *parent)
    : QObject(parent)
{}

bool KeyboardWedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        Q_EMIT activity();
        break;
    case QEvent::KeyPress: {
        // A window receives each key once; ignore the copies delivered to child objects.
        if (!watched->isWindowType()) {
            break;
        }
        Q_EMIT activity();
        auto *key = static_cast<QKeyEvent *>(event);
        const quint64 now = key->timestamp();
        const bool inBurst = !m_buffer.isEmpty() && now - m_lastKeyMs <= quint64(m_maxGapMs);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const QString code = m_buffer;
            m_buffer.clear();
            if (inBurst && code.size() >= m_minLength) {
                Q_EMIT scanned(code);
                return true; // the Enter ends the scan; no button sees it
            }
            break;
        }
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isPrint()) {
            if (!inBurst) {
                m_buffer.clear();
            }
            m_buffer += text;
            m_lastKeyMs = now;
        } else {
            m_buffer.clear();
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lane::app
