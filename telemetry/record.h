#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// core::EventSink::emit collides with Qt's `emit` keyword macro when a Qt header came first.
#pragma push_macro("emit")
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")
#include "core/base/jsonescape.h"
#include "core/base/result.h"

namespace lane::telemetry {

/// Who emitted a record: the same on every line of one process, so each line stands alone.
struct Resource
{
    std::string store;   ///< store code, e.g. "S0123"
    std::string pos;     ///< POS number within the store, e.g. "02"
    std::string host;    ///< store + POS, e.g. "S0123-02"
    std::string version; ///< application version
    std::string mode;    ///< "pos" or "sco"
    std::string device;  ///< stable device id (defaults to host)
};

/// One structured event as written to the spool (one NDJSON line) and read back by encoders.
struct Record
{
    std::uint64_t tsNs = 0; ///< UTC, nanoseconds since the epoch
    core::Severity severity = core::Severity::Info;
    std::string name;
    std::string message;
    std::vector<core::EventAttribute> attributes;
    Resource resource;
    std::string boot;      ///< random per process start, 32 hex digits
    std::uint64_t seq = 0; ///< monotonic per boot

    const core::EventAttribute *attribute(std::string_view key) const;
};

std::string_view severityText(core::Severity s); ///< "DEBUG", "INFO", "WARN", "ERROR"
int otlpSeverityNumber(core::Severity s);        ///< 5, 9, 13, 17
bool parseSeverity(std::string_view text, core::Severity &out);

/// Appends `s` as a JSON string literal (quotes included); invalid UTF-8 becomes U+FFFD.
using core::appendJsonString;

/// The spool line for `r`, ending in '\n'.
std::string toJsonLine(const Record &r);
void appendJsonLine(std::string &out, const Record &r);

/// Parses one spool line (with or without its trailing newline). Errors name the offset.
core::Result<Record> parseJsonLine(std::string_view line);

/// 32 lowercase hex digits from a cryptographic RNG: a new one for every process start.
std::string newBootId();

} // namespace lane::telemetry
