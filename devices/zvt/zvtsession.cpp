#include "devices/zvt/zvtsession.h"

#include <variant>

namespace lane::devices::zvt {

EcrSession::EcrSession(LinkType link, Charset charset, Timeouts timeouts)
    : m_link(link)
    , m_charset(charset)
    , m_timeouts(timeouts)
{}

std::optional<core::TimePoint> EcrSession::deadline() const
{
    if (m_state == State::Idle)
        return std::nullopt;
    return m_deadline;
}

void EcrSession::send(Output &out, const Apdu &apdu)
{
    const Bytes raw = encodeApdu(apdu);
    if (m_link == LinkType::Serial) {
        const Bytes framed = frameSerial(raw);
        out.toSend.insert(out.toSend.end(), framed.begin(), framed.end());
        if (!apdu.is(0x80, 0x00))
            m_lastFrame = framed; // re-sent on NAK
    } else {
        out.toSend.insert(out.toSend.end(), raw.begin(), raw.end());
    }
}

EcrSession::Output EcrSession::start(const Apdu &command, core::TimePoint now, bool statusEnquiry)
{
    Output out;
    m_result = CommandResult{};
    m_tcpReader.reset();
    m_deframer.reset();
    m_statusEnquiry = statusEnquiry;
    m_aborting = false;
    m_retries = 0;
    m_state = State::WaitAck;
    m_deadline = now + m_timeouts.t3;
    send(out, command);
    return out;
}

EcrSession::Output EcrSession::abort(core::TimePoint now)
{
    Output out;
    if (m_state == State::Idle)
        return out;
    m_aborting = true;
    send(out, command::abort());
    // The terminal answers the abort with 80 00 and ends the command with 06 1E.
    if (m_deadline < now + m_timeouts.t3)
        m_deadline = now + m_timeouts.t3;
    return out;
}

void EcrSession::finish(Output &out, CommandResult::End end, std::string detail)
{
    m_result.end = end;
    m_result.detail = std::move(detail);
    m_state = State::Idle;
    out.result = std::move(m_result);
    m_result = CommandResult{};
}

EcrSession::Output EcrSession::feed(std::span<const std::uint8_t> bytes, core::TimePoint now)
{
    Output out;
    std::vector<Apdu> apdus;
    if (m_link == LinkType::Tcp) {
        apdus = m_tcpReader.feed(bytes);
    } else {
        for (auto &item : m_deframer.feed(bytes)) {
            switch (item.kind) {
            case SerialItem::Kind::Frame: {
                out.toSend.push_back(kAck); // link-level acknowledgement of the frame
                auto apdu = decodeApdu(item.apdu);
                if (apdu)
                    apdus.push_back(std::move(*apdu));
                else if (m_state != State::Idle)
                    finish(out, CommandResult::End::ProtocolError, apdu.error().message);
                break;
            }
            case SerialItem::Kind::BadCrc:
                out.toSend.push_back(kNak);
                break;
            case SerialItem::Kind::Nak:
                if (!m_lastFrame.empty() && m_state != State::Idle
                    && m_retries++ < m_timeouts.serialRetries)
                    out.toSend.insert(out.toSend.end(), m_lastFrame.begin(), m_lastFrame.end());
                else if (m_state != State::Idle)
                    finish(out, CommandResult::End::Refused, "terminal refused the frame (NAK)");
                break;
            case SerialItem::Kind::Ack:
            case SerialItem::Kind::Garbage:
                break;
            }
        }
    }
    for (const auto &apdu : apdus) {
        if (m_state == State::Idle)
            break; // late messages after the end: the next command's start resets
        handle(out, apdu, now);
    }
    return out;
}

void EcrSession::handle(Output &out, const Apdu &apdu, core::TimePoint now)
{
    auto decoded = decodeTerminalMessage(apdu, m_charset, m_statusEnquiry);
    if (!decoded) {
        send(out, Apdu{0x84, 0x9A, {}}); // protocol error back to the terminal
        finish(out, CommandResult::End::ProtocolError, decoded.error().message);
        return;
    }
    auto &msg = *decoded;
    if (auto *ack = std::get_if<Acknowledge>(&msg)) {
        if (m_state == State::WaitAck) {
            if (!ack->positive) {
                m_result.resultCode = ack->errorCode;
                finish(out, CommandResult::End::Refused,
                       "terminal refused the command: " + resultCodeText(ack->errorCode));
                return;
            }
            m_result.acknowledged = true;
            out.acknowledged = true;
            m_state = State::WaitCompletion;
            m_deadline = now + m_timeouts.t4;
        }
        return; // acknowledgements of our 06 B0 or repeated ones need nothing
    }
    // Any terminal message implies the command arrived.
    if (m_state == State::WaitAck) {
        m_result.acknowledged = true;
        out.acknowledged = true;
        m_state = State::WaitCompletion;
    }
    if (std::holds_alternative<OtherMessage>(msg)) {
        send(out, Apdu{0x84, 0x83, {}}); // function not possible on this ECR
        m_deadline = now + m_timeouts.t4;
        return;
    }
    send(out, command::ack());
    m_deadline = now + m_timeouts.t4; // T4 restarts on every message from the terminal
    if (auto *s = std::get_if<IntermediateStatus>(&msg)) {
        out.progress.push_back(*s);
    } else if (auto *st = std::get_if<StatusInformation>(&msg)) {
        m_result.status = std::move(*st);
    } else if (auto *p = std::get_if<PrintText>(&msg)) {
        m_result.receiptLines.insert(m_result.receiptLines.end(), p->lines.begin(), p->lines.end());
    } else if (auto *c = std::get_if<Completion>(&msg)) {
        m_result.completion = std::move(*c);
        finish(out, CommandResult::End::Completed, "completed");
    } else if (auto *a = std::get_if<TerminalAbort>(&msg)) {
        m_result.resultCode = a->resultCode;
        finish(out, CommandResult::End::TerminalAbort,
               (m_aborting ? "aborted on request: " : "terminal aborted: ")
                   + resultCodeText(a->resultCode));
    }
}

EcrSession::Output EcrSession::tick(core::TimePoint now)
{
    Output out;
    if (m_state == State::Idle || now < m_deadline)
        return out;
    if (m_state == State::WaitAck)
        finish(out, CommandResult::End::AckTimeout, "no acknowledgement within T3");
    else
        finish(out, CommandResult::End::CompletionTimeout,
               "no message from the terminal within T4");
    return out;
}

EcrSession::Output EcrSession::connectionLost()
{
    Output out;
    if (m_state != State::Idle)
        finish(out, CommandResult::End::ConnectionLost, "connection to the terminal lost");
    return out;
}

} // namespace lane::devices::zvt
