// DatasetStore::checkout and ::restore: writing a version's files back.
#include "datasetstore.h"

#include "core/contenthash.h"
#include "filescan.h"
#include "pointerfile.h"
#include "project/project.h"
#include "statcache.h"
#include "store/contentstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <sys/stat.h>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// Copies an object to `target` through a temporary file, checking its hash on the way.
Status copyVerified(const store::ContentStore &objects, const ManifestEntry &e,
                    const QString &target) {
    const QString source = objects.pathOf(e.hash);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("restore %1").arg(target),
                    tr("its content %1 is missing from the object store").arg(e.hash),
                    tr("the store was cleaned or copied incompletely; snapshot the data again "
                       "where it still exists"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("restore %1").arg(target), out.errorString(),
                    tr("check that the folder is writable"));
    ContentHasher hasher;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0)
            return fail(tr("read %1").arg(source), in.errorString());
        if (n == 0)
            break;
        hasher.update({buf.constData(), size_t(n)});
        if (out.write(buf.constData(), n) != n)
            return fail(tr("restore %1").arg(target), out.errorString(),
                        tr("check the free disk space"));
    }
    if (hasher.hexDigest() != e.hash) {
        out.cancelWriting();
        return fail(tr("restore %1").arg(target),
                    tr("object %1 in the store is damaged: its content hash is %2")
                        .arg(e.hash, hasher.hexDigest()),
                    tr("the file was left as it was; snapshot the data again where it still "
                       "exists"));
    }
    if (!out.commit())
        return fail(tr("restore %1").arg(target), out.errorString(),
                    tr("check that the folder is writable"));
    if (e.mode != 0)
        ::chmod(QFile::encodeName(target).constData(), mode_t(e.mode));
    return {};
}

QString absoluteOf(const QString &target, bool folder, const QString &entryPath) {
    return folder ? target + QLatin1Char('/') + entryPath : target;
}

} // namespace

Result<CheckoutResult> DatasetStore::restore(const Manifest &manifest, const QString &targetPath,
                                             const CheckoutOptions &options) {
    const QString target = QDir::cleanPath(QFileInfo(targetPath).absoluteFilePath());
    const QString what = tr("check out into %1").arg(target);
    const store::ContentStore objects(m_project.paths().objectsDir());
    StatCache cache(m_project.db());
    if (options.rememberStats)
        MLWB_TRY(cache.load(target));

    // What is there now, and whether each file's content is kept somewhere.
    QList<ScannedFile> present;
    if (QFileInfo(target).isDir() != manifest.folder && QFileInfo::exists(target))
        return fail(what,
                    manifest.folder ? tr("it is a file, and the version is a folder")
                                    : tr("it is a folder, and the version is a file"),
                    tr("choose another target with --to"));
    if (QFileInfo::exists(target)) {
        MLWB_ASSIGN_OR_RETURN(present, scanFiles(target));
    }
    QList<ScannedFile> toHash;
    for (const ScannedFile &f : present)
        if (cache.lookup(f).isEmpty())
            toHash.append(f);
    MLWB_ASSIGN_OR_RETURN(const QStringList fresh, hashFiles(toHash, nullptr, {}));
    QList<std::pair<ScannedFile, QString>> hashed;
    for (qsizetype i = 0; i < toHash.size(); ++i)
        hashed.append({toHash[i], fresh[i]});
    if (options.rememberStats)
        MLWB_TRY(cache.update(hashed));
    QHash<QString, QString> hashOf;
    for (const auto &[f, h] : hashed)
        hashOf.insert(f.absolute, h);

    CheckoutResult result;
    result.target = target;
    QSet<QString> upToDate;
    QList<QString> toRemove;
    QStringList unsaved;
    for (const ScannedFile &f : present) {
        const QString hash = hashOf.value(f.absolute, cache.lookup(f));
        const QString rel = manifest.folder ? f.path : QString();
        const ManifestEntry *e =
            manifest.folder ? manifest.find(f.path)
                            : (manifest.entries.isEmpty() ? nullptr : &manifest.entries.front());
        if (e && e->hash == hash) {
            upToDate.insert(rel);
            continue;
        }
        if (!objects.contains(hash))
            unsaved.append(f.absolute);
        if (!e)
            toRemove.append(f.absolute);
    }
    if (!unsaved.isEmpty() && !options.force)
        return fail(what,
                    unsaved.size() == 1
                        ? tr("%1 was modified and its content is not stored in any version")
                              .arg(unsaved.front())
                        : tr("%1 and %2 more files were modified and their content is not "
                             "stored in any version")
                              .arg(unsaved.front())
                              .arg(unsaved.size() - 1),
                    tr("snapshot them first with `mlwb data add`, or pass --force to discard "
                       "the changes; nothing was changed"));

    HashProgress progress;
    progress.filesTotal = manifest.entries.size();
    progress.bytesTotal = manifest.totalBytes();
    for (const ManifestEntry &e : manifest.entries) {
        const QString rel = manifest.folder ? e.path : QString();
        if (upToDate.contains(rel)) {
            ++result.unchanged;
        } else {
            MLWB_TRY(copyVerified(objects, e, absoluteOf(target, manifest.folder, e.path)));
            ++result.written;
        }
        ++progress.filesDone;
        progress.bytesDone += e.size;
        if (options.progress && (progress.filesDone % 256 == 0) && !options.progress(progress))
            return fail(what,
                        tr("cancelled after %1 of %2 files")
                            .arg(progress.filesDone)
                            .arg(progress.filesTotal),
                        tr("check out again to finish; the files written so far are complete"));
    }
    for (const QString &path : toRemove) {
        if (!QFile::remove(path))
            return fail(what, tr("cannot remove %1, which the version does not have").arg(path),
                        tr("check the folder's permissions"));
        ++result.removed;
    }
    if (!options.rememberStats)
        return result;
    // Remember the written files, so the next `data add` does not read them again.
    QList<std::pair<ScannedFile, QString>> written;
    for (const ManifestEntry &e : manifest.entries) {
        const QString rel = manifest.folder ? e.path : QString();
        if (upToDate.contains(rel))
            continue;
        const QString abs = absoluteOf(target, manifest.folder, e.path);
        MLWB_ASSIGN_OR_RETURN(ScannedFile f,
                              statFile(abs, manifest.folder ? e.path : QFileInfo(abs).fileName()));
        written.append({f, e.hash});
    }
    MLWB_TRY(cache.update(written));
    return result;
}

Result<CheckoutResult> DatasetStore::checkout(const DatasetVersion &version, const QString &toDir,
                                              const CheckoutOptions &options) {
    MLWB_ASSIGN_OR_RETURN(const Manifest m, manifest(version));
    const QString home = m_project.paths().root() + QLatin1Char('/') + version.root;
    QString target = home;
    if (!toDir.isEmpty())
        target =
            version.folder ? toDir : toDir + QLatin1Char('/') + QFileInfo(version.root).fileName();
    MLWB_ASSIGN_OR_RETURN(CheckoutResult result, restore(m, target, options));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(home).absoluteFilePath()) {
        const PointerFile pointer{version.dataset, version.number, version.manifestHash,
                                  version.folder,  version.files,  version.bytes};
        MLWB_TRY(pointer.write(PointerFile::pathFor(QDir::cleanPath(home))));
    }
    return result;
}

} // namespace mlwb::datasets
