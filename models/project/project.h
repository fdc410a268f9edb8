#pragma once

#include "core/error.h"
#include "core/projectpaths.h"
#include "store/database.h"

namespace mlwb {

// An opened project: its paths and a database connection at the latest schema.
// One Project (connection) per thread.
class Project {
public:
    // Creates or adopts: git repository (git init if needed), .mlwb/project.db,
    // .mlwb/objects and a `.mlwb/` line in .gitignore. Safe to run twice.
    static Result<Project> init(const QString &dir);
    // Opens an existing project, migrating an older database after a backup.
    static Result<Project> open(const ProjectPaths &paths);
    // --project DIR when given, else the current directory upward.
    static Result<Project> locateAndOpen(const QString &projectDir = {});

    const ProjectPaths &paths() const { return m_paths; }
    store::Database &db() { return m_db; }

private:
    Project(ProjectPaths paths, store::Database db)
        : m_paths(std::move(paths))
        , m_db(std::move(db)) {}
    ProjectPaths m_paths;
    store::Database m_db;
};

} // namespace mlwb
