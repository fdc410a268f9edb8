#pragma once

#include "columntypes.h"
#include "core/error.h"
#include "table.h"
#include "tablereader.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>

namespace mlwb::datasets {

struct ColumnRename {
    QString from;
    QString to;
};

struct ColumnTypeChange {
    QString column; // the name in B
    ColumnType from = ColumnType::Empty;
    ColumnType to = ColumnType::Empty;
};

struct SchemaDiff {
    QStringList columnsA;
    QStringList columnsB;
    QStringList added;   // in B only
    QStringList removed; // in A only
    // A column of A found in B under another name with the same values.
    QList<ColumnRename> renamed;
    QList<ColumnTypeChange> typeChanged;
    bool reordered = false; // the shared columns are in another order

    bool isEmpty() const {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && typeChanged.isEmpty() &&
               !reordered;
    }
};

struct CellChange {
    QString column; // the name in B
    QString oldValue;
    QString newValue;
};

enum class RowChangeKind { Added, Removed, Changed };

struct RowChange {
    RowChangeKind kind = RowChangeKind::Changed;
    QStringList key; // the key cells; empty in unkeyed mode
    // 1-based data rows (header excluded) and file lines; -1 on the side without the row.
    qint64 rowA = -1;
    qint64 rowB = -1;
    qint64 lineA = -1;
    qint64 lineB = -1;
    // The whole row in its table's column order: B's row unless it was removed.
    QStringList values;
    QList<CellChange> cells; // Changed rows only
};

struct RowCounts {
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
};

struct TableDiffOptions {
    // Rows are matched on these columns. Empty: the first column whose values
    // are unique and non-empty in both tables; without one, rows are matched by
    // content.
    QStringList keyColumns;
    bool unkeyed = false; // match rows by content even when a key could be found
    // Numbers equal within either tolerance are the same.
    double absTolerance = 0;
    double relTolerance = 0;
    // Unkeyed: a removed and an added row close to each other that share at
    // least half of their cells are reported as one changed row. Off: only
    // added and removed rows.
    bool pairChangedRows = true;
    qsizetype maxRowChanges = -1; // counts stay exact; the list stops growing
    TableReadOptions read;
};

struct TableDiff {
    QString sourceA;
    QString sourceB;
    SchemaDiff schema;
    QStringList keyColumns; // empty when rows were matched by content
    bool keySuggested = false;
    RowCounts counts;
    QList<RowChange> changes; // in the order of B, removed rows where they were in A
    bool changesTruncated = false;
    QList<TableIssue> issues; // problems the readers reported for both files

    bool isSame() const {
        return schema.isEmpty() && counts.added == 0 && counts.removed == 0 && counts.changed == 0;
    }
};

namespace detail {
struct KeyedSide;
}
// Table A's share of a diff on options.keyColumns (key and row hashes, column
// types), taken right after A is read, while its pages are mapped: then they can
// be released before B is read, so that one large table at a time is wholly in
// memory. Null when the options name no key or A lacks a key column (the diff
// reports that).
std::shared_ptr<detail::KeyedSide> prepareKeyedSide(const Table &a,
                                                    const TableDiffOptions &options);

// The first column of A, also in B, whose values are unique and non-empty in both.
std::optional<QString> suggestKeyColumn(const Table &a, const Table &b);
Result<TableDiff> diffTables(const Table &a, const Table &b, const TableDiffOptions &options);
// The same with A's share taken ahead by prepareKeyedSide(a, options).
Result<TableDiff> diffTables(const Table &a, const Table &b, const TableDiffOptions &options,
                             std::shared_ptr<detail::KeyedSide> preparedA);
Result<TableDiff> diffTables(const QString &pathA, const QString &pathB,
                             const TableDiffOptions &options);

// {"columns": {"added", "removed", "renamed", "changed", "reordered"},
//  "rows": {"added", "removed", "changed", "unchanged"}, "key": [...], "changes": [...]}
QJsonObject toJson(const TableDiff &diff);
// The diff as a highlighter CSV: a first column "@@" (header), "+++", "---" or
// "->", and changed cells written "old->new".
QByteArray toHighlighterCsv(const TableDiff &diff);

} // namespace mlwb::datasets
