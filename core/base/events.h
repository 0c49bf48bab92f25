#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lane::core {

enum class Severity { Debug, Info, Warn, Error };

/// One key/value of a structured event. Values are text, integers or booleans; money is
/// logged as integer minor units with a separate currency attribute.
struct EventAttribute
{
    std::string key;
    std::variant<std::string, std::int64_t, bool> value;
};

/// Where the lower layers report structured events (sale.finalized, device.error, ...)
/// without depending on the telemetry module: the executables' main wires an
/// implementation from lane_telemetry in. Implementations never block and never throw.
class EventSink
{
public:
    virtual ~EventSink() = default;
    virtual void emit(Severity severity, std::string_view name, std::string_view message,
                      std::vector<EventAttribute> attributes)
        = 0;
};

/// Drops everything; the default where nothing is wired.
class NullEventSink final : public EventSink
{
public:
    void emit(Severity, std::string_view, std::string_view, std::vector<EventAttribute>) override {}
};

} // namespace lane::core
