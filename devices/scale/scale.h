#pragma once

#include <deque>
#include <optional>

#include <QTimer>

#include "core/base/clock.h"
#include "devices/framework/device.h"
#include "devices/scale/scaleprotocol.h"

namespace lane::devices::scale {

enum class ScaleProtocol { Toledo8217, Sics };

/// A checkout scale (Toledo 8217 or SICS) on a serial channel. Polls the weight, reports
/// every reading, and hands a weight to a sale only when it is stable and fresh. Zero and
/// tare go to the scale (Toledo tares in software: the 8217 has no tare command).
class Scale final : public Device
{
    Q_OBJECT
public:
    struct Settings
    {
        ScaleProtocol protocol = ScaleProtocol::Sics;
        int pollIntervalMs = 500; ///< 0: only on request
        int replyTimeoutMs = 1000;
        int maxReadingAgeMs = 1500; ///< a stable weight older than this is not sold
    };

    Scale(QString name, std::unique_ptr<ByteChannel> channel, Settings settings,
          const core::Clock &clock, QObject *parent = nullptr);

    void requestWeight();
    void zero();
    void tare();
    void clearTare();
    /// The weight to sell, in grams: the last reading if stable and fresh, else an error
    /// (scale.unstable, scale.overload, device.timeout...).
    core::Result<std::int64_t> saleWeight() const;
    std::int64_t tareGrams() const { return m_tare; }
    const Settings &settings() const { return m_settings; }

Q_SIGNALS:
    void weightChanged(qint64 grams, bool stable);
    void stableWeight(qint64 grams);
    void zeroed(bool ok);
    void tared(qint64 grams, bool ok);

protected:
    void onData(const QByteArray &data) override;
    void onOpened() override;
    void doEnable(bool enabled) override;
    void doClose() override;

private:
    enum class Command { Weight, Zero, Tare };
    void send(Command command);
    void sendNext();
    void handle(const ScaleReply &reply);

    Settings m_settings;
    const core::Clock &m_clock;
    ToledoCodec m_toledo;
    SicsCodec m_sics;
    std::deque<Command> m_queue;
    std::optional<Command> m_inFlight;
    QTimer m_poll;
    QTimer m_timeout;
    std::optional<ScaleReply> m_last;
    core::TimePoint m_lastAt{};
    std::int64_t m_tare = 0;
    bool m_softTarePending = false;
};

} // namespace lane::devices::scale
