#pragma once

#include "importedrun.h"

#include <optional>

namespace mlwb::tracking::importers {

// A run found in an MLflow store, read later one at a time.
struct MlflowRunRef {
    QString location; // run directory (file store) or run uuid (database)
    QString experiment;
};

struct MlflowListing {
    QStringList experiments; // names of the active experiments
    QList<MlflowRunRef> runs;
};

// The fields of an MLflow run record, as text, the same in both stores.
struct MlflowRunFields {
    QString runId;
    QString name;
    QString status; // "3" or "FINISHED"
    QString lifecycleStage;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
};

// Fills run.spec from the record, params and tags: source "mlflow:<run id>",
// the name from mlflow.runName, the commit from mlflow.source.git.commit.
// Fails naming the status when MLflow's status is unknown.
Status fillMlflowRun(ImportedRun &run, const MlflowRunFields &fields, const QString &experiment,
                     QList<Param> params, QList<Tag> tags);

// Parses MLflow's float text: Python's repr, including "nan", "inf" and "-inf".
std::optional<double> parseMlflowDouble(QStringView text);

} // namespace mlwb::tracking::importers
