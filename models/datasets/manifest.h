#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mlwb::datasets {

// One file of a dataset version.
struct ManifestEntry {
    QString path; // relative to the dataset root, '/'-separated; the file name for a file dataset
    QString hash; // content id in the object store
    qint64 size = 0;
    int mode = 0;       // permission bits
    qint64 mtimeNs = 0; // when it was snapshotted; not part of the identity
};

// The files of a version, sorted by path. Its text form is stored as an object
// too, so a version can be restored from its manifest hash alone (for
// instance from a pointer file in an old git commit).
struct Manifest {
    bool folder = true;
    QList<ManifestEntry> entries;

    qint64 totalBytes() const;
    void sort();
    // Stable text: a header line, then "hash<TAB>size<TAB>mode<TAB>path" per file.
    QByteArray serialize() const;
    QString hash() const;
    const ManifestEntry *find(const QString &path) const;
    static Result<Manifest> parse(const QByteArray &text, const QString &source);
};

} // namespace mlwb::datasets
