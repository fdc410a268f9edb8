#pragma once

#include "core/error.h"
#include "tracking/seriesreader.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <algorithm>
#include <limits>

#include <mutex>
#include <optional>
#include <utility>

namespace mlwb::widgets::experiments {

// What the x axis of a metric chart shows.
enum class XMode {
    Step,
    WallTime,     // unix time, drawn in milliseconds for QDateTimeAxis
    RelativeTime, // seconds since the run's start
};

// The smallest rectangle around some points; empty before the first.
struct Extent {
    double x0 = std::numeric_limits<double>::infinity();
    double x1 = -std::numeric_limits<double>::infinity();
    double y0 = std::numeric_limits<double>::infinity();
    double y1 = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return x0 > x1; }
    void add(const QPointF &p) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    void add(const Extent &e) {
        x0 = std::min(x0, e.x0);
        x1 = std::max(x1, e.x1);
        y0 = std::min(y0, e.y0);
        y1 = std::max(y1, e.y1);
    }
};

struct RunCurve {
    qint64 runId = 0;
    QString runName;
    QList<QPointF> points; // decimated: at most ~4 per pixel column
    qint64 sourcePoints = 0;
    bool running = false;
    QHash<QString, QString> params; // display text by key, for grouping
    // What a chart needs to know of the points without walking them again: whether every
    // point is finite, and then where they lie and whether all are above 0 (drawable on a log
    // scale).
    bool allFinite = true;
    Extent extent; // when allFinite
    bool allPositive = true;
};

// What a run's curve needs besides its points.
struct RunCurveInfo {
    double startTime = 0;
    bool running = false;
    QHash<QString, QString> params;
};

// What one chart keeps between its reads (zoom and pan steps, live refreshes): the points of
// recently read blocks and the start time and params of finished runs. Shared with the worker
// threads that read.
struct CurveCache {
    tracking::SeriesCache series;
    std::mutex mutex;
    QHash<qint64, RunCurveInfo> finishedRuns;
};

// Reads one metric of several runs, decimated to `width` buckets within
// `range` (in chart x units of `mode`; all of it when empty). Reads many runs on several
// threads, with read-only connections that the charts of the process share (opened when none
// is idle): call it on a worker thread. Runs
// without the metric are left out. With a `cache`, what an earlier call read is not read
// again.
Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range,
                                   XMode mode = XMode::Step, CurveCache *cache = nullptr);

// Exponential moving average with weight `smoothing` in [0, 1) on the
// previous value, like TensorBoard's slider; NaN points pass through.
QList<QPointF> smoothed(const QList<QPointF> &points, double smoothing);

} // namespace mlwb::widgets::experiments
