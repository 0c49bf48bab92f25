#include "devices/scale/scale.h"

#include "devices/framework/logging.h"

namespace lane::devices::scale {

Scale::Scale(QString name, std::unique_ptr<ByteChannel> transport, Settings settings,
             const core::Clock &clock, QObject *parent)
    : Device(std::move(name), QStringLiteral("scale"), parent)
    , m_settings(settings)
    , m_clock(clock)
{
    setChannel(std::move(transport));
    connect(&m_poll, &QTimer::timeout, this, [this] { requestWeight(); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_inFlight.reset();
        m_queue.clear();
        m_last.reset();
        if (state() != DeviceState::Error)
            fail(DeviceErrorCode::Timeout,
                 QStringLiteral("no reply within %1 ms").arg(m_settings.replyTimeoutMs));
    });
}

void Scale::onOpened()
{
    m_toledo = {};
    m_sics = {};
    m_queue.clear();
    m_inFlight.reset();
    m_last.reset();
}

void Scale::doEnable(bool enabled)
{
    if (enabled && m_settings.pollIntervalMs > 0)
        m_poll.start(m_settings.pollIntervalMs);
    else
        m_poll.stop();
}

void Scale::doClose()
{
    m_poll.stop();
    m_timeout.stop();
    m_inFlight.reset();
    m_queue.clear();
    Device::doClose();
}

void Scale::requestWeight()
{
    // One weight request at a time: polling never piles up behind a silent scale.
    if (m_inFlight == Command::Weight
        || std::find(m_queue.begin(), m_queue.end(), Command::Weight) != m_queue.end())
        return;
    send(Command::Weight);
}

void Scale::zero()
{
    m_tare = 0;
    send(Command::Zero);
}

void Scale::tare()
{
    if (m_settings.protocol == ScaleProtocol::Sics) {
        send(Command::Tare);
        return;
    }
    m_softTarePending = true;
    requestWeight();
}

void Scale::clearTare()
{
    m_tare = 0;
}

void Scale::send(Command command)
{
    m_queue.push_back(command);
    if (!m_inFlight)
        sendNext();
}

void Scale::sendNext()
{
    if (m_queue.empty() || !channel() || !channel()->isOpen())
        return;
    const Command command = m_queue.front();
    m_queue.pop_front();
    const bool toledo = m_settings.protocol == ScaleProtocol::Toledo8217;
    std::string_view bytes;
    switch (command) {
    case Command::Weight:
        bytes = toledo ? ToledoCodec::kWeightRequest : SicsCodec::kWeightRequest;
        break;
    case Command::Zero:
        bytes = toledo ? ToledoCodec::kZeroRequest : SicsCodec::kZeroRequest;
        break;
    case Command::Tare:
        bytes = SicsCodec::kTareRequest;
        break;
    }
    if (auto status = channel()->write(QByteArray(bytes.data(), qsizetype(bytes.size())));
        !status) {
        fail(DeviceErrorCode::Io, QString::fromStdString(status.error().message));
        return;
    }
    m_inFlight = command;
    // The 8217 does not answer Z: it is done once written.
    if (toledo && command == Command::Zero) {
        m_inFlight.reset();
        Q_EMIT zeroed(true);
        sendNext();
        return;
    }
    m_timeout.start(m_settings.replyTimeoutMs);
}

void Scale::onData(const QByteArray &data)
{
    const std::string_view bytes(data.constData(), std::size_t(data.size()));
    auto replies = m_settings.protocol == ScaleProtocol::Toledo8217 ? m_toledo.feed(bytes)
                                                                    : m_sics.feed(bytes);
    for (auto &reply : replies) {
        if (!reply) {
            log()->warn("{}: {}", name().toStdString(), reply.error().message);
            Q_EMIT statusEvent(QString::fromStdString(reply.error().code),
                               QString::fromStdString(reply.error().message));
            continue;
        }
        handle(*reply);
    }
}

void Scale::handle(const ScaleReply &reply)
{
    m_timeout.stop();
    const auto command = m_inFlight;
    m_inFlight.reset();
    clearError(); // it answered: a timeout outage is over
    using Kind = ScaleReply::Kind;
    switch (reply.kind) {
    case Kind::Weight: {
        ScaleReply net = reply;
        if (m_settings.protocol == ScaleProtocol::Toledo8217) {
            if (m_softTarePending && reply.stable) {
                m_tare = reply.grams;
                m_softTarePending = false;
                Q_EMIT tared(m_tare, true);
            }
            net.grams -= m_tare;
        }
        m_last = net;
        m_lastAt = m_clock.now();
        Q_EMIT weightChanged(net.grams, net.stable);
        if (net.stable)
            Q_EMIT stableWeight(net.grams);
        break;
    }
    case Kind::Status: {
        ScaleReply unstable = reply;
        unstable.stable = false;
        m_last = unstable;
        m_lastAt = m_clock.now();
        if (reply.status & 0x4C)
            Q_EMIT statusEvent(QStringLiteral("scale.fault"),
                               QStringLiteral("The scale reports an internal fault (status 0x%1).")
                                   .arg(reply.status, 2, 16, QLatin1Char('0')));
        Q_EMIT weightChanged(0, false);
        break;
    }
    case Kind::ZeroDone:
        Q_EMIT zeroed(true);
        break;
    case Kind::TareDone:
        m_tare = reply.grams;
        Q_EMIT tared(reply.grams, true);
        break;
    case Kind::Busy:
    case Kind::Refused:
        if (command == Command::Zero)
            Q_EMIT zeroed(false);
        else if (command == Command::Tare)
            Q_EMIT tared(0, false);
        else
            m_last.reset();
        break;
    case Kind::Overload:
    case Kind::Underload: {
        m_last = reply;
        m_lastAt = m_clock.now();
        const auto code = reply.kind == Kind::Overload ? DeviceErrorCode::ScaleOverload
                                                       : DeviceErrorCode::ScaleUnderload;
        Q_EMIT statusEvent(errorCodeName(code), errorCodeMessage(code));
        if (command == Command::Zero)
            Q_EMIT zeroed(false);
        else if (command == Command::Tare)
            Q_EMIT tared(0, false);
        break;
    }
    }
    sendNext();
}

core::Result<std::int64_t> Scale::saleWeight() const
{
    if (auto status = requireEnabled(); !status)
        return status.error();
    if (state() == DeviceState::Error)
        return makeDeviceError(lastError().code, lastError().detail);
    if (!m_last)
        return makeDeviceError(DeviceErrorCode::ScaleUnstable, QStringLiteral("no reading yet"));
    if (m_last->kind == ScaleReply::Kind::Overload)
        return makeDeviceError(DeviceErrorCode::ScaleOverload, {});
    if (m_last->kind == ScaleReply::Kind::Underload)
        return makeDeviceError(DeviceErrorCode::ScaleUnderload, {});
    if (m_last->kind != ScaleReply::Kind::Weight || !m_last->stable)
        return makeDeviceError(DeviceErrorCode::ScaleUnstable, {});
    const auto age
        = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.now() - m_lastAt);
    if (age.count() > m_settings.maxReadingAgeMs)
        return makeDeviceError(DeviceErrorCode::ScaleUnstable,
                               QStringLiteral("last reading is %1 ms old").arg(age.count()));
    return m_last->grams;
}

} // namespace lane::devices::scale
