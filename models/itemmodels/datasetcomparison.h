#pragma once

#include "core/error.h"
#include "datasets/columnprofile.h"
#include "datasets/drift.h"
#include "datasets/folderdiff.h"
#include "datasets/table.h"
#include "datasets/tablediff.h"

#include <QPromise>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace mlwb::itemmodels {

// Two versions of some data to compare, as datasets::DataRefResolver names them.
struct ComparisonRequest {
    QString projectRoot;
    QString specA;
    QString specB;
    QString labelA; // how to name the versions to the user
    QString labelB;
    // Folders: the table file (relative to the folder) to diff; empty: the
    // first changed one.
    QString tableFile;
    QStringList keyColumns; // empty: suggested from unique columns
    bool unkeyed = false;
    double tolerance = 0; // absolute, for numbers
    // Set by the owner to stop the job early (the promise is cancelled too).
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
};

// Everything the Datasets panel shows for one pair; each part is optional and
// the error of a part that failed is kept beside the parts that worked.
struct DatasetComparison {
    QString labelA;
    QString labelB;
    bool folders = false;
    // The two versions as local files or folders, kept while the comparison lives
    // (restored copies of snapshots and git revisions are scratch folders).
    QString pathA;
    QString pathB;
    std::vector<std::shared_ptr<QTemporaryDir>> scratch;
    std::optional<datasets::FolderDiff> files; // folders only
    QStringList tableFiles;                    // table files in both folders, changed first
    QString tableFile;                         // the one diffed ("" for two files)
    std::shared_ptr<const datasets::Table> tableA;
    std::shared_ptr<const datasets::Table> tableB;
    std::shared_ptr<const datasets::TableDiff> diff;
    std::optional<datasets::TableProfile> profileA;
    std::optional<datasets::TableProfile> profileB;
    std::optional<datasets::DriftReport> drift;
    QStringList keyCandidates; // columns unique and non-empty in both tables
    QStringList warnings;      // not fatal: missing DVC cache objects, ragged rows
    QList<Error> errors;       // parts that failed
};

// The steps of a comparison, for progress: resolve A, resolve B, files,
// read, diff, profiles, drift.
inline constexpr int comparisonSteps = 7;

// Runs a comparison on the calling thread (a QtConcurrent worker), reporting
// progress in steps and stopping early when the promise is cancelled. Adds one
// result unless cancelled.
void compareDatasets(QPromise<DatasetComparison> &promise, const ComparisonRequest &request);
// The same without a promise, for tests and the command line.
DatasetComparison compareDatasets(const ComparisonRequest &request);

} // namespace mlwb::itemmodels
