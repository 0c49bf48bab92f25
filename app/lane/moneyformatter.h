#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <optional>

#include "core/base/money.h"

namespace lane::app {

/// Turns money into text (and keyed text into money) for one display language, so QML
/// never formats or computes an amount itself.
class MoneyFormatter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the application")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged FINAL)

public:
    explicit MoneyFormatter(core::Currency currency, QObject *parent = nullptr);

    /// "ko": "12,500원", "-€12.50"; anything else: "₩12,500", "€12.50".
    static QString format(const core::Money &money, const QString &language);
    QString format(const core::Money &money) const { return format(money, m_language); }
    /// Digits keyed by the cashier as major units: "12500" KRW, "12.5" EUR -> 1250.
    std::optional<core::Money> parse(const QString &text) const;
    /// Grouped digits of a whole amount without a currency sign: 12500 -> "12,500".
    static QString groupDigits(std::uint64_t value);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    const core::Currency &currency() const { return m_currency; }

    Q_INVOKABLE QString formatMinor(qint64 minor) const;

Q_SIGNALS:
    void languageChanged();

private:
    core::Currency m_currency;
    QString m_language = QStringLiteral("ko");
};

} // namespace lane::app
