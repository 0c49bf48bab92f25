#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/clock.h"
#include "devices/zvt/zvtcommands.h"

namespace lane::devices::zvt {

enum class LinkType { Tcp, Serial };

/// ZVT timeouts (PA00P015 ch. 2): T3 for the terminal's acknowledgement of a command; T4 for
/// the next message while a command runs, restarted by every intermediate status.
struct Timeouts
{
    std::chrono::milliseconds t3{5000};
    std::chrono::milliseconds t4{180000};
    int serialRetries = 3; // frames re-sent after a NAK
};

/// How one ECR command exchange ended.
struct CommandResult
{
    enum class End {
        Completed,         // 06 0F
        TerminalAbort,     // 06 1E with a result code
        Refused,           // 84 xx: the terminal did not take the command
        AckTimeout,        // no 80 00 within T3: unknown whether it arrived
        CompletionTimeout, // nothing within T4 after the acknowledgement
        ConnectionLost,
        ProtocolError,
    };
    End end = End::ProtocolError;
    bool acknowledged = false;               // the terminal confirmed receipt of the command
    std::optional<StatusInformation> status; // the last 04 0F
    std::optional<Completion> completion;
    std::uint8_t resultCode = 0; // TerminalAbort / Refused
    std::vector<std::string> receiptLines;
    std::string detail; // for logs
};

/// The ECR side of one ZVT command, without I/O: bytes and time go in, bytes to write,
/// progress and the final result come out. The Qt adapter and the benchmark drive it.
class EcrSession
{
public:
    struct Output
    {
        Bytes toSend;
        std::vector<IntermediateStatus> progress;
        bool acknowledged = false; // the command's 80 00 arrived in this step
        std::optional<CommandResult> result;
    };

    EcrSession(LinkType link, Charset charset, Timeouts timeouts);

    /// Starts a command exchange; `statusEnquiry` selects the 06 0F layout of 05 01.
    Output start(const Apdu &command, core::TimePoint now, bool statusEnquiry = false);
    /// Sends 06 B0 while a command runs; the terminal then ends it with 06 1E.
    Output abort(core::TimePoint now);
    Output feed(std::span<const std::uint8_t> bytes, core::TimePoint now);
    /// Call when the deadline passed.
    Output tick(core::TimePoint now);
    Output connectionLost();

    std::optional<core::TimePoint> deadline() const;
    bool running() const { return m_state != State::Idle; }

private:
    enum class State { Idle, WaitAck, WaitCompletion };
    void send(Output &out, const Apdu &apdu);
    void handle(Output &out, const Apdu &apdu, core::TimePoint now);
    void finish(Output &out, CommandResult::End end, std::string detail);

    LinkType m_link;
    Charset m_charset;
    Timeouts m_timeouts;
    State m_state = State::Idle;
    bool m_statusEnquiry = false;
    bool m_aborting = false;
    core::TimePoint m_deadline{};
    CommandResult m_result;
    ApduStreamReader m_tcpReader;
    SerialDeframer m_deframer;
    Bytes m_lastFrame;
    int m_retries = 0;
};

} // namespace lane::devices::zvt
