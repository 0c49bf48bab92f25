#include "devices/printer/receiptprinter.h"

#include "devices/framework/logging.h"
#include "devices/printer/qttextcodec.h"
#include "devices/printer/receiptrenderer.h"

namespace lane::devices::printer {

using namespace escpos;

namespace {

TextRasterFn rasterFor(const PrinterProfile &profile)
{
    if (profile.textMode != TextMode::Raster)
        return {};
    return ReceiptRenderer().textRasterizer();
}

QByteArray statusRequests()
{
    QByteArray bytes;
    for (int n = 1; n <= 4; ++n) {
        const auto request = statusRequest(n);
        bytes.append(reinterpret_cast<const char *>(request.data()), 3);
    }
    return bytes;
}

} // namespace

ReceiptPrinter::ReceiptPrinter(QString name, std::unique_ptr<ByteChannel> transport,
                               Settings settings, QObject *parent)
    : Device(std::move(name), QStringLiteral("printer"), parent)
    , m_settings(std::move(settings))
    , m_encoder(m_settings.profile, makeTextEncoder(m_settings.profile),
                rasterFor(m_settings.profile))
{
    qRegisterMetaType<lane::devices::escpos::PrinterStatus>();
    setChannel(std::move(transport));
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        const Phase phase = m_phase;
        m_phase = Phase::None;
        const QString detail
            = QStringLiteral("no status reply within %1 ms").arg(m_settings.statusTimeoutMs);
        if (phase == Phase::BeforeJob || phase == Phase::AfterJob)
            failJob(DeviceErrorCode::Timeout, detail);
        else if (state() != DeviceState::Error)
            fail(DeviceErrorCode::Timeout, detail);
    });
    connect(&m_errorPoll, &QTimer::timeout, this, [this] {
        if (state() == DeviceState::Error && m_phase == Phase::None && channel()
            && channel()->isOpen())
            queryStatus();
    });
}

ReceiptPrinter::~ReceiptPrinter() = default;

void ReceiptPrinter::rememberPrinted(const QStringList &jobIds)
{
    for (const auto &id : jobIds)
        m_printed.insert(id);
}

core::Status ReceiptPrinter::print(PrintJob job)
{
    if (auto status = requireEnabled(); !status)
        return status;
    if (job.id.isEmpty())
        return makeDeviceError(DeviceErrorCode::Config, QStringLiteral("a print job needs an id"));
    if (wasPrinted(job.id))
        return makeDeviceError(DeviceErrorCode::AlreadyPrinted, job.id);
    for (const auto &queued : m_queue) {
        if (queued.id == job.id)
            return makeDeviceError(DeviceErrorCode::Busy,
                                   job.id + QStringLiteral(" is already queued"));
    }
    if (job.copy) {
        TextStyle header;
        header.bold = true;
        header.doubleWidth = true;
        header.align = Align::Center;
        job.document.elements.insert(job.document.elements.begin(),
                                     TextLine{m_settings.copyHeader.toStdString(), header});
    }
    auto bytes = m_encoder.encode(job.document);
    if (!bytes)
        return core::makeError(bytes.error().code,
                               "job " + job.id.toStdString() + ": " + bytes.error().message);
    m_queue.push_back(QueuedJob{job.id, QByteArray(reinterpret_cast<const char *>(bytes->data()),
                                                   qsizetype(bytes->size()))});
    if (m_phase == Phase::None && m_queue.size() == 1)
        startNext();
    return {};
}

void ReceiptPrinter::startNext()
{
    if (m_queue.empty() || m_phase != Phase::None)
        return;
    // In Error the printer stays there until the status check says it can print, so a
    // new job never reports a recovery that has not happened.
    if (state() != DeviceState::Error)
        setState(DeviceState::Busy);
    requestStatus(Phase::BeforeJob);
}

void ReceiptPrinter::queryStatus()
{
    if (m_phase != Phase::None || !channel() || !channel()->isOpen())
        return; // a running query or job reports the status anyway
    requestStatus(Phase::Query);
}

void ReceiptPrinter::requestStatus(Phase phase)
{
    m_phase = phase;
    m_replies = 0;
    m_pending = {};
    if (auto status = channel()->write(statusRequests()); !status) {
        m_phase = Phase::None;
        if (phase == Phase::Query)
            fail(DeviceErrorCode::Io, QString::fromStdString(status.error().message));
        else
            failJob(DeviceErrorCode::Io, QString::fromStdString(status.error().message));
        return;
    }
    m_statusTimer.start(m_settings.statusTimeoutMs);
}

void ReceiptPrinter::onData(const QByteArray &data)
{
    const auto items = m_statusStream.feed(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                           std::size_t(data.size()));
    for (const auto &item : items) {
        if (item.kind == StatusStream::Item::Kind::Asb) {
            applyAsb(item.asb);
            continue;
        }
        if (m_phase == Phase::None)
            continue; // a late reply after a timeout
        if (auto status = applyDleEotReply(m_replies + 1, item.dleEot, m_pending); !status)
            continue;
        if (++m_replies == 4)
            statusComplete();
    }
}

void ReceiptPrinter::applyAsb(const PrinterStatus &status)
{
    const bool changed = !(status == m_status);
    m_status = status;
    if (changed)
        Q_EMIT printerStatusChanged(m_status);
    // A job in progress reads DLE EOT itself and decides from that; between jobs the
    // block is the news: a fault now, or the end of one.
    if (m_phase != Phase::None)
        return;
    if (!m_status.canPrint()) {
        if (state() != DeviceState::Error)
            fail(codeFor(m_status), QString::fromStdString(m_status.message()));
        return;
    }
    if (state() == DeviceState::Error) {
        clearError();
        startNext();
    }
}

DeviceErrorCode ReceiptPrinter::codeFor(const PrinterStatus &s)
{
    if (s.coverOpen)
        return DeviceErrorCode::CoverOpen;
    if (s.paperEnd || s.paperEndStop)
        return DeviceErrorCode::PaperEnd;
    if (s.cutterError)
        return DeviceErrorCode::CutterError;
    if (s.unrecoverableError || s.autoRecoverableError)
        return DeviceErrorCode::PrinterFault;
    return DeviceErrorCode::Offline;
}

void ReceiptPrinter::statusComplete()
{
    m_statusTimer.stop();
    const Phase phase = m_phase;
    m_phase = Phase::None;
    const bool changed = !(m_pending == m_status);
    m_status = m_pending;
    if (changed)
        Q_EMIT printerStatusChanged(m_status);
    if (m_status.paperNearEnd)
        Q_EMIT statusEvent(
            QStringLiteral("printer.paper_near_end"),
            QStringLiteral("The paper roll is nearly used up: have a new one ready."));
    const bool ok = m_status.canPrint();
    const QString message = QString::fromStdString(m_status.message());
    switch (phase) {
    case Phase::Query:
        if (ok)
            clearError();
        else if (state() != DeviceState::Error)
            fail(codeFor(m_status), message);
        startNext();
        break;
    case Phase::BeforeJob:
        if (!ok) {
            failJob(codeFor(m_status), message);
            break;
        }
        clearError();
        setState(DeviceState::Busy);
        if (auto status = channel()->write(m_queue.front().bytes); !status) {
            failJob(DeviceErrorCode::Io, QString::fromStdString(status.error().message));
            break;
        }
        requestStatus(Phase::AfterJob);
        break;
    case Phase::AfterJob: {
        if (!ok) {
            // The paper ran out or the cover opened while printing: the receipt is not
            // complete, so a retry with the same id must print it again.
            failJob(codeFor(m_status), message);
            break;
        }
        const QString id = m_queue.front().id;
        m_queue.pop_front();
        m_printed.insert(id);
        log()->info("{}: job {} printed", name().toStdString(), id.toStdString());
        setState(DeviceState::Idle);
        Q_EMIT outputComplete(id);
        Q_EMIT jobCompleted(id);
        startNext();
        break;
    }
    case Phase::None:
        break;
    }
}

void ReceiptPrinter::failJob(DeviceErrorCode code, const QString &detail)
{
    if (m_queue.empty())
        return;
    fail(code, detail); // onFailure drops the queue and reports the jobs
}

void ReceiptPrinter::onFailure(const DeviceError &error)
{
    m_statusTimer.stop();
    m_phase = Phase::None;
    // Every queued job fails: the caller decides what to retry, and the ids that did not
    // complete may be retried safely.
    auto failed = std::move(m_queue);
    m_queue.clear();
    for (const auto &job : failed)
        Q_EMIT jobFailed(job.id, error);
    if (m_settings.errorPollMs > 0 && error.code != DeviceErrorCode::Disconnected)
        m_errorPoll.start(m_settings.errorPollMs);
}

void ReceiptPrinter::onOpened()
{
    m_phase = Phase::None;
    m_statusStream = {};
    m_errorPoll.stop();
    if (m_settings.automaticStatusBack) {
        const auto enable = automaticStatusBack(kAsbAll);
        if (auto status = channel()->write(QByteArray(reinterpret_cast<const char *>(enable.data()),
                                                      qsizetype(enable.size())));
            !status)
            log()->warn("{}: cannot enable automatic status back: {}", name().toStdString(),
                        status.error().message);
    }
}

void ReceiptPrinter::doClose()
{
    m_statusTimer.stop();
    m_errorPoll.stop();
    m_phase = Phase::None;
    Device::doClose();
}

core::Status ReceiptPrinter::pulseDrawer(const DrawerPulse &pulse)
{
    if (state() == DeviceState::Closed || !channel() || !channel()->isOpen())
        return makeDeviceError(DeviceErrorCode::NotOpen, {});
    const char bytes[5]
        = {0x1B, 'p', char(pulse.pin == 1 ? 1 : 0), char(std::clamp(pulse.onMs / 2, 1, 255)),
           char(std::clamp(pulse.offMs / 2, 1, 255))};
    return channel()->write(QByteArray(bytes, 5));
}

} // namespace lane::devices::printer
