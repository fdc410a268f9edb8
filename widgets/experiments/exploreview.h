#pragma once

#include "itemmodels/runcolumns.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace mlwb::widgets::experiments {

class ParallelCoordinatesView;
class ScatterView;

// The selected runs as parallel coordinates over chosen params and a metric,
// and as a scatter of any two params or metrics. Brushing an axis asks to
// filter the runs table.
class ExploreView : public QWidget {
    Q_OBJECT
public:
    explicit ExploreView(QWidget *parent = nullptr);

    void setRuns(const QList<itemmodels::RunRow> &runs);
    ParallelCoordinatesView *parallelCoordinates() const { return m_parallel; }
    ScatterView *scatter() const { return m_scatter; }
    QComboBox *colourByBox() const { return m_colourBy; }
    QComboBox *scatterXBox() const { return m_scatterX; }
    QComboBox *scatterYBox() const { return m_scatterY; }
    void setAxes(const QStringList &paramDimensions);

Q_SIGNALS:
    // `previous` is the condition this view asked for last time, to be replaced.
    void filterRequested(const QString &previous, const QString &condition);

private:
    void chooseAxes();
    void updateParallel();
    void updateScatter();
    static void fillBox(QComboBox *box, const QStringList &items, const QString &preferred);

    QList<itemmodels::RunRow> m_runs;
    QStringList m_params;
    QStringList m_axes;
    bool m_axesChosen = false;
    QString m_lastCondition;
    QToolButton *m_axesButton;
    QComboBox *m_colourBy;
    QComboBox *m_scatterX;
    QComboBox *m_scatterY;
    ParallelCoordinatesView *m_parallel;
    ScatterView *m_scatter;
};

} // namespace mlwb::widgets::experiments
