#pragma once

#include "core/error.h"
#include "runtypes.h"
#include "store/database.h"

namespace mlwb::tracking {

// A param read from the params table: `type` ("int", "float", "bool", "string") names how
// column `col` of `st` holds its value.
ParamValue paramValueFromRow(const store::Statement &st, const QString &type, int col);

// Experiments, runs, params, tags and notes in one project database.
// Not thread-safe: one store per connection per thread.
class TrackingStore {
public:
    explicit TrackingStore(store::Database &db);

    Result<qint64> ensureExperiment(const QString &name);
    Result<QList<Experiment>> experiments();

    // Creates the run with its params and tags in one transaction.
    Result<Run> createRun(const NewRun &spec);
    // The run created from `source` by an earlier import, if any.
    Result<std::optional<qint64>> runIdForSource(const QString &source);

    Result<Run> run(qint64 id);
    Result<Run> runByUuid(const QString &uuidOrPrefix);
    Result<QList<Run>> runs(std::optional<qint64> experimentId = {});
    Result<QList<Run>> trashedRuns(); // newest first
    Result<qint64> runCount();

    Status setParams(qint64 runId, const QList<Param> &params);
    Result<QList<Param>> params(qint64 runId);
    Status setTag(qint64 runId, const QString &key, const QString &value);
    Status removeTag(qint64 runId, const QString &key);
    Result<QList<Tag>> tags(qint64 runId);
    Status setNote(qint64 runId, const QString &markdown);
    Status rename(qint64 runId, const QString &name);

    Status finishRun(qint64 runId, RunStatus status, std::optional<int> exitCode = {},
                     std::optional<double> endTime = {});

    Result<QList<MetricSummary>> metricSummaries(qint64 runId);
    Result<QStringList> metricKeys(); // every key of any run, sorted
    Result<QStringList> paramKeys();
    Result<QStringList> tagKeys();

    Status addArtifact(qint64 runId, const Artifact &artifact);
    Result<QList<Artifact>> artifacts(qint64 runId);

    // Moves runs to the trash (restorable) or back.
    Status trashRuns(const QList<qint64> &runIds);
    Status restoreRuns(const QList<qint64> &runIds);

    store::Database &database() { return m_db; }

private:
    store::Database &m_db;
};

double nowSeconds();
QString newRunUuid(); // 32 lowercase hex digits, like MLflow's run ids

} // namespace mlwb::tracking
