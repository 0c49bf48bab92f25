#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

#include "core/base/events.h"

namespace lane::devices::test {

/// Keeps every event for assertions.
class RecordingEventSink final : public core::EventSink
{
public:
    struct Event
    {
        core::Severity severity;
        std::string name;
        std::string message;
        std::vector<core::EventAttribute> attributes;

        std::string text(const std::string &key) const
        {
            for (const auto &a : attributes) {
                if (a.key == key) {
                    if (const auto *s = std::get_if<std::string>(&a.value))
                        return *s;
                }
            }
            return {};
        }
        std::int64_t number(const std::string &key) const
        {
            for (const auto &a : attributes) {
                if (a.key == key) {
                    if (const auto *n = std::get_if<std::int64_t>(&a.value))
                        return *n;
                }
            }
            return -1;
        }
    };

    void emit(core::Severity severity, std::string_view name, std::string_view message,
              std::vector<core::EventAttribute> attributes) override
    {
        std::lock_guard lock(m_mutex);
        events.push_back(
            Event{severity, std::string(name), std::string(message), std::move(attributes)});
    }
    std::vector<Event> named(const std::string &name) const
    {
        std::vector<Event> out;
        for (const auto &e : events) {
            if (e.name == name)
                out.push_back(e);
        }
        return out;
    }

    std::vector<Event> events;

private:
    std::mutex m_mutex;
};

/// Runs the event loop until `done` or the timeout; returns done().
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 3000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

} // namespace lane::devices::test
