#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QSlider;
class QToolButton;

namespace mlwb::widgets::experiments {

class MetricChartView;

// A chart per chosen metric key with all selected runs overlaid, plus the
// controls that apply to every chart: the metrics shown, log scale and smoothing.
class CompareCharts : public QWidget {
    Q_OBJECT
public:
    explicit CompareCharts(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    // Runs in display order (id, name) and every metric key they have.
    void setRuns(const QList<std::pair<qint64, QString>> &runs, const QStringList &metricKeys);
    QStringList shownKeys() const { return m_shown; }
    void setShownKeys(const QStringList &keys);
    QList<MetricChartView *> charts() const;

Q_SIGNALS:
    void chartsLoaded(); // every chart has its curves

private:
    void rebuild();
    void chooseMetrics();

    QString m_dbPath;
    QList<std::pair<qint64, QString>> m_runs;
    QStringList m_keys;
    QStringList m_shown;
    QHash<QString, MetricChartView *> m_charts;
    QToolButton *m_metricsButton;
    QCheckBox *m_logY;
    QSlider *m_smoothing;
    QGridLayout *m_grid;
    QWidget *m_empty;
    int m_pending = 0;
};

} // namespace mlwb::widgets::experiments
