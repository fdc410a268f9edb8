#pragma once

#include "itemmodels/runcomparemodel.h"

#include <QWidget>

class QCheckBox;
class QTableView;

namespace mlwb::widgets::experiments {

// Params and metrics of the selected runs side by side; rows whose values
// differ are emphasised, and "Only differences" hides the others.
class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    void setRuns(const QList<itemmodels::RunRow> &runs);
    itemmodels::RunCompareModel *model() const { return m_model; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }

private:
    itemmodels::RunCompareModel *m_model;
    QCheckBox *m_onlyDifferences;
    QTableView *m_view;
};

} // namespace mlwb::widgets::experiments
