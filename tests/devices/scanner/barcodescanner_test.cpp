#include <gtest/gtest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <QSignalSpy>

#include "devices/framework/fdchannel.h"
#include "devices/framework/ptyport.h"
#include "devices/framework/serialchannel.h"
#include "devices/scanner/barcodescanner.h"
#include "tests/devices/support/testsupport.h"

using namespace lane::devices;
using namespace lane::devices::scanner;
using lane::devices::test::waitFor;

namespace {

void bringUp(Device &device)
{
    ASSERT_TRUE(device.open().ok());
    ASSERT_TRUE(device.claim().ok());
    ASSERT_TRUE(device.enable().ok());
}

} // namespace

TEST(BarcodeScanner, SerialScannerOverAPty)
{
    PtyPort pty;
    ASSERT_TRUE(pty.open().ok());
    BarcodeScanner scanner(QStringLiteral("scanner"), ScannerProtocol::Serial,
                           std::make_unique<SerialChannel>(pty.portPath(), SerialSettings{}));
    bringUp(scanner);
    QSignalSpy scans(&scanner, &BarcodeScanner::scanned);
    pty.write("]E04006381333931\r\n");
    ASSERT_TRUE(waitFor([&] { return scans.size() == 1; }));
    const auto scan = scans[0][0].value<ScanEvent>();
    EXPECT_EQ(scan.raw, "]E04006381333931");
    EXPECT_EQ(scan.aim, "]E0");
    EXPECT_EQ(scan.payload, "4006381333931");
}

TEST(BarcodeScanner, DisabledScannerDropsAndCountsCodes)
{
    PtyPort pty;
    ASSERT_TRUE(pty.open().ok());
    BarcodeScanner scanner(QStringLiteral("scanner"), ScannerProtocol::Serial,
                           std::make_unique<SerialChannel>(pty.portPath(), SerialSettings{}));
    bringUp(scanner);
    QSignalSpy scans(&scanner, &BarcodeScanner::scanned);
    scanner.disable();
    pty.write("111\r222\r");
    ASSERT_TRUE(waitFor([&] { return scanner.droppedWhileDisabled() == 2; }));
    ASSERT_TRUE(scanner.enable().ok());
    pty.write("333\r");
    ASSERT_TRUE(waitFor([&] { return scans.size() == 1; }));
    EXPECT_EQ(scans[0][0].value<ScanEvent>().raw, "333");
    EXPECT_EQ(scanner.droppedWhileDisabled(), 2);
}

TEST(BarcodeScanner, KeyboardWedgeThroughRecordedEvdevBytes)
{
    int fds[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    BarcodeScanner scanner(
        QStringLiteral("wedge"), ScannerProtocol::Evdev,
        FdChannel::adopt(fds[0], FdChannel::Kind::Evdev, QStringLiteral("test")));
    bringUp(scanner);
    QSignalSpy scans(&scanner, &BarcodeScanner::scanned);
    const std::string events = EvdevDecoder::encode("]C10109501101530003"
                                                    "10AB\x1d"
                                                    "17261231")
                               + EvdevDecoder::encode("]E04006381333931");
    ASSERT_EQ(::write(fds[1], events.data(), events.size()), ssize_t(events.size()));
    ASSERT_TRUE(waitFor([&] { return scans.size() == 2; }));
    EXPECT_EQ(scans[0][0].value<ScanEvent>().payload, "0109501101530003"
                                                      "10AB\x1d"
                                                      "17261231");
    EXPECT_EQ(scans[1][0].value<ScanEvent>().aim, "]E0");
    QSignalSpy errors(&scanner, &Device::errorEvent);
    ::close(fds[1]); // unplugged
    ASSERT_TRUE(waitFor([&] { return errors.size() == 1; }));
    EXPECT_EQ(errors[0][0].value<DeviceError>().code, DeviceErrorCode::Disconnected);
}

TEST(BarcodeScanner, HidPosReportsThroughASeqpacketSocket)
{
    int fds[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_SEQPACKET, 0, fds), 0);
    BarcodeScanner scanner(
        QStringLiteral("hid"), ScannerProtocol::HidPos,
        FdChannel::adopt(fds[0], FdChannel::Kind::Hidraw, QStringLiteral("test")));
    bringUp(scanner);
    QSignalSpy scans(&scanner, &BarcodeScanner::scanned);
    QSignalSpy status(&scanner, &Device::statusEvent);
    const std::string good = HidPosReport{"]Q3", "https://lane.example/p/1", false}.encode();
    const std::string bad("\x05garbage", 8);
    ASSERT_EQ(::write(fds[1], bad.data(), bad.size()), 8);
    ASSERT_EQ(::write(fds[1], good.data(), good.size()), 64);
    ASSERT_TRUE(waitFor([&] { return scans.size() == 1; }));
    EXPECT_EQ(scans[0][0].value<ScanEvent>().raw, "]Q3https://lane.example/p/1");
    EXPECT_EQ(scanner.framingErrors(), 1);
    EXPECT_EQ(status.size(), 1);
    ::close(fds[1]);
}
