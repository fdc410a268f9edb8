#pragma once

#include "core/error.h"
#include "tracking/seriesreader.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <utility>

namespace mlwb::widgets::experiments {

struct RunCurve {
    qint64 runId = 0;
    QString runName;
    QList<QPointF> points; // decimated: at most ~4 per pixel column
    qint64 sourcePoints = 0;
};

// Reads one metric of several runs, decimated to `width` buckets within
// `range` (all of it when empty). Opens its own connection: call it on a
// worker thread. Runs without the metric are left out.
Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range);

// Exponential moving average with weight `smoothing` in [0, 1) on the
// previous value, like TensorBoard's slider; NaN points pass through.
QList<QPointF> smoothed(const QList<QPointF> &points, double smoothing);

} // namespace mlwb::widgets::experiments
