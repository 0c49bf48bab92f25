// The forwarder against a local HTTPS receiver whose self-signed certificate the test makes
// with OpenSSL at run time and trusts through ForwarderConfig::caFile.
#include <gtest/gtest.h>

#include <fstream>

#include "forwarderrig.h"
#include "telemetry/control.h"
#include "tlsreceiver.h"

using namespace lane::telemetry;
using namespace lane::telemetry::test;
namespace fs = std::filesystem;

namespace {

fs::path writePem(const fs::path &path, const QByteArray &pem)
{
    std::ofstream(path, std::ios::binary) << pem.toStdString();
    return path;
}

ForwarderConfig httpsConfig(Rig &rig, std::uint16_t port, const fs::path &caFile)
{
    auto cfg = rig.forwarderConfig(port);
    cfg.endpoint = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
    cfg.caFile = caFile;
    return cfg;
}

std::string lower(std::string s)
{
    for (auto &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

TEST(TlsForwarderTest, DeliversOverHttpsToATrustedSelfSignedReceiver)
{
    Rig rig("tls");
    const auto cert = makeSelfSignedCertificate("lane-test-receiver");
    TlsReceiver rx(cert);
    const auto emitted = rig.emit(300);
    Forwarder fw(
        httpsConfig(rig, rx.port(), writePem(rig.tmp.path() / "ca.pem", cert.certificatePem)));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && fw.idle(); }, 20000))
        << fw.stats().lastError;
    EXPECT_EQ(rx.accepted.size(), emitted.size());
    EXPECT_EQ(rx.handshakeFailures, 0);
    EXPECT_EQ(fw.stats().retries, 0u);
}

TEST(TlsForwarderTest, WrongCertificateIsRefusedClearlyAndNothingIsLost)
{
    Rig rig("tls");
    const auto trusted = makeSelfSignedCertificate("lane-test-receiver");
    const auto impostor = makeSelfSignedCertificate("lane-test-receiver");
    const auto caFile = writePem(rig.tmp.path() / "ca.pem", trusted.certificatePem);
    const auto emitted = rig.emit(300);
    const auto before = telemetryStatus(rig.tmp.path() / "spool");
    ASSERT_TRUE(before.ok());
    {
        // Same name, other key: only the CA setting tells them apart.
        TlsReceiver rx(impostor);
        Forwarder fw(httpsConfig(rig, rx.port(), caFile));
        ASSERT_TRUE(fw.start().ok());
        ASSERT_TRUE(runUntil([&] { return fw.stats().retries >= 2; }, 20000));
        fw.stop();
        EXPECT_EQ(fw.stats().recordsSent, 0u);
        EXPECT_TRUE(rx.accepted.empty());
        EXPECT_GE(rx.handshakeFailures, 1);
        const auto error = lower(fw.stats().lastError);
        EXPECT_NE(error.find("ssl"), std::string::npos) << fw.stats().lastError;
        EXPECT_NE(error.find("certificate"), std::string::npos) << fw.stats().lastError;
        EXPECT_EQ(fw.stats().rejectedBatches, 0u) << "a TLS failure is retried, not set aside";
    }
    {
        // Without the CA setting the system store applies: a self-signed receiver is refused.
        TlsReceiver rx(trusted);
        Forwarder fw(httpsConfig(rig, rx.port(), {}));
        ASSERT_TRUE(fw.start().ok());
        ASSERT_TRUE(runUntil([&] { return fw.stats().retries >= 1; }, 20000));
        fw.stop();
        EXPECT_EQ(fw.stats().recordsSent, 0u);
        EXPECT_TRUE(rx.accepted.empty());
    }
    const auto after = telemetryStatus(rig.tmp.path() / "spool");
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->pendingBytes, before->pendingBytes) << "nothing acknowledged, nothing lost";
    EXPECT_EQ(after->rejectedBatches, 0u);

    TlsReceiver rx(trusted);
    Forwarder fw(httpsConfig(rig, rx.port(), caFile));
    ASSERT_TRUE(fw.start().ok());
    ASSERT_TRUE(runUntil([&] { return unique(rx.accepted) == emitted && fw.idle(); }, 20000))
        << fw.stats().lastError;
}

TEST(TlsForwarderTest, UnreadableCaFileStopsTheStartWithItsName)
{
    Rig rig("tls");
    const auto bad = rig.tmp.path() / "not-a-cert.pem";
    std::ofstream(bad) << "hello\n";
    Forwarder fw(httpsConfig(rig, 443, bad));
    auto st = fw.start();
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, "telemetry.ca_file");
    EXPECT_NE(st.error().message.find("not-a-cert.pem"), std::string::npos);
}
