#pragma once

#include "curvegroups.h"
#include "curveraster.h"
#include "metriccurves.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

#include <memory>

class QAbstractAxis;
class QRubberBand;

namespace mlwb::widgets::experiments {

class CurveLayer;

// One metric of several runs overlaid, one colour per run, or one mean curve
// with a ±std band per value of a "group by" param. Curves are read decimated
// to the chart's width on a worker thread and drawn by a CurveLayer over the
// chart's axes; zooming (rubber band, wheel, + and -) and panning (middle or
// Shift drag, arrow keys) move the drawn image at once and read the visible
// range again at full detail, dropping results a newer request made stale.
// 0 or right click zooms out. Hovering shows the nearest point's values and
// highlights its run.
class MetricChartView : public QChartView {
    Q_OBJECT
public:
    explicit MetricChartView(const QString &key, QWidget *parent = nullptr);
    ~MetricChartView() override;

    QString key() const { return m_key; }
    void setRuns(const QString &dbPath, const QList<std::pair<qint64, QString>> &runs);
    void setLogY(bool on);
    void setSmoothing(double smoothing); // 0 (raw) .. 0.99
    void setXMode(XMode mode);
    XMode xMode() const { return m_xMode; }
    // A param key: one mean curve and band per value instead of a curve per run.
    void setGroupBy(const QString &paramKey);
    void setHighlightedRun(qint64 runId); // 0: none
    void resetZoom();
    // Reads the curves again for the visible range, e.g. after new points were logged.
    void refresh();

    // True while a shown run is still running, so new points may arrive.
    bool isLive() const;
    const QList<RunCurve> &curves() const { return m_curves; }
    // The shown curves: one per run, or the mean curve per group.
    QList<DrawnCurve> lines() const;
    // Raw curves drawn faintly behind smoothed ones (hidden without smoothing).
    QList<DrawnCurve> rawLines() const { return m_groupBy.isEmpty() ? m_raw : QList<DrawnCurve>(); }
    QList<DrawnBand> bands() const { return m_bands; }
    QAbstractAxis *xAxis() const { return m_xAxis; }
    std::pair<double, double> xRange() const;
    std::pair<double, double> yRange() const;
    void setXRange(double lo, double hi);
    // Zooms by `factor` (> 1: in) around `center` (viewport coordinates; the plot's centre
    // when empty), on both axes.
    void zoomBy(double factor, std::optional<QPointF> center = {});
    // Shows the values under `rect` (viewport coordinates).
    void zoomTo(const QRectF &rect);
    // Moves the view by pixels: positive dx shows what lies right, positive dy what lies above.
    void scrollBy(double dx, double dy);
    // Where a value is drawn, in viewport coordinates.
    QPointF viewportPoint(const QPointF &value) const;
    // What hovering at `pos` (viewport coordinates) shows; empty far from every curve.
    QString toolTipAt(const QPoint &pos) const;
    // From a request for curves until they are shown (or failed).
    bool isLoading() const { return m_loading; }
    // True until what the chart shows now has been drawn.
    bool isDrawing() const;

Q_SIGNALS:
    void curvesLoaded();
    void drawn();                                // the curves for the current ranges are on screen
    void hoveredRunChanged(qint64 runId);        // 0 when the pointer leaves the curves
    void exportRequested(const QString &format); // "png" or "svg"
    void errorOccurred(const mlwb::Error &error);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Nearest {
        qint64 runId = 0;
        QString name;
        QPointF point;
    };
    std::optional<Nearest> nearestPoint(const QPoint &pos) const;
    void fetch(std::optional<std::pair<double, double>> range);
    void onFetched();
    void ensureAxes();
    void rebuildSeries();
    void rebuildRunSeries();
    void rebuildGroupSeries();
    Extent drawnExtent() const;
    void fitAxes();
    void setYRange(double lo, double hi);
    // Shows what lies under `rect` (plot-area pixels) of the current view.
    void showPlotRect(const QRectF &rect);
    void applyPalette();
    void onXRangeChanged();
    void syncLayerRanges();
    // Plot-area pixels (logical) of a viewport position.
    QPointF plotPoint(const QPointF &viewportPos) const;
    QString formatX(double x) const;
    void showContextMenu(const QPoint &globalPos);

    QString m_key;
    QString m_dbPath;
    QList<std::pair<qint64, QString>> m_runs;
    QList<RunCurve> m_curves;
    QList<DrawnCurve> m_lines; // one per run
    QList<DrawnCurve> m_raw;   // one per run
    QList<DrawnCurve> m_means; // one per group
    QList<DrawnBand> m_bands;  // one per group
    CurveLayer *m_layer = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    std::optional<QPoint> m_rubberFrom;
    QAbstractAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    XMode m_xMode = XMode::Step;
    QString m_groupBy;
    qint64 m_highlighted = 0;
    qint64 m_hovered = 0;
    bool m_logY = false;
    double m_smoothing = 0;
    bool m_zoomed = false;
    bool m_loading = false;
    bool m_settingRange = false;
    std::optional<QPoint> m_panFrom;
    quint64 m_generation = 0;
    quint64 m_watchedGeneration = 0;
    QFutureWatcher<Result<QList<RunCurve>>> m_watcher;
    std::shared_ptr<CurveCache> m_cache; // shared with the read in flight
    QTimer m_refetch;
};

} // namespace mlwb::widgets::experiments
