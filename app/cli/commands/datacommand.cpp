#include "commands.h"

#include "datasets/dataref.h"
#include "datasets/imagediff.h"
#include "datasets/tablediff.h"
#include "vcs/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace mlwb::cli {

namespace {

using datasets::RowChange;
using datasets::RowChangeKind;
using datasets::TableDiff;

// A table from a resolved reference, named in messages by what the user typed.
Result<datasets::Table> loadTable(const datasets::ResolvedData &data,
                                  datasets::TableReadOptions options) {
    if (data.folder)
        return fail(tr("read %1 as a table").arg(data.label), tr("it is a folder"),
                    tr("compare two folders, or name a file inside it"));
    // Mapped, not copied; the format from the file's name when the label hides it.
    return datasets::readTable(data.path, data.label, options);
}

Result<double> parseTolerance(const QString &text, bool &relative) {
    QString number = text.trimmed();
    relative = number.endsWith(QLatin1Char('%'));
    if (relative)
        number.chop(1);
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || value < 0)
        return fail(tr("read --tolerance '%1'").arg(text), tr("not a non-negative number"),
                    tr("write e.g. 0.001 (absolute) or 1% (relative)"));
    return relative ? value / 100 : value;
}

QString describeRow(const RowChange &c) {
    QString where = c.kind == RowChangeKind::Removed
                        ? tr("row %1 (line %2)").arg(c.rowA).arg(c.lineA)
                        : tr("row %1 (line %2)").arg(c.rowB).arg(c.lineB);
    if (!c.key.isEmpty())
        where += QStringLiteral(" [%1]").arg(c.key.join(QStringLiteral(", ")));
    return where;
}

void printText(QTextStream &out, const TableDiff &diff) {
    out << "--- " << diff.sourceA << '\n' << "+++ " << diff.sourceB << '\n';
    if (!diff.keyColumns.isEmpty())
        out << (diff.keySuggested ? tr("key: %1 (unique in both)") : tr("key: %1"))
                   .arg(diff.keyColumns.join(QStringLiteral(", ")))
            << '\n';
    else
        out << tr("rows matched by content (no key)") << '\n';
    const datasets::SchemaDiff &s = diff.schema;
    for (const QString &c : s.added)
        out << tr("column added: %1").arg(c) << '\n';
    for (const QString &c : s.removed)
        out << tr("column removed: %1").arg(c) << '\n';
    for (const datasets::ColumnRename &r : s.renamed)
        out << tr("column renamed: %1 -> %2").arg(r.from, r.to) << '\n';
    for (const datasets::ColumnTypeChange &t : s.typeChanged)
        out << tr("column type changed: %1: %2 -> %3")
                   .arg(t.column, datasets::columnTypeName(t.from), datasets::columnTypeName(t.to))
            << '\n';
    if (s.reordered)
        out << tr("columns reordered") << '\n';
    for (const RowChange &c : diff.changes) {
        switch (c.kind) {
        case RowChangeKind::Added:
            out << "+ " << describeRow(c) << ": " << c.values.join(QStringLiteral(", ")) << '\n';
            break;
        case RowChangeKind::Removed:
            out << "- " << describeRow(c) << ": " << c.values.join(QStringLiteral(", ")) << '\n';
            break;
        case RowChangeKind::Changed: {
            QStringList cells;
            for (const datasets::CellChange &cell : c.cells)
                cells.append(
                    QStringLiteral("%1: %2 -> %3").arg(cell.column, cell.oldValue, cell.newValue));
            out << "~ " << describeRow(c) << ": " << cells.join(QStringLiteral("; ")) << '\n';
            break;
        }
        }
    }
    out << tr("%1 added, %2 removed, %3 changed, %4 unchanged rows")
               .arg(diff.counts.added)
               .arg(diff.counts.removed)
               .arg(diff.counts.changed)
               .arg(diff.counts.unchanged)
        << '\n';
}

int diffData(CommandContext &ctx) {
    CommandParser p(
        ctx, tr("[options] A B"),
        tr("Compares two tables (CSV, TSV or JSONL): columns, and rows added, removed or "
           "changed. A and B are files, NAME@VERSION for a dataset snapshot, or PATH@REV for "
           "the data in a git revision (also through DVC). Exit code: "
           "0 same, 1 different, 2 error."));
    p.addOption({QStringLiteral("key"),
                 tr("Match rows on COL (repeat or separate with commas for several columns). "
                    "Default: the first column that is unique in both tables."),
                 tr("COL")});
    p.addOption({QStringLiteral("unkeyed"), tr("Match rows by their content, not by a key.")});
    p.addOption({QStringLiteral("tolerance"),
                 tr("Numbers this close are equal: absolute (0.001) or relative (1%)."), tr("X")});
    p.addOption(
        {QStringLiteral("delimiter"), tr("The cell delimiter (default: sniffed)."), tr("CHAR")});
    p.addOption({QStringLiteral("json"), tr("Write the diff as JSON.")});
    p.addOption({QStringLiteral("csv"), tr("Write the diff as a highlighter CSV.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 2)
        return usage(ctx, tr("expected two tables, A and B"));
    if (args.isSet(QStringLiteral("json")) && args.isSet(QStringLiteral("csv")))
        return usage(ctx, tr("choose one of --json and --csv"));

    datasets::TableDiffOptions options;
    for (const QString &key : args.values(QStringLiteral("key")))
        options.keyColumns += key.split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.unkeyed = args.isSet(QStringLiteral("unkeyed"));
    if (options.unkeyed && !options.keyColumns.isEmpty())
        return usage(ctx, tr("--key and --unkeyed exclude each other"));
    if (args.isSet(QStringLiteral("tolerance"))) {
        bool relative = false;
        auto tolerance = parseTolerance(args.value(QStringLiteral("tolerance")), relative);
        if (!tolerance)
            return report(ctx, tolerance.error());
        (relative ? options.relTolerance : options.absTolerance) = *tolerance;
    }
    if (args.isSet(QStringLiteral("delimiter"))) {
        QString d = args.value(QStringLiteral("delimiter"));
        if (d == QStringLiteral("\\t") || d == QStringLiteral("tab"))
            d = QStringLiteral("\t");
        if (d.size() != 1 || d.at(0).unicode() > 127)
            return usage(ctx, tr("--delimiter takes one ASCII character"));
        options.read.delimiter = char(d.at(0).unicode());
    }

    const QStringList sides = args.positionalArguments();
    datasets::DataRefResolver resolver(ctx.projectDir);
    auto refA = resolver.resolve(sides.at(0));
    if (!refA)
        return report(ctx, refA.error());
    auto refB = resolver.resolve(sides.at(1));
    if (!refB)
        return report(ctx, refB.error());
    for (const QString &w : refA->warnings + refB->warnings)
        ctx.err << "mlwb: " << tr("warning: %1").arg(w) << '\n';
    // Two folders (or two images) are compared file by file (or pixel by pixel).
    const bool images = datasets::isImageFile(refA->path) && datasets::isImageFile(refB->path);
    if ((refA->folder && refB->folder) || images) {
        ctx.args = {refA->path, refB->path};
        if (args.isSet(QStringLiteral("json")))
            ctx.args.prepend(QStringLiteral("--json"));
        return dataImageDiffCommand(ctx);
    }
    auto a = loadTable(*refA, options.read);
    if (!a)
        return report(ctx, a.error());
    // A's share of a keyed diff now, while its pages are mapped; then they are
    // released before B is read: one large table wholly in memory at a time.
    auto preparedA = datasets::prepareKeyedSide(*a, options);
    a->releasePages();
    auto b = loadTable(*refB, options.read);
    if (!b)
        return report(ctx, b.error());
    auto diff = datasets::diffTables(*a, *b, options, std::move(preparedA));
    if (!diff)
        return report(ctx, diff.error());
    for (const datasets::TableIssue &issue : diff->issues)
        ctx.err << "mlwb: " << tr("warning: %1").arg(issue.message) << '\n';

    if (args.isSet(QStringLiteral("json")))
        ctx.out << QString::fromUtf8(QJsonDocument(datasets::toJson(*diff)).toJson());
    else if (args.isSet(QStringLiteral("csv")))
        ctx.out << QString::fromUtf8(datasets::toHighlighterCsv(*diff));
    else
        printText(ctx.out, *diff);
    return diff->isSame() ? ExitOk : ExitDifferent;
}

} // namespace

int dataCommand(CommandContext &ctx) {
    const QString sub = ctx.args.value(0);
    ctx.args = ctx.args.mid(1);
    ctx.command = QStringLiteral("data ") + sub;
    if (sub == QStringLiteral("diff") && isImageDiff(ctx.args))
        return dataImageDiffCommand(ctx);
    if (sub == QStringLiteral("profile"))
        return dataProfileCommand(ctx);
    if (sub == QStringLiteral("drift"))
        return dataDriftCommand(ctx);
    if (sub == QStringLiteral("diff"))
        return diffData(ctx);
    if (sub == QStringLiteral("add") || sub == QStringLiteral("checkout") ||
        sub == QStringLiteral("ls") || sub == QStringLiteral("versions"))
        return dataVersionsCommand(ctx, sub);
    ctx.command = QStringLiteral("data");
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        ctx.out << tr(
            "Usage: mlwb data SUBCOMMAND ...\n"
            "  add PATH [--name NAME] [-m MSG]     snapshot a file or folder as a new version\n"
            "  checkout NAME@VERSION [--to DIR]    restore a version's files\n"
            "  ls                                  list the datasets\n"
            "  versions NAME|PATH [--json]         list versions: snapshots, git, DVC\n"
            "  diff A B [--key COL] [--tolerance X] [--json|--csv]  compare two tables\n"
            "A and B: FILE, NAME@VERSION (a number or latest), or PATH@GITREV.\n");
        return ExitOk;
    }
    return usage(ctx, sub.isEmpty() ? tr("expected add, checkout, ls, versions or diff")
                                    : tr("unknown subcommand '%1'; expected add, checkout, ls, "
                                         "versions or diff")
                                          .arg(sub));
}

} // namespace mlwb::cli
