#pragma once

#include "tracking/runtypes.h"

#include <QColor>
#include <QPalette>

namespace mlwb::widgets::experiments {

// Colours derived from the palette (its Highlight's saturation and value, the
// Base to blend with), so light and dark themes both stay readable.
QColor statusColor(tracking::RunStatus status, const QPalette &palette);
// A colour per run that stays the same wherever the run is drawn.
QColor runColor(qint64 runId, const QPalette &palette);
QColor diffAddedBackground(const QPalette &palette);
QColor diffRemovedBackground(const QPalette &palette);

} // namespace mlwb::widgets::experiments
