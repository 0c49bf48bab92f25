#include "devices/framework/logging.h"

#include <spdlog/spdlog.h>

namespace lane::devices {

std::shared_ptr<spdlog::logger> log()
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto logger = spdlog::get("devices"))
        return logger;
    auto logger = spdlog::default_logger()->clone("devices");
    spdlog::register_logger(logger);
    return logger;
}

} // namespace lane::devices
