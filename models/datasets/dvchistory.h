#pragma once

#include "core/error.h"
#include "dvcfiles.h"
#include "vcs/repository.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlwb::datasets {

// A version of a DVC-tracked path: the commit whose .dvc file or dvc.lock gave it.
struct DvcVersion {
    vcs::CommitInfo commit; // empty id: the work tree
    DvcOut out;
};

// True when `root` holds a .dvc folder.
bool isDvcRepository(const QString &root);

// The files that may describe `path` (relative to the repository root):
// PATH.dvc, then dvc.lock in its folder and every folder above it.
QStringList dvcDescribingFiles(const QString &path);

// What DVC recorded for `path` at `rev` (an empty rev reads the work tree):
// a .dvc file's output first, then a stage output of a dvc.lock, then a stage
// dependency. Empty when DVC does not track it there.
Result<std::optional<DvcOut>> dvcOutAt(vcs::Repository &repo, const QString &rev,
                                       const QString &path);

// Every commit reachable from HEAD where the hash recorded for `path`
// changed, newest first.
Result<QList<DvcVersion>> dvcVersions(vcs::Repository &repo, const QString &path);

} // namespace mlwb::datasets
