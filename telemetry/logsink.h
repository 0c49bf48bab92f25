#pragma once

#include <memory>
#include <mutex>

#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>

#include "telemetry/telemetry.h"

namespace lane::telemetry {

/// The spdlog front end: every line from any named logger becomes a redacted JSON record
/// (event "log", attribute "logger") in the telemetry spool. Never blocks on I/O.
class LogSink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex>
{
public:
    explicit LogSink(std::shared_ptr<Telemetry> telemetry)
        : m_telemetry(std::move(telemetry))
    {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override;
    void flush_() override {}

private:
    std::shared_ptr<Telemetry> m_telemetry;
};

/// Called once by main: makes LogSink the only sink of the default logger and of every
/// logger registered so far. Loggers created later should be made with
/// `spdlog::default_logger()->clone(name)` (or call this again) to share the sink.
std::shared_ptr<LogSink> installLogSink(std::shared_ptr<Telemetry> telemetry);

} // namespace lane::telemetry
