#include "commands.h"

#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QFileInfo>
#include <QHash>

namespace mlwb::cli {

namespace {

// Metric values given as positional key=value arguments.
Result<QList<std::pair<QString, double>>> parseMetrics(const QStringList &args) {
    QList<std::pair<QString, double>> out;
    for (const QString &arg : args) {
        MLWB_ASSIGN_OR_RETURN(const auto kv, splitAssignment(arg, tr("metric")));
        bool ok = false;
        const double v = kv.second.toDouble(&ok);
        if (!ok)
            return fail(tr("read metric '%1'").arg(arg), tr("'%1' is not a number").arg(kv.second),
                        tr("metrics are numbers; use --param or --tag for text"));
        out.append({kv.first, v});
    }
    return out;
}

Status logMetrics(store::Database &db, tracking::TrackingStore &store, qint64 runId,
                  const QList<std::pair<QString, double>> &values, std::optional<qint64> step) {
    if (values.isEmpty())
        return {};
    QHash<QString, qint64> next; // without --step a key continues after its last step
    MLWB_ASSIGN_OR_RETURN(const auto summaries, store.metricSummaries(runId));
    for (const auto &s : summaries)
        next.insert(s.key, s.lastStep + 1);
    tracking::MetricWriter writer(db, runId);
    for (const auto &[key, value] : values)
        MLWB_TRY(writer.log(key, step.value_or(next.value(key, 0)), value));
    return writer.flush();
}

} // namespace

int logCommand(CommandContext &ctx) {
    CommandParser p(ctx, tr("--run ID [options] [key=value ...]"),
                    tr("Adds metrics, parameters, tags, a note or artifacts to an existing run, "
                       "or finishes it. Metrics are the key=value arguments."));
    p.addRunOption();
    p.addOption({QStringLiteral("step"),
                 tr("The step of the metrics (default: one past the "
                    "key's last step)."),
                 tr("N")});
    p.addOption({QStringLiteral("param"), tr("A parameter; repeatable."), tr("key=value")});
    p.addOption({QStringLiteral("tag"), tr("A tag; repeatable."), tr("key=value")});
    p.addOption({QStringLiteral("note"), tr("Replaces the run's note."), tr("TEXT")});
    p.addOption(
        {QStringLiteral("artifact"), tr("Stores a file with the run; repeatable."), tr("PATH")});
    p.addOption(
        {QStringLiteral("finish"), tr("Ends the run: finished, failed or killed."), tr("STATUS")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    auto metrics = parseMetrics(args.positionalArguments());
    if (!metrics)
        return usage(ctx, metrics.error().toString());
    std::optional<qint64> step;
    if (args.isSet(QStringLiteral("step"))) {
        bool ok = false;
        step = args.value(QStringLiteral("step")).toLongLong(&ok);
        if (!ok)
            return usage(ctx, tr("--step wants a whole number, got '%1'")
                                  .arg(args.value(QStringLiteral("step"))));
    }
    QList<tracking::Param> params;
    for (const QString &text : args.values(QStringLiteral("param"))) {
        auto kv = splitAssignment(text, QStringLiteral("--param"));
        if (!kv)
            return usage(ctx, kv.error().toString());
        params.append({kv->first, tracking::parseParamValue(kv->second)});
    }
    QList<tracking::Tag> tags;
    for (const QString &text : args.values(QStringLiteral("tag"))) {
        auto kv = splitAssignment(text, QStringLiteral("--tag"));
        if (!kv)
            return usage(ctx, kv.error().toString());
        tags.append({kv->first, kv->second});
    }
    std::optional<tracking::RunStatus> finish;
    if (args.isSet(QStringLiteral("finish"))) {
        finish = tracking::runStatusFromString(args.value(QStringLiteral("finish")));
        if (!finish || *finish == tracking::RunStatus::Running)
            return usage(ctx, tr("--finish wants finished, failed or killed, got '%1'")
                                  .arg(args.value(QStringLiteral("finish"))));
    }

    auto target = openRun(ctx, args);
    if (!target)
        return report(ctx, target.error());
    auto &[project, store, run] = **target;
    if (auto r = logMetrics(project.db(), store, run.id, *metrics, step); !r)
        return report(ctx, r.error());
    if (!params.isEmpty())
        if (auto r = store.setParams(run.id, params); !r)
            return report(ctx, r.error());
    for (const tracking::Tag &t : tags)
        if (auto r = store.setTag(run.id, t.key, t.value); !r)
            return report(ctx, r.error());
    if (args.isSet(QStringLiteral("note")))
        if (auto r = store.setNote(run.id, args.value(QStringLiteral("note"))); !r)
            return report(ctx, r.error());
    for (const QString &path : args.values(QStringLiteral("artifact"))) {
        auto stored = storeArtifact(project, store, run.id, path, QFileInfo(path).fileName());
        if (!stored)
            return report(ctx, stored.error());
        ctx.out << stored->hash << "  " << QFileInfo(path).fileName() << '\n';
    }
    if (finish)
        if (auto r = store.finishRun(run.id, *finish); !r)
            return report(ctx, r.error());
    return ExitOk;
}

} // namespace mlwb::cli
