#include "clickhouse.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <sstream>

#include "qtapp.h"
#include "telemetry/httppolicy.h"
#include "telemetry/record.h"
#include "telemetry/segment.h"

namespace lane::telemetry::test {

namespace fs = std::filesystem;

namespace {

QString script(const char *name)
{
    return QString::fromStdString((fs::path(LANE_TEST_DATA_DIR) / ".." / ".." / "scripts" / name)
                                      .lexically_normal()
                                      .string());
}

} // namespace

ClickHouse::ClickHouse(fs::path dir)
    : m_dir(std::move(dir))
{}

ClickHouse::~ClickHouse()
{
    if (m_running)
        QProcess::execute(script("clickhouse-stop"),
                          {QString::fromStdString(m_dir.string()), QStringLiteral("--kill")});
}

bool ClickHouse::start()
{
    qtApp();
    if (!fs::exists("/usr/sbin/clickhouse-server")) {
        m_error = "/usr/sbin/clickhouse-server is not installed (scripts/deps installs it)";
        return false;
    }
    QProcess p;
    if (m_port) {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("CLICKHOUSE_HTTP_PORT", QString::number(m_port));
        p.setProcessEnvironment(env);
    }
    p.start(script("clickhouse-start"), {QString::fromStdString(m_dir.string())});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        m_error = "clickhouse-start failed: " + p.readAllStandardError().toStdString();
        return false;
    }
    const auto words = QString::fromUtf8(p.readAllStandardOutput()).split(' ');
    m_port = static_cast<std::uint16_t>(words.value(0).toUInt());
    m_running = true;
    return true;
}

void ClickHouse::stop()
{
    QProcess::execute(script("clickhouse-stop"),
                      {QString::fromStdString(m_dir.string()), QStringLiteral("--keep"),
                       QStringLiteral("--kill")});
    m_running = false;
}

std::optional<std::string> ClickHouse::query(const std::string &sql, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
    QUrlQuery q;
    q.addQueryItem("query", QString::fromStdString(sql));
    url.setQuery(q);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain");
    QNetworkReply *reply = nam.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto text = reply->readAll().toStdString();
    reply->deleteLater();
    if (status != 200) {
        m_error = "HTTP " + std::to_string(status) + ": " + text;
        return std::nullopt;
    }
    return text;
}

bool ClickHouse::createEventsTable(const std::string &table)
{
    // ClickHouse 18.16: no DateTime64, so ts is UInt64 nanoseconds; duplicates from
    // at-least-once delivery collapse on the identity key (query with FINAL).
    return query("CREATE TABLE IF NOT EXISTS " + table
                 + " (ts UInt64, day Date, severity String, name String, message String,"
                   " store String, pos String, host String, version String, mode String,"
                   " device String, boot String, seq UInt64, attributes String)"
                   " ENGINE = ReplacingMergeTree() PARTITION BY toYYYYMM(day)"
                   " ORDER BY (store, device, boot, seq)")
        .has_value();
}

std::multiset<Key> ClickHouse::keys(const std::string &table, bool final)
{
    std::multiset<Key> out;
    auto text
        = query("SELECT device, boot, seq FROM " + table + (final ? " FINAL" : "") + " FORMAT TSV");
    if (!text)
        return out;
    std::istringstream in(*text);
    std::string device, boot;
    std::uint64_t seq = 0;
    while (in >> device >> boot >> seq)
        out.insert({device, boot, seq});
    return out;
}

std::int64_t ClickHouse::count(const std::string &table, const std::string &where)
{
    auto text = query("SELECT count() FROM " + table + " FINAL WHERE " + where);
    return text ? std::stoll(*text) : -1;
}

std::set<Key> spoolAndArchiveKeys(const fs::path &spool, const fs::path &archive)
{
    std::set<Key> keys;
    auto addLines = [&](const std::string &data) {
        std::istringstream in(data);
        std::string line;
        while (std::getline(in, line)) {
            if (in.eof() && !data.empty() && data.back() != '\n')
                break; // torn tail
            if (auto r = parseJsonLine(line))
                keys.insert({r->resource.device, r->boot, r->seq});
        }
    };
    for (const auto &s : listSegments(spool))
        if (auto data = readSmallFile(spool / s.file))
            addLines(*data);
    std::error_code ec;
    for (fs::directory_iterator it(archive, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".zst")
            if (auto packed = readSmallFile(it->path()))
                if (auto data = decompress(Compression::Zstd, *packed))
                    addLines(*data);
    return keys;
}

} // namespace lane::telemetry::test
