#pragma once

#include "itemmodels/runcolumns.h"

#include <QChartView>

class QScatterSeries;

namespace mlwb::widgets::experiments {

// One dot per run at (x, y) for any two param or metric dimensions
// ("params.lr", "metrics.loss"); hovering a dot names its run.
class ScatterView : public QChartView {
    Q_OBJECT
public:
    explicit ScatterView(QWidget *parent = nullptr);

    void setRuns(const QList<itemmodels::RunRow> &runs);
    void setDimensions(const QString &x, const QString &y);
    QScatterSeries *series() const { return m_series; }
    // Run ids in the order of the series' points.
    QList<qint64> pointRuns() const { return m_pointRuns; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();

    QList<itemmodels::RunRow> m_runs;
    QString m_x;
    QString m_y;
    QScatterSeries *m_series;
    QList<qint64> m_pointRuns;
};

} // namespace mlwb::widgets::experiments
