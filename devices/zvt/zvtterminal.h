#pragma once

#include <memory>
#include <optional>

#include <QTimer>

#include "core/base/clock.h"
#include "core/payment/paymentprovider.h"
#include "devices/zvt/zvtchannel.h"
#include "devices/zvt/zvtsession.h"

namespace lane::devices::zvt {

/// Settings of one ZVT terminal as configured for a lane.
struct TerminalConfig
{
    std::string name = "zvt";
    LinkType link = LinkType::Tcp;
    Charset charset = Charset::Cp437;
    Timeouts timeouts;
    std::uint32_t password = 0;
    std::uint8_t configByte = 0xBA; // see command::registration
    core::Currency currency = *core::Currency::fromCode("EUR");
};

/// The ZVT terminal as a card payment provider (ECR side), driven from the Qt event loop:
/// connects and registers (06 00) on first use and after every reconnect, runs one command
/// at a time, ACKs every terminal message, keeps T3/T4, and answers last-result queries
/// with status enquiry (05 01) plus repeat receipt (06 20).
class ZvtTerminal final : public core::PaymentProvider
{
public:
    ZvtTerminal(std::unique_ptr<ByteChannel> channel, TerminalConfig config,
                const core::Clock &clock);
    ~ZvtTerminal() override;

    std::string providerName() const override { return "zvt:" + m_config.name; }
    void start(const core::PaymentRequest &request, ProgressFn progress, DoneFn done) override;
    void abort() override;
    void queryLastResult(LastResultFn done) override;

    /// Drops the connection (tests, shutdown); a running command ends as ConnectionLost.
    void disconnect();

private:
    enum class Phase { None, Connecting, Registering, Command, Enquiry, Repeat };
    struct Job
    {
        bool lastResult = false;
        core::PaymentRequest request;
        ProgressFn progress;
        DoneFn done;
        LastResultFn lastDone;
        bool abortRequested = false;
        CommandResult enquiry;
    };

    void begin(Job job);
    void proceed();
    void runCommand(const Apdu &apdu, Phase phase, bool statusEnquiry = false);
    void apply(EcrSession::Output out);
    void onResult(CommandResult result);
    void failJob(const std::string &reason, bool sent);
    void finishPayment(core::PaymentResult result);
    void armTimer();

    std::unique_ptr<ByteChannel> m_channel;
    TerminalConfig m_config;
    const core::Clock &m_clock;
    EcrSession m_session;
    QTimer m_timer;
    std::optional<Job> m_job;
    Phase m_phase = Phase::None;
    bool m_registered = false;
};

} // namespace lane::devices::zvt
