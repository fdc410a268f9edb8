#pragma once

#include "core/error.h"

#include <QString>

class QWidget;

namespace mlwb::widgets::experiments {

// Writes what `view` shows as a PNG at `scale` times its size (sharp on
// high-density screens and in print).
Status exportPng(QWidget *view, const QString &path, double scale = 2.0);
// Writes what `view` shows as SVG, vectors kept where the widget paints them.
Status exportSvg(QWidget *view, const QString &path, const QString &title = {});

} // namespace mlwb::widgets::experiments
