#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <algorithm>

#include "app/lanectl/reportoutput.h"
#include "core/base/money.h"

namespace lane::app::lanectl {

namespace {

QString money(std::int64_t minor, const core::Currency &c)
{
    return QString::fromStdString(core::Money(minor, c).toDecimalString());
}

QString title(const core::Report &r)
{
    switch (r.kind) {
    case core::Report::Kind::Z:
        return QStringLiteral("Z report %1 (business day closed)").arg(r.zNumber);
    case core::Report::Kind::X:
        return QStringLiteral("X report (no reset)");
    case core::Report::Kind::Range:
        return QStringLiteral("Sales report");
    }
    return {};
}

/// Draws label/value rows from `top`; returns the y after the last row.
int table(QPainter &p, int x, int top, int width, int rowHeight,
          const std::vector<std::pair<QString, QString>> &rows)
{
    int y = top;
    for (const auto &[label, value] : rows) {
        p.drawText(QRect(x, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.drawText(QRect(x, y, width, rowHeight), Qt::AlignRight | Qt::AlignVCenter, value);
        y += rowHeight;
    }
    return y;
}

/// A horizontal bar chart of `rows` (label, amount); negative amounts draw in red.
int barChart(QPainter &p, int x, int top, int width, int rowHeight, const QString &heading,
             const std::vector<core::BreakdownRow> &rows, const core::Currency &c, bool useName)
{
    QFont bold = p.font();
    bold.setBold(true);
    const QFont normal = p.font();
    p.setFont(bold);
    p.drawText(QRect(x, top, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, heading);
    p.setFont(normal);
    int y = top + rowHeight;
    std::int64_t maxAbs = 1;
    for (const auto &r : rows) {
        maxAbs = std::max(maxAbs, r.minor < 0 ? -r.minor : r.minor);
    }
    const int labelWidth = width / 4;
    const int valueWidth = width / 5;
    const int barSpace = width - labelWidth - valueWidth - rowHeight / 2;
    for (const auto &r : rows) {
        const QString label = QString::fromStdString(useName && !r.name.empty() ? r.name : r.key);
        p.drawText(QRect(x, y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, labelWidth));
        const int len = static_cast<int>(static_cast<double>(barSpace)
                                         * static_cast<double>(r.minor < 0 ? -r.minor : r.minor)
                                         / static_cast<double>(maxAbs));
        p.fillRect(QRect(x + labelWidth, y + rowHeight / 6, std::max(len, 1), rowHeight * 2 / 3),
                   r.minor < 0 ? QColor(200, 60, 60) : QColor(60, 110, 180));
        p.drawText(QRect(x + width - valueWidth, y, valueWidth, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, money(r.minor, c));
        y += rowHeight;
    }
    return y;
}

} // namespace

core::Status writeReportPdf(const core::Report &r, int utcOffsetMinutes, const std::string &path)
{
    (void)utcOffsetMinutes;
    QPdfWriter writer(QString::fromStdString(path));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(title(r));
    writer.setCreator(QStringLiteral("Lane"));
    QPainter p;
    if (!p.begin(&writer)) {
        return core::makeError("report.pdf", path + ": cannot write the PDF");
    }
    const int w = writer.width();
    const int row = 62;
    QFont font(QStringLiteral("NanumGothic"));
    font.setPixelSize(38);
    QFont big = font;
    big.setPixelSize(70);
    big.setBold(true);
    QFont bold = font;
    bold.setBold(true);
    const auto &c = r.currency;

    p.setFont(big);
    p.drawText(QRect(0, 0, w, 100), Qt::AlignLeft | Qt::AlignVCenter, title(r));
    p.setFont(font);
    const QString period = QString::fromStdString(
        r.fromDate == r.toDate ? r.fromDate : r.fromDate + " .. " + r.toDate);
    p.drawText(QRect(0, 110, w, row), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Device %1   Business day %2   Currency %3")
                   .arg(QString::fromStdString(r.device), period,
                        QString::fromStdString(std::string(c.alpha()))));
    p.drawLine(0, 190, w, 190);

    const int col = (w - 80) / 2;
    int y = 210;
    p.setFont(bold);
    p.drawText(QRect(0, y, col, row), Qt::AlignLeft, QStringLiteral("Totals"));
    p.setFont(font);
    const int leftEnd = table(
        p, 0, y + row, col, row,
        {{QStringLiteral("Sales (%1)").arg(r.sales.count), money(r.sales.minor, c)},
         {QStringLiteral("Gross sales"), money(r.grossSalesMinor, c)},
         {QStringLiteral("Discounts and promotions"), money(-r.discountsMinor, c)},
         {QStringLiteral("Returns (%1)").arg(r.returns.count), money(-r.returns.minor, c)},
         {QStringLiteral("Net sales"), money(r.netSalesMinor, c)},
         {QStringLiteral("  incl. tax"), money(r.taxMinor, c)},
         {QStringLiteral("Change given"), money(r.changeMinor, c)},
         {QStringLiteral("Customers"), QString::number(r.customers)},
         {QStringLiteral("Average basket"), money(r.averageBasketMinor, c)},
         {QStringLiteral("Voided transactions (%1)").arg(r.voids.count), money(r.voids.minor, c)},
         {QStringLiteral("Voided lines (%1)").arg(r.lineVoids.count), money(r.lineVoids.minor, c)},
         {QStringLiteral("No-sale openings"), QString::number(r.noSales.count)},
         {QStringLiteral("Price overrides"), QString::number(r.priceOverrides.count)}});

    const int rx = col + 80;
    p.setFont(bold);
    p.drawText(QRect(rx, y, col, row), Qt::AlignLeft, QStringLiteral("Tax per rate"));
    p.setFont(font);
    std::vector<std::pair<QString, QString>> taxes;
    for (const auto &t : r.taxes) {
        taxes.push_back(
            {QString::fromStdString(t.label),
             QStringLiteral("base %1  tax %2").arg(money(t.baseMinor, c), money(t.taxMinor, c))});
    }
    int ry = table(p, rx, y + row, col, row, taxes) + row / 2;
    p.setFont(bold);
    p.drawText(QRect(rx, ry, col, row), Qt::AlignLeft, QStringLiteral("Tenders"));
    p.setFont(font);
    std::vector<std::pair<QString, QString>> tenders;
    for (const auto &t : r.tenders) {
        tenders.push_back(
            {QStringLiteral("%1 (%2)").arg(QString::fromStdString(t.key)).arg(t.count),
             money(t.minor, c)});
    }
    ry = table(p, rx, ry + row, col, row, tenders) + row / 2;
    p.setFont(bold);
    p.drawText(QRect(rx, ry, col, row), Qt::AlignLeft, QStringLiteral("Per cashier"));
    p.setFont(font);
    std::vector<std::pair<QString, QString>> cashiers;
    for (const auto &x : r.cashiers) {
        cashiers.push_back({QStringLiteral("%1 %2 (%3)")
                                .arg(QString::fromStdString(x.key), QString::fromStdString(x.name))
                                .arg(x.count),
                            money(x.minor, c)});
    }
    ry = table(p, rx, ry + row, col, row, cashiers);

    y = std::max(leftEnd, ry) + row;
    p.drawLine(0, y - row / 2, w, y - row / 2);
    const int chartsEnd = std::max(
        barChart(p, 0, y, col, row, QStringLiteral("Net sales per hour"), r.hours, c, false),
        barChart(p, rx, y, col, row, QStringLiteral("Net sales per department"), r.departments, c,
                 true));
    y = barChart(p, 0, chartsEnd + row / 2, w, row, QStringLiteral("Top items"), r.topItems, c,
                 true);

    y += row;
    p.drawLine(0, y - row / 2, w, y - row / 2);
    const auto &cov = r.coverage;
    QString trace = QStringLiteral("Receipts %1 .. %2   Journal seq %3 .. %4:")
                        .arg(QString::fromStdString(cov.firstReceipt),
                             QString::fromStdString(cov.lastReceipt))
                        .arg(cov.firstJournalSeq)
                        .arg(cov.lastJournalSeq);
    for (const auto &[type, n] : cov.journalCounts) {
        trace += QStringLiteral(" %1 %2").arg(QString::fromStdString(type)).arg(n);
    }
    p.drawText(QRect(0, y, w, row * 3), Qt::AlignLeft | Qt::TextWordWrap, trace);
    if (r.kind == core::Report::Kind::Z) {
        y += row * 3;
        p.setFont(bold);
        p.drawText(QRect(0, y, w, row), Qt::AlignLeft,
                   QStringLiteral("Grand total: before %1, after %2 (gross %3)")
                       .arg(money(r.grandNetBeforeMinor, c), money(r.grandNetMinor, c),
                            money(r.grandGrossMinor, c)));
    }
    if (!p.end()) {
        return core::makeError("report.pdf", path + ": the PDF could not be finished");
    }
    return {};
}

} // namespace lane::app::lanectl
