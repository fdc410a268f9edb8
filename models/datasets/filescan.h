#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace mlwb::datasets {

// A regular file as `stat` sees it.
struct ScannedFile {
    QString path;     // relative to the scanned root ('/'-separated); the name for a single file
    QString absolute; // absolute path
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    int mode = 0; // permission bits
};

// `stat` of one file.
Result<ScannedFile> statFile(const QString &absolute, const QString &relative);

// The regular files of `root` (a file or a folder, recursively), sorted by
// path. Skips .git, .mlwb and .dvc folders and dataset pointer files (*.mlwb);
// follows no symbolic links out of the folder.
Result<QList<ScannedFile>> scanFiles(const QString &root);

} // namespace mlwb::datasets
