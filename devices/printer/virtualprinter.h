#pragma once

#include <optional>
#include <vector>

#include <QImage>
#include <QObject>
#include <QTcpServer>

#include "core/base/result.h"
#include "devices/escpos/parser.h"
#include "devices/escpos/status.h"
#include "devices/framework/ptyport.h"
#include "devices/printer/receiptrenderer.h"

namespace lane::devices::printer {

/// An ESC/POS printer in software: parses the byte stream back into documents (one per
/// cut), answers DLE EOT status requests from a script (paper out, cover open, offline,
/// also mid-job), listens on loopback TCP and/or a pty, and renders receipts to images.
/// The app's receipt preview uses the same API: feed bytes -> document -> QImage.
class VirtualPrinter : public QObject
{
    Q_OBJECT
public:
    /// What the paper, cover and drawer are doing.
    struct Condition
    {
        bool paperEnd = false;
        bool paperNearEnd = false;
        bool coverOpen = false;
        bool offline = false;
        bool drawerPinHigh = false;
        bool cutterError = false;
    };

    explicit VirtualPrinter(QObject *parent = nullptr);
    ~VirtualPrinter() override;

    /// Feeds printer bytes; returns the status replies the printer sends back.
    QByteArray feed(const QByteArray &bytes);

    /// Receipts completed by a cut, oldest first, and what was printed since the last cut.
    const std::vector<escpos::Document> &receipts() const { return m_receipts; }
    escpos::Document pending() const;
    const std::vector<escpos::ParseIssue> &issues() const { return m_parser->issues(); }
    /// Receipts torn off by a fault mid-job (paper out, cover open) before their cut.
    int tornReceipts() const { return m_torn; }
    qint64 bytesReceived() const { return m_bytes; }
    void clear();

    Condition condition() const { return m_condition; }
    void setCondition(const Condition &condition);
    /// Paper runs out after `bytes` more bytes of print data (a fault mid-receipt).
    void failAfterBytes(qint64 bytes, const Condition &fault);
    /// A printer that never answers status requests (switched off on a serial line).
    void setResponsive(bool responsive) { m_responsive = responsive; }
    int statusRequestsAnswered() const { return m_answered; }
    int drawerPulses() const { return m_pulses; }
    /// The Automatic Status Back mask the host set with GS a (0: off). While it is on, every
    /// change of condition is sent to the host unasked as a 4-byte ASB block.
    std::uint8_t automaticStatusBack() const { return m_asbMask; }
    int asbBlocksSent() const { return m_asbSent; }

    /// Loopback TCP, port 0 picks a free one; returns the port.
    [[nodiscard]] core::Result<quint16> listen(quint16 port = 0);
    /// Drops every TCP client (power loss); with `stopListening` refuses new ones too.
    void disconnectClients(bool stopListening = false);
    /// Serves the device end of a pty (not owned).
    void attach(PtyPort *pty);

    QImage render(const escpos::Document &document) const { return m_renderer.render(document); }
    const ReceiptRenderer &renderer() const { return m_renderer; }

Q_SIGNALS:
    void receiptPrinted(int index);
    void drawerKicked(int pin);

private:
    void collectCompleted();
    QByteArray answer(const std::vector<int> &requests);
    escpos::PrinterStatus asbStatus() const;
    /// Takes up a GS a seen by the parser; returns the ASB block owed to the host, if any.
    QByteArray asbAfterFeed();
    QByteArray asbBlock();
    void sendToHost(const QByteArray &bytes);

    std::unique_ptr<escpos::EscPosParser> m_parser;
    ReceiptRenderer m_renderer;
    std::vector<escpos::Document> m_receipts;
    escpos::Document m_pendingTail;
    Condition m_condition;
    std::optional<std::pair<qint64, Condition>> m_pendingFault;
    bool m_responsive = true;
    bool m_halted = false;
    int m_torn = 0;
    int m_answered = 0;
    int m_pulses = 0;
    int m_asbSent = 0;
    std::uint8_t m_asbMask = 0;
    int m_cutsSeen = 0;
    qint64 m_bytes = 0;
    std::size_t m_elementsBeforePulseCheck = 0;
    QTcpServer m_server;
    std::vector<QTcpSocket *> m_clients;
    std::vector<PtyPort *> m_ptys;
};

} // namespace lane::devices::printer
