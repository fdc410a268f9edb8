#pragma once

// The W3 project (made by bench_w3_series) that the chart benchmarks read and redraw.

#include "benchdata.h"
#include "core/projectpaths.h"
#include "project/project.h"

#include <QDir>
#include <QString>

#include <cstdio>
#include <optional>

namespace mlwb::bench {

struct W3Series {
    Project project;
    qint64 runId = 0; // the run of its one series, "train/loss"
};

// The project in `dir`; nothing (said on stderr) when `dir` is empty or holds no project.
inline std::optional<W3Series> openW3Series(const QString &dir) {
    if (dir.isEmpty() || !QDir(dir + QStringLiteral("/.mlwb")).exists()) {
        std::fprintf(stderr, "no W3 project: the 10M-point rows are left out\n");
        return std::nullopt;
    }
    Project project = must(Project::open(ProjectPaths(dir)), "W3 project");
    const qint64 run = must(project.db().scalar(QStringLiteral(
                                "SELECT run_id FROM metric_series WHERE key = 'train/loss'")),
                            "W3 run")
                           .toLongLong();
    return W3Series{std::move(project), run};
}

} // namespace mlwb::bench
