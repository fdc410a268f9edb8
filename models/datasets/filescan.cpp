#include "filescan.h"

#include "pointerfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

bool skippedFolder(const QString &name) {
    return name == QLatin1String(".git") || name == QLatin1String(".mlwb") ||
           name == QLatin1String(".dvc");
}

} // namespace

Result<ScannedFile> statFile(const QString &absolute, const QString &relative) {
    struct stat st {};
    if (::stat(QFile::encodeName(absolute).constData(), &st) != 0)
        return fail(tr("read %1").arg(absolute), QString::fromLocal8Bit(std::strerror(errno)),
                    tr("check that the file exists and is readable"));
    ScannedFile f;
    f.path = relative;
    f.absolute = absolute;
    f.size = qint64(st.st_size);
    f.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    f.inode = quint64(st.st_ino);
    f.mode = int(st.st_mode & 07777);
    return f;
}

Result<QList<ScannedFile>> scanFiles(const QString &root) {
    const QFileInfo info(root);
    const QString abs = QDir::cleanPath(info.absoluteFilePath());
    if (info.isFile()) {
        MLWB_ASSIGN_OR_RETURN(ScannedFile f, statFile(abs, info.fileName()));
        return QList<ScannedFile>{f};
    }
    if (!info.isDir())
        return fail(tr("read %1").arg(root), tr("there is no file or folder there"),
                    tr("check the path"));
    QList<ScannedFile> out;
    const QDir base(abs);
    // Manual recursion so skipped folders are not walked at all.
    QStringList pending{abs};
    while (!pending.isEmpty()) {
        const QString dir = pending.takeLast();
        QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            it.next();
            const QFileInfo fi = it.fileInfo();
            if (fi.isDir()) {
                if (!fi.isSymLink() && !skippedFolder(fi.fileName()))
                    pending.append(fi.filePath());
                continue;
            }
            if (!fi.isFile() || fi.fileName().endsWith(QLatin1String(PointerFile::kSuffix)))
                continue;
            MLWB_ASSIGN_OR_RETURN(ScannedFile f,
                                  statFile(fi.filePath(), base.relativeFilePath(fi.filePath())));
            out.append(std::move(f));
        }
    }
    std::sort(out.begin(), out.end(),
              [](const ScannedFile &a, const ScannedFile &b) { return a.path < b.path; });
    return out;
}

} // namespace mlwb::datasets
