#pragma once

#include "core/error.h"
#include "dvcfiles.h"

#include <QString>
#include <QStringList>

namespace mlwb::datasets {

// What materializing a DVC output produced. Objects missing from the cache
// are listed, not fatal: the other files are still written.
struct DvcMaterialized {
    QString target;         // the file, or the folder
    qint64 written = 0;     // files
    QStringList missing;    // paths (relative to the output) whose object is not in the cache
    QStringList mismatched; // "hash: md5" files whose bytes do not have that md5
};

// A DVC cache folder (.dvc/cache), read in place: the 3.x layout
// files/md5/ab/cdef… and the 2.x layout ab/cdef….
class DvcCache {
public:
    explicit DvcCache(QString cacheDir);
    // The cache of the DVC repository at `repoRoot`: [cache] dir in .dvc/config
    // (and .dvc/config.local) when set, else .dvc/cache.
    static DvcCache forRepository(const QString &repoRoot);

    QString dir() const { return m_dir; }
    // The object's file in whichever layout holds it; empty when none does.
    QString objectPath(const QString &md5, bool dirManifest = false) const;
    Result<QList<DvcDirEntry>> dirManifest(const QString &md5) const;

    // Writes the output's file(s) to `target` (the file itself, or the folder).
    Result<DvcMaterialized> materialize(const DvcOut &out, const QString &target) const;

private:
    QString m_dir;
};

} // namespace mlwb::datasets
