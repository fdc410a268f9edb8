#include "commands.h"

#include "registry/mlflowregistryimport.h"
#include "tracking/importers/importers.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlwb::cli {

namespace {

void printReport(CommandContext &ctx, const tracking::ImportReport &r, bool json) {
    if (json) {
        QJsonArray problems;
        for (const Error &e : r.problems)
            problems.append(e.toString());
        const QJsonObject o{{QStringLiteral("experiments"), r.experiments},
                            {QStringLiteral("runs"), r.runs},
                            {QStringLiteral("skipped_runs"), r.skippedRuns},
                            {QStringLiteral("metrics"), r.metrics},
                            {QStringLiteral("points"), QJsonValue(r.points)},
                            {QStringLiteral("params"), r.params},
                            {QStringLiteral("tags"), r.tags},
                            {QStringLiteral("problems"), problems}};
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return;
    }
    ctx.out << tr("Imported %1 experiment(s), %2 run(s), %3 metric series with %4 points, "
                  "%5 params, %6 tags.")
                   .arg(r.experiments)
                   .arg(r.runs)
                   .arg(r.metrics)
                   .arg(r.points)
                   .arg(r.params)
                   .arg(r.tags)
            << '\n';
    if (r.skippedRuns > 0)
        ctx.out << tr("Skipped %1 run(s) imported before.").arg(r.skippedRuns) << '\n';
    for (const Error &e : r.problems)
        ctx.err << "mlwb: " << tr("skipped: ") << e.toString() << '\n';
}

} // namespace

int importCommand(CommandContext &ctx) {
    const QString source = ctx.args.value(0);
    const bool mlflow = source == QStringLiteral("mlflow");
    const bool tensorboard = source == QStringLiteral("tensorboard");
    if (!mlflow && !tensorboard) {
        if (source == QStringLiteral("--help") || source == QStringLiteral("-h")) {
            ctx.out << tr("Usage: mlwb import mlflow PATH [--json]\n"
                          "       mlwb import tensorboard LOGDIR [--experiment E] [--json]\n");
            return ExitOk;
        }
        return usage(ctx, tr("expected mlflow or tensorboard, got '%1'").arg(source));
    }
    ctx.args = ctx.args.mid(1);
    ctx.command = QStringLiteral("import ") + source;
    CommandParser p(ctx, mlflow ? tr("[options] PATH") : tr("[options] LOGDIR"),
                    mlflow ? tr("Imports an MLflow file store (mlruns/) or MLflow SQLite "
                                "database. Runs imported before are skipped.")
                           : tr("Imports the scalars of every folder below LOGDIR that holds "
                                "tfevents files, one run per folder."));
    if (tensorboard)
        p.addOption({QStringLiteral("experiment"),
                     tr("The experiment to import into (default: the logdir's name)."), tr("E")});
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, mlflow ? tr("expected one MLflow path") : tr("expected one logdir"));
    const QString path = args.positionalArguments().first();

    auto project = openProject(ctx);
    if (!project)
        return report(ctx, project.error());
    auto result = mlflow ? tracking::importMlflow(project->db(), path)
                         : tracking::importTensorBoard(project->db(), path,
                                                       args.value(QStringLiteral("experiment")));
    if (!result)
        return report(ctx, result.error());
    // An MLflow database also holds the model registry.
    std::optional<registry::RegistryImportReport> models;
    if (mlflow && QFileInfo(path).isFile()) {
        registry::ModelRegistry reg(*project);
        auto imported = registry::importMlflowRegistry(reg, path);
        if (!imported)
            return report(ctx, imported.error());
        result->problems.append(imported->problems);
        models = *imported;
    }
    printReport(ctx, *result, args.isSet(QStringLiteral("json")));
    if (models && models->models > 0 && !args.isSet(QStringLiteral("json")))
        ctx.out << tr("Imported %1 registered model(s) with %2 new version(s) and %3 alias(es).")
                       .arg(models->models)
                       .arg(models->versions)
                       .arg(models->aliases)
                << '\n';
    return result->problems.isEmpty() ? ExitOk : ExitDifferent;
}

} // namespace mlwb::cli
