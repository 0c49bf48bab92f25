#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "core/base/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lane::core {

/// Maps a SQLite result code to a stable Lane error: "store.disk_full", "store.read_only",
/// "store.corrupt", "store.io_error", "store.busy", "store.constraint" or "store.sqlite".
Error sqliteError(int code, std::string_view detail, std::string_view sql);

/// Marks bytes to bind as a BLOB rather than TEXT.
struct Blob
{
    std::string_view bytes;
};

/// One prepared statement. Owned by a Database's cache; reached through StatementHandle.
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt, std::string sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Status bind(int index, std::int64_t value);
    Status bind(int index, std::string_view text);
    Status bindBlob(int index, std::string_view bytes);
    Status bindNull(int index);
    Status bind(int index, const std::optional<std::string> &text);
    Status bind(int index, const std::optional<std::int64_t> &value);
    Status bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Status bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Status bind(int index, Blob blob) { return bindBlob(index, blob.bytes); }

    /// Binds every argument in order (1, 2, ...); stops at the first error.
    template<typename... Args>
    Status bindAll(const Args &...args)
    {
        int index = 0;
        Status s;
        ((s = s ? bind(++index, args) : s), ...);
        return s;
    }

    /// Advances: true when a row is available, false when done.
    Result<bool> step();
    /// Runs a statement that returns no rows (or ignores them).
    Status run();

    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    std::string columnBlob(int column) const;
    bool columnIsNull(int column) const;

    /// Ends the statement so it holds no read snapshot, and clears its bindings.
    void reset();
    const std::string &sql() const { return m_sql; }

private:
    Status check(int rc) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    std::string m_sql;
};

/// A borrowed cached statement that is reset when the handle goes out of scope, so no
/// statement keeps a WAL read snapshot open by accident.
class StatementHandle
{
public:
    explicit StatementHandle(Statement *s)
        : m_s(s)
    {}
    StatementHandle(StatementHandle &&o) noexcept
        : m_s(o.m_s)
    {
        o.m_s = nullptr;
    }
    StatementHandle &operator=(StatementHandle &&) = delete;
    StatementHandle(const StatementHandle &) = delete;
    ~StatementHandle()
    {
        if (m_s) {
            m_s->reset();
        }
    }
    Statement *operator->() const { return m_s; }
    Statement &operator*() const { return *m_s; }

private:
    Statement *m_s;
};

/// A SQLite connection (RAII over sqlite3*) with a cache of prepared statements that are
/// prepared once and reused. Every sqlite3_* result is checked and returned as an Error that
/// carries the SQLite message and the SQL.
class Database
{
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const std::string &path, Mode mode,
                                                  const char *vfsName = nullptr);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Runs one or more statements without results.
    Status exec(std::string_view sql);
    /// The cached statement for `sql`, prepared on first use.
    Result<StatementHandle> prepare(std::string_view sql);
    /// One value from a single-row query (PRAGMA user_version, COUNT(*)...).
    Result<std::int64_t> queryInt(std::string_view sql);
    Result<std::string> queryText(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    bool inTransaction() const;
    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    Database(sqlite3 *db, std::string path)
        : m_db(db)
        , m_path(std::move(path))
    {}

    sqlite3 *m_db;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

/// Runs `sql` with `args` bound in order and calls `row(statement)` for each result row,
/// reading columns by index. `row` may return a Status: an error ends the loop and is
/// returned (a row it cannot read, named by the caller). The one row loop of the store.
template<typename RowFn, typename... Args>
Status forEachRow(Database &db, std::string_view sql, RowFn &&row, const Args &...args)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(args...); !s) {
        return s;
    }
    for (;;) {
        auto more = (*st)->step();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return {};
        }
        if constexpr (std::is_same_v<std::invoke_result_t<RowFn &, Statement &>, Status>) {
            if (auto s = row(**st); !s) {
                return s;
            }
        } else {
            row(**st);
        }
    }
}

/// Runs a statement that returns no rows (INSERT, UPDATE, DELETE) with `args` bound.
template<typename... Args>
Status runSql(Database &db, std::string_view sql, const Args &...args)
{
    auto st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->bindAll(args...); !s) {
        return s;
    }
    return (*st)->run();
}

/// BEGIN IMMEDIATE ... COMMIT, rolled back on scope exit unless committed.
class TransactionGuard
{
public:
    static Result<TransactionGuard> begin(Database &db);
    TransactionGuard(TransactionGuard &&o) noexcept
        : m_db(o.m_db)
    {
        o.m_db = nullptr;
    }
    TransactionGuard &operator=(TransactionGuard &&) = delete;
    TransactionGuard(const TransactionGuard &) = delete;
    ~TransactionGuard();

    Status commit();
    void rollback();

private:
    explicit TransactionGuard(Database *db)
        : m_db(db)
    {}
    Database *m_db;
};

} // namespace lane::core
