#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/runtypes.h"
#include "tracking/seriesreader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace mlwb::cli {

// Everything the listing and export commands show of one run.
struct RunRecord {
    tracking::Run run;
    QList<tracking::Param> params;
    QList<tracking::Tag> tags;
    QList<tracking::MetricSummary> metrics;
    QHash<QString, tracking::SeriesData> history; // filled on request only
};

// Runs matching a filter in the query language, in `sort` order.
Result<QList<RunRecord>> loadRunRecords(store::Database &db, const QString &filter,
                                        const QString &sort, int limit, bool withHistory);

// {"runs": [{"id", "name", "experiment", "status", "start_time", "end_time",
//   "params", "metrics", "tags", "git"}]}; with history every metric also has
//   "history": {"step": [...], "time": [...], "value": [...]}.
QByteArray runsToJson(const QList<RunRecord> &runs);
// RFC 4180: one row per run, a column per param, metric (last value) and tag.
QByteArray runsToCsv(const QList<RunRecord> &runs);
// RFC 4180: one row per metric point: run_id, experiment, run, metric, step, time, value.
QByteArray metricHistoryToCsv(const QList<RunRecord> &runs);
// An aligned text table for the terminal.
QString runsToTable(const QList<RunRecord> &runs);

} // namespace mlwb::cli
