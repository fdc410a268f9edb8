#include "commands.h"
#include "runrecords.h"

#include <cstdio>

namespace mlwb::cli {

int runsCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("[options]"),
                    tr("Lists runs, newest first, with the last value of every parameter and "
                       "metric. Example filter: metrics.loss < 0.2 and params.lr = 0.01"));
    p.addOption({QStringLiteral("filter"), tr("Only runs matching EXPR."), tr("EXPR")});
    p.addOption({QStringLiteral("sort"),
                 tr("Sort keys, e.g. \"metrics.loss asc, start_time desc\"."), tr("KEYS")});
    p.addOption({QStringLiteral("limit"), tr("At most N runs."), tr("N")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180).")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (!args.positionalArguments().isEmpty())
        return usage(ctx, tr("unexpected argument '%1'; quote the filter and pass it with --filter")
                              .arg(args.positionalArguments().first()));
    if (args.isSet(QStringLiteral("json")) && args.isSet(QStringLiteral("csv")))
        return usage(ctx, tr("choose one of --json and --csv"));
    int limit = -1;
    if (args.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = args.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return usage(ctx, tr("--limit wants a number of runs, got '%1'")
                                  .arg(args.value(QStringLiteral("limit"))));
    }

    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    auto runs = loadRunRecords(project->db(), args.value(QStringLiteral("filter")),
                               args.value(QStringLiteral("sort")), limit, false);
    if (!runs)
        return report(ctx, runs.error());

    if (args.isSet(QStringLiteral("json"))) {
        ctx.out << QString::fromUtf8(runsToJson(*runs));
    } else if (args.isSet(QStringLiteral("csv"))) {
        ctx.out << QString::fromUtf8(runsToCsv(*runs));
    } else if (runs->isEmpty()) {
        ctx.err << tr("No runs.") << '\n';
    } else {
        ctx.out << runsToTable(*runs);
    }
    return ExitOk;
}

} // namespace mlwb::cli
