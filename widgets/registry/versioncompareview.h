#pragma once

#include "registry/lineage.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace mlwb::itemmodels {
class ModelVersionCompareModel;
}

namespace mlwb::widgets::registry {

// Two or more model versions side by side: signatures, the source runs'
// metrics (the best marked), params (optionally only the differences) and a
// summary of the dataset versions they were trained on, linked to the Datasets panel.
class VersionCompareView : public QWidget {
    Q_OBJECT
public:
    explicit VersionCompareView(QWidget *parent = nullptr);

    void setLineages(const QList<mlwb::registry::Lineage> &lineages);
    void clear();

    itemmodels::ModelVersionCompareModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCheckBox *onlyDifferences() const { return m_onlyDiff; }
    QLabel *datasetSummary() const { return m_datasets; }

Q_SIGNALS:
    void linkActivated(const QUrl &link);

private:
    itemmodels::ModelVersionCompareModel *m_model;
    QLabel *m_title;
    QCheckBox *m_onlyDiff;
    QTableView *m_table;
    QLabel *m_datasets;
};

} // namespace mlwb::widgets::registry
