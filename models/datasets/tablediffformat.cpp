#include "tablediff.h"

#include "cellquoting.h"

#include <QJsonArray>

namespace mlwb::datasets {

namespace {

QString kindName(RowChangeKind kind) {
    switch (kind) {
    case RowChangeKind::Added:
        return QStringLiteral("added");
    case RowChangeKind::Removed:
        return QStringLiteral("removed");
    case RowChangeKind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

void appendCsvCell(QByteArray &out, const QString &value) {
    const QByteArray utf8 = value.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out += utf8;
        return;
    }
    appendQuoted(out, utf8);
}

void appendCsvRow(QByteArray &out, const QStringList &cells) {
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        appendCsvCell(out, cells.at(i));
    }
    out += '\n';
}

} // namespace

QJsonObject toJson(const TableDiff &diff) {
    const SchemaDiff &s = diff.schema;
    QJsonArray changedColumns;
    for (const ColumnRename &r : s.renamed)
        changedColumns.append(QJsonObject{{QStringLiteral("name"), r.from},
                                          {QStringLiteral("change"), QStringLiteral("renamed")},
                                          {QStringLiteral("to"), r.to}});
    for (const ColumnTypeChange &t : s.typeChanged)
        changedColumns.append(QJsonObject{{QStringLiteral("name"), t.column},
                                          {QStringLiteral("change"), QStringLiteral("type")},
                                          {QStringLiteral("from"), columnTypeName(t.from)},
                                          {QStringLiteral("to"), columnTypeName(t.to)}});
    const QJsonObject columns{{QStringLiteral("a"), QJsonArray::fromStringList(s.columnsA)},
                              {QStringLiteral("b"), QJsonArray::fromStringList(s.columnsB)},
                              {QStringLiteral("added"), QJsonArray::fromStringList(s.added)},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(s.removed)},
                              {QStringLiteral("changed"), changedColumns},
                              {QStringLiteral("reordered"), s.reordered}};
    const QJsonObject rows{{QStringLiteral("added"), diff.counts.added},
                           {QStringLiteral("removed"), diff.counts.removed},
                           {QStringLiteral("changed"), diff.counts.changed},
                           {QStringLiteral("unchanged"), diff.counts.unchanged}};
    QJsonArray changes;
    for (const RowChange &c : diff.changes) {
        QJsonObject o{{QStringLiteral("kind"), kindName(c.kind)},
                      {QStringLiteral("values"), QJsonArray::fromStringList(c.values)}};
        if (!c.key.isEmpty())
            o.insert(QStringLiteral("key"), QJsonArray::fromStringList(c.key));
        if (c.rowA >= 0) {
            o.insert(QStringLiteral("rowA"), c.rowA);
            o.insert(QStringLiteral("lineA"), c.lineA);
        }
        if (c.rowB >= 0) {
            o.insert(QStringLiteral("rowB"), c.rowB);
            o.insert(QStringLiteral("lineB"), c.lineB);
        }
        if (c.kind == RowChangeKind::Changed) {
            QJsonArray cells;
            for (const CellChange &cell : c.cells)
                cells.append(QJsonObject{{QStringLiteral("column"), cell.column},
                                         {QStringLiteral("old"), cell.oldValue},
                                         {QStringLiteral("new"), cell.newValue}});
            o.insert(QStringLiteral("cells"), cells);
        }
        changes.append(o);
    }
    QJsonArray issues;
    for (const TableIssue &issue : diff.issues)
        issues.append(issue.message);
    return QJsonObject{{QStringLiteral("a"), diff.sourceA},
                       {QStringLiteral("b"), diff.sourceB},
                       {QStringLiteral("same"), diff.isSame()},
                       {QStringLiteral("key"), QJsonArray::fromStringList(diff.keyColumns)},
                       {QStringLiteral("columns"), columns},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("truncated"), diff.changesTruncated},
                       {QStringLiteral("issues"), issues}};
}

QByteArray toHighlighterCsv(const TableDiff &diff) {
    const QStringList &columnsB = diff.schema.columnsB;
    QByteArray out;
    appendCsvRow(out, QStringList{QStringLiteral("@@")} + columnsB);
    for (const RowChange &c : diff.changes) {
        QStringList row;
        switch (c.kind) {
        case RowChangeKind::Added:
            row = QStringList{QStringLiteral("+++")} + c.values;
            break;
        case RowChangeKind::Removed: {
            // A's row in B's columns; a column B does not have is left out.
            row = QStringList{QStringLiteral("---")};
            for (const QString &name : columnsB) {
                QString from = name;
                for (const ColumnRename &r : diff.schema.renamed) {
                    if (r.to == name)
                        from = r.from;
                }
                const qsizetype index = diff.schema.columnsA.indexOf(from);
                row.append(index >= 0 ? c.values.value(index) : QString());
            }
            break;
        }
        case RowChangeKind::Changed:
            row = QStringList{QStringLiteral("->")} + c.values;
            for (const CellChange &cell : c.cells) {
                const qsizetype index = columnsB.indexOf(cell.column);
                if (index >= 0)
                    row[index + 1] = cell.oldValue + QStringLiteral("->") + cell.newValue;
            }
            break;
        }
        appendCsvRow(out, row);
    }
    return out;
}

} // namespace mlwb::datasets
