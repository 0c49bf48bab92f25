#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "telemetry/record.h"

namespace lane::telemetry {

enum class Format {
    Otlp,       ///< OTLP/HTTP logs, JSON encoding (POST /v1/logs)
    Datadog,    ///< Datadog v2 logs intake (POST /api/v2/logs), JSON array
    ClickHouse, ///< NDJSON rows for ClickHouse JSONEachRow, Vector or Fluent Bit
};

struct EncoderOptions
{
    std::size_t maxRecords = 5000;
    std::size_t maxBytes = 4 * 1024 * 1024; ///< uncompressed payload
    std::string serviceName = "lane";
    std::string ddSource = "lane";
};

/// Builds one request body from spool records, honouring the receiver's documented limits.
/// add() refuses a record that would break a limit (the batch ends there); the first
/// record of a batch is always accepted, shortened if it alone is too big.
class BatchEncoder
{
public:
    virtual ~BatchEncoder() = default;
    virtual bool add(const Record &r) = 0;
    virtual std::size_t count() const = 0;
    virtual std::size_t bytes() const = 0;
    /// The payload for everything added since the last finish() (less what takeReady()
    /// took); starts a new batch.
    virtual std::string finish() = 0;
    /// Appends to `out` and drops the front of the payload that finish() will not change,
    /// so a batch can be compressed while it is built. Encoders that group records (OTLP)
    /// give nothing before finish().
    virtual void takeReady(std::string &out) { (void)out; }
    virtual std::string_view contentType() const = 0;
};

/// Datadog's documented intake limits.
inline constexpr std::size_t kDatadogMaxEntries = 1000;
inline constexpr std::size_t kDatadogMaxPayloadBytes = 5 * 1000 * 1000;
inline constexpr std::size_t kDatadogMaxEntryBytes = 1000 * 1000;

std::unique_ptr<BatchEncoder> makeEncoder(Format format, EncoderOptions options = {});
std::string_view formatName(Format f); ///< "otlp", "datadog", "clickhouse"

} // namespace lane::telemetry
