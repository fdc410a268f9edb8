#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/runtypes.h"

namespace mlwb::itemmodels {

// The captured output of a run: an artifact named stdout/stderr (stdout.txt,
// logs/stderr.log, ...), its text read from the project's object store.
struct RunLog {
    QString path; // the artifact's path
    QString text; // the last maxBytes of it, UTF-8
    bool truncated = false;
};

// Everything the detail pane shows of one run. System metrics ("system/..."
// keys, sampled by the clients) are kept apart from the training metrics.
struct RunDetails {
    tracking::Run run;
    QList<tracking::Param> params;
    QList<tracking::MetricSummary> metrics;
    QList<tracking::MetricSummary> systemMetrics;
    QList<tracking::Tag> tags;
    QList<tracking::Artifact> artifacts;
    QList<RunLog> logs;
};

Result<RunDetails> loadRunDetails(store::Database &db, qint64 runId);

// Whether an artifact holds captured stdout or stderr.
bool isLogArtifact(const QString &path);
// Reads the log artifacts of `artifacts` from `objectsDir` (ProjectPaths::objectsDir()),
// each cut to its last `maxBytes`.
Result<QList<RunLog>> loadRunLogs(const QList<tracking::Artifact> &artifacts,
                                  const QString &objectsDir, qint64 maxBytes = 2 << 20);

} // namespace mlwb::itemmodels
