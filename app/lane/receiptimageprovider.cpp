#include "app/lane/receiptimageprovider.h"

#include <QFontDatabase>
#include <QPainter>

#include "app/lane/saleviewmodel.h"

namespace lane::app {

ReceiptImageProvider::ReceiptImageProvider(const SaleViewModel *sale)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_sale(sale)
{}

QImage ReceiptImageProvider::renderText(const std::string &text)
{
    const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
    QFont font(QStringLiteral("NanumGothicCoding"));
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(22);
    const QFontMetrics metrics(font);
    const int lineHeight = metrics.lineSpacing();
    QImage image(576, 32 + lineHeight * int(lines.size()), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    // Hangul takes two columns in the text and in this font: the columns line up.
    const int cell = metrics.horizontalAdvance(QLatin1Char('0'));
    int y = 16 + metrics.ascent();
    for (const auto &line : lines) {
        int x = 12;
        for (const QChar ch : line) {
            painter.drawText(x, y, QString(ch));
            x += cell * (core::displayWidth(QString(ch).toStdString()) > 1 ? 2 : 1);
        }
        y += lineHeight;
    }
    return image;
}

QImage ReceiptImageProvider::requestImage(const QString &id, QSize *size,
                                          const QSize &requestedSize)
{
    QImage image;
    const auto &receipt = m_sale->lastReceipt();
    const bool copy = id.contains(QLatin1String("copy"));
    if (receipt) {
        if (m_renderer) {
            image = m_renderer(*receipt, m_sale->lastReceiptNumber().toStdString(), copy);
        } else {
            std::string text = core::renderReceiptText(*receipt, m_options);
            if (copy) {
                text = "                  COPY\n" + text;
            }
            image = renderText(text);
        }
    } else {
        image = QImage(576, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
    }
    if (size) {
        *size = image.size();
    }
    if (requestedSize.isValid() && requestedSize.width() > 0) {
        return image.scaledToWidth(requestedSize.width(), Qt::SmoothTransformation);
    }
    return image;
}

} // namespace lane::app
