#include "project.h"

#include "store/schema.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace mlwb {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// Adds ".mlwb/" to the repository's .gitignore unless a line already covers it.
Status ignoreDataDir(const QString &root) {
    QFile f(root + QStringLiteral("/.gitignore"));
    QByteArray content;
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("read %1").arg(f.fileName()), f.errorString());
        content = f.readAll();
        f.close();
    }
    for (const QByteArray &line : content.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t == ".mlwb" || t == ".mlwb/" || t == "/.mlwb" || t == "/.mlwb/")
            return {};
    }
    if (!f.open(QIODevice::Append))
        return fail(tr("write %1").arg(f.fileName()), f.errorString());
    if (!content.isEmpty() && !content.endsWith('\n'))
        f.write("\n");
    f.write(".mlwb/\n");
    return {};
}

} // namespace

Result<Project> Project::init(const QString &dir) {
    if (!QDir().mkpath(dir))
        return fail(tr("create folder %1").arg(dir), tr("could not create it"),
                    tr("check the path and your permissions"));
    MLWB_TRY(vcs::Repository::initOrOpen(dir));
    ProjectPaths paths(dir);
    if (!QDir().mkpath(paths.objectsDir()))
        return fail(tr("create folder %1").arg(paths.objectsDir()), tr("could not create it"));
    MLWB_TRY(ignoreDataDir(paths.root()));
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(paths.database(), store::Database::Mode::Create));
    MLWB_TRY(store::migrate(db));
    return Project(std::move(paths), std::move(db));
}

Result<Project> Project::open(const ProjectPaths &paths) {
    if (!paths.exists())
        return fail(tr("open project %1").arg(paths.root()), tr("no .mlwb/project.db there"),
                    tr("run `mlwb init` there first"));
    MLWB_ASSIGN_OR_RETURN(store::Database db, store::Database::open(paths.database()));
    MLWB_TRY(store::migrate(db));
    return Project(paths, std::move(db));
}

Result<Project> Project::locateAndOpen(const QString &projectDir) {
    if (!projectDir.isEmpty())
        return open(ProjectPaths(projectDir));
    MLWB_ASSIGN_OR_RETURN(ProjectPaths paths, ProjectPaths::locate(QDir::currentPath()));
    return open(paths);
}

} // namespace mlwb
