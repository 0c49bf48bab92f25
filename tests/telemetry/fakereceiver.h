#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <deque>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace lane::telemetry::test {

using Key = std::tuple<std::string, std::string, std::uint64_t>; // device, boot, seq

/// A loopback HTTP receiver for NDJSON batches that answers from a script (500, 429 with
/// Retry-After, 413, 400 ...) and then 200, remembering every accepted row's identity.
class FakeReceiver : public QTcpServer
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray extraHeaders; ///< "Retry-After: 1\r\n"
        QByteArray body;
        int delayMs = 0;
    };
    struct Request
    {
        qint64 atMs;
        int status;
        std::size_t rows;
    };

    FakeReceiver();
    std::uint16_t port() const { return serverPort(); }
    void script(Reply r) { m_script.push_back(std::move(r)); }
    void setDelayMs(int ms) { m_delayMs = ms; }
    /// While holding, requests are read and counted but their replies wait for release():
    /// a request stays in flight for as long as a test needs.
    void hold() { m_holding = true; }
    void release();
    std::size_t held() const { return m_held.size(); }

    std::multiset<Key> accepted;    ///< rows from 2xx requests (duplicates kept)
    std::vector<std::string> names; ///< event names in arrival order (accepted only)
    std::vector<Request> requests;

private:
    void onReadable(QTcpSocket *s);
    std::deque<Reply> m_script;
    QElapsedTimer m_clock;
    int m_delayMs = 0;
    bool m_holding = false;
    std::vector<std::pair<QPointer<QTcpSocket>, QByteArray>> m_held;
};

} // namespace lane::telemetry::test
