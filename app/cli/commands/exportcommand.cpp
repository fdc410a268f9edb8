#include "commands.h"
#include "runrecords.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace mlwb::cli {

int exportCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options]"),
                    tr("Writes runs with their parameters, tags and metric summaries as JSON or "
                       "CSV; with --metrics-history also every logged metric point."));
    p.addOption({QStringLiteral("filter"), tr("Only runs matching EXPR."), tr("EXPR")});
    p.addOption({QStringLiteral("format"), tr("json (default) or csv."), tr("FORMAT"),
                 QStringLiteral("json")});
    p.addOption({QStringLiteral("metrics-history"),
                 tr("Include every metric point (CSV: one row per point).")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                 tr("Write to FILE instead of standard output."),
                 tr("FILE")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const QString format = args.value(QStringLiteral("format"));
    if (format != QStringLiteral("json") && format != QStringLiteral("csv"))
        return usage(ctx, tr("unknown format '%1'; use json or csv").arg(format));
    const bool history = args.isSet(QStringLiteral("metrics-history"));

    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    auto runs =
        loadRunRecords(project->db(), args.value(QStringLiteral("filter")), {}, -1, history);
    if (!runs)
        return report(ctx, runs.error());
    const QByteArray data = format == QStringLiteral("json") ? runsToJson(*runs)
                            : history                        ? metricHistoryToCsv(*runs)
                                                             : runsToCsv(*runs);
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QStringLiteral("-")) {
        ctx.out << QString::fromUtf8(data);
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return report(ctx, Error{tr("write %1").arg(output), file.errorString(),
                                 tr("check the folder exists and is writable")});
    ctx.err << QCoreApplication::translate("mlwb", "Exported %n run(s) to %1", nullptr,
                                           int(runs->size()))
                   .arg(output)
            << '\n';
    return ExitOk;
}

} // namespace mlwb::cli
