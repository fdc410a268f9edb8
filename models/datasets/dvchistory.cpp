#include "dvchistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString folderOf(const QString &path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

// The file's bytes at `rev`, or nothing when it is not there.
std::optional<QByteArray> readAt(vcs::Repository &repo, const QString &rev, const QString &path) {
    if (rev.isEmpty()) {
        QFile f(repo.workdir() + QLatin1Char('/') + path);
        if (!f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return f.readAll();
    }
    auto bytes = repo.fileAt(rev, path);
    if (!bytes)
        return std::nullopt;
    return *bytes;
}

QString label(const QString &rev, const QString &path) {
    return rev.isEmpty() ? path : QStringLiteral("%1@%2").arg(path, rev.left(12));
}

} // namespace

bool isDvcRepository(const QString &root) {
    return QFileInfo(root + QStringLiteral("/.dvc")).isDir();
}

QStringList dvcDescribingFiles(const QString &path) {
    QStringList files{path + QStringLiteral(".dvc")};
    QString dir = folderOf(path);
    for (;;) {
        files.append(dir.isEmpty() ? QStringLiteral("dvc.lock")
                                   : dir + QStringLiteral("/dvc.lock"));
        if (dir.isEmpty())
            break;
        dir = folderOf(dir);
    }
    return files;
}

Result<std::optional<DvcOut>> dvcOutAt(vcs::Repository &repo, const QString &rev,
                                       const QString &path) {
    const QString clean = QDir::cleanPath(path);
    std::optional<DvcOut> dependency;
    for (const QString &file : dvcDescribingFiles(clean)) {
        const std::optional<QByteArray> bytes = readAt(repo, rev, file);
        if (!bytes)
            continue;
        const bool lock = file.endsWith(QLatin1String("dvc.lock"));
        auto outs = lock ? parseDvcLock(*bytes, label(rev, file), folderOf(file))
                         : parseDvcFile(*bytes, label(rev, file), folderOf(file));
        if (!outs)
            return std::unexpected(outs.error());
        for (DvcOut &o : *outs) {
            if (o.path != clean)
                continue;
            o.source = file;
            if (!o.dependency)
                return std::optional<DvcOut>(std::move(o));
            if (!dependency && !o.md5.isEmpty())
                dependency = std::move(o);
        }
    }
    return dependency;
}

Result<QList<DvcVersion>> dvcVersions(vcs::Repository &repo, const QString &path) {
    const QString clean = QDir::cleanPath(path);
    // The commits that touched any file that may describe the path, newest first.
    QHash<QString, vcs::CommitInfo> commits;
    for (const QString &file : dvcDescribingFiles(clean)) {
        MLWB_ASSIGN_OR_RETURN(const QList<vcs::CommitInfo> history, repo.history(file));
        for (const vcs::CommitInfo &c : history)
            commits.insert(c.id, c);
    }
    QList<vcs::CommitInfo> ordered = commits.values();
    std::sort(ordered.begin(), ordered.end(),
              [](const vcs::CommitInfo &a, const vcs::CommitInfo &b) {
                  return a.time != b.time ? a.time > b.time : a.id < b.id;
              });
    QList<DvcVersion> all;
    for (const vcs::CommitInfo &c : ordered) {
        auto out = dvcOutAt(repo, c.id, clean);
        if (!out)
            return std::unexpected(withContext(
                out.error(), tr("read the DVC version of %1 at %2").arg(clean, c.id.left(12))));
        if (*out)
            all.append({c, std::move(**out)});
    }
    // Keep a commit only when it changed the hash relative to the older one.
    QList<DvcVersion> changes;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const bool last = i + 1 == all.size();
        if (last || all[i].out.md5 != all[i + 1].out.md5 ||
            all[i].out.folder != all[i + 1].out.folder)
            changes.append(all[i]);
    }
    return changes;
}

} // namespace mlwb::datasets
