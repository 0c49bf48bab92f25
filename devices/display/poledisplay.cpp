#include "devices/display/poledisplay.h"

#include "devices/display/poledisplaycodec.h"

namespace lane::devices::display {

QString formatAmount(const core::Money &amount)
{
    const QString plain = QString::fromStdString(amount.toDecimalString());
    const bool negative = plain.startsWith(QLatin1Char('-'));
    QString digits = negative ? plain.mid(1) : plain;
    const int point = digits.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? digits : digits.left(point);
    const QString fraction = point < 0 ? QString() : digits.mid(point);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction + QLatin1Char(' ')
           + QString::fromLatin1(amount.currency().alpha().data(), 3);
}

PoleDisplay::PoleDisplay(QString name, std::unique_ptr<ByteChannel> transport, QString codePage,
                         QObject *parent)
    : Device(std::move(name), QStringLiteral("display"), parent)
    , m_encoder(codePage.toLatin1().constData(), QStringConverter::Flag::Stateless)
{
    setChannel(std::move(transport));
}

void PoleDisplay::onOpened()
{
    send(PoleDisplayCodec::init());
}

std::string PoleDisplay::encode(const QString &text)
{
    if (!m_encoder.isValid())
        return text.toLatin1().toStdString();
    QByteArray bytes = m_encoder.encode(text);
    bytes.replace('\x1a', '?');
    bytes.replace('\x7f', '?');
    return bytes.toStdString();
}

void PoleDisplay::send(const std::string &bytes)
{
    if (!channel() || !channel()->isOpen() || !isEnabled())
        return;
    if (auto status = channel()->write(QByteArray::fromStdString(bytes)); !status)
        fail(DeviceErrorCode::Io, QString::fromStdString(status.error().message));
}

void PoleDisplay::showLines(const QString &line1, const QString &line2)
{
    send(PoleDisplayCodec::showLines(encode(line1), encode(line2)));
}

void PoleDisplay::showTotal(const QString &label, const core::Money &total)
{
    const QString amount = formatAmount(total);
    showLines(label, amount.rightJustified(PoleDisplayCodec::kColumns, QLatin1Char(' ')));
}

void PoleDisplay::clearDisplay()
{
    send(PoleDisplayCodec::clear());
}

} // namespace lane::devices::display
