// HTTP reply handling: Retry-After values, OTLP partialSuccess bodies, ClickHouse error
// bodies, status classification and compressed bodies. Input: "<retry-after>\n<body>".
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "telemetry/httppolicy.h"

using namespace lane::telemetry;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view in(reinterpret_cast<const char *>(data), size);
    const auto nl = in.find('\n');
    const std::string_view retryAfter = in.substr(0, nl);
    const std::string_view body
        = nl == std::string_view::npos ? std::string_view{} : in.substr(nl + 1);
    const lane::core::TimePoint now{std::chrono::seconds(1'763'800'000)};
    if (auto d = parseRetryAfter(retryAfter, now))
        if (d->count() < 0)
            __builtin_trap(); // a delay is never negative
    (void)parseOtlpPartialSuccess(body);
    (void)isClickHouseInputError(body);
    int status = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 3); ++i)
        status = status * 10 + data[i] % 10;
    (void)classifyReply(status);
    (void)decompress(Compression::Gzip, body);
    (void)decompress(Compression::Zstd, body);
    return 0;
}
