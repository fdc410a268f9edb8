#pragma once

#include "curvegroups.h"
#include "metriccurves.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

#include <memory>

class QAbstractAxis;
class QAreaSeries;
class QLineSeries;

namespace mlwb::widgets::experiments {

// One metric of several runs overlaid, one colour per run, or one mean curve
// with a ±std band per value of a "group by" param. Curves are read decimated
// to the chart's width on a worker thread; zooming (rubber band, wheel,
// + and -) and panning (middle or Shift drag, arrow keys) read the visible
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
    QList<QLineSeries *> lineSeries() const;
    // Raw curves drawn faintly behind smoothed ones (hidden without smoothing).
    QList<QLineSeries *> rawSeries() const;
    QList<QAreaSeries *> bandSeries() const { return m_bands; }
    QAbstractAxis *xAxis() const { return m_xAxis; }
    std::pair<double, double> xRange() const;
    // What hovering at `pos` (viewport coordinates) shows; empty far from every curve.
    QString toolTipAt(const QPoint &pos) const;
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void curvesLoaded();
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
    void clearGroupSeries();
    void clearRunSeries();
    void fitAxes();
    void setXRange(double lo, double hi);
    void applyPalette();
    void onXRangeChanged();
    QString formatX(double x) const;
    void showContextMenu(const QPoint &globalPos);

    QString m_key;
    QString m_dbPath;
    QList<std::pair<qint64, QString>> m_runs;
    QList<RunCurve> m_curves;
    QHash<qint64, QLineSeries *> m_series;
    QHash<qint64, QLineSeries *> m_raw;
    QList<QLineSeries *> m_means;
    QList<QAreaSeries *> m_bands;
    QAbstractAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    XMode m_xMode = XMode::Step;
    QString m_groupBy;
    qint64 m_highlighted = 0;
    qint64 m_hovered = 0;
    bool m_logY = false;
    double m_smoothing = 0;
    bool m_zoomed = false;
    bool m_settingRange = false;
    std::optional<QPoint> m_panFrom;
    quint64 m_generation = 0;
    quint64 m_watchedGeneration = 0;
    QFutureWatcher<Result<QList<RunCurve>>> m_watcher;
    std::shared_ptr<CurveCache> m_cache; // shared with the read in flight
    QTimer m_refetch;
};

} // namespace mlwb::widgets::experiments
