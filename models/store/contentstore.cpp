#include "contentstore.h"

#include "core/contenthash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace mlwb::store {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

ContentStore::ContentStore(QString objectsDir)
    : m_dir(std::move(objectsDir)) {}

QString ContentStore::pathOf(const QString &hash) const {
    return m_dir + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash.mid(2);
}

bool ContentStore::contains(const QString &hash) const {
    return QFileInfo::exists(pathOf(hash));
}

Result<ContentStore::Stored> ContentStore::putFile(const QString &sourcePath) {
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("store %1").arg(sourcePath), in.errorString(),
                    tr("check that the file exists and is readable"));
    // Hash while copying into a private temporary file so the source is read once.
    QDir().mkpath(m_dir);
    QTemporaryFile tmp(m_dir + QStringLiteral("/incoming-XXXXXX"));
    if (!tmp.open())
        return fail(tr("store %1").arg(sourcePath), tmp.errorString(),
                    tr("check free space and permissions of %1").arg(m_dir));
    ContentHasher hasher;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 size = 0;
    for (;;) {
        const qint64 n = in.read(buf.data(), buf.size());
        if (n < 0)
            return fail(tr("read %1").arg(sourcePath), in.errorString());
        if (n == 0)
            break;
        hasher.update({buf.constData(), static_cast<size_t>(n)});
        if (tmp.write(buf.constData(), n) != n)
            return fail(tr("store %1").arg(sourcePath), tmp.errorString(),
                        tr("check free space in %1").arg(m_dir));
        size += n;
    }
    const QString hash = hasher.hexDigest();
    if (contains(hash))
        return Stored{hash, size}; // the temporary file removes itself
    const QString target = pathOf(hash);
    QDir().mkpath(QFileInfo(target).path());
    // QTemporaryFile would delete the object under its new name on destruction.
    if (tmp.flush() && tmp.rename(target))
        tmp.setAutoRemove(false);
    else if (!contains(hash))
        return fail(tr("store %1").arg(sourcePath), tr("could not move it into %1").arg(target));
    return Stored{hash, size};
}

Result<ContentStore::Stored> ContentStore::putBytes(const QByteArray &bytes) {
    const QString hash = contentHash({bytes.constData(), static_cast<size_t>(bytes.size())});
    if (contains(hash))
        return Stored{hash, bytes.size()};
    const QString target = pathOf(hash);
    QDir().mkpath(QFileInfo(target).path());
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(tr("store %1 bytes").arg(bytes.size()), out.errorString(),
                    tr("check free space and permissions of %1").arg(m_dir));
    return Stored{hash, bytes.size()};
}

} // namespace mlwb::store
