#pragma once

#include "core/error.h"
#include "store/database.h"
#include "tracking/seriesreader.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>

#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace mlwb::widgets::experiments {

// What the x axis of a metric chart shows.
enum class XMode {
    Step,
    WallTime,     // unix time, drawn in milliseconds for QDateTimeAxis
    RelativeTime, // seconds since the run's start
};

struct RunCurve {
    qint64 runId = 0;
    QString runName;
    QList<QPointF> points; // decimated: at most ~4 per pixel column
    qint64 sourcePoints = 0;
    bool running = false;
    QHash<QString, QString> params; // display text by key, for grouping
};

// What a run's curve needs besides its points.
struct RunCurveInfo {
    double startTime = 0;
    bool running = false;
    QHash<QString, QString> params;
};

// What one chart keeps between its reads (zoom and pan steps, live refreshes): the points of
// recently read blocks, the start time and params of finished runs, and idle read-only
// connections, so that the pages SQLite mapped stay mapped (each is used by one thread at a
// time). Shared with the worker threads that read.
struct CurveCache {
    tracking::SeriesCache series;
    std::mutex mutex;
    QHash<qint64, RunCurveInfo> finishedRuns;
    QString dbPath;                    // of the idle connections
    std::vector<store::Database> idle; // read-only connections not in use
};

// Reads one metric of several runs, decimated to `width` buckets within
// `range` (in chart x units of `mode`; all of it when empty). Opens its own
// connections and reads many runs on several threads: call it on a worker thread. Runs
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
