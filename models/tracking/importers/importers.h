#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QList>
#include <QString>

#include <functional>

namespace mlwb::tracking {

// What an import added. Problems are per file and non-fatal: the broken run or
// file is left out, everything else is imported.
struct ImportReport {
    int experiments = 0; // found in the source (created when new)
    int runs = 0;
    int skippedRuns = 0; // imported before (same source), left as they are
    int metrics = 0;     // series
    qint64 points = 0;
    int params = 0;
    int tags = 0;
    QList<Error> problems;
};

// Called as work advances; return false to cancel. Runs already imported stay.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// PATH is an MLflow file store (`mlruns/`) or an MLflow SQLite database file.
// Each run is written in one transaction; a re-import skips runs it has seen.
Result<ImportReport> importMlflow(store::Database &db, const QString &path,
                                  const ImportProgress &progress = {});

// Every directory below LOGDIR holding `*tfevents*` files becomes one run of
// EXPERIMENT (the logdir's name when empty); scalars become metric series.
Result<ImportReport> importTensorBoard(store::Database &db, const QString &logdir,
                                       const QString &experiment = {},
                                       const ImportProgress &progress = {});

} // namespace mlwb::tracking
