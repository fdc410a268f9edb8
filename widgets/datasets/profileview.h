#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QTableView;

namespace mlwb::itemmodels {
class ColumnProfileModel;
struct DatasetComparison;
class ProfileColumnsModel;
} // namespace mlwb::itemmodels

namespace mlwb::widgets::datasets {

class HistogramView;

// Column profiles of two versions: the columns (drifted ones marked) on the
// left; for the current column its statistics in A and B side by side and the
// two distributions overlaid.
class ProfileView : public QWidget {
    Q_OBJECT
public:
    explicit ProfileView(QWidget *parent = nullptr);

    void setComparison(const itemmodels::DatasetComparison &comparison);
    void clear(const QString &message);
    // Shows `column` (by name); false when the versions have no such column.
    bool showColumn(const QString &column);

    QListView *columnList() const { return m_columns; }
    itemmodels::ProfileColumnsModel *columnsModel() const { return m_columnsModel; }
    itemmodels::ColumnProfileModel *statsModel() const { return m_statsModel; }
    QTableView *statsTable() const { return m_stats; }
    HistogramView *histogram() const { return m_histogram; }
    QLabel *titleLabel() const { return m_title; }

private:
    void showRow(int row);

    itemmodels::ProfileColumnsModel *m_columnsModel;
    itemmodels::ColumnProfileModel *m_statsModel;
    QListView *m_columns;
    QTableView *m_stats;
    HistogramView *m_histogram;
    QLabel *m_title;
    QLabel *m_empty;
    QWidget *m_content;
    QString m_labelA;
    QString m_labelB;
};

} // namespace mlwb::widgets::datasets
