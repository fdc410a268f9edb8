#include "projectpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mlwb {

ProjectPaths::ProjectPaths(QString root)
    : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString ProjectPaths::dataDir() const {
    return m_root + QStringLiteral("/.mlwb");
}

QString ProjectPaths::database() const {
    return dataDir() + QStringLiteral("/project.db");
}

QString ProjectPaths::objectsDir() const {
    return dataDir() + QStringLiteral("/objects");
}

bool ProjectPaths::exists() const {
    return QFileInfo::exists(database());
}

Result<ProjectPaths> ProjectPaths::locate(const QString &start) {
    QDir dir(QDir(start).absolutePath());
    for (;;) {
        ProjectPaths candidate(dir.path());
        if (candidate.exists())
            return candidate;
        if (!dir.cdUp())
            break;
    }
    return fail(QCoreApplication::translate("mlwb", "find a project from %1")
                    .arg(QDir::toNativeSeparators(QDir(start).absolutePath())),
                QCoreApplication::translate("mlwb", "no .mlwb/project.db there or in any parent"),
                QCoreApplication::translate(
                    "mlwb", "run `mlwb init` in the project folder, or pass --project DIR"));
}

} // namespace mlwb
