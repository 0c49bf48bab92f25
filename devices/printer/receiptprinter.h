#pragma once

#include <deque>
#include <set>

#include <QTimer>

#include "devices/escpos/encoder.h"
#include "devices/escpos/status.h"
#include "devices/framework/device.h"

namespace lane::devices::printer {

/// One receipt to print. The id comes from the caller (receipt number + copy number) and
/// makes retries safe: a job that reached output complete is never printed again.
struct PrintJob
{
    QString id;
    escpos::Document document;
    bool copy = false; ///< reprint: a "COPY" header line is added on top
};

/// An ESC/POS receipt printer on any channel (USB, serial, TCP 9100). Every job reads the
/// real-time status (DLE EOT 1-4) before and after sending: paper end, cover open, offline
/// or cutter errors fail the job with a human message; a job that completes emits
/// outputComplete(id) and its id is remembered. Between jobs, Automatic Status Back
/// blocks move the device to Error (paper out, cover open) and back when fixed.
class ReceiptPrinter final : public Device
{
    Q_OBJECT
public:
    struct Settings
    {
        escpos::PrinterProfile profile = escpos::PrinterProfile::epson80mm();
        int statusTimeoutMs = 2000;
        int errorPollMs = 2000; ///< status polling while in Error, so recovery is noticed
        QString copyHeader = QStringLiteral("** COPY **");
        /// Sends GS a at open so that the printer reports paper, cover and errors unasked
        /// (Automatic Status Back): the lane shows "paper out" before the next receipt.
        bool automaticStatusBack = true;
    };

    ReceiptPrinter(QString name, std::unique_ptr<ByteChannel> channel, Settings settings,
                   QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    /// Queues a job. Refused with printer.already_printed if that id completed before, with
    /// device.busy if it is queued now, or with the encoder's error if it cannot be encoded.
    [[nodiscard]] core::Status print(PrintJob job);
    bool wasPrinted(const QString &jobId) const { return m_printed.count(jobId) > 0; }
    /// Ids printed before a restart (from the store), so they are refused too.
    void rememberPrinted(const QStringList &jobIds);
    int queuedJobs() const { return int(m_queue.size()); }

    /// Reads DLE EOT 1-4 now; the answer comes as printerStatusChanged.
    void queryStatus();
    escpos::PrinterStatus lastStatus() const { return m_status; }
    /// Sends ESC p at once (cash drawer on the printer's kick connector).
    [[nodiscard]] core::Status pulseDrawer(const escpos::DrawerPulse &pulse);
    const Settings &settings() const { return m_settings; }

Q_SIGNALS:
    void jobCompleted(const QString &jobId);
    void jobFailed(const QString &jobId, const lane::devices::DeviceError &error);
    void printerStatusChanged(const lane::devices::escpos::PrinterStatus &status);

protected:
    void onData(const QByteArray &data) override;
    void onOpened() override;
    void onFailure(const DeviceError &error) override;
    void doClose() override;

private:
    enum class Phase { None, Query, BeforeJob, AfterJob };
    struct QueuedJob
    {
        QString id;
        QByteArray bytes;
    };

    void startNext();
    void requestStatus(Phase phase);
    void statusComplete();
    void failJob(DeviceErrorCode code, const QString &detail);
    void applyAsb(const escpos::PrinterStatus &status);
    static DeviceErrorCode codeFor(const escpos::PrinterStatus &status);

    Settings m_settings;
    escpos::EscPosEncoder m_encoder;
    std::deque<QueuedJob> m_queue;
    std::set<QString> m_printed;
    Phase m_phase = Phase::None;
    int m_replies = 0;
    escpos::PrinterStatus m_pending;
    escpos::PrinterStatus m_status;
    escpos::StatusStream m_statusStream;
    QTimer m_statusTimer;
    QTimer m_errorPoll;
};

} // namespace lane::devices::printer

Q_DECLARE_METATYPE(lane::devices::escpos::PrinterStatus)
