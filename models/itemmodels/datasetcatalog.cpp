#include "datasetcatalog.h"

#include "datasets/datasethistory.h"
#include "datasets/datasetstore.h"
#include "datasets/dvcfiles.h"
#include "datasets/dvchistory.h"
#include "project/project.h"
#include "vcs/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <functional>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("mlwb", text, disambiguation, n);
}

bool cancelled(const std::atomic<bool> *cancel) {
    return cancel && cancel->load();
}

bool isSkippedFolder(const QString &relative) {
    static const QStringList skipped{QStringLiteral(".git"), QStringLiteral(".mlwb"),
                                     QStringLiteral(".dvc"), QStringLiteral("node_modules")};
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        if (skipped.contains(part))
            return true;
    }
    return false;
}

// Files below `root` whose name passes `accept`, relative and sorted.
QStringList findFiles(const QString &root, const std::function<bool(const QString &)> &accept,
                      const std::atomic<bool> *cancel) {
    QStringList found;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext() && !cancelled(cancel)) {
        const QString relative = base.relativeFilePath(it.next());
        if (!isSkippedFolder(relative) && accept(relative))
            found.append(relative);
    }
    found.sort();
    return found;
}

Result<QList<DataSource>> snapshotSources(const QString &root) {
    QList<DataSource> sources;
    if (!QFileInfo::exists(QDir(root).filePath(QStringLiteral(".mlwb/project.db"))))
        return sources;
    MLWB_ASSIGN_OR_RETURN(Project project, Project::locateAndOpen(root));
    datasets::DatasetStore store(project);
    MLWB_ASSIGN_OR_RETURN(const QList<datasets::DatasetInfo> infos, store.datasets());
    for (const datasets::DatasetInfo &info : infos) {
        DataSource source{DataSourceKind::Snapshot, info.name, info.root, info.folder, {}};
        MLWB_ASSIGN_OR_RETURN(const QList<datasets::DatasetVersion> versions,
                              store.versions(info.name));
        for (const datasets::DatasetVersion &v : versions) {
            source.versions.prepend(DataVersionInfo{
                QStringLiteral("%1@%2").arg(v.dataset).arg(v.number), QString::number(v.number),
                v.number, v.gitCommit, v.createdAt, v.message, v.files, v.bytes});
        }
        sources.append(source);
    }
    return sources;
}

DataVersionInfo commitVersion(const QString &root, const QString &path,
                              const vcs::CommitInfo &commit) {
    return DataVersionInfo{QStringLiteral("%1@%2").arg(QDir(root).filePath(path), commit.id),
                           commit.id.left(7),
                           0,
                           commit.id,
                           double(commit.time),
                           commit.summary,
                           -1,
                           -1};
}

QList<DataSource> gitFileSources(const QString &root, vcs::Repository &repo,
                                 const QSet<QString> &skip, const std::atomic<bool> *cancel) {
    QList<DataSource> sources;
    const QString repoRoot = QDir(repo.workdir()).absolutePath();
    const QStringList files = findFiles(root, datasets::isPlainTableFile, cancel);
    for (const QString &file : files) {
        if (cancelled(cancel))
            break;
        if (skip.contains(file))
            continue;
        const QString inRepo = QDir(repoRoot).relativeFilePath(QDir(root).filePath(file));
        auto history = repo.history(inRepo, 200);
        if (!history || history->isEmpty())
            continue; // not tracked by git
        DataSource source{DataSourceKind::GitFile, file, file, false, {}};
        for (const vcs::CommitInfo &c : *history) {
            DataVersionInfo v = commitVersion(root, file, c);
            v.files = 1;
            source.versions.append(v);
        }
        sources.append(source);
    }
    return sources;
}

Result<QList<DataSource>> dvcSources(const QString &root, vcs::Repository &repo,
                                     const std::atomic<bool> *cancel) {
    QList<DataSource> sources;
    if (!datasets::isDvcRepository(root))
        return sources;
    const QStringList describing = findFiles(
        root,
        [](const QString &f) {
            return f.endsWith(QLatin1String(".dvc")) ||
                   QFileInfo(f).fileName() == QLatin1String("dvc.lock");
        },
        cancel);
    QStringList paths;
    for (const QString &file : describing) {
        QFile f(QDir(root).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString baseDir =
            QFileInfo(file).path() == QLatin1String(".") ? QString() : QFileInfo(file).path();
        const QByteArray yaml = f.readAll();
        auto outs = file.endsWith(QLatin1String(".dvc"))
                        ? datasets::parseDvcFile(yaml, file, baseDir)
                        : datasets::parseDvcLock(yaml, file, baseDir);
        if (!outs)
            return std::unexpected(outs.error());
        for (const datasets::DvcOut &out : *outs) {
            if (!out.dependency && !paths.contains(out.path))
                paths.append(out.path);
        }
    }
    for (const QString &path : paths) {
        if (cancelled(cancel))
            break;
        MLWB_ASSIGN_OR_RETURN(const QList<datasets::DvcVersion> versions,
                              datasets::dvcVersions(repo, path));
        DataSource source{DataSourceKind::Dvc, path, path, false, {}};
        for (const datasets::DvcVersion &dv : versions) {
            if (dv.commit.id.isEmpty())
                continue; // the work tree: not a version yet
            source.folder = dv.out.folder;
            DataVersionInfo v = commitVersion(root, path, dv.commit);
            v.files = dv.out.folder ? dv.out.nfiles : 1;
            v.bytes = dv.out.size;
            source.versions.append(v);
        }
        if (!source.versions.isEmpty())
            sources.append(source);
    }
    return sources;
}

} // namespace

Result<QList<DataSource>> listDataSources(const QString &root, const std::atomic<bool> *cancel) {
    if (!QFileInfo(root).isDir())
        return fail(tr("list the datasets of %1").arg(root), tr("the folder does not exist"),
                    tr("open another project"));
    MLWB_ASSIGN_OR_RETURN(QList<DataSource> sources, snapshotSources(root));
    auto repo = vcs::Repository::discover(root);
    if (!repo)
        return sources; // no git: snapshots only
    // Files that are listed already (as snapshots or DVC outputs) are not listed again.
    QSet<QString> skip;
    MLWB_ASSIGN_OR_RETURN(const QList<DataSource> dvc, dvcSources(root, *repo, cancel));
    for (const DataSource &s : dvc)
        skip.insert(s.path);
    QStringList snapshotFolders;
    for (const DataSource &s : sources) {
        skip.insert(s.path);
        if (s.folder)
            snapshotFolders.append(s.path + QLatin1Char('/'));
    }
    QList<DataSource> files = gitFileSources(root, *repo, skip, cancel);
    files.removeIf([&snapshotFolders](const DataSource &f) {
        return std::any_of(snapshotFolders.begin(), snapshotFolders.end(),
                           [&f](const QString &folder) { return f.path.startsWith(folder); });
    });
    sources += files;
    sources += dvc;
    return sources;
}

} // namespace mlwb::itemmodels
