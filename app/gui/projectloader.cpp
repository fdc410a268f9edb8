#include "projectloader.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace mlwb::gui {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("mlwb", text);
}

Result<QString> openOrCreate(const QString &dir, bool create) {
    if (create) {
        MLWB_ASSIGN_OR_RETURN(Project project, Project::init(dir));
        return project.paths().root();
    }
    if (!QFileInfo(dir).isDir())
        return fail(tr("open project %1").arg(dir), tr("the folder does not exist"),
                    tr("choose an existing folder, or create a new project"));
    auto paths = ProjectPaths::locate(dir);
    if (!paths)
        return fail(tr("open project %1").arg(dir), paths.error().why,
                    tr("choose a folder that holds .mlwb/project.db, or create a project "
                       "there with File \u203a New Project"));
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(*paths));
    return project.paths().root();
}

} // namespace

void ProjectLoader::open(const QString &dir) {
    start(dir, false);
}

void ProjectLoader::create(const QString &dir) {
    start(dir, true);
}

void ProjectLoader::start(const QString &dir, bool create) {
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        const Result<QString> result = watcher->result();
        if (result)
            Q_EMIT opened(*result);
        else
            Q_EMIT failed(result.error());
    });
    watcher->setFuture(QtConcurrent::run(openOrCreate, dir, create));
}

} // namespace mlwb::gui
