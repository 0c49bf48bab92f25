#include "devices/scale/scaleprotocol.h"

#include <cstdio>

namespace lane::devices::scale {
namespace {

core::Error replyError(std::string message)
{
    return core::makeError("scale.protocol", std::move(message));
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

std::string formatKg(std::int64_t grams, int width)
{
    char text[32];
    const std::int64_t a = grams < 0 ? -grams : grams;
    std::snprintf(text, sizeof text, "%s%0*lld.%03lld", grams < 0 ? "-" : "", width,
                  static_cast<long long>(a / 1000), static_cast<long long>(a % 1000));
    return text;
}

} // namespace

core::Result<std::int64_t> parseGrams(std::string_view number, std::string_view unit)
{
    number = trim(number);
    bool negative = false;
    if (!number.empty() && (number.front() == '-' || number.front() == '+')) {
        negative = number.front() == '-';
        number.remove_prefix(1);
    }
    std::int64_t whole = 0;
    std::int64_t frac = 0;
    int fracDigits = 0;
    bool point = false;
    int digits = 0;
    for (char c : number) {
        if (c == '.' && !point) {
            point = true;
            continue;
        }
        if (c < '0' || c > '9')
            return replyError("weight '" + std::string(number) + "' is not a number");
        if (++digits > 10)
            return replyError("weight '" + std::string(number) + "' has too many digits");
        if (point) {
            if (fracDigits < 4) {
                frac = frac * 10 + (c - '0');
                ++fracDigits;
            }
        } else {
            whole = whole * 10 + (c - '0');
        }
    }
    if (digits == 0)
        return replyError("empty weight");
    int scale = 0; // decimal exponent that turns the unit into grams
    if (unit == "g")
        scale = 0;
    else if (unit == "kg")
        scale = 3;
    else
        return replyError("unsupported weight unit '" + std::string(unit) + "'");
    // value = (whole + frac / 10^fracDigits) * 10^scale grams, rounded half away from zero
    std::int64_t pow10[8] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000};
    std::int64_t numerator = (whole * pow10[fracDigits] + frac) * pow10[scale];
    std::int64_t grams = (numerator + pow10[fracDigits] / 2) / pow10[fracDigits];
    if (fracDigits == 0)
        grams = numerator;
    return negative ? -grams : grams;
}

std::vector<core::Result<ScaleReply>> ToledoCodec::feed(std::string_view bytes)
{
    std::vector<core::Result<ScaleReply>> out;
    for (char raw : bytes) {
        const char c = char(raw & 0x7F); // 7 data bits + parity
        if (c == 0x02) {
            if (m_inReply)
                out.push_back(replyError("Toledo reply interrupted by a new STX"));
            m_inReply = true;
            m_reply.clear();
            continue;
        }
        if (!m_inReply)
            continue; // line noise between replies
        if (c != '\r') {
            if (m_reply.size() >= kMaxReply) {
                out.push_back(replyError("Toledo reply longer than 32 bytes"));
                m_inReply = false;
                continue;
            }
            m_reply.push_back(c);
            continue;
        }
        m_inReply = false;
        ScaleReply reply;
        reply.text = m_reply;
        if (!m_reply.empty() && m_reply[0] == '?') {
            if (m_reply.size() != 2) {
                out.push_back(
                    replyError("Toledo status reply '" + m_reply + "' must be ? + 1 byte"));
                continue;
            }
            reply.kind = ScaleReply::Kind::Status;
            reply.status = std::uint8_t(m_reply[1]);
            out.push_back(reply);
            continue;
        }
        auto grams = parseGrams(m_reply, "kg");
        if (!grams) {
            out.push_back(grams.error());
            continue;
        }
        reply.kind = ScaleReply::Kind::Weight;
        reply.grams = *grams;
        reply.stable = true; // 8217 only sends a weight when it is stable
        out.push_back(reply);
    }
    return out;
}

std::string ToledoCodec::weightReply(std::int64_t grams)
{
    return "\x02" + formatKg(grams, 2) + "\r";
}

std::string ToledoCodec::statusReply(std::uint8_t flags)
{
    return std::string("\x02?") + char(0x30 | (flags & 0x4F)) + "\r";
}

core::Result<ScaleReply> SicsCodec::parseLine(std::string_view line)
{
    ScaleReply reply;
    reply.text = std::string(line);
    if (line == "ES" || line == "ET" || line == "EL") {
        reply.kind = ScaleReply::Kind::Refused;
        return reply;
    }
    if (line.size() < 3 || line[1] != ' ')
        return replyError("SICS reply '" + std::string(line) + "' is malformed");
    const char command = line[0];
    const char status = line[2];
    if (command != 'S' && command != 'Z' && command != 'T' && command != 'I')
        return replyError("SICS reply '" + std::string(line) + "' answers an unknown command");
    switch (status) {
    case 'I':
        reply.kind = ScaleReply::Kind::Busy;
        return reply;
    case '+':
        reply.kind = ScaleReply::Kind::Overload;
        return reply;
    case '-':
        reply.kind = ScaleReply::Kind::Underload;
        return reply;
    case 'A':
        if (command != 'Z')
            break;
        reply.kind = ScaleReply::Kind::ZeroDone;
        return reply;
    case 'S':
    case 'D': {
        if (command == 'Z')
            break;
        std::string_view rest = trim(line.substr(3));
        const auto space = rest.rfind(' ');
        if (space == std::string_view::npos)
            return replyError("SICS reply '" + std::string(line) + "' has no unit");
        auto grams = parseGrams(rest.substr(0, space), trim(rest.substr(space + 1)));
        if (!grams)
            return grams.error();
        reply.kind = command == 'T' ? ScaleReply::Kind::TareDone : ScaleReply::Kind::Weight;
        reply.grams = *grams;
        reply.stable = status == 'S';
        return reply;
    }
    default:
        break;
    }
    return replyError("SICS reply '" + std::string(line) + "' has an unknown status");
}

std::vector<core::Result<ScaleReply>> SicsCodec::feed(std::string_view bytes)
{
    std::vector<core::Result<ScaleReply>> out;
    for (char c : bytes) {
        if (c == '\r')
            continue;
        if (c == '\n') {
            if (m_overflow)
                out.push_back(replyError("SICS line longer than 64 bytes"));
            else if (!m_line.empty())
                out.push_back(parseLine(m_line));
            m_line.clear();
            m_overflow = false;
            continue;
        }
        if (m_line.size() >= kMaxLine) {
            m_overflow = true;
            continue;
        }
        m_line.push_back(c);
    }
    return out;
}

std::string SicsCodec::weightReply(std::int64_t grams, bool stable, char command)
{
    const std::int64_t a = grams < 0 ? -grams : grams;
    const std::string number = (grams < 0 ? "-" : "") + std::to_string(a) + ".00";
    char text[64];
    std::snprintf(text, sizeof text, "%c %c %10s g\r\n", command, stable ? 'S' : 'D',
                  number.c_str());
    return text;
}

} // namespace lane::devices::scale
