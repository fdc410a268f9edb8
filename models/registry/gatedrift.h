#pragma once

#include "core/error.h"
#include "store/database.h"

namespace mlwb::registry {

// `dataset.drift_psi` of a gate rule: the largest per-column PSI between the
// tables the reference run and the current run trained on. Datasets are paired
// by name (the same version gives 0); tables are read from the content store in
// `objectsDir`. An error says why it cannot be computed (no dataset recorded,
// none in common, a folder rather than a table, a missing object).
Result<double> datasetDriftPsi(store::Database &db, const QString &objectsDir,
                               qint64 referenceRunId, qint64 currentRunId);

} // namespace mlwb::registry
