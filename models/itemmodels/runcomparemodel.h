#pragma once

#include "runcolumns.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// Selected runs side by side: one column per run, one row per attribute,
// param and metric (last value). Optionally only the rows whose values differ.
// The best last value of each metric is marked (BestRole, bold): the lowest for
// keys that name a loss or an error, the highest otherwise.
class RunCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { DiffersRole = Qt::UserRole + 1, RunIdRole, BestRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(const QList<RunRow> &runs);
    QList<RunRow> runs() const { return m_runs; }
    void setOnlyDifferences(bool on);
    bool onlyDifferences() const { return m_onlyDifferences; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Whether a smaller value of this metric is the better one (loss, error, ...).
    static bool lowerIsBetter(const QString &metricKey);

private:
    struct Line {
        RunColumn column;
        QStringList values; // one per run
        bool differs = false;
        QList<int> best; // columns holding the best value of a metric
        bool lowerIsBetter = false;
    };
    void rebuild();

    QList<RunRow> m_runs;
    QList<Line> m_lines;
    bool m_onlyDifferences = false;
};

} // namespace mlwb::itemmodels
