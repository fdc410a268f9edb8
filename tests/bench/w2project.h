#pragma once

#include "project/project.h"

#include <QString>

namespace mlwb::bench {

// The W2 project: MLWB_BENCH_W2_RUNS runs (100k) x 20 params x 10 metrics.
struct W2Size {
    int runs = 100'000;
    int params = 20;
    int metrics = 10;
    static W2Size fromEnvironment();
};

// Opens the project at `dir`, generating the synthetic runs first unless `dir` holds the
// runs of the same size, schema and generator from an earlier run.
// `generated` (if given) says whether the runs were made now.
Result<Project> openOrGenerateW2(const QString &dir, const W2Size &size, bool *generated = nullptr);

// The benchmark's filter and sort: a metric threshold and a param value,
// sorted by another metric.
QString w2Filter();
QString w2Sort();

} // namespace mlwb::bench
