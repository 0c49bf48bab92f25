#include "devices/zvt/zvtsimulator.h"

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "devices/zvt/zvtcommands.h"

namespace lane::devices::zvt {

namespace {
// Well-known test card numbers (Luhn-valid), so a leak of one is detectable.
constexpr const char *kTestPans[]
    = {"4111111111111111", "5555555555554444", "4012888888881881", "5105105105105100"};
constexpr std::uint8_t kCardTypes[] = {10, 6, 10, 6};
constexpr const char *kCardNames[] = {"Visa", "Mastercard", "Visa", "Mastercard"};
} // namespace

ZvtSimulator::ZvtSimulator(SimulatorConfig config)
    : m_config(config)
    , m_timer(std::make_unique<QTimer>())
    , m_ackTimer(std::make_unique<QTimer>())
{
    m_timer->setSingleShot(true);
    QObject::connect(m_timer.get(), &QTimer::timeout, [this] { pump(); });
    m_ackTimer->setSingleShot(true);
    QObject::connect(m_ackTimer.get(), &QTimer::timeout, [this] {
        // The ECR must acknowledge every terminal message; count the omission and go on.
        ++m_missingAcks;
        m_awaitingAck = false;
        pump();
    });
}

ZvtSimulator::~ZvtSimulator()
{
    // Sockets die with the server below; their handlers must not reach the timers.
    if (m_client)
        m_client->disconnect();
    if (m_server)
        m_server->disconnect();
    m_client = nullptr;
    m_server.reset();
    m_notifier.reset();
    if (m_ptyMaster >= 0)
        ::close(m_ptyMaster);
    if (m_ptySlave >= 0)
        ::close(m_ptySlave);
}

core::Status ZvtSimulator::listenTcp(quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return core::makeError("zvtsim.listen", m_server->errorString().toStdString());
    QObject::connect(m_server.get(), &QTcpServer::newConnection, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            if (m_client) {
                m_client->disconnect();
                m_client->abort();
                m_client->deleteLater();
            }
            m_client = s;
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_reader.reset();
            resetTransaction();
            QObject::connect(s, &QTcpSocket::readyRead, [this, s] {
                if (s == m_client)
                    onBytes(s->readAll());
            });
            QObject::connect(s, &QTcpSocket::disconnected, [this, s] {
                if (s != m_client)
                    return;
                m_client = nullptr;
                s->deleteLater();
                resetTransaction(); // the ECR is gone: an uncharged transaction is dropped
            });
        }
    });
    return {};
}

quint16 ZvtSimulator::tcpPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

core::Result<std::string> ZvtSimulator::openPty()
{
    char name[128] = {};
    if (::openpty(&m_ptyMaster, &m_ptySlave, name, nullptr, nullptr) != 0)
        return core::makeError("zvtsim.pty", std::string("openpty: ") + std::strerror(errno));
    termios t{};
    ::tcgetattr(m_ptySlave, &t);
    ::cfmakeraw(&t);
    ::tcsetattr(m_ptySlave, TCSANOW, &t);
    ::fcntl(m_ptyMaster, F_SETFL, ::fcntl(m_ptyMaster, F_GETFL) | O_NONBLOCK);
    m_notifier = std::make_unique<QSocketNotifier>(m_ptyMaster, QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] {
        char buf[4096];
        const auto n = ::read(m_ptyMaster, buf, sizeof buf);
        if (n > 0)
            onBytes(QByteArray(buf, qsizetype(n)));
    });
    return std::string(name);
}

void ZvtSimulator::script(std::vector<SimStep> steps)
{
    m_script.assign(steps.begin(), steps.end());
}

void ZvtSimulator::dropConnection()
{
    if (m_client)
        m_client->abort();
}

std::int64_t ZvtSimulator::ledgerTotal() const
{
    std::int64_t total = 0;
    for (const auto &e : m_ledger)
        total += e.amountMinor;
    return total;
}

void ZvtSimulator::resetTransaction()
{
    m_queue.clear();
    m_awaitingAck = false;
    m_timer->stop();
    m_ackTimer->stop();
    m_deframer.reset();
}

void ZvtSimulator::sendRaw(const Bytes &bytes)
{
    if (m_config.link == LinkType::Tcp) {
        if (m_client)
            m_client->write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()));
    } else if (m_ptyMaster >= 0) {
        std::size_t off = 0;
        while (off < bytes.size()) {
            const auto n = ::write(m_ptyMaster, bytes.data() + off, bytes.size() - off);
            if (n <= 0)
                break;
            off += std::size_t(n);
        }
    }
}

void ZvtSimulator::sendApdu(const Apdu &apdu)
{
    const Bytes raw = encodeApdu(apdu);
    sendRaw(m_config.link == LinkType::Serial ? frameSerial(raw) : raw);
}

void ZvtSimulator::onBytes(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const std::span<const std::uint8_t> span(p, std::size_t(bytes.size()));
    if (m_config.link == LinkType::Tcp) {
        for (const auto &a : m_reader.feed(span))
            onApdu(a);
        return;
    }
    for (auto &item : m_deframer.feed(span)) {
        if (item.kind == SerialItem::Kind::Frame) {
            sendRaw(Bytes{kAck});
            if (auto a = decodeApdu(item.apdu))
                onApdu(*a);
        } else if (item.kind == SerialItem::Kind::BadCrc) {
            sendRaw(Bytes{kNak});
        }
    }
}

void ZvtSimulator::enqueue(Out out)
{
    m_queue.push_back(std::move(out));
    if (!m_awaitingAck && !m_timer->isActive())
        m_timer->start(int(m_queue.front().delay.count()));
}

void ZvtSimulator::pump()
{
    if (m_awaitingAck || m_queue.empty())
        return;
    Out out = std::move(m_queue.front());
    m_queue.pop_front();
    if (out.before)
        out.before();
    if (out.drop) {
        resetTransaction();
        if (m_client)
            m_client->abort();
        return;
    }
    sendApdu(out.apdu);
    m_awaitingAck = true;
    m_ackTimer->start(5000);
}

Apdu ZvtSimulator::intermediate(std::uint8_t code) const
{
    Apdu a{0x04, 0xFF, {code, 0x00}};
    if (m_config.useTlv) {
        Bytes line;
        const Bytes text = encodeText(intermediateText(code), m_config.charset);
        encodeTlv(line, 0x07, text);
        Bytes container;
        encodeTlv(container, 0x24, line);
        a.data.push_back(0x06);
        encodeTlvLength(a.data, container.size());
        a.data.insert(a.data.end(), container.begin(), container.end());
    }
    return a;
}

std::string ZvtSimulator::maskedPanDigits() const
{
    const std::size_t lead = m_config.leakPan ? 8 : 6;
    std::string s;
    for (std::size_t i = 0; i < m_pan.size(); ++i)
        s.push_back(i < lead || i + 4 >= m_pan.size() ? m_pan[i] : 'E');
    return s;
}

Apdu ZvtSimulator::statusInformation(std::int64_t amount, const std::string &receipt,
                                     bool card) const
{
    Apdu a{0x04, 0x0F, {0x27, 0x00, 0x04}};
    const Bytes amt = toBcd(std::uint64_t(amount), 6);
    a.data.insert(a.data.end(), amt.begin(), amt.end());
    a.data.push_back(0x0B);
    const Bytes trace = toBcd(m_traceCounter, 3);
    a.data.insert(a.data.end(), trace.begin(), trace.end());
    a.data.push_back(0x87);
    const Bytes rc = toBcd(std::stoul(receipt), 2);
    a.data.insert(a.data.end(), rc.begin(), rc.end());
    a.data.push_back(0x29);
    const Bytes tid = toBcd(52500001, 4);
    a.data.insert(a.data.end(), tid.begin(), tid.end());
    if (card && !m_pan.empty()) {
        // BMP 22: masked PAN as packed digits, E for a masked digit, F to pad.
        const std::string digits = maskedPanDigits();
        Bytes packed;
        for (std::size_t i = 0; i < digits.size(); i += 2) {
            auto nib = [&](std::size_t k) -> std::uint8_t {
                if (k >= digits.size())
                    return 0xF;
                return digits[k] == 'E' ? 0xE : std::uint8_t(digits[k] - '0');
            };
            packed.push_back(std::uint8_t(nib(i) << 4 | nib(i + 1)));
        }
        a.data.push_back(0x22);
        appendLlvar(a.data, packed);
        std::size_t idx = 0;
        for (std::size_t k = 0; k < std::size(kTestPans); ++k)
            if (m_pan == kTestPans[k])
                idx = k;
        a.data.push_back(0x3B);
        std::string auth = std::to_string(100000 + m_traceCounter * 7 % 900000);
        auth.resize(8, ' ');
        a.data.insert(a.data.end(), auth.begin(), auth.end());
        a.data.push_back(0x8A);
        a.data.push_back(kCardTypes[idx]);
        a.data.push_back(0x8B);
        appendLlvar(a.data, encodeText(kCardNames[idx], m_config.charset));
    }
    return a;
}

std::vector<Apdu> ZvtSimulator::receipt(std::int64_t amount, const std::string &receiptNo) const
{
    std::string amountText = std::to_string(amount / 100) + "," + (amount % 100 < 10 ? "0" : "")
                             + std::to_string(amount % 100);
    std::string panText = maskedPanDigits();
    for (auto &c : panText)
        if (c == 'E')
            c = '*';
    const std::vector<std::string> lines
        = {"Kartenzahlung",    "Händlerbeleg",       "Betrag EUR " + amountText,
           "Karte " + panText, "Beleg " + receiptNo, "Zahlung erfolgt"};
    std::vector<Apdu> out;
    if (m_config.useTlv) {
        Bytes inner;
        for (const auto &l : lines)
            encodeTlv(inner, 0x07, encodeText(l, m_config.charset));
        Bytes container;
        encodeTlv(container, 0x25, inner);
        Apdu a{0x06, 0xD3, {0x06}};
        encodeTlvLength(a.data, container.size());
        a.data.insert(a.data.end(), container.begin(), container.end());
        out.push_back(std::move(a));
        return out;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Apdu a{0x06, 0xD1, {std::uint8_t(i + 1 == lines.size() ? 0x80 : 0x00)}};
        const Bytes t = encodeText(lines[i], m_config.charset);
        a.data.insert(a.data.end(), t.begin(), t.end());
        out.push_back(std::move(a));
    }
    return out;
}

void ZvtSimulator::startPayment(const Apdu &apdu, const std::string &kind)
{
    SimStep step;
    if (!m_script.empty()) {
        step = m_script.front();
        m_script.pop_front();
    }
    if (step.scenario == SimScenario::NoAck)
        return; // as if the command never arrived
    sendApdu(command::ack());
    ++m_transactions;
    std::int64_t amount = 0;
    std::string reverseReceipt;
    if (kind == "reversal") {
        auto f
            = decodeBmps(std::span(apdu.data).subspan(std::min<std::size_t>(3, apdu.data.size())),
                         m_config.charset);
        if (f && f->receipt)
            reverseReceipt = *f->receipt;
        if (!m_last || m_last->reversed || m_last->receipt != reverseReceipt) {
            enqueue({Apdu{0x06, 0x1E, {0xB5}}, m_config.stepDelay, {}, false});
            return;
        }
        amount = m_last->amount;
    } else {
        auto data = std::span(apdu.data);
        if (kind == "refund")
            data = data.subspan(std::min<std::size_t>(3, data.size()));
        auto f = decodeBmps(data, m_config.charset);
        if (!f || !f->amount) {
            enqueue({Apdu{0x06, 0x1E, {0x9A}}, m_config.stepDelay, {}, false});
            return;
        }
        amount = *f->amount;
    }
    m_pan = kTestPans[m_transactions % std::size(kTestPans)];
    const auto d = m_config.stepDelay;
    const auto half = m_config.customerDelay / 2;
    enqueue({intermediate(0x0A), d, {}, false});
    if (step.scenario == SimScenario::CustomerAbort) {
        enqueue({Apdu{0x06, 0x1E, {0x6C}}, half, {}, false});
        return;
    }
    enqueue({intermediate(0x01), half, {}, false});
    enqueue({intermediate(0x04), half, {}, false});
    const auto host = m_config.hostDelay;
    switch (step.scenario) {
    case SimScenario::Approve:
    case SimScenario::LoseApproval:
        break;
    case SimScenario::Decline:
        enqueue({Apdu{0x06, 0x1E, {step.resultCode}}, host, {}, false});
        return;
    case SimScenario::HostTimeout:
        enqueue({Apdu{0x06, 0x1E, {0xA1}}, host, {}, false});
        return;
    case SimScenario::TerminalSilent:
        return;
    case SimScenario::DropConnection:
        enqueue({{}, host, {}, true});
        return;
    case SimScenario::CustomerAbort:
    case SimScenario::NoAck:
        return;
    }
    const std::string receiptNo = [&] {
        ++m_receiptCounter;
        ++m_traceCounter;
        std::string s = std::to_string(m_receiptCounter % 10000);
        return std::string(4 - s.size(), '0') + s;
    }();
    const std::int64_t booked = kind == "sale" ? amount : -amount;
    auto charge = [this, receiptNo, booked, kind, amount] {
        m_ledger.push_back({receiptNo, booked, kind});
        if (kind == "reversal") {
            if (m_last)
                m_last->reversed = true;
        }
        m_last = Last{amount, receiptNo, m_pan, false};
    };
    if (step.scenario == SimScenario::LoseApproval) {
        enqueue({{}, host, charge, true});
        return;
    }
    enqueue({statusInformation(amount, receiptNo, kind != "reversal"), host, charge, false});
    for (auto &line : receipt(amount, receiptNo))
        enqueue({std::move(line), d, {}, false});
    enqueue({Apdu{0x06, 0x0F, {}}, d, {}, false});
}

void ZvtSimulator::onApdu(const Apdu &apdu)
{
    if (apdu.is(0x80, 0x00) || apdu.cls == 0x84) {
        if (apdu.is(0x80, 0x00))
            ++m_acksReceived;
        if (m_awaitingAck) {
            m_awaitingAck = false;
            m_ackTimer->stop();
            if (!m_queue.empty())
                m_timer->start(int(m_queue.front().delay.count()));
        }
        return;
    }
    m_received.push_back(apdu);
    if (apdu.is(0x06, 0xB0)) {
        sendApdu(command::ack());
        if (!m_queue.empty()) {
            // Abort before the host answered: nothing is charged.
            resetTransaction();
            enqueue({Apdu{0x06, 0x1E, {0x6C}}, m_config.stepDelay, {}, false});
        }
        return;
    }
    if (!m_queue.empty() || m_awaitingAck) {
        sendApdu(Apdu{0x84, 0x9C, {}}); // busy: please wait
        return;
    }
    const auto d = m_config.stepDelay;
    if (apdu.is(0x06, 0x00)) {
        sendApdu(command::ack());
        enqueue({Apdu{0x06, 0x0F, {}}, d, {}, false});
    } else if (apdu.is(0x06, 0x01)) {
        startPayment(apdu, "sale");
    } else if (apdu.is(0x06, 0x31)) {
        startPayment(apdu, "refund");
    } else if (apdu.is(0x06, 0x30)) {
        startPayment(apdu, "reversal");
    } else if (apdu.is(0x05, 0x01)) {
        sendApdu(command::ack());
        Apdu c{0x06, 0x0F, {}};
        appendLllvar(c.data, encodeText("LANESIM 1.0", m_config.charset));
        c.data.push_back(m_busyEnquiries > 0 ? 0x9C : 0x00);
        if (m_busyEnquiries > 0)
            --m_busyEnquiries;
        enqueue({std::move(c), d, {}, false});
    } else if (apdu.is(0x06, 0x20)) {
        sendApdu(command::ack());
        if (!m_last) {
            enqueue({Apdu{0x06, 0x1E, {0x83}}, d, {}, false});
            return;
        }
        const std::string savedPan = m_pan;
        m_pan = m_last->pan;
        enqueue({statusInformation(m_last->amount, m_last->receipt, true), d, {}, false});
        m_pan = savedPan;
        enqueue({Apdu{0x06, 0x0F, {}}, d, {}, false});
    } else if (apdu.is(0x06, 0x50)) {
        sendApdu(command::ack());
        Apdu s{0x04, 0x0F, {0x27, 0x00, 0x04}};
        const Bytes total = toBcd(std::uint64_t(std::max<std::int64_t>(0, ledgerTotal())), 6);
        s.data.insert(s.data.end(), total.begin(), total.end());
        enqueue({std::move(s), d, {}, false});
        enqueue({Apdu{0x06, 0x0F, {}}, d, {}, false});
    } else {
        sendApdu(Apdu{0x84, 0x83, {}});
    }
}

} // namespace lane::devices::zvt
