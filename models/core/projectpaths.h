#pragma once

#include "error.h"

#include <QString>

namespace mlwb {

// Where a project keeps its files: <root>/.mlwb/{project.db,objects/}.
class ProjectPaths {
public:
    explicit ProjectPaths(QString root);

    QString root() const { return m_root; }
    QString dataDir() const;    // <root>/.mlwb
    QString database() const;   // <root>/.mlwb/project.db
    QString objectsDir() const; // <root>/.mlwb/objects
    bool exists() const;        // project.db is there

    // Like git: `start` itself or the nearest parent that holds .mlwb/project.db.
    static Result<ProjectPaths> locate(const QString &start);

private:
    QString m_root;
};

} // namespace mlwb
