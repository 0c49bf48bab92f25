#include <gtest/gtest.h>

#include <QSignalSpy>

#include "devices/framework/devicemanager.h"
#include "fakedevice.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::test;
using namespace std::chrono_literals;

namespace {

struct Fixture
{
    AdapterRegistry registry;
    RecordingEventSink sink;
    lane::core::ManualClock clock;
    FakeChannel *channel = nullptr;
    int failFirstOpens = 0;

    Fixture()
    {
        registry.add("fake", [this](const DeviceConfig &config) {
            auto device
                = std::make_unique<FakeDevice>(QString::fromStdString(config.name), &channel);
            channel->failOpens = failFirstOpens;
            return lane::core::Result<std::unique_ptr<Device>>(std::move(device));
        });
    }
};

} // namespace

TEST(BackoffPolicy, DoublesUpToTheCap)
{
    BackoffPolicy policy{100, 1000, 2};
    EXPECT_EQ(policy.delayForAttempt(0), 100);
    EXPECT_EQ(policy.delayForAttempt(1), 200);
    EXPECT_EQ(policy.delayForAttempt(3), 800);
    EXPECT_EQ(policy.delayForAttempt(4), 1000);
    EXPECT_EQ(policy.delayForAttempt(60), 1000);
}

TEST(DeviceManager, ConfigureIsAllOrNothing)
{
    Fixture f;
    DeviceManager manager(f.registry, f.sink, f.clock);
    auto status = manager.configure({{"a", "fake", "", {}}, {"b", "nope", "", {}}});
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("unknown adapter 'nope'"), std::string::npos);
    EXPECT_TRUE(manager.devices().isEmpty());
    EXPECT_FALSE(manager.configure({{"a", "fake", "", {}}, {"a", "fake", "", {}}}).ok());
    ASSERT_TRUE(manager.configure({{"a", "fake", "", {}}}).ok());
    EXPECT_NE(manager.device(QStringLiteral("a")), nullptr);
}

TEST(DeviceManager, StartEnablesEveryDeviceUnlessToldNotTo)
{
    Fixture f;
    DeviceManager manager(f.registry, f.sink, f.clock);
    ASSERT_TRUE(
        manager.configure({{"a", "fake", "", {}}, {"b", "fake", "", {{"enable", "false"}}}}).ok());
    manager.start();
    EXPECT_TRUE(manager.device(QStringLiteral("a"))->isEnabled());
    EXPECT_TRUE(manager.device(QStringLiteral("b"))->isClaimed());
    EXPECT_FALSE(manager.device(QStringLiteral("b"))->isEnabled());
    EXPECT_TRUE(f.sink.events.empty());
}

TEST(DeviceManager, AbsentDeviceIsRetriedWithBackoffAndRecoveryIsReported)
{
    Fixture f;
    f.failFirstOpens = 3;
    DeviceManager manager(f.registry, f.sink, f.clock);
    manager.setBackoff({5, 40, 2});
    ASSERT_TRUE(manager.configure({{"scale", "fake", "", {}}}).ok());
    QSignalSpy recovered(&manager, &DeviceManager::deviceRecovered);
    manager.start();
    ASSERT_EQ(f.sink.named("device.error").size(), 1u);
    EXPECT_EQ(f.sink.named("device.error")[0].text("code"), "device.not_found");
    EXPECT_EQ(f.sink.named("device.error")[0].text("device"), "scale");
    f.clock.advance(1500ms);
    ASSERT_TRUE(waitFor([&] { return recovered.size() == 1; }));
    EXPECT_EQ(f.channel->opens, 4);
    // Still one error event for the whole outage, then one recovery with its duration.
    EXPECT_EQ(f.sink.named("device.error").size(), 1u);
    const auto events = f.sink.named("device.recovered");
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].number("outage_ms"), 1500);
    EXPECT_EQ(events[0].text("kind"), "fake");
    EXPECT_EQ(events[0].text("code"), "device.not_found");
    EXPECT_TRUE(manager.device(QStringLiteral("scale"))->isEnabled());
    EXPECT_FALSE(manager.inOutage(QStringLiteral("scale")));
}

TEST(DeviceManager, UnplugReconnectsAndEveryStateChangeIsSignalled)
{
    Fixture f;
    DeviceManager manager(f.registry, f.sink, f.clock);
    manager.setBackoff({5, 40, 2});
    ASSERT_TRUE(manager.configure({{"printer", "fake", "", {}}}).ok());
    manager.start();
    QSignalSpy states(&manager, &DeviceManager::deviceStateChanged);
    QSignalSpy errors(&manager, &DeviceManager::deviceError);
    f.channel->failOpens = 2;
    f.channel->unplug();
    EXPECT_EQ(errors.size(), 1);
    f.clock.advance(250ms);
    ASSERT_TRUE(waitFor([&] { return f.sink.named("device.recovered").size() == 1; }));
    EXPECT_EQ(f.sink.named("device.error").size(), 1u);
    EXPECT_EQ(f.sink.named("device.error")[0].text("code"), "device.disconnected");
    EXPECT_EQ(f.sink.named("device.recovered")[0].number("outage_ms"), 250);
    ASSERT_EQ(states.size(), 2);
    EXPECT_EQ(states[0][1].value<DeviceState>(), DeviceState::Error);
    EXPECT_EQ(states[1][1].value<DeviceState>(), DeviceState::Idle);
    EXPECT_TRUE(manager.device(QStringLiteral("printer"))->isEnabled());
}

TEST(DeviceManager, NonConnectionErrorsAreReportedButNotReconnected)
{
    Fixture f;
    DeviceManager manager(f.registry, f.sink, f.clock);
    manager.setBackoff({5, 40, 2});
    ASSERT_TRUE(manager.configure({{"printer", "fake", "", {}}}).ok());
    manager.start();
    auto *device = static_cast<FakeDevice *>(manager.device(QStringLiteral("printer")));
    const int opens = f.channel->opens;
    device->raise(DeviceErrorCode::PaperEnd);
    QTest::qWait(30);
    EXPECT_EQ(f.channel->opens, opens);
    ASSERT_EQ(f.sink.named("device.error").size(), 1u);
    EXPECT_EQ(f.sink.named("device.error")[0].text("code"), "printer.paper_end");
    f.clock.advance(60s);
    device->recover();
    ASSERT_EQ(f.sink.named("device.recovered").size(), 1u);
    EXPECT_EQ(f.sink.named("device.recovered")[0].number("outage_ms"), 60000);
}
