#include "folderdiff.h"

#include "filehashing.h"
#include "filescan.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <map>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

QString topLevelFolder(const QString &path) {
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral(".") : path.left(slash);
}

FolderDiff diffManifests(const Manifest &a, const Manifest &b) {
    FolderDiff diff;
    QHash<QString, const ManifestEntry *> inA;
    QHash<QString, const ManifestEntry *> inB;
    for (const ManifestEntry &e : a.entries)
        inA.insert(e.path, &e);
    for (const ManifestEntry &e : b.entries)
        inB.insert(e.path, &e);
    std::map<QString, FolderCounts> folders;
    auto folder = [&](const QString &path) -> FolderCounts & {
        FolderCounts &f = folders[topLevelFolder(path)];
        f.folder = topLevelFolder(path);
        return f;
    };
    // Paths only in A, by content, to find renames among the paths only in B.
    QMultiMap<QString, QString> goneByHash;
    for (const ManifestEntry &e : a.entries) {
        ++folder(e.path).filesA;
        if (!inB.contains(e.path))
            goneByHash.insert(e.hash, e.path);
    }
    QSet<QString> renamedFrom;
    for (const ManifestEntry &e : b.entries) {
        FolderCounts &f = folder(e.path);
        ++f.filesB;
        const auto old = inA.constFind(e.path);
        if (old != inA.constEnd()) {
            if ((*old)->hash == e.hash) {
                ++diff.unchanged;
            } else {
                diff.changed.append({e.path, (*old)->hash, e.hash, (*old)->size, e.size});
                ++f.changed;
            }
            continue;
        }
        // Same content under another path: prefer a source with the same file name.
        const QList<QString> sources = goneByHash.values(e.hash);
        QString from;
        for (const QString &s : sources) {
            if (renamedFrom.contains(s))
                continue;
            if (from.isEmpty() || QFileInfo(s).fileName() == QFileInfo(e.path).fileName())
                from = s;
        }
        if (from.isEmpty()) {
            diff.added.append(e.path);
            ++f.added;
            continue;
        }
        renamedFrom.insert(from);
        diff.renamed.append({from, e.path, e.hash});
        ++f.renamedIn;
        ++folder(from).renamedOut;
    }
    for (const ManifestEntry &e : a.entries) {
        if (!inB.contains(e.path) && !renamedFrom.contains(e.path)) {
            diff.removed.append(e.path);
            ++folder(e.path).removed;
        }
    }
    for (auto &[name, counts] : folders)
        diff.folders.append(counts);
    return diff;
}

Result<Manifest> scanFolder(const QString &dir, const std::atomic<bool> *cancel) {
    if (!QFileInfo(dir).isDir())
        return fail(tr("read folder %1").arg(dir), tr("not a folder"),
                    tr("check the path; give two folders or two files"));
    MLWB_ASSIGN_OR_RETURN(QList<ScannedFile> files, scanFiles(dir));
    MLWB_ASSIGN_OR_RETURN(QStringList hashes,
                          hashFiles(files, nullptr, [cancel](const HashProgress &) {
                              return !cancel || !cancel->load(std::memory_order_relaxed);
                          }));
    Manifest manifest;
    for (qsizetype i = 0; i < files.size(); ++i)
        manifest.entries.append(
            {files[i].path, hashes[i], files[i].size, files[i].mode, files[i].mtimeNs});
    manifest.sort();
    return manifest;
}

Result<FolderDiff> diffFolders(const QString &dirA, const QString &dirB,
                               const std::atomic<bool> *cancel) {
    MLWB_ASSIGN_OR_RETURN(Manifest a, scanFolder(dirA, cancel));
    MLWB_ASSIGN_OR_RETURN(Manifest b, scanFolder(dirB, cancel));
    FolderDiff diff = diffManifests(a, b);
    diff.sourceA = dirA;
    diff.sourceB = dirB;
    return diff;
}

QJsonObject toJson(const FolderDiff &diff) {
    QJsonArray changed;
    for (const FileChange &c : diff.changed)
        changed.append(QJsonObject{{QStringLiteral("path"), c.path},
                                   {QStringLiteral("hash_a"), c.hashA},
                                   {QStringLiteral("hash_b"), c.hashB},
                                   {QStringLiteral("size_a"), c.sizeA},
                                   {QStringLiteral("size_b"), c.sizeB}});
    QJsonArray renamed;
    for (const FileRename &r : diff.renamed)
        renamed.append(QJsonObject{{QStringLiteral("from"), r.from},
                                   {QStringLiteral("to"), r.to},
                                   {QStringLiteral("hash"), r.hash}});
    QJsonArray folders;
    for (const FolderCounts &f : diff.folders)
        folders.append(QJsonObject{{QStringLiteral("folder"), f.folder},
                                   {QStringLiteral("files_a"), f.filesA},
                                   {QStringLiteral("files_b"), f.filesB},
                                   {QStringLiteral("added"), f.added},
                                   {QStringLiteral("removed"), f.removed},
                                   {QStringLiteral("changed"), f.changed},
                                   {QStringLiteral("renamed_in"), f.renamedIn},
                                   {QStringLiteral("renamed_out"), f.renamedOut}});
    const QJsonObject files{{QStringLiteral("added"), QJsonArray::fromStringList(diff.added)},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(diff.removed)},
                            {QStringLiteral("changed"), changed},
                            {QStringLiteral("renamed"), renamed},
                            {QStringLiteral("unchanged"), diff.unchanged}};
    return {{QStringLiteral("a"), diff.sourceA},
            {QStringLiteral("b"), diff.sourceB},
            {QStringLiteral("same"), diff.isSame()},
            {QStringLiteral("files"), files},
            {QStringLiteral("folders"), folders}};
}

} // namespace mlwb::datasets
