#include <gtest/gtest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include "devices/framework/channelfactory.h"
#include "devices/framework/fdchannel.h"
#include "devices/framework/ptyport.h"
#include "devices/framework/serialchannel.h"
#include "devices/framework/tcpchannel.h"
#include "devices/framework/usbchannel.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using lane::devices::test::waitFor;

TEST(SerialChannel, PtyRefusesLineSettingsButTheChannelStillWorks)
{
    PtyPort pty;
    ASSERT_TRUE(pty.open().ok());
    SerialSettings settings;
    settings.dataBits = 7;
    settings.parity = 'E';
    settings.dtr = true;
    settings.rts = true;
    SerialChannel channel(pty.portPath(), settings);
    ASSERT_TRUE(channel.open().ok());
    // A pty takes neither 7E1 nor DTR/RTS: these are warnings, not failures.
    EXPECT_FALSE(channel.warnings().isEmpty());
    EXPECT_TRUE(channel.warnings().join(' ').contains(QStringLiteral("DTR")));
    QByteArray atDevice;
    QObject::connect(&pty, &PtyPort::dataReceived, [&](const QByteArray &d) { atDevice += d; });
    ASSERT_TRUE(channel.write("W").ok());
    ASSERT_TRUE(waitFor([&] { return atDevice == "W"; }));
    QByteArray atHost;
    QObject::connect(&channel, &ByteChannel::dataReceived,
                     [&](const QByteArray &d) { atHost += d; });
    ASSERT_TRUE(pty.write("\x02"
                          "01.234\r"));
    ASSERT_TRUE(waitFor([&] {
        return atHost
               == "\x02"
                  "01.234\r";
    }));
}

TEST(SerialChannel, UnplugIsReportedAndTheSamePathReopensAfterReplug)
{
    QTemporaryDir dir;
    PtyPort pty(dir.filePath(QStringLiteral("ttyLANE0")));
    ASSERT_TRUE(pty.open().ok());
    SerialChannel channel(pty.portPath(), {});
    ASSERT_TRUE(channel.open().ok());
    QSignalSpy lost(&channel, &ByteChannel::connectionLost);
    pty.unplug();
    ASSERT_TRUE(waitFor([&] { return lost.size() == 1; }));
    EXPECT_FALSE(channel.isOpen());
    EXPECT_FALSE(channel.open().ok()); // nothing behind the link now
    ASSERT_TRUE(pty.replug().ok());
    ASSERT_TRUE(channel.open().ok());
    QByteArray atDevice;
    QObject::connect(&pty, &PtyPort::dataReceived, [&](const QByteArray &d) { atDevice += d; });
    ASSERT_TRUE(channel.write("again").ok());
    ASSERT_TRUE(waitFor([&] { return atDevice == "again"; }));
}

TEST(PtyPort, TheDeviceSideSeesEioWhenTheAdapterClosesAndAReopenWorks)
{
    PtyPort pty;
    ASSERT_TRUE(pty.open().ok());
    QSignalSpy closed(&pty, &PtyPort::peerClosed);
    QByteArray atDevice;
    QObject::connect(&pty, &PtyPort::dataReceived, [&](const QByteArray &d) { atDevice += d; });
    SerialChannel channel(pty.portPath(), {});
    ASSERT_TRUE(channel.open().ok());
    ASSERT_TRUE(channel.write("hello").ok());
    ASSERT_TRUE(waitFor([&] { return atDevice == "hello"; }));
    channel.close(); // the adapter side goes away: the master read fails with EIO
    ASSERT_TRUE(waitFor([&] { return closed.size() == 1; }));
    EXPECT_GE(pty.eioCount(), 1);
    ASSERT_TRUE(channel.open().ok());
    ASSERT_TRUE(channel.write("back").ok());
    ASSERT_TRUE(waitFor([&] { return atDevice == "helloback"; }));
}

TEST(SerialChannel, MissingPortIsNotFound)
{
    SerialChannel channel(QStringLiteral("/nonexistent/ttyUSB9"), {});
    auto status = channel.open();
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, "device.not_found");
    EXPECT_NE(status.error().message.find("/nonexistent/ttyUSB9"), std::string::npos);
}

TEST(TcpChannel, WritesBeforeConnectArriveAndPeerCloseIsALoss)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    TcpChannel channel(QStringLiteral("127.0.0.1"), server.serverPort());
    ASSERT_TRUE(channel.open().ok());
    ASSERT_TRUE(channel.write("early").ok());
    ASSERT_TRUE(waitFor([&] { return server.hasPendingConnections(); }));
    QTcpSocket *peer = server.nextPendingConnection();
    QByteArray got;
    QObject::connect(peer, &QTcpSocket::readyRead, [&] { got += peer->readAll(); });
    ASSERT_TRUE(waitFor([&] { return got == "early"; }));
    QByteArray back;
    QObject::connect(&channel, &ByteChannel::dataReceived, [&](const QByteArray &d) { back += d; });
    peer->write("\x12");
    ASSERT_TRUE(waitFor([&] { return back == "\x12"; }));
    QSignalSpy lost(&channel, &ByteChannel::connectionLost);
    peer->close();
    ASSERT_TRUE(waitFor([&] { return lost.size() == 1; }));
    EXPECT_FALSE(channel.isOpen());
}

TEST(TcpChannel, RefusedConnectionIsReported)
{
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    TcpChannel channel(QStringLiteral("127.0.0.1"), port, 500);
    QSignalSpy lost(&channel, &ByteChannel::connectionLost);
    ASSERT_TRUE(channel.open().ok());
    ASSERT_TRUE(waitFor([&] { return lost.size() == 1; }));
}

TEST(FdChannel, SocketpairCarriesBytesAndPeerCloseIsALoss)
{
    int fds[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds), 0);
    auto channel = FdChannel::adopt(fds[0], FdChannel::Kind::Evdev, QStringLiteral("test"));
    ASSERT_TRUE(channel->open().ok());
    EXPECT_FALSE(channel->grabbed()); // EVIOCGRAB on a socket fails: a warning
    EXPECT_EQ(channel->warnings().size(), 1);
    QByteArray got;
    QObject::connect(channel.get(), &ByteChannel::dataReceived,
                     [&](const QByteArray &d) { got += d; });
    ASSERT_EQ(::write(fds[1], "abc", 3), 3);
    ASSERT_TRUE(waitFor([&] { return got == "abc"; }));
    QSignalSpy lost(channel.get(), &ByteChannel::connectionLost);
    ::close(fds[1]);
    ASSERT_TRUE(waitFor([&] { return lost.size() == 1; }));
    EXPECT_FALSE(channel->open().ok()); // an adopted descriptor cannot come back
}

TEST(UsbChannel, NoDeviceIsAClearErrorNotACrash)
{
    UsbChannel channel(UsbAddress{0x04b8, 0x0e15, 7});
    auto status = channel.open();
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("usb:04b8:0e15"), std::string::npos);
    EXPECT_FALSE(channel.isOpen());
    EXPECT_FALSE(channel.write("x").ok());
    channel.close();
    EXPECT_FALSE(UsbChannel::parseAddress(QStringLiteral("04b8")).ok());
    EXPECT_FALSE(UsbChannel::parseAddress(QStringLiteral("zz:01")).ok());
    auto address = UsbChannel::parseAddress(QStringLiteral("04b8:0202"));
    ASSERT_TRUE(address.ok());
    EXPECT_EQ(address->vendorId, 0x04b8);
}

TEST(ChannelFactory, PortStringsAndTheirErrors)
{
    DeviceConfig config{"p", "escpos-printer", "tcp:127.0.0.1:9100", {}};
    auto tcp = makeChannel(config);
    ASSERT_TRUE(tcp.ok());
    EXPECT_EQ((*tcp)->description(), QStringLiteral("tcp:127.0.0.1:9100"));
    config.port = "serial:/dev/ttyS0";
    config.options = {{"baud", "19200"}, {"parity", "E"}, {"databits", "7"}};
    ASSERT_TRUE(makeChannel(config).ok());
    for (const char *bad :
         {"tcp:host", "tcp:host:0", "nothing", "usb:xyz", "bogus:/x", "serial:"}) {
        config.port = bad;
        config.options.clear();
        auto channel = makeChannel(config);
        ASSERT_FALSE(channel.ok()) << bad;
        EXPECT_NE(channel.error().message.find(bad), std::string::npos) << bad;
    }
    config.port = "serial:/dev/ttyS0";
    config.options = {{"parity", "X"}};
    EXPECT_FALSE(makeChannel(config).ok());
    config.options = {{"baud", "fast"}};
    EXPECT_FALSE(makeChannel(config).ok());
}
