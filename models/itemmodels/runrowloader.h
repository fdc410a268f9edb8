#pragma once

#include "core/error.h"
#include "runcolumns.h"
#include "store/database.h"

namespace mlwb::itemmodels {

// Reads the table rows of many runs with one query per table (runs, params,
// metric summaries, tags) instead of one per run. Rows come back in the order
// of `ids`; ids of trashed runs are skipped unless `trashed` asks for those alone.
Result<QList<RunRow>> loadRunRows(store::Database &db, const QList<qint64> &ids,
                                  bool trashed = false);

// Ids of the runs that are still running (not in the trash).
Result<QList<qint64>> runningRunIds(store::Database &db);

} // namespace mlwb::itemmodels
