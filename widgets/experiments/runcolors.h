#pragma once

#include "tracking/runtypes.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPalette>

namespace mlwb::widgets::experiments {

// Colours derived from the palette (its Highlight's saturation and value, the
// Base to blend with), so light and dark themes both stay readable.
QColor statusColor(tracking::RunStatus status, const QPalette &palette);
// A colour per run that stays the same wherever the run is drawn; runs with
// nearby ids (a sweep) get colours far apart in a perceptual space.
QColor runColor(qint64 runId, const QPalette &palette);
// The colours of runs drawn together: each run keeps runColor() unless a run
// with a lower id already has a colour close to it, then it takes the nearest
// variant of its own that stands apart. The same set gives the same colours
// in every view (chart, legend), whatever the order the runs were selected in.
QHash<qint64, QColor> runColors(const QList<qint64> &runIds, const QPalette &palette);
// Perceived difference of two colours: Euclidean distance in OKLab
// (0.02 is about the smallest difference people notice).
double colorDistance(const QColor &a, const QColor &b);
QColor diffAddedBackground(const QPalette &palette);
QColor diffRemovedBackground(const QPalette &palette);

} // namespace mlwb::widgets::experiments
