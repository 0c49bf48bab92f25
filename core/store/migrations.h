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
};

/// The store's schema history, oldest first.
std::span<const Migration> storeMigrations();
/// The schema version this program writes.
int storeSchemaVersion();

/// Brings the database to the newest version in `migrations`, each step in its own
/// transaction. Refuses (code "store.schema_too_new") a database written by a newer
/// program, so an old binary never writes into a schema it does not understand.
Status migrate(Database &db, std::span<const Migration> migrations = storeMigrations());

} // namespace lane::core
