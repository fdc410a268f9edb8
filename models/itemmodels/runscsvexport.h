#pragma once

#include "core/error.h"
#include "runcolumns.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace mlwb::itemmodels {

// What the runs table shows, to be written out whole: every run the filter
// matches (not only the rows read so far), in the table's order and columns.
struct RunsCsvExport {
    QString databasePath;
    QString filter; // query language
    QString sort;   // e.g. "metrics.loss asc, start_time desc"
    bool trashed = false;
    QList<RunColumn> columns;
    QString outputPath;
};

// One CSV field quoted as RFC 4180 asks: in double quotes, with quotes
// doubled, when it holds a comma, a quote or a line break.
QString csvField(const QString &text);

// Writes the CSV (header row, CRLF line ends) through a temporary file that
// replaces outputPath only when complete. Returns the number of runs written.
// Runs on any thread with a connection of its own; `cancel` stops it early
// (the output file is left as it was); `progress` hears (runs written, total)
// after each batch.
using CsvProgress = std::function<void(qint64 written, qint64 total)>;
Result<qint64> exportRunsCsv(const RunsCsvExport &request,
                             const std::atomic<bool> *cancel = nullptr,
                             const CsvProgress &progress = {});

} // namespace mlwb::itemmodels
