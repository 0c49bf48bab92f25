#pragma once

#include <deque>

#include "core/payment/paymentprovider.h"

namespace lane::core::testing {

/// A provider whose answers the test hands out one by one, to drive the state machine.
class FakeProvider final : public PaymentProvider
{
public:
    std::string providerName() const override { return "fake:1"; }
    void start(const PaymentRequest &request, ProgressFn progress, DoneFn done) override
    {
        requests.push_back(request);
        m_progress = std::move(progress);
        m_done = std::move(done);
        if (onStart)
            onStart(request);
    }
    void abort() override { ++aborts; }
    void queryLastResult(LastResultFn done) override
    {
        ++lastQueries;
        if (lastAnswer)
            done(*lastAnswer);
        else
            pendingLast = std::move(done);
    }

    void progress(PaymentStage stage, std::string text)
    {
        m_progress(PaymentProgress{stage, std::move(text)});
    }
    void finish(PaymentResult r) { m_done(std::move(r)); }
    bool running() const { return static_cast<bool>(m_done); }

    std::vector<PaymentRequest> requests;
    std::function<void(const PaymentRequest &)> onStart;
    std::optional<Result<LastTransaction>> lastAnswer;
    LastResultFn pendingLast;
    int aborts = 0;
    int lastQueries = 0;

private:
    ProgressFn m_progress;
    DoneFn m_done;
};

/// Collects emitted events.
class RecordingSink final : public EventSink
{
public:
    struct Event
    {
        Severity severity;
        std::string name;
        std::string message;
        std::vector<EventAttribute> attributes;
        std::optional<std::int64_t> integer(std::string_view key) const
        {
            for (const auto &a : attributes)
                if (a.key == key && std::holds_alternative<std::int64_t>(a.value))
                    return std::get<std::int64_t>(a.value);
            return std::nullopt;
        }
        std::optional<std::string> text(std::string_view key) const
        {
            for (const auto &a : attributes)
                if (a.key == key && std::holds_alternative<std::string>(a.value))
                    return std::get<std::string>(a.value);
            return std::nullopt;
        }
    };
    void emit(Severity severity, std::string_view name, std::string_view message,
              std::vector<EventAttribute> attributes) override
    {
        events.push_back(
            {severity, std::string(name), std::string(message), std::move(attributes)});
    }
    std::vector<Event> named(std::string_view name) const
    {
        std::vector<Event> out;
        for (const auto &e : events)
            if (e.name == name)
                out.push_back(e);
        return out;
    }
    std::vector<Event> events;
};

} // namespace lane::core::testing
