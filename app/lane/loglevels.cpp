#include "app/lane/loglevels.h"

#include <mutex>

#include <spdlog/spdlog.h>

namespace lane::app {

namespace {

std::mutex &settingsMutex()
{
    static std::mutex mutex;
    return mutex;
}

core::LoggingSettings &currentSettings()
{
    static core::LoggingSettings settings;
    return settings;
}

spdlog::level::level_enum levelOf(const core::LoggingSettings &settings, const std::string &name)
{
    const auto module = settings.modules.find(name);
    // The checker only lets through names spdlog knows.
    return spdlog::level::from_str(module != settings.modules.end() ? module->second
                                                                    : settings.level);
}

} // namespace

void applyLogLevels(const core::LoggingSettings &settings)
{
    std::lock_guard lock(settingsMutex());
    currentSettings() = settings;
    // The default logger is registered under its name (""), so this reaches it too; new
    // clones of it start at the global level.
    spdlog::apply_all([&settings](const std::shared_ptr<spdlog::logger> &logger) {
        logger->set_level(levelOf(settings, logger->name()));
    });
}

std::shared_ptr<spdlog::logger> laneLogger(const std::string &name)
{
    if (auto existing = spdlog::get(name)) {
        return existing;
    }
    auto logger = spdlog::default_logger()->clone(name);
    {
        std::lock_guard lock(settingsMutex());
        logger->set_level(levelOf(currentSettings(), name));
    }
    try {
        spdlog::register_logger(logger);
    } catch (const spdlog::spdlog_ex &) {
        // Registered meanwhile by another thread: use that one.
        if (auto existing = spdlog::get(name)) {
            return existing;
        }
    }
    return logger;
}

} // namespace lane::app
