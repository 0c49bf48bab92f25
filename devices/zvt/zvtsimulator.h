#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QByteArray>
#include <QString>

#include "core/base/result.h"
#include "devices/zvt/zvtapdu.h"
#include "devices/zvt/zvtbmp.h"
#include "devices/zvt/zvtsession.h"

class QTcpServer;
class QTcpSocket;
class QSocketNotifier;
class QTimer;

namespace lane::devices::zvt {

/// What the simulated terminal does with the next authorisation, refund or reversal.
enum class SimScenario {
    Approve,
    Decline,        // 06 1E with the step's result code (0x71 funds, 0x6E blocked, 0x78 expired...)
    CustomerAbort,  // customer presses abort at "insert card": 06 1E 6C
    HostTimeout,    // host does not answer: 06 1E A1 after the host delay
    TerminalSilent, // terminal stops talking after "waiting for host"; nothing charged
    NoAck,          // the command is never acknowledged (lost on the way in)
    DropConnection, // connection dropped while waiting for the host; nothing charged
    LoseApproval,   // host approves and the card is charged, then the connection drops
};

struct SimStep
{
    SimScenario scenario = SimScenario::Approve;
    std::uint8_t resultCode = 0x71;
};

/// Vendor variants and timing of the simulated terminal.
struct SimulatorConfig
{
    LinkType link = LinkType::Tcp;
    Charset charset = Charset::Cp437;
    bool useTlv = false; // receipts as 06 D3 TLV text blocks and TLV display texts
    std::chrono::milliseconds stepDelay{1};     // between terminal messages
    std::chrono::milliseconds customerDelay{5}; // insert card + PIN
    std::chrono::milliseconds hostDelay{5};     // waiting for the host
    bool leakPan = false; // a faulty terminal that sends 8 leading digits of the PAN
};

/// One booking on the simulated acquirer side: what the customer was really charged.
struct LedgerEntry
{
    std::string receipt;
    std::int64_t amountMinor = 0; // negative for refunds and reversals
    std::string kind;             // "sale", "refund", "reversal"
};

/// A scriptable ZVT payment terminal (PT side) on loopback TCP or a pty, for tests, the crash
/// harness and demos. Uses realistic full card numbers internally and masks them as a real
/// terminal does, so leak scans have something to find.
class ZvtSimulator
{
public:
    explicit ZvtSimulator(SimulatorConfig config = {});
    ~ZvtSimulator();

    /// Listens on 127.0.0.1 (port 0 picks a free one).
    core::Status listenTcp(quint16 port = 0);
    quint16 tcpPort() const;
    /// Opens a pty pair; returns the path the ECR opens as its serial port.
    core::Result<std::string> openPty();

    void script(std::vector<SimStep> steps);
    void setBusyEnquiries(int count) { m_busyEnquiries = count; }
    /// Drops the current TCP client (a cable pulled).
    void dropConnection();

    std::int64_t ledgerTotal() const;
    const std::vector<LedgerEntry> &ledger() const { return m_ledger; }
    const std::vector<Apdu> &received() const { return m_received; }
    int acksReceived() const { return m_acksReceived; }
    int missingAcks() const { return m_missingAcks; }
    int transactions() const { return m_transactions; }

private:
    struct Out
    {
        Apdu apdu;
        std::chrono::milliseconds delay{0};
        std::function<void()> before; // runs when the message goes out (charging)
        bool drop = false;            // drop the connection instead of sending
    };

    void onBytes(const QByteArray &bytes);
    void onApdu(const Apdu &apdu);
    void sendRaw(const Bytes &bytes);
    void sendApdu(const Apdu &apdu);
    void enqueue(Out out);
    void pump();
    void resetTransaction();
    void startPayment(const Apdu &apdu, const std::string &kind);
    Apdu statusInformation(std::int64_t amount, const std::string &receipt, bool card) const;
    std::vector<Apdu> receipt(std::int64_t amount, const std::string &receipt) const;
    Apdu intermediate(std::uint8_t code) const;
    std::string maskedPanDigits() const;

    SimulatorConfig m_config;
    std::unique_ptr<QTcpServer> m_server;
    QTcpSocket *m_client = nullptr;
    int m_ptyMaster = -1;
    int m_ptySlave = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::unique_ptr<QTimer> m_timer;
    std::unique_ptr<QTimer> m_ackTimer;
    ApduStreamReader m_reader;
    SerialDeframer m_deframer;
    std::deque<Out> m_queue;
    bool m_awaitingAck = false;
    std::deque<SimStep> m_script;
    std::vector<LedgerEntry> m_ledger;
    std::vector<Apdu> m_received;
    struct Last
    {
        std::int64_t amount = 0;
        std::string receipt;
        std::string pan;
        bool reversed = false;
    };
    std::optional<Last> m_last;
    std::string m_pan;
    unsigned m_receiptCounter = 0;
    unsigned m_traceCounter = 0;
    int m_busyEnquiries = 0;
    int m_acksReceived = 0;
    int m_missingAcks = 0;
    int m_transactions = 0;
};

} // namespace lane::devices::zvt
