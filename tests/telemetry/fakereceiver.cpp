#include "fakereceiver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

#include "telemetry/httppolicy.h"

namespace lane::telemetry::test {

FakeReceiver::FakeReceiver()
{
    m_clock.start();
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

void FakeReceiver::onReadable(QTcpSocket *s)
{
    QByteArray buf = s->property("buf").toByteArray() + s->readAll();
    for (;;) {
        const int headerEnd = buf.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QByteArray head = buf.left(headerEnd).toLower();
        qsizetype length = 0;
        const int cl = head.indexOf("content-length:");
        if (cl >= 0)
            length = head.mid(cl + 15, head.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong();
        if (buf.size() < headerEnd + 4 + length)
            break;
        const QByteArray body = buf.mid(headerEnd + 4, length);
        buf.remove(0, headerEnd + 4 + length);

        Compression c = Compression::None;
        if (head.contains("content-encoding: gzip"))
            c = Compression::Gzip;
        else if (head.contains("content-encoding: zstd"))
            c = Compression::Zstd;
        auto plain = decompress(c, body.toStdString());
        Reply reply;
        if (!m_script.empty()) {
            reply = m_script.front();
            m_script.pop_front();
        }
        if (!plain)
            reply.status = 400;
        const int delay = reply.delayMs ? reply.delayMs : m_delayMs;
        if (delay)
            QThread::msleep(static_cast<unsigned long>(delay));
        std::size_t rows = 0;
        if (plain && reply.status >= 200 && reply.status < 300) {
            for (const auto &line : QByteArray::fromStdString(*plain).split('\n')) {
                if (line.isEmpty())
                    continue;
                const auto o = QJsonDocument::fromJson(line).object();
                accepted.insert({o["device"].toString().toStdString(),
                                 o["boot"].toString().toStdString(), o["seq"].toInteger()});
                names.push_back(o["name"].toString().toStdString());
                ++rows;
            }
        }
        requests.push_back({m_clock.elapsed(), reply.status, rows});
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n"
                         + reply.extraHeaders + "Content-Length: "
                         + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
        if (m_holding)
            m_held.emplace_back(s, out);
        else
            s->write(out);
    }
    s->setProperty("buf", buf);
}

void FakeReceiver::release()
{
    m_holding = false;
    for (auto &[socket, reply] : m_held)
        if (socket)
            socket->write(reply);
    m_held.clear();
}

} // namespace lane::telemetry::test
