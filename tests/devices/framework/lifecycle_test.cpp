#include <gtest/gtest.h>

#include <QSignalSpy>

#include "fakedevice.h"

using namespace lane::devices;
using namespace lane::devices::test;

TEST(DeviceLifecycle, OpenClaimEnableInOrder)
{
    FakeChannel *channel = nullptr;
    FakeDevice device(QStringLiteral("d"), &channel);
    QSignalSpy states(&device, &Device::stateChanged);
    EXPECT_EQ(device.state(), DeviceState::Closed);
    auto early = device.enable();
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, "device.not_open");
    ASSERT_TRUE(device.open().ok());
    EXPECT_EQ(device.state(), DeviceState::Idle);
    auto unclaimed = device.enable();
    ASSERT_FALSE(unclaimed.ok());
    EXPECT_EQ(unclaimed.error().code, "device.not_claimed");
    ASSERT_TRUE(device.claim().ok());
    ASSERT_TRUE(device.enable().ok());
    EXPECT_TRUE(device.isEnabled());
    EXPECT_EQ(device.enables, 1);
    device.close();
    EXPECT_EQ(device.disables, 1);
    EXPECT_FALSE(device.isClaimed());
    EXPECT_EQ(device.state(), DeviceState::Closed);
    EXPECT_FALSE(channel->isOpen());
    ASSERT_EQ(states.size(), 2);
    EXPECT_EQ(states[0][0].value<DeviceState>(), DeviceState::Idle);
    EXPECT_EQ(states[1][0].value<DeviceState>(), DeviceState::Closed);
}

TEST(DeviceLifecycle, FailedOpenStaysClosedWithAClearError)
{
    FakeChannel *channel = nullptr;
    FakeDevice device(QStringLiteral("scanner"), &channel);
    channel->failOpens = 1;
    auto status = device.open();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, "device.not_found");
    EXPECT_NE(status.error().message.find("scanner"), std::string::npos);
    EXPECT_NE(status.error().message.find("fake: not there"), std::string::npos);
    EXPECT_EQ(device.state(), DeviceState::Closed);
}

TEST(DeviceLifecycle, UnplugBecomesADisconnectedErrorAndReconnectRestoresEnable)
{
    FakeChannel *channel = nullptr;
    FakeDevice device(QStringLiteral("d"), &channel);
    ASSERT_TRUE(device.open().ok());
    ASSERT_TRUE(device.claim().ok());
    ASSERT_TRUE(device.enable().ok());
    QSignalSpy errors(&device, &Device::errorEvent);
    channel->unplug();
    ASSERT_EQ(errors.size(), 1);
    const auto error = errors[0][0].value<DeviceError>();
    EXPECT_EQ(error.code, DeviceErrorCode::Disconnected);
    EXPECT_EQ(error.name(), QStringLiteral("device.disconnected"));
    EXPECT_TRUE(error.message().contains(QStringLiteral("unplugged")));
    EXPECT_EQ(device.state(), DeviceState::Error);
    ASSERT_TRUE(device.reconnect().ok());
    EXPECT_EQ(device.state(), DeviceState::Idle);
    EXPECT_TRUE(device.isEnabled());
    EXPECT_EQ(device.enables, 2);
    channel->deliver("abc");
    EXPECT_EQ(device.received, "abc");
}

TEST(DeviceLifecycle, DataIsIgnoredWhileClosed)
{
    FakeChannel *channel = nullptr;
    FakeDevice device(QStringLiteral("d"), &channel);
    channel->deliver("x");
    EXPECT_TRUE(device.received.isEmpty());
}

TEST(DeviceError, EveryCodeHasANameAndAMessage)
{
    for (int c = int(DeviceErrorCode::None); c <= int(DeviceErrorCode::ScaleUnderload); ++c) {
        const auto code = DeviceErrorCode(c);
        EXPECT_FALSE(errorCodeName(code).contains(QStringLiteral("unknown"))) << c;
        EXPECT_FALSE(errorCodeMessage(code).isEmpty()) << c;
    }
    EXPECT_TRUE(needsReconnect(DeviceErrorCode::Disconnected));
    EXPECT_FALSE(needsReconnect(DeviceErrorCode::PaperEnd));
}
