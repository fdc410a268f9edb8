#pragma once

#include "core/error.h"
#include "dvcfiles.h"
#include "pointerfile.h"
#include "vcs/repository.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlwb::datasets {

// Where a version found in git history comes from.
enum class GitVersionKind {
    Pointer, // a commit changed the dataset's pointer file (PATH.mlwb)
    File,    // a commit changed a CSV/TSV/JSONL file tracked by git itself
    Dvc,     // a commit changed the hash in PATH.dvc or a dvc.lock
};

struct GitDataVersion {
    vcs::CommitInfo commit;
    GitVersionKind kind = GitVersionKind::File;
    QString path;                       // the data path, relative to the repository root
    std::optional<PointerFile> pointer; // Pointer: the pointer as it was in that commit
    std::optional<DvcOut> dvc;          // Dvc: what DVC recorded in that commit
};

QString gitVersionKindName(GitVersionKind kind); // "pointer", "file", "dvc"

// True for file names git can version as tables (.csv, .tsv, .tab, .jsonl, .ndjson).
bool isPlainTableFile(const QString &path);

// Every version of `path` (relative to the repository root) in the history of
// HEAD, newest first: commits of its pointer file, of the file itself when it
// is a plain table, and of its DVC entry.
Result<QList<GitDataVersion>> gitDataVersions(vcs::Repository &repo, const QString &path);

} // namespace mlwb::datasets
