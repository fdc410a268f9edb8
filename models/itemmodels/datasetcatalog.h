#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

#include <atomic>

namespace mlwb::itemmodels {

// Where the versions of a data source come from.
enum class DataSourceKind {
    Snapshot, // our snapshots (mlwb data add): versions are numbers
    GitFile,  // a CSV/TSV/JSONL file tracked by git: versions are commits
    Dvc,      // a path tracked by DVC: versions are commits of its .dvc file or dvc.lock
};

struct DataVersionInfo {
    QString spec;   // what datasets::DataRefResolver::resolve() takes
    QString label;  // "3" for a snapshot, the short commit id otherwise
    int number = 0; // snapshots only
    QString commit;
    double time = 0; // unix seconds
    QString message;
    qint64 files = -1; // -1 when unknown
    qint64 bytes = -1;
};

struct DataSource {
    DataSourceKind kind = DataSourceKind::Snapshot;
    QString name; // the dataset's name, or the path relative to the project root
    QString path; // relative to the project root
    bool folder = false;
    QList<DataVersionInfo> versions; // newest first
};

// Every data source of the project at `root`: its dataset snapshots, the table
// files git tracks (with the commits that changed them) and the paths DVC
// tracks (with the commits that changed their recorded hash). Reads the disk
// and git history: call it off the GUI thread.
Result<QList<DataSource>> listDataSources(const QString &root,
                                          const std::atomic<bool> *cancel = nullptr);

} // namespace mlwb::itemmodels
