#pragma once

#include "metriccurves.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QHash>
#include <QTimer>

class QLineSeries;
class QAbstractAxis;

namespace mlwb::widgets::experiments {

// One metric of several runs overlaid, one colour per run. Curves are read
// decimated to the chart's width on a worker thread; zooming (rubber band or
// wheel) reads the visible range again at full detail. Right click zooms out.
class MetricChartView : public QChartView {
    Q_OBJECT
public:
    explicit MetricChartView(const QString &key, QWidget *parent = nullptr);
    ~MetricChartView() override;

    QString key() const { return m_key; }
    void setRuns(const QString &dbPath, const QList<std::pair<qint64, QString>> &runs);
    void setLogY(bool on);
    void setSmoothing(double smoothing); // 0 (raw) .. 0.99
    void resetZoom();

    QList<QLineSeries *> lineSeries() const;
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void curvesLoaded();
    void errorOccurred(const mlwb::Error &error);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fetch(std::optional<std::pair<double, double>> range);
    void onFetched();
    void rebuildSeries();
    void fitAxes();
    void applyPalette();
    void onXRangeChanged();

    QString m_key;
    QString m_dbPath;
    QList<std::pair<qint64, QString>> m_runs;
    QList<RunCurve> m_curves;
    QHash<qint64, QLineSeries *> m_series;
    QAbstractAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    bool m_logY = false;
    double m_smoothing = 0;
    bool m_zoomed = false;
    bool m_settingRange = false;
    quint64 m_generation = 0;
    quint64 m_watchedGeneration = 0;
    QFutureWatcher<Result<QList<RunCurve>>> m_watcher;
    QTimer m_refetch;
};

} // namespace mlwb::widgets::experiments
