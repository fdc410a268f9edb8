#pragma once

#include "core/error.h"
#include "database.h"

#include <span>

namespace mlwb::store {

struct Migration {
    int version;     // PRAGMA user_version after this step
    const char *sql; // applied in one transaction
};

// Every migration of project.db, oldest first.
std::span<const Migration> projectMigrations();
int latestSchemaVersion();

// Brings a database to the latest version. An empty database gets the whole
// schema; an older one is first copied to "<path>.v<N>.bak"; a newer one is
// refused and left untouched.
Status migrate(Database &db, std::span<const Migration> migrations = projectMigrations());

} // namespace mlwb::store
