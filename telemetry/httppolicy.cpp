#include "telemetry/httppolicy.h"

#include <zlib.h>
#include <zstd.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace lane::telemetry {

ReplyClass classifyReply(int status)
{
    if (status >= 200 && status < 300)
        return ReplyClass::Success;
    if (status == 0 || status == 408 || status == 429 || status >= 500)
        return ReplyClass::Retryable;
    if (status == 413)
        return ReplyClass::TooLarge;
    if (status >= 400 && status < 500)
        return ReplyClass::Permanent;
    return ReplyClass::Retryable; // 1xx/3xx: not a verdict on the batch
}

bool isClickHouseInputError(std::string_view body)
{
    // CANNOT_PARSE_TEXT 6, CANNOT_PARSE_INPUT_ASSERTION_FAILED 26/27, CANNOT_PARSE_DATE 38,
    // CANNOT_PARSE_DATETIME 41, TYPE_MISMATCH 53, CANNOT_PARSE_NUMBER 72,
    // INCORRECT_DATA 117.
    if (!body.starts_with("Code: "))
        return false;
    int code = 0;
    const auto digits = body.substr(6);
    auto [p, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code);
    if (ec != std::errc())
        return false;
    for (int c : {6, 26, 27, 38, 41, 53, 72, 117})
        if (code == c)
            return true;
    return false;
}

namespace {

bool parseInt(std::string_view s, int &out)
{
    if (s.empty() || s.size() > 9)
        return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

} // namespace

std::optional<std::chrono::milliseconds> parseRetryAfter(std::string_view v, core::TimePoint now)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.remove_suffix(1);
    if (v.empty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (v.size() > 9)
            return std::chrono::milliseconds(999'999'999'000LL); // absurd; the caller caps
        int secs = 0;
        if (!parseInt(v, secs))
            return std::nullopt;
        return std::chrono::milliseconds(std::int64_t{secs} * 1000);
    }
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (exactly 29 characters).
    if (v.size() != 29 || v[3] != ',' || v[4] != ' ' || v[7] != ' ' || v[11] != ' ' || v[16] != ' '
        || v[19] != ':' || v[22] != ':' || v[25] != ' ' || v.substr(26) != "GMT")
        return std::nullopt;
    static constexpr std::array<std::string_view, 12> kMonths
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const auto mIt = std::find(kMonths.begin(), kMonths.end(), v.substr(8, 3));
    int day = 0, year = 0, hh = 0, mm = 0, ss = 0;
    if (mIt == kMonths.end() || !parseInt(v.substr(5, 2), day) || !parseInt(v.substr(12, 4), year)
        || !parseInt(v.substr(17, 2), hh) || !parseInt(v.substr(20, 2), mm)
        || !parseInt(v.substr(23, 2), ss))
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd{std::chrono::year(year),
                             std::chrono::month(static_cast<unsigned>(mIt - kMonths.begin() + 1)),
                             std::chrono::day(static_cast<unsigned>(day))};
    if (!ymd.ok() || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    const auto when = sys_days(ymd) + hours(hh) + minutes(mm) + seconds(ss);
    // In seconds: a date centuries away does not fit in nanoseconds (found by fuzzing).
    const auto delta = duration_cast<milliseconds>(when - time_point_cast<seconds>(now));
    return std::max(delta, milliseconds(0));
}

std::optional<PartialSuccess> parseOtlpPartialSuccess(std::string_view body)
{
    if (body.empty())
        return std::nullopt;
    const auto doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(body.data(), static_cast<qsizetype>(body.size())));
    if (!doc.isObject())
        return std::nullopt;
    const auto ps = doc.object().value(QStringLiteral("partialSuccess"));
    if (!ps.isObject())
        return std::nullopt;
    PartialSuccess out;
    const auto rejected = ps.toObject().value(QStringLiteral("rejectedLogRecords"));
    // int64 fields are strings in OTLP JSON, but accept numbers too.
    if (rejected.isString())
        out.rejected = rejected.toString().toLongLong();
    else if (rejected.isDouble())
        out.rejected = static_cast<std::int64_t>(rejected.toDouble());
    out.message = ps.toObject().value(QStringLiteral("errorMessage")).toString().toStdString();
    if (out.rejected <= 0 && out.message.empty())
        return std::nullopt;
    return out;
}

Backoff::Backoff(std::chrono::milliseconds min, std::chrono::milliseconds max, std::uint64_t seed)
    : m_min(min)
    , m_max(max)
    , m_rng(seed)
{}

std::chrono::milliseconds Backoff::next()
{
    const int shift = std::min(m_attempt, 30);
    ++m_attempt;
    const std::int64_t base = m_min.count();
    std::int64_t cap = base << shift;
    if (cap > m_max.count() || cap < base)
        cap = m_max.count();
    std::uniform_int_distribution<std::int64_t> dist(cap / 2, cap);
    return std::chrono::milliseconds(dist(m_rng));
}

std::string_view contentEncoding(Compression c)
{
    switch (c) {
    case Compression::Gzip:
        return "gzip";
    case Compression::Zstd:
        return "zstd";
    case Compression::None:
        return "";
    }
    return "";
}

core::Result<std::string> compress(Compression c, std::string_view data, int level)
{
    // One body at once is a stream of one slice: one compressor serves both.
    StreamCompressor compressor(c, level);
    if (auto st = compressor.write(data); !st)
        return st.error();
    return compressor.finish();
}

namespace {

core::Result<std::string> decompressZstdStream(std::string_view data)
{
    ZSTD_DCtx *dctx = ZSTD_createDCtx();
    if (!dctx)
        return core::makeError("telemetry.decompress", "zstd: out of memory");
    std::string out;
    char buf[65536];
    ZSTD_inBuffer in{data.data(), data.size(), 0};
    std::size_t rc = 1;
    while (in.pos < in.size || rc != 0) {
        ZSTD_outBuffer o{buf, sizeof buf, 0};
        rc = ZSTD_decompressStream(dctx, &o, &in);
        if (ZSTD_isError(rc) || (o.pos == 0 && in.pos == in.size && rc != 0)
            || out.size() > (1ull << 31)) {
            ZSTD_freeDCtx(dctx);
            return core::makeError("telemetry.decompress", "zstd: truncated or corrupt body");
        }
        out.append(buf, o.pos);
    }
    ZSTD_freeDCtx(dctx);
    return out;
}

} // namespace

core::Result<std::string> decompress(Compression c, std::string_view data)
{
    if (c == Compression::None)
        return std::string(data);
    if (c == Compression::Zstd) // frames with or without their content size
        return decompressZstdStream(data);
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return core::makeError("telemetry.decompress", "gzip: inflateInit2 failed");
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buf, sizeof buf - zs.avail_out);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return core::makeError("telemetry.decompress", "gzip: truncated or corrupt body");
    return out;
}

StreamCompressor::StreamCompressor(Compression c, int level)
    : m_c(c)
{
    if (c == Compression::Gzip) {
        auto *zs = new z_stream{};
        if (deflateInit2(zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
            delete zs;
            m_failed = true;
            return;
        }
        m_stream = zs;
    } else if (c == Compression::Zstd) {
        ZSTD_CCtx *cctx = ZSTD_createCCtx();
        if (!cctx || ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, level))) {
            ZSTD_freeCCtx(cctx);
            m_failed = true;
            return;
        }
        m_stream = cctx;
    }
}

StreamCompressor::~StreamCompressor()
{
    if (m_c == Compression::Gzip && m_stream) {
        deflateEnd(static_cast<z_stream *>(m_stream));
        delete static_cast<z_stream *>(m_stream);
    } else if (m_c == Compression::Zstd) {
        ZSTD_freeCCtx(static_cast<ZSTD_CCtx *>(m_stream));
    }
}

core::Status StreamCompressor::write(std::string_view data)
{
    return run(data, false);
}

core::Result<std::string> StreamCompressor::finish()
{
    if (auto st = run({}, true); !st)
        return st.error();
    m_out.resize(m_used);
    m_used = 0;
    return std::move(m_out);
}

core::Status StreamCompressor::run(std::string_view data, bool end)
{
    if (m_failed)
        return core::makeError("telemetry.compress", "compressor could not be set up");
    if (m_c == Compression::None) {
        m_out.resize(m_used);
        m_out.append(data);
        m_used = m_out.size();
        return {};
    }
    // Room for at least a slice more each round; the output grows geometrically.
    constexpr std::size_t kSlice = 64 * 1024;
    auto room = [this] {
        if (m_out.size() - m_used < kSlice)
            m_out.resize(std::max(m_out.size() * 3 / 2, m_used + kSlice));
    };
    if (m_c == Compression::Zstd) {
        auto *cctx = static_cast<ZSTD_CCtx *>(m_stream);
        ZSTD_inBuffer in{data.data(), data.size(), 0};
        for (;;) {
            room();
            ZSTD_outBuffer out{m_out.data(), m_out.size(), m_used};
            const std::size_t left
                = ZSTD_compressStream2(cctx, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
            m_used = out.pos;
            if (ZSTD_isError(left)) {
                m_failed = true;
                return core::makeError("telemetry.compress",
                                       std::string("zstd: ") + ZSTD_getErrorName(left));
            }
            if (end ? left == 0 : in.pos == in.size)
                return {};
        }
    }
    auto *zs = static_cast<z_stream *>(m_stream);
    zs->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs->avail_in = static_cast<uInt>(data.size());
    for (;;) {
        room();
        zs->next_out = reinterpret_cast<Bytef *>(m_out.data() + m_used);
        zs->avail_out = static_cast<uInt>(m_out.size() - m_used);
        const int rc = deflate(zs, end ? Z_FINISH : Z_NO_FLUSH);
        m_used = m_out.size() - zs->avail_out;
        if (rc == Z_STREAM_END)
            return {};
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_failed = true;
            return core::makeError("telemetry.compress", "gzip: deflate failed");
        }
        if (!end && zs->avail_in == 0)
            return {};
    }
}

} // namespace lane::telemetry
