#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "core/base/clock.h"
#include "core/base/result.h"

namespace lane::telemetry {

/// What to do with a batch after the receiver answered.
enum class ReplyClass {
    Success,   ///< 2xx: record the checkpoint
    Retryable, ///< 408, 429, 5xx, network errors: back off and send the same batch again
    TooLarge,  ///< 413: split the batch, then treat a single record as Permanent
    Permanent, ///< other 4xx: set the batch aside in rejected/ and move on
};

/// `httpStatus` 0 means no HTTP reply (connection refused, reset, timeout, TLS failure).
ReplyClass classifyReply(int httpStatus);

/// ClickHouse (18.16 at least) answers 500 also for input it can never parse; those
/// replies ("Code: 27, ... Cannot parse input") are permanent, not worth retrying.
bool isClickHouseInputError(std::string_view body);

/// Parses a Retry-After value: delta-seconds ("120") or an IMF-fixdate
/// ("Sun, 06 Nov 1994 08:49:37 GMT"), relative to `now`. Dates in the past give 0;
/// anything else (empty, negative, garbage, other date formats) gives nullopt.
std::optional<std::chrono::milliseconds> parseRetryAfter(std::string_view value,
                                                         core::TimePoint now);

/// Counts a 200 reply's OTLP partialSuccess: rejected records and the error message.
struct PartialSuccess
{
    std::int64_t rejected = 0;
    std::string message;
};
std::optional<PartialSuccess> parseOtlpPartialSuccess(std::string_view body);

/// Exponential backoff with jitter: the n-th delay is uniformly drawn from
/// [cap/2, cap], cap = min(max, min * 2^n), so a fleet coming back online spreads out.
class Backoff
{
public:
    Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max,
            std::uint64_t seed = std::random_device{}());
    std::chrono::milliseconds next();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::chrono::milliseconds m_min, m_max;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

enum class Compression { None, Gzip, Zstd };
std::string_view contentEncoding(Compression c); ///< "", "gzip", "zstd"
core::Result<std::string> compress(Compression c, std::string_view data, int level = 1);
core::Result<std::string> decompress(Compression c, std::string_view data);

/// Compresses one request body piece by piece (zlib deflate in chunks, or zstd's streaming
/// API), so the forwarder never holds a whole uncompressed batch.
class StreamCompressor
{
public:
    explicit StreamCompressor(Compression c, int level = 1);
    ~StreamCompressor();
    StreamCompressor(const StreamCompressor &) = delete;
    StreamCompressor &operator=(const StreamCompressor &) = delete;

    core::Status write(std::string_view data);
    /// Ends the stream and hands over the whole compressed body.
    core::Result<std::string> finish();

private:
    core::Status run(std::string_view data, bool end);

    Compression m_c;
    void *m_stream = nullptr; ///< z_stream or ZSTD_CCtx
    std::string m_out;
    std::size_t m_used = 0; ///< bytes of m_out written so far
    bool m_failed = false;
};

} // namespace lane::telemetry
