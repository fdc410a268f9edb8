#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/query/runquery.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace mlwb::itemmodels {

// One group of the runs a query matches: runs of one experiment, or runs with
// one value of a param (a null value: runs without that param).
struct RunGroup {
    QVariant value; // experiment id, or the param value
    QString label;
    qint64 count = 0;
};

// groupBy: "experiment" or "params.<key>". The groups and their sizes come
// from one SQL GROUP BY over the matching runs; no run row is read.
Result<QList<RunGroup>> groupRuns(store::Database &db, const tracking::RunQuery &query,
                                  const QString &groupBy);
// The ids of one group's runs, in the query's order, from `offset` on.
Result<QList<qint64>> groupMembers(store::Database &db, const tracking::RunQuery &query,
                                   const QString &groupBy, const QVariant &value, int offset,
                                   int limit);

} // namespace mlwb::itemmodels
