#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace mlwb::itemmodels {
struct DatasetComparison;
class DriftReportModel;
} // namespace mlwb::itemmodels

namespace mlwb::widgets::datasets {

// Drift between two versions: "n of m columns drifted" at the top, then per
// column the test, statistic, p-value, threshold, PSI and the result coloured.
// Activating a row asks to show that column's profile.
class DriftView : public QWidget {
    Q_OBJECT
public:
    explicit DriftView(QWidget *parent = nullptr);

    void setComparison(const itemmodels::DatasetComparison &comparison);
    void clear(const QString &message);

    QLabel *summaryLabel() const { return m_summary; }
    QTableView *table() const { return m_table; }
    itemmodels::DriftReportModel *model() const { return m_model; }

    static QString summaryText(const itemmodels::DatasetComparison &comparison);

Q_SIGNALS:
    void columnActivated(const QString &column);

private:
    itemmodels::DriftReportModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace mlwb::widgets::datasets
