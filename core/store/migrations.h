#pragma once

#include <span>

#include "core/base/result.h"
#include "core/store/sqlite.h"

namespace lane::core {

/// One step of the store schema; `version` is the PRAGMA user_version after it ran.
struct Migration
{
    int version;
    const char *description;
    const char *sql;
    /// The oldest program schema version that still reads and writes the database correctly
    /// after this step: below `version` for a step that only adds what older programs never
    /// look at (a table, an index, a nullable column), so a rolled-back lane keeps selling.
    /// 0 means `version`: older programs refuse. docs/operations.md, "Upgrade and rollback".
    int minReader = 0;
};

/// The store's schema history, oldest first.
std::span<const Migration> storeMigrations();
/// The schema version this program writes.
int storeSchemaVersion();

/// The oldest program schema version that may open `db`, as recorded (table schema_reader)
/// by the program that migrated it; PRAGMA user_version when there is no record.
Result<int> readerVersion(Database &db);

/// Brings the database to the newest version in `migrations`, each step in its own
/// transaction that also records the reader version. A database written by a newer program
/// is used as it is when its reader version allows this program, and refused otherwise (code
/// "store.schema_too_new") before anything is written, so an old binary never writes into a
/// schema it does not understand.
Status migrate(Database &db, std::span<const Migration> migrations = storeMigrations());

} // namespace lane::core
