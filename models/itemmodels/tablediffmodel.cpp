#include "tablediffmodel.h"

#include "datasets/columntypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace mlwb::itemmodels {

namespace {
const QString arrow = QStringLiteral(" \u2192 ");
} // namespace

void TableDiffModel::setDiff(std::shared_ptr<const datasets::TableDiff> diff,
                             std::shared_ptr<const datasets::Table> tableB) {
    beginResetModel();
    m_diff = std::move(diff);
    m_tableB = std::move(tableB);
    m_cellsRow = -1;
    m_cells.clear();
    rebuildColumns();
    rebuildRows();
    endResetModel();
}

void TableDiffModel::clear() {
    setDiff(nullptr, nullptr);
}

void TableDiffModel::setChangesOnly(bool on) {
    if (on == m_changesOnly)
        return;
    beginResetModel();
    m_changesOnly = on;
    rebuildRows();
    endResetModel();
}

void TableDiffModel::rebuildColumns() {
    m_columns.clear();
    if (!m_diff)
        return;
    const datasets::SchemaDiff &s = m_diff->schema;
    for (qsizetype i = 0; i < s.columnsB.size(); ++i) {
        Column c{s.columnsB[i], s.columnsA.indexOf(s.columnsB[i]), i, ColumnStatus::Same, {}};
        if (s.added.contains(c.name)) {
            c.status = ColumnStatus::Added;
            c.note = tr("added in B");
        }
        for (const datasets::ColumnRename &r : s.renamed) {
            if (r.to == c.name) {
                c.status = ColumnStatus::Renamed;
                c.indexA = s.columnsA.indexOf(r.from);
                c.note = tr("renamed from %1").arg(r.from);
            }
        }
        for (const datasets::ColumnTypeChange &t : s.typeChanged) {
            if (t.column == c.name) {
                c.status = ColumnStatus::TypeChanged;
                c.note = tr("type %1 → %2")
                             .arg(datasets::columnTypeName(t.from), datasets::columnTypeName(t.to));
            }
        }
        m_columns.append(c);
    }
    for (const QString &name : s.removed)
        m_columns.append(
            Column{name, s.columnsA.indexOf(name), -1, ColumnStatus::Removed, tr("removed in B")});
}

void TableDiffModel::rebuildRows() {
    m_rows.clear();
    m_changeRows.clear();
    if (!m_diff)
        return;
    const qint64 rowsB = m_tableB ? m_tableB->rowCount() : 0;
    qint64 next = 1;                             // the next row of B not yet placed
    const auto unchangedUpTo = [&](qint64 end) { // rows [next, end)
        if (!m_changesOnly) {
            for (qint64 r = next; r < end; ++r)
                m_rows.push_back(Entry{-1, r});
        }
        next = std::max(next, end);
    };
    const auto &changes = m_diff->changes;
    // A removed row goes after the unchanged rows of B before its place in A,
    // but never past the next change that B has.
    std::vector<qint64> nextRowB(size_t(changes.size()) + 1, rowsB + 1);
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        const datasets::RowChange &c = changes[i];
        nextRowB[size_t(i)] = c.kind != datasets::RowChangeKind::Removed && c.rowB > 0
                                  ? c.rowB
                                  : nextRowB[size_t(i) + 1];
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const datasets::RowChange &c = changes[i];
        if (c.kind == datasets::RowChangeKind::Removed && c.rowA > 0)
            unchangedUpTo(std::min(c.rowA, nextRowB[size_t(i)]));
        if (c.kind != datasets::RowChangeKind::Removed && c.rowB > 0) {
            unchangedUpTo(c.rowB);
            next = std::max(next, c.rowB + 1);
        }
        m_changeRows.push_back(int(m_rows.size()));
        m_rows.push_back(Entry{qint32(i), -1});
    }
    unchangedUpTo(rowsB + 1);
}

int TableDiffModel::nextChange(int row, bool backward) const {
    if (m_changeRows.empty())
        return -1;
    if (!backward) {
        auto it = std::upper_bound(m_changeRows.begin(), m_changeRows.end(), row);
        return it == m_changeRows.end() ? m_changeRows.front() : *it;
    }
    if (row < 0)
        return m_changeRows.back();
    auto it = std::lower_bound(m_changeRows.begin(), m_changeRows.end(), row);
    return it == m_changeRows.begin() ? m_changeRows.back() : *std::prev(it);
}

TableDiffModel::RowKind TableDiffModel::rowKind(int row) const {
    if (row < 0 || size_t(row) >= m_rows.size() || m_rows[size_t(row)].change < 0)
        return RowKind::Unchanged;
    switch (m_diff->changes[m_rows[size_t(row)].change].kind) {
    case datasets::RowChangeKind::Added:
        return RowKind::Added;
    case datasets::RowChangeKind::Removed:
        return RowKind::Removed;
    case datasets::RowChangeKind::Changed:
        return RowKind::Changed;
    }
    return RowKind::Unchanged;
}

int TableDiffModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TableDiffModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_diff ? 0 : int(m_columns.size()) + 1;
}

const datasets::CellChange *TableDiffModel::cellChange(const datasets::RowChange &row,
                                                       const Column &c) const {
    if (c.indexB < 0)
        return nullptr;
    for (const datasets::CellChange &cell : row.cells) {
        if (cell.column == c.name)
            return &cell;
    }
    return nullptr;
}

QString TableDiffModel::cellText(const Entry &e, const Column &c) const {
    if (e.change < 0) {
        if (!m_tableB || c.indexB < 0 || e.rowB < 1 || e.rowB > m_tableB->rowCount())
            return {};
        if (m_cellsRow != e.rowB) {
            m_tableB->cells(e.rowB - 1, m_cells);
            m_cellsRow = e.rowB;
        }
        const std::string_view v = m_cells.at(c.indexB);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    const datasets::RowChange &row = m_diff->changes[e.change];
    if (row.kind == datasets::RowChangeKind::Removed)
        return c.indexA >= 0 ? row.values.value(c.indexA) : QString();
    if (const datasets::CellChange *cell = cellChange(row, c))
        return cell->oldValue + arrow + cell->newValue;
    return c.indexB >= 0 ? row.values.value(c.indexB) : QString();
}

QVariant TableDiffModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[size_t(index.row())];
    const RowKind kind = rowKind(index.row());
    if (role == RowKindRole)
        return int(kind);
    if (index.column() == 0) {
        if (role != Qt::DisplayRole)
            return {};
        switch (kind) {
        case RowKind::Added:
            return QStringLiteral("+++");
        case RowKind::Removed:
            return QStringLiteral("---");
        case RowKind::Changed:
            return QStringLiteral("\u2192");
        case RowKind::Unchanged:
            return QString();
        }
        return {};
    }
    const Column &c = m_columns[index.column() - 1];
    const datasets::CellChange *change =
        kind == RowKind::Changed ? cellChange(m_diff->changes[e.change], c) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e, c);
    case Qt::ToolTipRole:
        return change ? tr("%1: %2 → %3").arg(c.name, change->oldValue, change->newValue)
                      : QVariant();
    case CellChangedRole:
        return change != nullptr;
    case OldValueRole:
        return change ? change->oldValue : QVariant();
    case NewValueRole:
        return change ? change->newValue : QVariant();
    default:
        return {};
    }
}

QVariant TableDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || size_t(section) >= m_rows.size())
            return {};
        const Entry &e = m_rows[size_t(section)];
        if (e.change < 0)
            return QString::number(e.rowB);
        const datasets::RowChange &c = m_diff->changes[e.change];
        return QString::number(c.rowB > 0 ? c.rowB : c.rowA);
    }
    if (section < 0 || section > m_columns.size())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QStringLiteral("@@") : QVariant();
    const Column &c = m_columns[section - 1];
    switch (role) {
    case Qt::DisplayRole:
        switch (c.status) {
        case ColumnStatus::Added:
            return QStringLiteral("+ ") + c.name;
        case ColumnStatus::Removed:
            return QStringLiteral("- ") + c.name;
        default:
            return c.name;
        }
    case Qt::ToolTipRole:
        return c.note.isEmpty() ? QVariant() : c.note;
    case ColumnStatusRole:
        return int(c.status);
    default:
        return {};
    }
}

} // namespace mlwb::itemmodels
