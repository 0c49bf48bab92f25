#include "app/lane/moneyformatter.h"

namespace lane::app {

MoneyFormatter::MoneyFormatter(core::Currency currency, QObject *parent)
    : QObject(parent)
    , m_currency(currency)
{}

QString MoneyFormatter::groupDigits(std::uint64_t value)
{
    QString digits = QString::number(value);
    QString out;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) {
            out += QLatin1Char(',');
        }
        out += digits.at(i);
    }
    return out;
}

QString MoneyFormatter::format(const core::Money &money, const QString &language)
{
    const core::Currency &currency = money.currency();
    const std::int64_t minor = money.minor();
    // Magnitude as unsigned so INT64_MIN does not overflow.
    const std::uint64_t magnitude
        = minor < 0 ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
    const auto perMajor = std::uint64_t(currency.minorPerMajor());
    QString number = groupDigits(magnitude / perMajor);
    if (currency.exponent > 0) {
        number += QLatin1Char('.')
                  + QString::number(magnitude % perMajor)
                        .rightJustified(currency.exponent, QLatin1Char('0'));
    }
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const QString code
        = QString::fromLatin1(currency.alpha().data(), qsizetype(currency.alpha().size()));
    if (code == QLatin1String("KRW")) {
        if (language == QLatin1String("ko")) {
            return sign + number + QStringLiteral("원");
        }
        return sign + QStringLiteral("₩") + number;
    }
    if (code == QLatin1String("EUR")) {
        return sign + QStringLiteral("€") + number;
    }
    if (code == QLatin1String("USD")) {
        return sign + QStringLiteral("$") + number;
    }
    return sign + number + QLatin1Char(' ') + code;
}

std::optional<core::Money> MoneyFormatter::parse(const QString &text) const
{
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));
    if (cleaned.isEmpty()) {
        return std::nullopt;
    }
    const auto parsed = core::Money::parse(cleaned.toStdString(), m_currency);
    if (!parsed.ok()) {
        return std::nullopt;
    }
    return parsed.value();
}

void MoneyFormatter::setLanguage(const QString &language)
{
    if (m_language == language) {
        return;
    }
    m_language = language;
    Q_EMIT languageChanged();
}

QString MoneyFormatter::formatMinor(qint64 minor) const
{
    return format(core::Money(minor, m_currency));
}

} // namespace lane::app
