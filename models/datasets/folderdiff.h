#pragma once

#include "core/error.h"
#include "manifest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace mlwb::datasets {

struct FileChange {
    QString path;
    QString hashA;
    QString hashB;
    qint64 sizeA = 0;
    qint64 sizeB = 0;
};

// A file that disappeared from one path and appeared under another with the same content.
struct FileRename {
    QString from;
    QString to;
    QString hash;
};

// File counts of one top-level folder (for image datasets usually a class).
struct FolderCounts {
    QString folder; // "." for files directly in the root
    qint64 filesA = 0;
    qint64 filesB = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 renamedIn = 0;  // renamed to a path in this folder
    qint64 renamedOut = 0; // renamed from a path in this folder
};

struct FolderDiff {
    QString sourceA;
    QString sourceB;
    QStringList added;   // paths in B only (renames excluded)
    QStringList removed; // paths in A only (renames excluded)
    QList<FileChange> changed;
    QList<FileRename> renamed;
    qint64 unchanged = 0;
    QList<FolderCounts> folders; // sorted by folder

    bool isSame() const {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && renamed.isEmpty();
    }
};

// The top-level folder of a relative path, "." for a file in the root.
QString topLevelFolder(const QString &path);
FolderDiff diffManifests(const Manifest &a, const Manifest &b);
// Lists and hashes every file below `dir` (content ids of the object store; .git,
// .mlwb, .dvc and pointer files skipped).
Result<Manifest> scanFolder(const QString &dir, const std::atomic<bool> *cancel = nullptr);
Result<FolderDiff> diffFolders(const QString &dirA, const QString &dirB,
                               const std::atomic<bool> *cancel = nullptr);

// {"files": {"added": [...], "removed": [...], "changed": [{"path", ...}],
//  "renamed": [{"from", "to"}], "unchanged": N}, "folders": [{"folder", "files_a", ...}]}
QJsonObject toJson(const FolderDiff &diff);

} // namespace mlwb::datasets
