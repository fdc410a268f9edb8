#pragma once

#include "metriccurves.h"

namespace mlwb::widgets::experiments {

// The runs sharing one value of a param, summarised on a common x grid.
struct CurveGroup {
    QString label; // "lr = 0.01", or "lr unset"
    QString value; // the param's display text; empty when unset
    int runs = 0;
    QList<QPointF> mean;
    QList<QPointF> lower; // mean - std
    QList<QPointF> upper; // mean + std
};

// Groups curves by the value of param `key` and, per group, takes the mean
// and standard deviation across runs at `buckets` evenly spaced x positions
// over the union of their x ranges. Each run counts where its own x range
// reaches, linearly interpolated between its points. Groups in value order.
QList<CurveGroup> groupCurves(const QList<RunCurve> &curves, const QString &key, int buckets);

} // namespace mlwb::widgets::experiments
