#pragma once

#include <QByteArray>
#include <QString>

#include <filesystem>
#include <set>
#include <string>

#include "fakereceiver.h"

namespace lane::telemetry::test {

/// A private ClickHouse server started with scripts/clickhouse-start for one test process.
class ClickHouse
{
public:
    explicit ClickHouse(std::filesystem::path dir);
    ~ClickHouse();
    bool start(); ///< again after stop(): same port, same data
    void stop();  ///< by PID, keeping the data
    bool running() const { return m_running; }
    std::uint16_t port() const { return m_port; }
    const std::string &error() const { return m_error; }

    /// Runs `sql` over HTTP; returns the body, or nullopt with error() set.
    std::optional<std::string> query(const std::string &sql, const QByteArray &body = {});
    bool createEventsTable(const std::string &table);
    std::multiset<Key> keys(const std::string &table, bool final = true);
    std::int64_t count(const std::string &table, const std::string &where);

private:
    std::filesystem::path m_dir;
    std::uint16_t m_port = 0;
    bool m_running = false;
    std::string m_error;
};

/// Every record's identity in the spool and in the archive next to it.
std::set<Key> spoolAndArchiveKeys(const std::filesystem::path &spool,
                                  const std::filesystem::path &archive);

} // namespace lane::telemetry::test
