#pragma once

#include "tracking/runtypes.h"

#include <QColor>
#include <QPalette>

namespace mlwb::widgets::experiments {

// Colours derived from the palette (its Highlight's saturation and value, the
// Base to blend with), so light and dark themes both stay readable.
QColor statusColor(tracking::RunStatus status, const QPalette &palette);
// A colour per run that stays the same wherever the run is drawn; runs with
// nearby ids (a sweep) get colours far apart in a perceptual space.
QColor runColor(qint64 runId, const QPalette &palette);
// Perceived difference of two colours: Euclidean distance in OKLab
// (0.02 is about the smallest difference people notice).
double colorDistance(const QColor &a, const QColor &b);
QColor diffAddedBackground(const QPalette &palette);
QColor diffRemovedBackground(const QPalette &palette);

} // namespace mlwb::widgets::experiments
