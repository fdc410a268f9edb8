#pragma once

#include "itemmodels/runcomparemodel.h"

#include <QWidget>

class QCheckBox;
class QTabWidget;
class QTableView;

namespace mlwb::widgets::experiments {

class ExploreView;

// Params and metrics of the selected runs side by side; rows whose values
// differ are emphasised, and "Only differences" hides the others. The
// Explore tab shows the same runs as parallel coordinates and a scatter.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    void setRuns(const QList<itemmodels::RunRow> &runs);
    itemmodels::RunCompareModel *model() const { return m_model; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    ExploreView *explore() const { return m_explore; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // Brushing in Explore: replace `previous` in the runs filter by `condition`.
    void filterRequested(const QString &previous, const QString &condition);

private:
    itemmodels::RunCompareModel *m_model;
    QCheckBox *m_onlyDifferences;
    QTableView *m_view;
    ExploreView *m_explore;
    QTabWidget *m_tabs;
};

} // namespace mlwb::widgets::experiments
