#include "telemetry/encoders.h"

#include "telemetry/segment.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace lane::telemetry {

namespace {

void appendKey(std::string &out, std::string_view key)
{
    appendJsonString(out, key);
    out += ':';
}

// Shortens a message so the encoded record fits; cuts on a UTF-8 boundary.
std::string shortened(std::string_view msg, std::size_t over)
{
    std::size_t keep = msg.size() > over + 32 ? msg.size() - over - 32 : 0;
    while (keep > 0 && (static_cast<unsigned char>(msg[keep]) & 0xC0) == 0x80)
        --keep;
    return std::string(msg.substr(0, keep)) + "...[truncated]";
}

// ---- OTLP/HTTP JSON ---------------------------------------------------------------------

void otlpStringKv(std::string &out, std::string_view key, std::string_view value)
{
    out += "{\"key\":";
    appendJsonString(out, key);
    out += ",\"value\":{\"stringValue\":";
    appendJsonString(out, value);
    out += "}}";
}

void otlpIntKv(std::string &out, std::string_view key, std::int64_t value)
{
    out += "{\"key\":";
    appendJsonString(out, key);
    out += ",\"value\":{\"intValue\":\"" + std::to_string(value) + "\"}}"; // int64 as string
}

class OtlpEncoder final : public BatchEncoder
{
public:
    explicit OtlpEncoder(EncoderOptions o)
        : m_opt(std::move(o))
    {}

    bool add(const Record &r) override
    {
        std::string rec = encodeRecord(r);
        const std::size_t overhead = 512; // resource and scope wrapping
        if (m_count > 0
            && (m_count >= m_opt.maxRecords || m_bytes + rec.size() + overhead > m_opt.maxBytes))
            return false;
        if (m_count == 0 && rec.size() + overhead > m_opt.maxBytes) {
            Record copy = r;
            copy.message = shortened(r.message, rec.size() + overhead - m_opt.maxBytes);
            copy.attributes.push_back({"lane.truncated", true});
            rec = encodeRecord(copy);
        }
        m_bytes += rec.size() + 1;
        ++m_count;
        m_groups[key(r)].push_back(std::move(rec));
        if (!m_resources.count(key(r)))
            m_resources[key(r)] = r.resource;
        return true;
    }

    std::size_t count() const override { return m_count; }
    std::size_t bytes() const override { return m_bytes; }
    std::string_view contentType() const override { return "application/json"; }

    std::string finish() override
    {
        std::string out;
        out.reserve(m_bytes + 1024);
        out += "{\"resourceLogs\":[";
        bool firstGroup = true;
        for (auto &[k, records] : m_groups) {
            const Resource &res = m_resources[k];
            if (!firstGroup)
                out += ',';
            firstGroup = false;
            out += "{\"resource\":{\"attributes\":[";
            otlpStringKv(out, "service.name", m_opt.serviceName);
            out += ',';
            otlpStringKv(out, "service.version", res.version);
            out += ',';
            otlpStringKv(out, "host.name", res.host);
            out += ',';
            otlpStringKv(out, "device.id", res.device);
            out += ',';
            otlpStringKv(out, "lane.store", res.store);
            out += ',';
            otlpStringKv(out, "lane.pos", res.pos);
            out += ',';
            otlpStringKv(out, "lane.mode", res.mode);
            out += "]},\"scopeLogs\":[{\"scope\":{\"name\":\"lane.telemetry\"},\"logRecords\":[";
            for (std::size_t i = 0; i < records.size(); ++i) {
                if (i)
                    out += ',';
                out += records[i];
            }
            out += "]}]}";
        }
        out += "]}";
        m_groups.clear();
        m_resources.clear();
        m_count = 0;
        m_bytes = 0;
        return out;
    }

private:
    using Key
        = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;
    static Key key(const Record &r)
    {
        const auto &s = r.resource;
        return {s.store, s.pos, s.host, s.version, s.mode, s.device};
    }

    static std::string encodeRecord(const Record &r)
    {
        std::string out;
        out.reserve(256 + r.message.size());
        out += "{\"timeUnixNano\":\"" + std::to_string(r.tsNs) + "\"";
        out += ",\"severityNumber\":" + std::to_string(otlpSeverityNumber(r.severity));
        out += ",\"severityText\":";
        appendJsonString(out, severityText(r.severity));
        out += ",\"body\":{\"stringValue\":";
        appendJsonString(out, r.message);
        out += "},\"attributes\":[";
        otlpStringKv(out, "event.name", r.name);
        out += ',';
        otlpStringKv(out, "lane.boot", r.boot);
        out += ',';
        otlpIntKv(out, "lane.seq", static_cast<std::int64_t>(r.seq));
        for (const auto &a : r.attributes) {
            out += ',';
            if (const auto *s = std::get_if<std::string>(&a.value)) {
                otlpStringKv(out, a.key, *s);
            } else if (const auto *i = std::get_if<std::int64_t>(&a.value)) {
                otlpIntKv(out, a.key, *i);
            } else {
                out += "{\"key\":";
                appendJsonString(out, a.key);
                out += std::get<bool>(a.value) ? ",\"value\":{\"boolValue\":true}}"
                                               : ",\"value\":{\"boolValue\":false}}";
            }
        }
        out += "]}";
        return out;
    }

    EncoderOptions m_opt;
    std::map<Key, std::vector<std::string>> m_groups;
    std::map<Key, Resource> m_resources;
    std::size_t m_count = 0;
    std::size_t m_bytes = 0;
};

// ---- Datadog v2 -------------------------------------------------------------------------

std::string_view datadogStatus(core::Severity s)
{
    switch (s) {
    case core::Severity::Debug:
        return "debug";
    case core::Severity::Info:
        return "info";
    case core::Severity::Warn:
        return "warning";
    case core::Severity::Error:
        return "error";
    }
    return "info";
}

class DatadogEncoder final : public BatchEncoder
{
public:
    explicit DatadogEncoder(EncoderOptions o)
        : m_opt(std::move(o))
    {
        m_opt.maxRecords = std::min(m_opt.maxRecords, kDatadogMaxEntries);
        m_opt.maxBytes = std::min(m_opt.maxBytes, kDatadogMaxPayloadBytes);
    }

    bool add(const Record &r) override
    {
        std::string e = encode(r);
        if (e.size() > kDatadogMaxEntryBytes) {
            Record copy = r;
            copy.message = shortened(r.message, e.size() - kDatadogMaxEntryBytes);
            copy.attributes.push_back({"truncated", true});
            e = encode(copy);
        }
        // "[" + entries joined by "," + "]"
        const std::size_t after = m_bytes + e.size() + 1 + (m_count == 0 ? 1 : 0);
        if (m_count > 0 && (m_count >= m_opt.maxRecords || after > m_opt.maxBytes))
            return false;
        if (m_count == 0)
            m_body = "[";
        else
            m_body += ',';
        m_body += e;
        m_bytes = m_taken + m_body.size() + 1;
        ++m_count;
        return true;
    }

    void takeReady(std::string &out) override
    {
        out += m_body;
        m_taken += m_body.size();
        m_body.clear();
    }

    std::size_t count() const override { return m_count; }
    std::size_t bytes() const override { return m_bytes; }
    std::string_view contentType() const override { return "application/json"; }

    std::string finish() override
    {
        std::string out = m_count ? std::move(m_body) + "]" : std::string("[]");
        m_body.clear();
        m_count = 0;
        m_bytes = 0;
        m_taken = 0;
        return out;
    }

private:
    std::string encode(const Record &r) const
    {
        std::string out;
        out.reserve(320 + r.message.size());
        out += '{';
        appendKey(out, "ddsource");
        appendJsonString(out, m_opt.ddSource);
        out += ',';
        appendKey(out, "ddtags");
        std::string tags = "store:" + r.resource.store + ",pos:" + r.resource.pos
                           + ",mode:" + r.resource.mode + ",version:" + r.resource.version
                           + ",event:" + r.name;
        appendJsonString(out, tags);
        out += ',';
        appendKey(out, "hostname");
        appendJsonString(out, r.resource.host);
        out += ',';
        appendKey(out, "service");
        appendJsonString(out, m_opt.serviceName);
        out += ',';
        appendKey(out, "status");
        appendJsonString(out, datadogStatus(r.severity));
        out += ',';
        appendKey(out, "message");
        appendJsonString(out, r.message);
        // Milliseconds since the epoch. The intake drops entries older than 18 h; the
        // forwarder still sends them (see docs/telemetry.md) and keeps them in the archive.
        out += ",\"timestamp\":" + std::to_string(r.tsNs / 1'000'000);
        out += ",\"lane\":{";
        appendKey(out, "event");
        appendJsonString(out, r.name);
        out += ',';
        appendKey(out, "device");
        appendJsonString(out, r.resource.device);
        out += ',';
        appendKey(out, "boot");
        appendJsonString(out, r.boot);
        out += ",\"seq\":" + std::to_string(r.seq) + ",\"ts_ns\":\"" + std::to_string(r.tsNs)
               + "\"";
        for (const auto &a : r.attributes) {
            out += ',';
            appendKey(out, a.key);
            if (const auto *s = std::get_if<std::string>(&a.value))
                appendJsonString(out, *s);
            else if (const auto *i = std::get_if<std::int64_t>(&a.value))
                out += std::to_string(*i);
            else
                out += std::get<bool>(a.value) ? "true" : "false";
        }
        out += "}}";
        return out;
    }

    EncoderOptions m_opt;
    std::string m_body;
    std::size_t m_count = 0;
    std::size_t m_bytes = 0;
    std::size_t m_taken = 0; ///< handed out by takeReady()
};

// ---- NDJSON rows (ClickHouse JSONEachRow, Vector, Fluent Bit) ---------------------------

class NdjsonEncoder final : public BatchEncoder
{
public:
    explicit NdjsonEncoder(EncoderOptions o)
        : m_opt(std::move(o))
    {}

    bool add(const Record &r) override
    {
        const std::size_t before = m_body.size();
        encode(r, m_body);
        const std::size_t size = m_body.size() - before;
        if (m_count > 0
            && (m_count >= m_opt.maxRecords || m_taken + m_body.size() > m_opt.maxBytes)) {
            m_body.resize(before);
            return false;
        }
        if (m_count == 0 && size > m_opt.maxBytes) {
            m_body.resize(before);
            Record copy = r;
            copy.message = shortened(r.message, size - m_opt.maxBytes);
            encode(copy, m_body);
        }
        ++m_count;
        return true;
    }

    std::size_t count() const override { return m_count; }
    std::size_t bytes() const override { return m_taken + m_body.size(); }
    std::string_view contentType() const override { return "application/x-ndjson"; }

    std::string finish() override
    {
        std::string out = std::move(m_body);
        m_body.clear();
        m_count = 0;
        m_taken = 0;
        return out;
    }

    void takeReady(std::string &out) override
    {
        out += m_body;
        m_taken += m_body.size();
        m_body.clear();
    }

private:
    static void encode(const Record &r, std::string &out)
    {
        // Flat columns for ClickHouse 18.16 (no DateTime64, no JSON type): ts is UInt64
        // nanoseconds, attributes one JSON string column.
        out += "{\"ts\":" + std::to_string(r.tsNs);
        const auto day = utcDayDashed(r.tsNs);
        out += ",\"day\":\"" + day + "\",\"severity\":";
        appendJsonString(out, severityText(r.severity));
        out += ",\"name\":";
        appendJsonString(out, r.name);
        out += ",\"message\":";
        appendJsonString(out, r.message);
        out += ",\"store\":";
        appendJsonString(out, r.resource.store);
        out += ",\"pos\":";
        appendJsonString(out, r.resource.pos);
        out += ",\"host\":";
        appendJsonString(out, r.resource.host);
        out += ",\"version\":";
        appendJsonString(out, r.resource.version);
        out += ",\"mode\":";
        appendJsonString(out, r.resource.mode);
        out += ",\"device\":";
        appendJsonString(out, r.resource.device);
        out += ",\"boot\":";
        appendJsonString(out, r.boot);
        out += ",\"seq\":" + std::to_string(r.seq) + ",\"attributes\":";
        std::string attrs = "{";
        bool first = true;
        for (const auto &a : r.attributes) {
            if (!first)
                attrs += ',';
            first = false;
            appendJsonString(attrs, a.key);
            attrs += ':';
            if (const auto *s = std::get_if<std::string>(&a.value))
                appendJsonString(attrs, *s);
            else if (const auto *i = std::get_if<std::int64_t>(&a.value))
                attrs += std::to_string(*i);
            else
                attrs += std::get<bool>(a.value) ? "true" : "false";
        }
        attrs += '}';
        appendJsonString(out, attrs);
        out += "}\n";
    }

    static std::string utcDayDashed(std::uint64_t tsNs)
    {
        const std::string d = utcDay(tsNs);
        return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    }

    EncoderOptions m_opt;
    std::string m_body;
    std::size_t m_count = 0;
    std::size_t m_taken = 0; ///< handed out by takeReady()
};

} // namespace

std::unique_ptr<BatchEncoder> makeEncoder(Format format, EncoderOptions options)
{
    switch (format) {
    case Format::Otlp:
        return std::make_unique<OtlpEncoder>(std::move(options));
    case Format::Datadog:
        return std::make_unique<DatadogEncoder>(std::move(options));
    case Format::ClickHouse:
        return std::make_unique<NdjsonEncoder>(std::move(options));
    }
    return nullptr;
}

std::string_view formatName(Format f)
{
    switch (f) {
    case Format::Otlp:
        return "otlp";
    case Format::Datadog:
        return "datadog";
    case Format::ClickHouse:
        return "clickhouse";
    }
    return "";
}

} // namespace lane::telemetry
