#include "telemetry/logsink.h"

#include <spdlog/spdlog.h>

namespace lane::telemetry {

void LogSink::sink_it_(const spdlog::details::log_msg &msg)
{
    core::Severity sev = core::Severity::Info;
    switch (msg.level) {
    case spdlog::level::trace:
    case spdlog::level::debug:
        sev = core::Severity::Debug;
        break;
    case spdlog::level::info:
        sev = core::Severity::Info;
        break;
    case spdlog::level::warn:
        sev = core::Severity::Warn;
        break;
    default:
        sev = core::Severity::Error;
        break;
    }
    m_telemetry->log(sev, std::string_view(msg.logger_name.data(), msg.logger_name.size()),
                     std::string_view(msg.payload.data(), msg.payload.size()));
}

std::shared_ptr<LogSink> installLogSink(std::shared_ptr<Telemetry> telemetry)
{
    auto sink = std::make_shared<LogSink>(std::move(telemetry));
    auto replace = [&](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks().clear();
        logger->sinks().push_back(sink);
    };
    spdlog::apply_all(replace);
    if (auto def = spdlog::default_logger())
        replace(def);
    return sink;
}

} // namespace lane::telemetry
