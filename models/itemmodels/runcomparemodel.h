#pragma once

#include "runcolumns.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// Selected runs side by side: one column per run, one row per attribute,
// param and metric (last value). Optionally only the rows whose values differ.
class RunCompareModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { DiffersRole = Qt::UserRole + 1, RunIdRole };

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

private:
    struct Line {
        RunColumn column;
        QStringList values; // one per run
        bool differs = false;
    };
    void rebuild();

    QList<RunRow> m_runs;
    QList<Line> m_lines;
    bool m_onlyDifferences = false;
};

} // namespace mlwb::itemmodels
