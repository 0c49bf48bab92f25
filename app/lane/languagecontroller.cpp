#include "app/lane/languagecontroller.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlEngine>

#include "app/lane/moneyformatter.h"

namespace lane::app {

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
{}

QString LanguageController::koreanFontFamily()
{
    // Nanum Gothic has every Hangul syllable and Latin; Debian's fonts-nanum ships it.
    const QStringList families = QFontDatabase::families(QFontDatabase::Korean);
    for (const char *preferred : {"NanumGothic", "NanumBarunGothic", "NanumSquare"}) {
        if (families.contains(QLatin1String(preferred))) {
            return QLatin1String(preferred);
        }
    }
    return families.isEmpty() ? QString() : families.first();
}

bool LanguageController::setLanguage(const QString &language)
{
    if (language == m_language) {
        return true;
    }
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(QStringLiteral(":/i18n/lane_%1.qm").arg(language))) {
        return false;
    }
    QCoreApplication::installTranslator(&m_translator);
    m_language = language;
    QFont font = QGuiApplication::font();
    const QString korean = koreanFontFamily();
    // Nanum for both: it carries Latin too, and one family keeps the layout identical.
    if (!korean.isEmpty()) {
        font.setFamilies({korean});
    }
    QGuiApplication::setFont(font);
    if (m_formatter) {
        m_formatter->setLanguage(language);
    }
    if (m_engine) {
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
    return true;
}

} // namespace lane::app
