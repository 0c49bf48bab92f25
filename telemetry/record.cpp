#include "telemetry/record.h"

#include <openssl/rand.h>

#include "core/base/utf8.h"

#include <charconv>
#include <random>

namespace lane::telemetry {

using core::Severity;

const core::EventAttribute *Record::attribute(std::string_view key) const
{
    for (const auto &a : attributes)
        if (a.key == key)
            return &a;
    return nullptr;
}

std::string_view severityText(Severity s)
{
    switch (s) {
    case Severity::Debug:
        return "DEBUG";
    case Severity::Info:
        return "INFO";
    case Severity::Warn:
        return "WARN";
    case Severity::Error:
        return "ERROR";
    }
    return "INFO";
}

int otlpSeverityNumber(Severity s)
{
    switch (s) {
    case Severity::Debug:
        return 5;
    case Severity::Info:
        return 9;
    case Severity::Warn:
        return 13;
    case Severity::Error:
        return 17;
    }
    return 9;
}

bool parseSeverity(std::string_view t, Severity &out)
{
    if (t == "DEBUG")
        out = Severity::Debug;
    else if (t == "INFO")
        out = Severity::Info;
    else if (t == "WARN")
        out = Severity::Warn;
    else if (t == "ERROR")
        out = Severity::Error;
    else
        return false;
    return true;
}

namespace {

void appendUInt(std::string &out, std::uint64_t v)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out.append(buf, end);
}

void appendInt(std::string &out, std::int64_t v)
{
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    (void)ec;
    out.append(buf, end);
}

void appendField(std::string &out, std::string_view key, std::string_view value)
{
    out += ",\"";
    out += key;
    out += "\":";
    appendJsonString(out, value);
}

} // namespace

void appendJsonLine(std::string &out, const Record &r)
{
    out += "{\"ts\":";
    appendUInt(out, r.tsNs);
    appendField(out, "sev", severityText(r.severity));
    appendField(out, "name", r.name);
    appendField(out, "msg", r.message);
    appendField(out, "store", r.resource.store);
    appendField(out, "pos", r.resource.pos);
    appendField(out, "host", r.resource.host);
    appendField(out, "ver", r.resource.version);
    appendField(out, "mode", r.resource.mode);
    appendField(out, "device", r.resource.device);
    appendField(out, "boot", r.boot);
    out += ",\"seq\":";
    appendUInt(out, r.seq);
    out += ",\"attrs\":{";
    bool first = true;
    for (const auto &a : r.attributes) {
        if (!first)
            out += ',';
        first = false;
        appendJsonString(out, a.key);
        out += ':';
        if (const auto *s = std::get_if<std::string>(&a.value))
            appendJsonString(out, *s);
        else if (const auto *i = std::get_if<std::int64_t>(&a.value))
            appendInt(out, *i);
        else
            out += std::get<bool>(a.value) ? "true" : "false";
    }
    out += "}}\n";
}

std::string toJsonLine(const Record &r)
{
    std::string out;
    out.reserve(256 + r.message.size());
    appendJsonLine(out, r);
    return out;
}

namespace {

/// A small parser for the flat spool line: string/integer/bool values and one nested
/// object ("attrs"). Faster than a general DOM and exact for 64-bit integers.
class LineParser
{
public:
    explicit LineParser(std::string_view s)
        : m_s(s)
    {}

    core::Result<Record> parse()
    {
        Record r;
        ws();
        if (!eat('{'))
            return fail("expected '{'");
        ws();
        if (eat('}'))
            return fail("empty object");
        for (;;) {
            ws();
            std::string key;
            if (!string(key))
                return fail("expected a key");
            ws();
            if (!eat(':'))
                return fail("expected ':'");
            ws();
            if (key == "attrs") {
                if (!attrs(r.attributes))
                    return fail(m_err.empty() ? "bad attrs" : m_err);
            } else if (key == "ts" || key == "seq") {
                std::uint64_t v = 0;
                if (!unsignedNumber(v))
                    return fail("expected an unsigned integer for " + key);
                (key == "ts" ? r.tsNs : r.seq) = v;
            } else {
                std::string v;
                if (!string(v)) {
                    if (!skipScalar())
                        return fail("bad value for " + key);
                } else {
                    assign(r, key, std::move(v));
                    if (!m_err.empty())
                        return fail(m_err);
                }
            }
            ws();
            if (eat(','))
                continue;
            if (eat('}'))
                break;
            return fail("expected ',' or '}'");
        }
        ws();
        if (m_i != m_s.size())
            return fail("trailing characters");
        if (r.name.empty())
            return fail("missing name");
        return r;
    }

private:
    core::Error fail(const std::string &what) const
    {
        return core::makeError("telemetry.bad_line",
                               "spool line: " + what + " at byte " + std::to_string(m_i));
    }

    void assign(Record &r, const std::string &key, std::string v)
    {
        if (key == "sev") {
            if (!parseSeverity(v, r.severity))
                m_err = "unknown severity '" + v + "'";
        } else if (key == "name") {
            r.name = std::move(v);
        } else if (key == "msg") {
            r.message = std::move(v);
        } else if (key == "store") {
            r.resource.store = std::move(v);
        } else if (key == "pos") {
            r.resource.pos = std::move(v);
        } else if (key == "host") {
            r.resource.host = std::move(v);
        } else if (key == "ver") {
            r.resource.version = std::move(v);
        } else if (key == "mode") {
            r.resource.mode = std::move(v);
        } else if (key == "device") {
            r.resource.device = std::move(v);
        } else if (key == "boot") {
            r.boot = std::move(v);
        }
    }

    bool attrs(std::vector<core::EventAttribute> &out)
    {
        if (!eat('{'))
            return false;
        ws();
        if (eat('}'))
            return true;
        for (;;) {
            ws();
            core::EventAttribute a;
            if (!string(a.key))
                return false;
            ws();
            if (!eat(':'))
                return false;
            ws();
            std::string s;
            if (peek('"')) {
                if (!string(s))
                    return false;
                a.value = std::move(s);
            } else if (literal("true")) {
                a.value = true;
            } else if (literal("false")) {
                a.value = false;
            } else {
                std::int64_t v = 0;
                if (!signedNumber(v))
                    return false;
                a.value = v;
            }
            out.push_back(std::move(a));
            ws();
            if (eat(','))
                continue;
            return eat('}');
        }
    }

    bool unsignedNumber(std::uint64_t &v)
    {
        const char *b = m_s.data() + m_i;
        const char *e = m_s.data() + m_s.size();
        auto [p, ec] = std::from_chars(b, e, v);
        if (ec != std::errc() || p == b)
            return false;
        m_i += static_cast<std::size_t>(p - b);
        return true;
    }

    bool signedNumber(std::int64_t &v)
    {
        const char *b = m_s.data() + m_i;
        const char *e = m_s.data() + m_s.size();
        auto [p, ec] = std::from_chars(b, e, v);
        if (ec != std::errc() || p == b)
            return false;
        m_i += static_cast<std::size_t>(p - b);
        return true;
    }

    bool skipScalar()
    {
        if (literal("true") || literal("false") || literal("null"))
            return true;
        std::int64_t v = 0;
        return signedNumber(v);
    }

    bool literal(std::string_view word)
    {
        if (m_s.substr(m_i, word.size()) != word)
            return false;
        m_i += word.size();
        return true;
    }

    bool hex4(std::uint32_t &v)
    {
        if (m_i + 4 > m_s.size())
            return false;
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = m_s[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<std::uint32_t>(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    bool string(std::string &out)
    {
        if (!eat('"'))
            return false;
        for (;;) {
            if (m_i >= m_s.size())
                return false;
            const char c = m_s[m_i++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (static_cast<unsigned char>(c) >= 0x80) {
                // Invalid UTF-8 reads as U+FFFD, as the writer writes it, so a record
                // survives a parse/write round trip unchanged (found by fuzzing).
                const std::size_t n = core::utf8SequenceLength(m_s, m_i - 1);
                if (n == 0) {
                    out += "\xEF\xBF\xBD";
                } else {
                    out.append(m_s.data() + m_i - 1, n);
                    m_i += n - 1;
                }
                continue;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_i >= m_s.size())
                return false;
            const char e = m_s[m_i++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    std::uint32_t lo = 0;
                    if (!literal("\\u") || !hex4(lo) || lo < 0xDC00 || lo > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return false;
                }
                core::appendUtf8(out, static_cast<char32_t>(cp));
                break;
            }
            default:
                return false;
            }
        }
    }

    void ws()
    {
        while (m_i < m_s.size()
               && (m_s[m_i] == ' ' || m_s[m_i] == '\t' || m_s[m_i] == '\n' || m_s[m_i] == '\r'))
            ++m_i;
    }
    bool peek(char c) const { return m_i < m_s.size() && m_s[m_i] == c; }
    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++m_i;
        return true;
    }

    std::string_view m_s;
    std::size_t m_i = 0;
    std::string m_err;
};

} // namespace

core::Result<Record> parseJsonLine(std::string_view line)
{
    return LineParser(line).parse();
}

std::string newBootId()
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        // The OpenSSL RNG failing is close to impossible; fall back rather than emit nothing.
        std::random_device rd;
        for (auto &b : bytes)
            b = static_cast<unsigned char>(rd());
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 0xF];
    }
    return out;
}

} // namespace lane::telemetry
