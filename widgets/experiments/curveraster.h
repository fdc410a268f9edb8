#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

class QPainter;
class QRectF;

namespace mlwb::widgets::experiments {

// One line of a metric chart: a run's curve, the raw curve behind a smoothed one, or the
// mean curve of a group of runs.
struct DrawnCurve {
    qint64 runId = 0; // 0 for a group's mean
    QString name;
    QList<QPointF> points; // in x order, in axis units
    QColor color;
    double width = 1.6; // logical pixels
    bool visible = true;
};

// The band around a group's mean: the area between two curves.
struct DrawnBand {
    QString name;
    QList<QPointF> upper;
    QList<QPointF> lower;
    QColor color;
};

// What a chart draws, bottom first.
struct CurveScene {
    QList<DrawnBand> bands;
    QList<DrawnCurve> curves;
    qint64 pointCount() const;
};

// The visible ranges of a chart's axes over a plot area of `size` pixels (device pixels
// when rasterizing, logical ones when painting vectors).
struct PlotFrame {
    QSize size;
    double x0 = 0;
    double x1 = 1;
    double y0 = 0;
    double y1 = 1;
    bool logY = false;

    bool operator==(const PlotFrame &) const = default;
    bool isValid() const;
    // Pixels from the plot area's left and top edges; log scale on y when logY.
    double toX(double x) const;
    double toY(double y) const;
    double fromX(double px) const;
    double fromY(double py) const;
};

// Draws `scene` into a transparent image of frame.size device pixels, anti-aliased, with pen
// widths scaled by `devicePixelRatio`. A line costs what it covers, not what it holds: each
// pixel column gets one span per curve, so thousands of overlaid curves of ~2 points per
// column draw in tens of milliseconds, and translucent lines never darken where their
// segments meet. Columns are split between threads. Safe to call on any thread.
QImage rasterizeCurves(const CurveScene &scene, const PlotFrame &frame, double devicePixelRatio);

// Paints `scene` as vector paths into `plotRect` (the frame's logical size), for exports
// that keep vectors (SVG).
void paintCurveVectors(QPainter &painter, const QRectF &plotRect, const CurveScene &scene,
                       const PlotFrame &frame);

} // namespace mlwb::widgets::experiments
