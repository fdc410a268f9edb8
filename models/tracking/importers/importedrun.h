#pragma once

#include "importers.h"
#include "tracking/runtypes.h"

#include <vector>

namespace mlwb::tracking::importers {

// One metric series as read from a foreign store, in logging order.
struct ImportedSeries {
    QString key;
    std::vector<qint64> steps;
    std::vector<double> times; // unix seconds
    std::vector<double> values;
};

// A run read completely into memory, so a broken file never leaves half a run.
struct ImportedRun {
    NewRun spec;
    QList<ImportedSeries> series;
    QString parentSource; // source of the parent run, linked when already imported
    bool deleted = false; // moved to the trash after import
};

// Writes the run in one transaction unless a run with the same source exists;
// counts what was added (or skipped) into `report`.
Status writeImportedRun(store::Database &db, const ImportedRun &run, ImportReport &report);

QString importTr(const char *text, int n = -1);

} // namespace mlwb::tracking::importers
