#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#pragma push_macro("emit") // Qt's keyword macro vs core::EventSink::emit
#undef emit
#include "core/base/events.h"
#pragma pop_macro("emit")

namespace lane::telemetry {

/// An event the telemetry layer derives from others (incident.opened/closed).
struct DerivedEvent
{
    core::Severity severity;
    std::string name;
    std::string message;
    std::vector<core::EventAttribute> attributes;
};

/// Pairs an error with its recovery so central alerting can fire on both: device.error
/// (or any ERROR event carrying an "incident" attribute) opens an incident keyed by that
/// attribute or by the "device" attribute; device.recovered / *.recovered with the same
/// key closes it with its duration.
class IncidentTracker
{
public:
    std::optional<DerivedEvent> observe(core::Severity severity, std::string_view name,
                                        const std::vector<core::EventAttribute> &attributes,
                                        std::uint64_t tsNs);
    std::size_t openCount() const { return m_open.size(); }

private:
    std::map<std::string, std::uint64_t> m_open; // key -> opened at (ns)
};

/// Fleet metrics derived from events over one window, emitted as metrics.summary.
/// Rates are per mille and latencies whole milliseconds: no floating point on the wire.
class MetricsAggregator
{
public:
    void observe(std::string_view name, const std::vector<core::EventAttribute> &attributes);
    /// Summary attributes for the window that ends now; starts a new window.
    std::vector<core::EventAttribute> takeSummary(std::int64_t windowSeconds);

    /// Nearest-rank percentile (p in 1..100) of `samples` (sorted in place); 0 when empty.
    static std::int64_t percentile(std::vector<std::int64_t> &samples, int p);

private:
    static constexpr std::size_t kMaxSamples = 20000; // per series and window
    void sample(const std::string &series, std::int64_t v);

    std::int64_t m_payments = 0, m_paymentsOk = 0, m_scans = 0, m_sales = 0, m_voids = 0,
                 m_deviceErrors = 0;
    std::map<std::string, std::vector<std::int64_t>> m_series;
};

} // namespace lane::telemetry
