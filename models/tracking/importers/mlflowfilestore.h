#pragma once

#include "mlflowrun.h"

namespace mlwb::tracking::importers {

// MLflow's file store: mlruns/<experiment id>/meta.yaml and
// mlruns/<experiment id>/<run id>/{meta.yaml, params/, tags/, metrics/}.
// A broken experiment meta.yaml is added to `problems` and its runs left out.
Result<MlflowListing> listMlflowFileStore(const QString &root, QList<Error> &problems);

// Reads one run directory completely; the error names file:line.
Result<ImportedRun> readMlflowFileRun(const MlflowRunRef &ref);

} // namespace mlwb::tracking::importers
