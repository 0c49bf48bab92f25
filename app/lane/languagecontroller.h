#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;

namespace lane::app {

class MoneyFormatter;

/// Switches the UI between Korean and English at run time: reloads the translator,
/// retranslates the QML engine, sets the font with Hangul glyphs and the money format.
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged FINAL)

public:
    explicit LanguageController(QObject *parent = nullptr);

    void setEngine(QQmlEngine *engine) { m_engine = engine; }
    void setFormatter(MoneyFormatter *formatter) { m_formatter = formatter; }

    QString language() const { return m_language; }
    /// "ko" or "en"; false when the translation is missing from the resources.
    Q_INVOKABLE bool setLanguage(const QString &language);
    /// The family used for Korean text (Nanum), also the app font for "ko".
    static QString koreanFontFamily();

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine *m_engine = nullptr;
    MoneyFormatter *m_formatter = nullptr;
    QTranslator m_translator;
    QString m_language;
};

} // namespace lane::app
