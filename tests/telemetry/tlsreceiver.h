#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>

#include <string>

#include "fakereceiver.h"

namespace lane::telemetry::test {

/// A self-signed certificate and its private key, PEM, made with OpenSSL at run time for
/// `127.0.0.1` and `localhost` (both in subjectAltName), valid for a day.
struct TestCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};
TestCertificate makeSelfSignedCertificate(const std::string &commonName);

/// The FakeReceiver over HTTPS: every connection is a QSslSocket serving `certificate`.
class TlsReceiver : public FakeReceiver
{
public:
    explicit TlsReceiver(const TestCertificate &certificate);
    int handshakeFailures = 0; ///< connections that ended without a TLS session

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace lane::telemetry::test
