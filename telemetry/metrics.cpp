#include "telemetry/metrics.h"

#include <algorithm>

namespace lane::telemetry {

namespace {

const std::string *stringAttr(const std::vector<core::EventAttribute> &attrs, std::string_view key)
{
    for (const auto &a : attrs)
        if (a.key == key)
            return std::get_if<std::string>(&a.value);
    return nullptr;
}

std::optional<std::int64_t> intAttr(const std::vector<core::EventAttribute> &attrs,
                                    std::string_view key)
{
    for (const auto &a : attrs)
        if (a.key == key) {
            if (const auto *i = std::get_if<std::int64_t>(&a.value))
                return *i;
            if (const auto *s = std::get_if<std::string>(&a.value)) {
                try {
                    return std::stoll(*s);
                } catch (...) {
                    return std::nullopt;
                }
            }
        }
    return std::nullopt;
}

std::optional<std::string> incidentKey(const std::vector<core::EventAttribute> &attrs)
{
    if (const auto *k = stringAttr(attrs, "incident"))
        return *k;
    if (const auto *d = stringAttr(attrs, "device"))
        return "device:" + *d;
    return std::nullopt;
}

} // namespace

std::optional<DerivedEvent> IncidentTracker::observe(core::Severity severity, std::string_view name,
                                                     const std::vector<core::EventAttribute> &attrs,
                                                     std::uint64_t tsNs)
{
    const bool opens = name == "device.error"
                       || (severity == core::Severity::Error && stringAttr(attrs, "incident"));
    const bool closes = name.ends_with(".recovered");
    if (!opens && !closes)
        return std::nullopt;
    const auto key = incidentKey(attrs);
    if (!key)
        return std::nullopt;
    if (opens) {
        if (!m_open.emplace(*key, tsNs).second)
            return std::nullopt; // already open: one alarm per incident
        return DerivedEvent{core::Severity::Error,
                            "incident.opened",
                            "incident opened: " + *key + " (" + std::string(name) + ")",
                            {{"incident_key", *key}, {"cause", std::string(name)}}};
    }
    const auto it = m_open.find(*key);
    if (it == m_open.end())
        return std::nullopt;
    const auto durationMs
        = static_cast<std::int64_t>((tsNs - std::min(tsNs, it->second)) / 1'000'000);
    m_open.erase(it);
    return DerivedEvent{core::Severity::Info,
                        "incident.closed",
                        "incident closed: " + *key,
                        {{"incident_key", *key}, {"duration_ms", durationMs}}};
}

void MetricsAggregator::sample(const std::string &series, std::int64_t v)
{
    auto &s = m_series[series];
    if (s.size() < kMaxSamples)
        s.push_back(v);
    else
        s[static_cast<std::size_t>(v) % kMaxSamples] = v; // bounded memory; keeps spread
}

void MetricsAggregator::observe(std::string_view name,
                                const std::vector<core::EventAttribute> &attrs)
{
    if (name.starts_with("payment.")) {
        const bool ok = name == "payment.approved" || name == "payment.succeeded";
        const bool failed = name == "payment.declined" || name == "payment.failed"
                            || name == "payment.timeout" || name == "payment.error";
        if (ok || failed) {
            ++m_payments;
            if (ok)
                ++m_paymentsOk;
        }
        for (const char *stage : {"stage_pos_terminal_ms", "stage_customer_ms", "stage_host_ms"})
            if (auto v = intAttr(attrs, stage))
                sample(stage, *v);
    } else if (name == "scan" || name == "scan.read") {
        ++m_scans;
        if (auto v = intAttr(attrs, "scan_to_screen_ms"))
            sample("scan_to_screen_ms", *v);
    } else if (name == "sale.finalized") {
        ++m_sales;
    } else if (name == "sale.voided") {
        ++m_voids;
    } else if (name == "device.error") {
        ++m_deviceErrors;
    }
}

std::int64_t MetricsAggregator::percentile(std::vector<std::int64_t> &samples, int p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    // Nearest rank: ceil(p/100 * n), 1-based.
    const std::size_t n = samples.size();
    std::size_t rank = (static_cast<std::size_t>(p) * n + 99) / 100;
    rank = std::clamp<std::size_t>(rank, 1, n);
    return samples[rank - 1];
}

std::vector<core::EventAttribute> MetricsAggregator::takeSummary(std::int64_t windowSeconds)
{
    std::vector<core::EventAttribute> out;
    out.push_back({"window_s", windowSeconds});
    out.push_back({"payments", m_payments});
    out.push_back({"payments_ok", m_paymentsOk});
    out.push_back({"payment_success_permille",
                   m_payments ? m_paymentsOk * 1000 / m_payments : std::int64_t{1000}});
    out.push_back({"sales", m_sales});
    out.push_back({"voids", m_voids});
    out.push_back({"scans", m_scans});
    out.push_back({"device_errors", m_deviceErrors});
    for (const char *series :
         {"stage_pos_terminal_ms", "stage_customer_ms", "stage_host_ms", "scan_to_screen_ms"}) {
        auto &samples = m_series[series];
        const std::string base(series);
        const std::string stem = base.substr(0, base.size() - 3); // drop "_ms"
        out.push_back({stem + "_p50_ms", percentile(samples, 50)});
        out.push_back({stem + "_p95_ms", percentile(samples, 95)});
        out.push_back({stem + "_p99_ms", percentile(samples, 99)});
        out.push_back({stem + "_count", static_cast<std::int64_t>(samples.size())});
    }
    m_payments = m_paymentsOk = m_scans = m_sales = m_voids = m_deviceErrors = 0;
    m_series.clear();
    return out;
}

} // namespace lane::telemetry
