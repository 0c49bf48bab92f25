#include "devices/zvt/zvtterminal.h"

#include <spdlog/spdlog.h>

#include "devices/zvt/zvtresult.h"

namespace lane::devices::zvt {

namespace {
std::shared_ptr<spdlog::logger> log()
{
    static auto logger = [] {
        auto l = spdlog::get("lane.zvt");
        return l ? l : std::make_shared<spdlog::logger>("lane.zvt");
    }();
    return logger;
}
} // namespace

ZvtTerminal::ZvtTerminal(std::unique_ptr<ByteChannel> channel, TerminalConfig config,
                         const core::Clock &clock)
    : m_channel(std::move(channel))
    , m_config(std::move(config))
    , m_clock(clock)
    , m_session(m_config.link, m_config.charset, m_config.timeouts)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { apply(m_session.tick(m_clock.now())); });
    m_channel->setHandlers(ByteChannel::Handlers{
        [this] {
            if (m_phase == Phase::Connecting)
                proceed();
        },
        [this](const QByteArray &data) {
            const auto *p = reinterpret_cast<const std::uint8_t *>(data.constData());
            apply(m_session.feed(std::span(p, std::size_t(data.size())), m_clock.now()));
        },
        [this](const QString &reason) {
            m_registered = false;
            log()->warn("{}: {}", m_channel->describe().toStdString(), reason.toStdString());
            if (m_phase == Phase::Connecting)
                failJob("cannot connect to the terminal: " + reason.toStdString(), false);
            else if (m_session.running())
                apply(m_session.connectionLost());
        }});
}

ZvtTerminal::~ZvtTerminal()
{
    m_channel->setHandlers({});
}

void ZvtTerminal::start(const core::PaymentRequest &request, ProgressFn progress, DoneFn done)
{
    Job job;
    job.request = request;
    job.progress = std::move(progress);
    job.done = std::move(done);
    begin(std::move(job));
}

void ZvtTerminal::queryLastResult(LastResultFn done)
{
    Job job;
    job.lastResult = true;
    job.lastDone = std::move(done);
    begin(std::move(job));
}

void ZvtTerminal::begin(Job job)
{
    if (m_job) {
        // One command at a time; the payment service never overlaps them.
        if (job.lastResult)
            job.lastDone(core::makeError("zvt.busy", "the terminal is busy with another command"));
        else {
            core::PaymentResult r;
            r.outcome = core::PaymentOutcome::NotSent;
            r.amount = job.request.amount;
            r.message = "the terminal is busy with another command";
            job.done(std::move(r));
        }
        return;
    }
    m_job = std::move(job);
    if (!m_channel->isOpen()) {
        m_registered = false;
        m_phase = Phase::Connecting;
        m_channel->open();
        return;
    }
    proceed();
}

void ZvtTerminal::proceed()
{
    if (!m_job)
        return;
    if (!m_registered) {
        runCommand(command::registration(m_config.password, m_config.configByte,
                                         m_config.currency.numeric),
                   Phase::Registering);
        return;
    }
    if (m_job->lastResult) {
        runCommand(command::statusEnquiry(m_config.password), Phase::Enquiry, true);
        return;
    }
    if (m_job->abortRequested) {
        // Cancelled while connecting or registering: the command never went out.
        core::PaymentResult r;
        r.outcome = core::PaymentOutcome::Aborted;
        r.amount = m_job->request.amount;
        r.message = "Cancelled at the till";
        finishPayment(std::move(r));
        return;
    }
    const auto &rq = m_job->request;
    switch (rq.operation) {
    case core::PaymentOperation::Sale:
        runCommand(command::authorisation(rq.amount.minor(), m_config.currency.numeric),
                   Phase::Command);
        break;
    case core::PaymentOperation::Refund:
        runCommand(command::refund(m_config.password, rq.amount.minor()), Phase::Command);
        break;
    case core::PaymentOperation::Reversal: {
        std::uint32_t receipt = 0;
        for (char c : rq.receiptToReverse)
            if (c >= '0' && c <= '9')
                receipt = receipt * 10 + std::uint32_t(c - '0');
        runCommand(command::reversal(m_config.password, receipt), Phase::Command);
        break;
    }
    case core::PaymentOperation::EndOfDay:
        runCommand(command::endOfDay(m_config.password), Phase::Command);
        break;
    }
}

void ZvtTerminal::runCommand(const Apdu &apdu, Phase phase, bool statusEnquiry)
{
    m_phase = phase;
    apply(m_session.start(apdu, m_clock.now(), statusEnquiry));
}

void ZvtTerminal::abort()
{
    if (!m_job || m_job->lastResult)
        return;
    m_job->abortRequested = true;
    if (m_phase == Phase::Command)
        apply(m_session.abort(m_clock.now()));
}

void ZvtTerminal::disconnect()
{
    m_channel->close();
    m_registered = false;
    if (m_session.running())
        apply(m_session.connectionLost());
    else if (m_phase == Phase::Connecting)
        failJob("disconnected", false);
}

void ZvtTerminal::apply(EcrSession::Output out)
{
    if (!out.toSend.empty()) {
        const QByteArray bytes(reinterpret_cast<const char *>(out.toSend.data()),
                               qsizetype(out.toSend.size()));
        if (!m_channel->write(bytes))
            log()->warn("{}: write failed", m_channel->describe().toStdString());
    }
    if (m_job && !m_job->lastResult && m_phase == Phase::Command) {
        if (out.acknowledged && m_job->progress)
            m_job->progress(
                core::PaymentProgress{core::PaymentStage::Sent, "Sent to the terminal"});
        for (const auto &s : out.progress)
            if (m_job->progress)
                m_job->progress(toProgress(s));
    }
    if (out.result)
        onResult(std::move(*out.result));
    armTimer();
}

void ZvtTerminal::armTimer()
{
    const auto deadline = m_session.deadline();
    if (!deadline) {
        m_timer.stop();
        return;
    }
    const auto left
        = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - m_clock.now());
    m_timer.start(std::max<long long>(0, left.count()) + 1);
}

void ZvtTerminal::onResult(CommandResult result)
{
    if (!m_job)
        return;
    switch (m_phase) {
    case Phase::Registering:
        if (result.end == CommandResult::End::Completed) {
            m_registered = true;
            proceed();
        } else {
            failJob("registration failed: " + result.detail, false);
        }
        return;
    case Phase::Command:
        finishPayment(toPaymentResult(result, m_job->request, m_job->abortRequested));
        return;
    case Phase::Enquiry:
        if (result.end != CommandResult::End::Completed) {
            failJob("status enquiry failed: " + result.detail, false);
            return;
        }
        m_job->enquiry = std::move(result);
        if (m_job->enquiry.completion
            && m_job->enquiry.completion->terminalStatus.value_or(0) != 0) {
            auto job = std::move(*m_job);
            m_job.reset();
            m_phase = Phase::None;
            job.lastDone(toLastTransaction(job.enquiry, CommandResult{}, m_config.currency));
            return;
        }
        runCommand(command::repeatReceipt(m_config.password), Phase::Repeat);
        return;
    case Phase::Repeat: {
        auto job = std::move(*m_job);
        m_job.reset();
        m_phase = Phase::None;
        job.lastDone(toLastTransaction(job.enquiry, result, m_config.currency));
        return;
    }
    case Phase::None:
    case Phase::Connecting:
        return;
    }
}

void ZvtTerminal::failJob(const std::string &reason, bool sent)
{
    if (!m_job)
        return;
    auto job = std::move(*m_job);
    m_job.reset();
    m_phase = Phase::None;
    if (job.lastResult) {
        job.lastDone(core::makeError("zvt.unreachable", reason));
        return;
    }
    core::PaymentResult r;
    r.outcome = sent ? core::PaymentOutcome::Unknown : core::PaymentOutcome::NotSent;
    r.amount = job.request.amount;
    r.message = reason;
    job.done(std::move(r));
}

void ZvtTerminal::finishPayment(core::PaymentResult result)
{
    auto job = std::move(*m_job);
    m_job.reset();
    m_phase = Phase::None;
    job.done(std::move(result));
}

} // namespace lane::devices::zvt
