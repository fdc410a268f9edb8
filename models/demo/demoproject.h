#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mlwb::demo {

struct DemoOptions {
    quint64 seed = 20240611; // same seed, same runs and curves
    // Unix seconds the demo's history ends at; the current time when empty.
    // Commits and runs lie in the three weeks before it.
    std::optional<double> now;
};

struct DemoReport {
    QString root;
    QStringList commits;     // full ids, oldest first
    QStringList dataCommits; // dataset pointer commits after them, oldest first
    QString gatesCommit;     // the commit adding mlwb-gates.yaml, the last one
    int experiments = 0;
    int runs = 0;
    qint64 points = 0;
    qint64 liveRunId = 0; // the run left in "running" state, for DemoLiveLogger
};

// Creates an example project in `dir` (which must be empty or not exist yet):
// a git history of a small PyTorch project and about 60 runs of three
// experiments with parameter sweeps, curves, failures, a sweep with child runs,
// tags, notes and stdout artifacts. `progress` receives 0..100 and may return
// false to cancel; a cancelled project is left half-written in `dir`.
Result<DemoReport> generateDemoProject(const QString &dir, const DemoOptions &opts = {},
                                       const std::function<bool(int percent)> &progress = {});

} // namespace mlwb::demo
