#pragma once

#include "core/error.h"
#include "filehashing.h"
#include "manifest.h"

#include <QList>
#include <QString>

#include <optional>

namespace mlwb {
class Project;
}

namespace mlwb::datasets {

struct DatasetInfo {
    qint64 id = 0;
    QString name;
    QString root; // relative to the project root
    bool folder = true;
    double createdAt = 0;
    int latestVersion = 0; // 0 when it has no version yet
};

struct DatasetVersion {
    qint64 id = 0;
    qint64 datasetId = 0;
    QString dataset;
    QString root; // the dataset's root, relative to the project root
    bool folder = true;
    int number = 0;
    double createdAt = 0;
    QString message;
    qint64 files = 0;
    qint64 bytes = 0;
    QString manifestHash;
    QString gitCommit; // HEAD when the snapshot was taken; empty outside git
};

struct SnapshotOptions {
    QString name;    // default: the dataset already at that path, else the file/folder name
    QString message; // stored with the version
    HashProgressFn progress;
};

struct SnapshotResult {
    DatasetVersion version; // the new version, or the latest one when nothing changed
    bool created = false;   // false: the data equals the latest version
    qint64 filesHashed = 0; // read because they were new or their stat changed
    qint64 bytesHashed = 0;
    qint64 filesReused = 0; // skipped thanks to the stat cache
    QString pointerPath;
};

struct CheckoutOptions {
    bool force = false;        // overwrite or delete files whose content is not stored anywhere
    bool rememberStats = true; // false for scratch copies: keep them out of the stat cache
    HashProgressFn progress;
};

struct CheckoutResult {
    QString target;
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
};

// Dataset snapshots of one project: content in .mlwb/objects, versions and
// manifests in project.db, a pointer file beside the data for git.
class DatasetStore {
public:
    explicit DatasetStore(Project &project);

    // Snapshots a file or folder inside the project. Unchanged files (same size,
    // mtime and inode) are not read again; unchanged data makes no new version.
    Result<SnapshotResult> snapshot(const QString &path, const SnapshotOptions &options = {});

    Result<QList<DatasetInfo>> datasets();
    Result<std::optional<DatasetInfo>> dataset(const QString &name);
    // Oldest first. Fails for an unknown name, listing the names there are.
    Result<QList<DatasetVersion>> versions(const QString &name);
    // `number` 0 means the latest. Errors list the versions or names there are.
    Result<DatasetVersion> version(const QString &name, int number);
    Result<Manifest> manifest(const DatasetVersion &version);
    // A manifest from the object store, e.g. the one a pointer file in git names.
    Result<Manifest> manifestByHash(const QString &hash);

    // Restores a version into `toDir` (default: where it was snapshotted, and
    // then its pointer file follows). Every file is verified against its hash.
    // A file whose current content is stored nowhere is not overwritten or
    // removed without `force`; the error names it.
    Result<CheckoutResult> checkout(const DatasetVersion &version, const QString &toDir = {},
                                    const CheckoutOptions &options = {});
    // Restores any manifest into `target` (a folder, or the file itself for a
    // file manifest).
    Result<CheckoutResult> restore(const Manifest &manifest, const QString &target,
                                   const CheckoutOptions &options = {});

    // Lineage: the run read (role "input") or wrote this version.
    Status recordUse(qint64 runId, qint64 versionId, const QString &role = QStringLiteral("input"));
    Result<QList<std::pair<DatasetVersion, QString>>> usedBy(qint64 runId);

private:
    Result<DatasetVersion> readVersion(qint64 versionId);
    Project &m_project;
};

} // namespace mlwb::datasets
