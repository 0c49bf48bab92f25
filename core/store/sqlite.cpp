#include "core/store/sqlite.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace lane::core {

Error sqliteError(int code, std::string_view detail, std::string_view sql)
{
    std::string c;
    switch (code & 0xff) {
    case SQLITE_FULL:
        c = "store.disk_full";
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        c = "store.read_only";
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        c = "store.corrupt";
        break;
    case SQLITE_IOERR:
        c = "store.io_error";
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        c = "store.busy";
        break;
    case SQLITE_CONSTRAINT:
        c = "store.constraint";
        break;
    case SQLITE_CANTOPEN:
        c = "store.cannot_open";
        break;
    default:
        c = "store.sqlite";
        break;
    }
    std::string msg = std::string(detail);
    if (msg.empty()) {
        msg = sqlite3_errstr(code);
    }
    if (!sql.empty()) {
        msg += " (SQL: " + std::string(sql.substr(0, 200)) + ")";
    }
    return makeError(std::move(c), std::move(msg));
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, std::string sql)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Status Statement::check(int rc) const
{
    if (rc == SQLITE_OK) {
        return {};
    }
    return sqliteError(rc, sqlite3_errmsg(m_db), m_sql);
}

Status Statement::bind(int index, std::int64_t value)
{
    return check(sqlite3_bind_int64(m_stmt, index, value));
}

Status Statement::bind(int index, std::string_view text)
{
    return check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                     SQLITE_UTF8));
}

Status Statement::bindBlob(int index, std::string_view bytes)
{
    return check(sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
}

Status Statement::bindNull(int index)
{
    return check(sqlite3_bind_null(m_stmt, index));
}

Status Statement::bind(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Status Statement::bind(int index, const std::optional<std::int64_t> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    Error e = sqliteError(sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db), m_sql);
    sqlite3_reset(m_stmt);
    return e;
}

Status Statement::run()
{
    auto r = step();
    if (!r) {
        return r.error();
    }
    return {};
}

std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto *p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char *>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::string Statement::columnBlob(int column) const
{
    const auto *p = sqlite3_column_blob(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(static_cast<const char *>(p), static_cast<std::size_t>(n))
             : std::string();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::reset()
{
    // The error of a failed step was already reported by step(); reset repeats it.
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Result<std::unique_ptr<Database>> Database::open(const std::string &path, Mode mode,
                                                 const char *vfsName)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    if (mode == Mode::ReadWriteCreate && !path.empty() && path != ":memory:"
        && path.rfind("file:", 0) != 0) {
        // Sales, users and the journal are for the service user only. SQLite would create
        // the file 0644 (less the umask) and gives the -wal and -shm files the database
        // file's mode, so creating it 0600 first covers all three.
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
        } else if (errno != EEXIST) {
            return makeError("store.io_error",
                             path + ": cannot create database file: " + std::strerror(errno));
        }
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, vfsName);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), "");
        e.message = path + ": " + e.message;
        sqlite3_close(db);
        return e;
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database()
{
    m_cache.clear(); // statements must be finalized before the connection closes
    sqlite3_close(m_db);
}

Status Database::exec(std::string_view sql)
{
    const std::string s(sql);
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(sqlite3_extended_errcode(m_db), err ? err : sqlite3_errmsg(m_db), s);
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<StatementHandle> Database::prepare(std::string_view sql)
{
    std::string key(sql);
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, key.c_str(), static_cast<int>(key.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            return sqliteError(rc, sqlite3_errmsg(m_db), key);
        }
        auto owned = std::make_unique<Statement>(m_db, stmt, key);
        it = m_cache.emplace(std::move(key), std::move(owned)).first;
    }
    return StatementHandle(it->second.get());
}

Result<std::int64_t> Database::queryInt(std::string_view sql)
{
    auto st = prepare(sql);
    if (!st) {
        return st.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("store.sqlite", "no row from " + std::string(sql));
    }
    return (*st)->columnInt(0);
}

Result<std::string> Database::queryText(std::string_view sql)
{
    auto st = prepare(sql);
    if (!st) {
        return st.error();
    }
    auto row = (*st)->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError("store.sqlite", "no row from " + std::string(sql));
    }
    return (*st)->columnText(0);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<TransactionGuard> TransactionGuard::begin(Database &db)
{
    auto st = db.prepare("BEGIN IMMEDIATE");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->run(); !s) {
        return s.error();
    }
    return TransactionGuard(&db);
}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

Status TransactionGuard::commit()
{
    if (!m_db) {
        return makeError("store.sqlite", "commit without an open transaction");
    }
    auto st = m_db->prepare("COMMIT");
    if (!st) {
        return st.error();
    }
    if (auto s = (*st)->run(); !s) {
        // A failed COMMIT leaves the transaction open (or SQLite rolled it back already);
        // rollback() below closes it either way, so nothing is half-written.
        return s.error();
    }
    m_db = nullptr;
    return {};
}

void TransactionGuard::rollback()
{
    if (m_db && m_db->inTransaction()) {
        // ROLLBACK can only fail when there is nothing to roll back.
        (void)m_db->exec("ROLLBACK");
    }
    m_db = nullptr;
}

} // namespace lane::core
