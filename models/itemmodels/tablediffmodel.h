#pragma once

#include "datasets/table.h"
#include "datasets/tablediff.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace mlwb::itemmodels {

// A table diff as one table, daff-like: every row of B in its order with the
// removed rows of A where they were, a first marker column ("+++", "---",
// "→"), B's columns followed by the columns A had and B lost. Changed cells
// read "old → new". Cells of unchanged rows are read from B only when shown,
// so a table of a million rows costs one small entry per row.
class TableDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class RowKind { Unchanged, Added, Removed, Changed };
    enum class ColumnStatus { Same, Added, Removed, Renamed, TypeChanged };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind as int
        CellChangedRole,                // bool
        OldValueRole,                   // changed cells: the value in A
        NewValueRole,                   // changed cells: the value in B
        ColumnStatusRole,               // headerData, ColumnStatus as int
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `tableB` gives the cells of unchanged rows; without it they stay empty.
    void setDiff(std::shared_ptr<const datasets::TableDiff> diff,
                 std::shared_ptr<const datasets::Table> tableB);
    void clear();
    std::shared_ptr<const datasets::TableDiff> diff() const { return m_diff; }

    // Only added, removed and changed rows.
    void setChangesOnly(bool on);
    bool changesOnly() const { return m_changesOnly; }

    // The next row (after `row`, or before it when `backward`) that is a
    // change; wraps around; -1 when there is none. `row` -1 starts at the top.
    int nextChange(int row, bool backward = false) const;
    RowKind rowKind(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        qint32 change = -1; // index into diff->changes; -1: an unchanged row of B
        qint64 rowB = -1;   // 1-based, unchanged rows only
    };
    struct Column {
        QString name;
        qsizetype indexA = -1;
        qsizetype indexB = -1;
        ColumnStatus status = ColumnStatus::Same;
        QString note; // tooltip: "renamed from x", "int → string"
    };
    void rebuildRows();
    void rebuildColumns();
    QString cellText(const Entry &e, const Column &c) const;
    const datasets::CellChange *cellChange(const datasets::RowChange &row, const Column &c) const;

    std::shared_ptr<const datasets::TableDiff> m_diff;
    std::shared_ptr<const datasets::Table> m_tableB;
    std::vector<Entry> m_rows;
    std::vector<int> m_changeRows; // rows of m_rows that are changes, ascending
    QList<Column> m_columns;
    bool m_changesOnly = false;
    mutable datasets::RowCells m_cells; // the last unchanged row read
    mutable qint64 m_cellsRow = -1;
};

} // namespace mlwb::itemmodels
