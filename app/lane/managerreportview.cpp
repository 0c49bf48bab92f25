// ManagerViewModel::reportView: the report model as the manager screens show it. Amounts
// are formatted here, and each chart bar gets its share of the largest row, so QML only
// lays out.
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

#include "app/lane/managerviewmodel.h"
#include "app/lane/moneyformatter.h"
#include "core/store/store.h"

namespace lane::app {

namespace {

// 2500 milli-units -> "2.5"; basis points 1000 with `unit` 100 -> "10".
QString decimal(std::int64_t value, std::int64_t unit, int digits)
{
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    const std::int64_t magnitude = value < 0 ? -value : value;
    QString out = sign + QString::number(magnitude / unit);
    if (magnitude % unit != 0) {
        QString fraction
            = QString::number(magnitude % unit).rightJustified(digits, QLatin1Char('0'));
        while (fraction.endsWith(QLatin1Char('0'))) {
            fraction.chop(1);
        }
        out += QLatin1Char('.') + fraction;
    }
    return out;
}

QVariantList rows(const std::vector<core::BreakdownRow> &in, const MoneyFormatter &money)
{
    std::int64_t largest = 0;
    for (const auto &r : in) {
        largest = std::max(largest, r.minor < 0 ? -r.minor : r.minor);
    }
    QVariantList out;
    for (const auto &r : in) {
        const double share
            = largest > 0 ? double(r.minor < 0 ? -r.minor : r.minor) / double(largest) : 0.0;
        out.append(QVariantMap{
            {QStringLiteral("key"), QString::fromStdString(r.key)},
            {QStringLiteral("name"), QString::fromStdString(r.name.empty() ? r.key : r.name)},
            {QStringLiteral("count"), qint64(r.count)},
            {QStringLiteral("quantity"), decimal(r.quantityMilli, 1000, 3)},
            {QStringLiteral("amount"), money.formatMinor(r.minor)},
            {QStringLiteral("fraction"), share}});
    }
    return out;
}

QVariantMap figure(qint64 count, const QString &amount)
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("amount"), amount}};
}

} // namespace

QVariantMap ManagerViewModel::reportView(const core::Report &r) const
{
    const MoneyFormatter &money = *m_formatter;
    const int offsetMinutes = m_store ? m_store->identity().utcOffsetMinutes : 0;
    const QDateTime generated
        = QDateTime::fromMSecsSinceEpoch(r.generatedUtcNs / 1'000'000, QTimeZone::utc())
              .toOffsetFromUtc(offsetMinutes * 60);
    QVariantMap out;
    out[QStringLiteral("kind")] = QString::fromLatin1(core::toString(r.kind).data(),
                                                      qsizetype(core::toString(r.kind).size()));
    out[QStringLiteral("zNumber")] = qint64(r.zNumber);
    out[QStringLiteral("fromDate")] = QString::fromStdString(r.fromDate);
    out[QStringLiteral("toDate")] = QString::fromStdString(r.toDate);
    out[QStringLiteral("generated")] = generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    out[QStringLiteral("firstReceipt")] = QString::fromStdString(r.coverage.firstReceipt);
    out[QStringLiteral("lastReceipt")] = QString::fromStdString(r.coverage.lastReceipt);

    out[QStringLiteral("sales")] = figure(r.sales.count, money.formatMinor(r.sales.minor));
    out[QStringLiteral("returns")] = figure(r.returns.count, money.formatMinor(r.returns.minor));
    out[QStringLiteral("voids")] = figure(r.voids.count, money.formatMinor(r.voids.minor));
    out[QStringLiteral("lineVoids")]
        = figure(r.lineVoids.count, money.formatMinor(r.lineVoids.minor));
    out[QStringLiteral("noSales")] = qint64(r.noSales.count);
    out[QStringLiteral("priceOverrides")] = qint64(r.priceOverrides.count);
    out[QStringLiteral("gross")] = money.formatMinor(r.grossSalesMinor);
    out[QStringLiteral("discounts")] = money.formatMinor(r.discountsMinor);
    out[QStringLiteral("net")] = money.formatMinor(r.netSalesMinor);
    out[QStringLiteral("tax")] = money.formatMinor(r.taxMinor);
    out[QStringLiteral("change")] = money.formatMinor(r.changeMinor);
    out[QStringLiteral("customers")] = qint64(r.customers);
    out[QStringLiteral("average")] = money.formatMinor(r.averageBasketMinor);
    out[QStringLiteral("grandNet")] = money.formatMinor(r.grandNetMinor);
    out[QStringLiteral("grandNetBefore")] = money.formatMinor(r.grandNetBeforeMinor);

    out[QStringLiteral("tenders")] = rows(r.tenders, money);
    out[QStringLiteral("departments")] = rows(r.departments, money);
    out[QStringLiteral("hours")] = rows(r.hours, money);
    out[QStringLiteral("cashiers")] = rows(r.cashiers, money);
    out[QStringLiteral("topItems")] = rows(r.topItems, money);
    QVariantList taxes;
    for (const auto &t : r.taxes) {
        taxes.append(
            QVariantMap{{QStringLiteral("label"), QString::fromStdString(t.label)},
                        {QStringLiteral("rate"), decimal(t.basisPoints, 100, 2) + QLatin1Char('%')},
                        {QStringLiteral("base"), money.formatMinor(t.baseMinor)},
                        {QStringLiteral("tax"), money.formatMinor(t.taxMinor)},
                        {QStringLiteral("gross"), money.formatMinor(t.grossMinor)}});
    }
    out[QStringLiteral("taxes")] = taxes;
    return out;
}

} // namespace lane::app
