#pragma once

#include "core/error.h"
#include "store/database.h"

namespace mlwb::tracking {

// Fills a migrated project database with `runs` plausible runs in 10 experiments, for
// benchmarks and large-project tests. Param keys are lr (float), batch_size (int),
// optimizer (text), use_amp (bool), then p4, p5, ... cycling through the same four types;
// metric keys are val_loss, train_loss, accuracy, then m3, m4, ...; every run has a tag
// `stage` (dev, staging or prod). Metrics go straight into metric_summary (no curves).
// The same seed gives the same runs; use another seed to add more runs to the same database.
// Runs in one transaction with prepared statements.
Status generateSyntheticRuns(store::Database &db, int runs, int params, int metrics, quint32 seed);

// The param and metric keys generateSyntheticRuns() uses, in order.
QString syntheticParamKey(int index);
QString syntheticMetricKey(int index);

} // namespace mlwb::tracking
