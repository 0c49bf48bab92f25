#include "devices/printer/virtualprinter.h"

#include <QTcpSocket>

#include "devices/escpos/status.h"
#include "devices/printer/qttextcodec.h"

namespace lane::devices::printer {

using namespace escpos;

namespace {

// Real-time requests still reach a halted printer: find DLE EOT n in raw bytes.
std::vector<int> scanStatusRequests(const QByteArray &bytes)
{
    std::vector<int> requests;
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (bytes[i] == 0x10 && bytes[i + 1] == 0x04 && bytes[i + 2] >= 1 && bytes[i + 2] <= 4) {
            requests.push_back(bytes[i + 2]);
            i += 2;
        }
    }
    return requests;
}

} // namespace

VirtualPrinter::VirtualPrinter(QObject *parent)
    : QObject(parent)
    , m_parser(std::make_unique<EscPosParser>(makeTextDecoder()))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_clients.push_back(socket);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                const QByteArray reply = feed(socket->readAll());
                if (!reply.isEmpty())
                    socket->write(reply);
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                std::erase(m_clients, socket);
                socket->deleteLater();
            });
        }
    });
}

VirtualPrinter::~VirtualPrinter()
{
    disconnectClients(true);
}

core::Result<quint16> VirtualPrinter::listen(quint16 port)
{
    if (!m_server.isListening() && !m_server.listen(QHostAddress::LocalHost, port))
        return core::makeError("sim.listen", "virtual printer cannot listen: "
                                                 + m_server.errorString().toStdString());
    return m_server.serverPort();
}

void VirtualPrinter::disconnectClients(bool stopListening)
{
    for (QTcpSocket *socket : std::vector<QTcpSocket *>(m_clients)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_clients.clear();
    if (stopListening)
        m_server.close();
}

void VirtualPrinter::attach(PtyPort *pty)
{
    m_ptys.push_back(pty);
    connect(pty, &QObject::destroyed, this, [this, pty] { std::erase(m_ptys, pty); });
    connect(pty, &PtyPort::dataReceived, this, [this, pty](const QByteArray &data) {
        const QByteArray reply = feed(data);
        if (!reply.isEmpty())
            pty->write(reply);
    });
}

void VirtualPrinter::setCondition(const Condition &condition)
{
    const escpos::PrinterStatus before = asbStatus();
    m_condition = condition;
    if (m_asbMask != 0 && !(asbStatus() == before))
        sendToHost(asbBlock());
    const bool blocked
        = condition.paperEnd || condition.coverOpen || condition.offline || condition.cutterError;
    if (m_halted && !blocked) {
        // Back in business: the torn receipt is gone, printing starts fresh.
        m_halted = false;
        m_parser = std::make_unique<EscPosParser>(makeTextDecoder());
        m_pendingTail = {};
        m_cutsSeen = 0;
        m_elementsBeforePulseCheck = 0;
    }
}

void VirtualPrinter::failAfterBytes(qint64 bytes, const Condition &fault)
{
    m_pendingFault = std::make_pair(bytes, fault);
}

QByteArray VirtualPrinter::feed(const QByteArray &input)
{
    QByteArray bytes = input;
    std::vector<int> requests;
    if (m_pendingFault && !m_halted) {
        auto &[left, fault] = *m_pendingFault;
        if (bytes.size() >= left) {
            // The first `left` bytes print, then the fault stops the mechanism.
            const QByteArray printed = bytes.left(left);
            const QByteArray rest = bytes.mid(left);
            m_bytes += printed.size();
            requests = m_parser->feed(reinterpret_cast<const std::uint8_t *>(printed.constData()),
                                      std::size_t(printed.size()));
            m_condition = fault;
            m_pendingFault.reset();
            m_halted = true;
            ++m_torn;
            const auto more = scanStatusRequests(rest);
            requests.insert(requests.end(), more.begin(), more.end());
            m_bytes += rest.size();
            collectCompleted();
            // The fault, reported unasked (once: a GS a in this very chunk already did).
            QByteArray reply = asbAfterFeed();
            if (reply.isEmpty() && m_asbMask != 0)
                reply = asbBlock();
            return reply + answer(requests);
        }
        left -= bytes.size();
    }
    m_bytes += bytes.size();
    if (m_halted)
        return answer(scanStatusRequests(bytes));
    requests = m_parser->feed(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                              std::size_t(bytes.size()));
    collectCompleted();
    return asbAfterFeed() + answer(requests);
}

QByteArray VirtualPrinter::asbAfterFeed()
{
    const auto mask = m_parser->automaticStatusBack();
    if (!mask || *mask == m_asbMask)
        return {};
    const bool enabled = m_asbMask == 0 && *mask != 0;
    m_asbMask = *mask;
    // Enabling ASB makes a printer report its status at once.
    return enabled ? asbBlock() : QByteArray();
}

escpos::PrinterStatus VirtualPrinter::asbStatus() const
{
    const Condition &c = m_condition;
    PrinterStatus s;
    s.drawerPinHigh = c.drawerPinHigh;
    s.offline = c.offline || c.paperEnd || c.coverOpen || c.cutterError;
    s.coverOpen = c.coverOpen;
    s.cutterError = c.cutterError;
    s.errorOccurred = c.cutterError;
    s.paperNearEnd = c.paperNearEnd;
    s.paperEnd = c.paperEnd;
    return s;
}

QByteArray VirtualPrinter::asbBlock()
{
    if (!m_responsive)
        return {};
    const auto block = encodeAsb(asbStatus());
    ++m_asbSent;
    return QByteArray(reinterpret_cast<const char *>(block.data()), qsizetype(block.size()));
}

void VirtualPrinter::sendToHost(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    for (QTcpSocket *socket : m_clients)
        socket->write(bytes);
    for (PtyPort *pty : m_ptys)
        pty->write(bytes);
}

void VirtualPrinter::collectCompleted()
{
    // Drawer pulses happen at once, not at the cut.
    const auto &elements = m_parser->document().elements;
    for (std::size_t i = m_elementsBeforePulseCheck; i < elements.size(); ++i) {
        if (const auto *pulse = std::get_if<DrawerPulse>(&elements[i])) {
            ++m_pulses;
            Q_EMIT drawerKicked(pulse->pin);
        }
    }
    m_elementsBeforePulseCheck = elements.size();
    if (m_parser->cutCount() == m_cutsSeen)
        return;
    m_cutsSeen = m_parser->cutCount();
    Document all = m_parser->takeDocument();
    m_elementsBeforePulseCheck = 0;
    Document current = std::move(m_pendingTail);
    m_pendingTail = {};
    for (auto &element : all.elements) {
        const bool isCut = std::holds_alternative<Cut>(element);
        current.elements.push_back(std::move(element));
        if (isCut) {
            m_receipts.push_back(std::move(current));
            current = {};
            Q_EMIT receiptPrinted(int(m_receipts.size()) - 1);
        }
    }
    // What follows the last cut belongs to the next receipt.
    m_pendingTail = std::move(current);
}

Document VirtualPrinter::pending() const
{
    Document doc = m_pendingTail;
    for (const auto &element : m_parser->document().elements)
        doc.elements.push_back(element);
    return doc;
}

QByteArray VirtualPrinter::answer(const std::vector<int> &requests)
{
    QByteArray reply;
    if (!m_responsive)
        return reply;
    const Condition &c = m_condition;
    const bool offline = c.offline || c.paperEnd || c.coverOpen || c.cutterError;
    for (int n : requests) {
        std::uint8_t byte = 0x12;
        switch (n) {
        case 1:
            byte |= (c.drawerPinHigh ? 0x04 : 0) | (offline ? 0x08 : 0);
            break;
        case 2:
            byte |= (c.coverOpen ? 0x04 : 0) | (c.paperEnd ? 0x20 : 0) | (c.cutterError ? 0x40 : 0);
            break;
        case 3:
            byte |= c.cutterError ? 0x08 : 0;
            break;
        case 4:
            byte |= (c.paperNearEnd ? 0x0C : 0) | (c.paperEnd ? 0x60 : 0);
            break;
        default:
            continue;
        }
        reply.append(char(byte));
        ++m_answered;
    }
    return reply;
}

void VirtualPrinter::clear()
{
    m_parser = std::make_unique<EscPosParser>(makeTextDecoder());
    m_receipts.clear();
    m_pendingTail = {};
    m_cutsSeen = 0;
    m_torn = 0;
    m_bytes = 0;
    m_elementsBeforePulseCheck = 0;
}

} // namespace lane::devices::printer
