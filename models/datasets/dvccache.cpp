#include "dvccache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString cacheDirFromConfig(const QString &repoRoot) {
    QString dir;
    // config.local overrides config, like DVC does.
    for (const char *name : {"config", "config.local"}) {
        const QString path = repoRoot + QStringLiteral("/.dvc/") + QLatin1String(name);
        if (!QFileInfo::exists(path))
            continue;
        QSettings ini(path, QSettings::IniFormat);
        const QString value = ini.value(QStringLiteral("cache/dir")).toString().trimmed();
        if (!value.isEmpty())
            dir = QDir::isAbsolutePath(value)
                      ? value
                      : QDir::cleanPath(repoRoot + QStringLiteral("/.dvc/") + value);
    }
    return dir;
}

// Copies a cache object; with `md5` set, checks it on the way.
Result<bool> copyObject(const QString &from, const QString &to, const QString &md5) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("read %1").arg(from), in.errorString(), tr("check its permissions"));
    QDir().mkpath(QFileInfo(to).absolutePath());
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("write %1").arg(to), out.errorString(),
                    tr("check the folder's permissions"));
    QCryptographicHash hash(QCryptographicHash::Md5);
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0)
            return fail(tr("read %1").arg(from), in.errorString());
        if (n == 0)
            break;
        if (!md5.isEmpty())
            hash.addData(QByteArrayView(buf.constData(), n));
        if (out.write(buf.constData(), n) != n)
            return fail(tr("write %1").arg(to), out.errorString(), tr("check the free disk space"));
    }
    if (!out.commit())
        return fail(tr("write %1").arg(to), out.errorString(),
                    tr("check the folder's permissions"));
    return md5.isEmpty() || QString::fromLatin1(hash.result().toHex()) == md5;
}

} // namespace

DvcCache::DvcCache(QString cacheDir)
    : m_dir(std::move(cacheDir)) {}

DvcCache DvcCache::forRepository(const QString &repoRoot) {
    const QString configured = cacheDirFromConfig(repoRoot);
    return DvcCache(configured.isEmpty() ? repoRoot + QStringLiteral("/.dvc/cache") : configured);
}

QString DvcCache::objectPath(const QString &md5, bool dirManifest) const {
    if (md5.size() != 32)
        return {};
    const QString name = md5.left(2) + QLatin1Char('/') + md5.mid(2) +
                         (dirManifest ? QStringLiteral(".dir") : QString());
    for (const QString &candidate :
         {m_dir + QStringLiteral("/files/md5/") + name, m_dir + QLatin1Char('/') + name})
        if (QFileInfo(candidate).isFile())
            return candidate;
    return {};
}

Result<QList<DvcDirEntry>> DvcCache::dirManifest(const QString &md5) const {
    const QString path = objectPath(md5, true);
    if (path.isEmpty())
        return fail(tr("read the DVC folder manifest %1.dir").arg(md5),
                    tr("it is not in the cache %1").arg(m_dir),
                    tr("run `dvc fetch` (or `dvc pull`) to download it"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read %1").arg(path), f.errorString(), tr("check its permissions"));
    return parseDvcDirManifest(f.readAll(), path);
}

Result<DvcMaterialized> DvcCache::materialize(const DvcOut &out, const QString &target) const {
    DvcMaterialized result;
    result.target = target;
    if (out.md5.isEmpty())
        return fail(tr("read %1 from the DVC cache").arg(out.path),
                    tr("%1 records no hash for it").arg(out.source),
                    tr("run the stage (`dvc repro`) or `dvc add` to compute one"));
    // Only "hash: md5" objects are the plain md5 of their bytes; DVC 2.x
    // hashed text files after converting line endings.
    auto copyOne = [&](const QString &md5, const QString &to, const QString &label) -> Status {
        const QString from = objectPath(md5);
        if (from.isEmpty()) {
            result.missing.append(label);
            return {};
        }
        MLWB_ASSIGN_OR_RETURN(const bool ok, copyObject(from, to, out.md5Only ? md5 : QString()));
        if (!ok)
            result.mismatched.append(label);
        ++result.written;
        return {};
    };
    if (!out.folder) {
        MLWB_TRY(copyOne(out.md5, target, QFileInfo(out.path).fileName()));
        return result;
    }
    MLWB_ASSIGN_OR_RETURN(const QList<DvcDirEntry> entries, dirManifest(out.md5));
    QDir().mkpath(target);
    for (const DvcDirEntry &e : entries)
        MLWB_TRY(copyOne(e.md5, target + QLatin1Char('/') + e.relpath, e.relpath));
    return result;
}

} // namespace mlwb::datasets
