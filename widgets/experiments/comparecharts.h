#pragma once

#include "core/error.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QSlider;
class QToolButton;

namespace mlwb::itemmodels {
class DataVersionWatcher;
}

namespace mlwb::widgets::experiments {

class ChartLegend;
class MetricChartView;

// A chart per chosen metric key with all selected runs overlaid, plus the
// controls that apply to every chart: the metrics shown, the x axis, log
// scale, smoothing and grouping by a param, and a legend whose hovered run
// is highlighted everywhere. Charts of running runs follow the database.
class CompareCharts : public QWidget {
    Q_OBJECT
public:
    explicit CompareCharts(QWidget *parent = nullptr);
    ~CompareCharts() override;

    void setDatabasePath(const QString &path);
    // Charts of running runs follow this watcher of the same database (not
    // owned: the panel shares one with its table).
    void setDataVersionWatcher(itemmodels::DataVersionWatcher *watcher);
    // Runs in display order (id, name) and every metric key they have.
    void setRuns(const QList<std::pair<qint64, QString>> &runs, const QStringList &metricKeys);
    QStringList shownKeys() const { return m_shown; }
    void setShownKeys(const QStringList &keys);
    QList<MetricChartView *> charts() const;

    QComboBox *xAxisBox() const { return m_xAxis; }
    QComboBox *groupByBox() const { return m_groupBy; }
    QCheckBox *logYBox() const { return m_logY; }
    QSlider *smoothingSlider() const { return m_smoothing; }
    ChartLegend *legend() const { return m_legend; }
    // Asks for a file name, then writes `chart` as "png" or "svg".
    void exportChart(MetricChartView *chart, const QString &format);

Q_SIGNALS:
    void chartsLoaded(); // every chart has its curves
    void errorOccurred(const mlwb::Error &error);

private:
    void rebuild();
    void chooseMetrics();
    void highlightRun(qint64 runId);
    void updateGroupKeys();
    void refreshLiveCharts();

    QString m_dbPath;
    QList<std::pair<qint64, QString>> m_runs;
    QStringList m_keys;
    QStringList m_shown;
    QHash<QString, MetricChartView *> m_charts;
    QToolButton *m_metricsButton;
    QComboBox *m_xAxis;
    QCheckBox *m_logY;
    QSlider *m_smoothing;
    QComboBox *m_groupBy;
    ChartLegend *m_legend;
    QGridLayout *m_grid;
    QWidget *m_empty;
    int m_pending = 0;
    QPointer<itemmodels::DataVersionWatcher> m_watcher;
    QMetaObject::Connection m_watchConnection;
    QTimer m_liveTimer; // coalesces database changes into a few refreshes a second
};

} // namespace mlwb::widgets::experiments
