#include "commands.h"

#include "tracking/trackingstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mlwb::cli {

namespace {

int addArtifact(CommandContext &ctx) {
    CommandParser p(ctx, tr("--run ID [options] PATH"),
                    tr("Stores the file PATH with the run (content-addressed, stored once) and "
                       "prints its hash."));
    p.addRunOption();
    p.addOption(
        {QStringLiteral("name"), tr("The artifact's name (default: the file name)."), tr("NAME")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected one file"));
    const QString path = args.positionalArguments().first();
    const QString name = args.isSet(QStringLiteral("name")) ? args.value(QStringLiteral("name"))
                                                            : QFileInfo(path).fileName();
    auto target = openRun(ctx, args);
    if (!target)
        return report(ctx, target.error());
    auto &[project, store, run] = **target;
    auto stored = storeArtifact(project, store, run.id, path, name);
    if (!stored)
        return report(ctx, stored.error());
    ctx.out << stored->hash << '\n';
    return ExitOk;
}

int getArtifact(CommandContext &ctx) {
    CommandParser p(ctx, tr("--run ID [options] NAME"),
                    tr("Writes the run's artifact NAME to standard output or to FILE."));
    p.addRunOption();
    p.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), tr("FILE")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    if (args.positionalArguments().size() != 1)
        return usage(ctx, tr("expected one artifact name"));
    const QString name = args.positionalArguments().first();

    auto target = openRun(ctx, args);
    if (!target)
        return report(ctx, target.error());
    auto &[project, store, run] = **target;
    auto artifacts = store.artifacts(run.id);
    if (!artifacts)
        return report(ctx, artifacts.error());
    const auto it = std::find_if(artifacts->cbegin(), artifacts->cend(),
                                 [&](const tracking::Artifact &a) { return a.path == name; });
    if (it == artifacts->cend()) {
        QStringList names;
        for (const auto &a : *artifacts)
            names.append(a.path);
        return report(ctx,
                      {tr("get artifact '%1' of run %2").arg(name, run.uuid.left(8)),
                       tr("the run has no such artifact"),
                       names.isEmpty() ? tr("the run has no artifacts")
                                       : tr("it has: %1").arg(names.join(QStringLiteral(", ")))});
    }
    const QString source = store::ContentStore(project.paths().objectsDir()).pathOf(it->hash);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return report(ctx, {tr("read artifact '%1' (%2)").arg(name, source), in.errorString(),
                            tr("the content store of the project is damaged")});
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QStringLiteral("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return report(ctx, {tr("write to standard output"), out.errorString(), {}});
        while (!in.atEnd())
            out.write(in.read(1 << 20));
        return ExitOk;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly))
        return report(ctx, {tr("write %1").arg(output), out.errorString(), {}});
    while (!in.atEnd())
        out.write(in.read(1 << 20));
    if (!out.commit())
        return report(ctx, {tr("write %1").arg(output), out.errorString(),
                            tr("check free space and permissions")});
    return ExitOk;
}

} // namespace

int artifactCommand(CommandContext &ctx) {
    const QString sub = ctx.args.value(0);
    ctx.args = ctx.args.mid(1);
    ctx.command = QStringLiteral("artifact ") + sub;
    if (sub == QStringLiteral("add"))
        return addArtifact(ctx);
    if (sub == QStringLiteral("get"))
        return getArtifact(ctx);
    ctx.command = QStringLiteral("artifact");
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h")) {
        ctx.out << tr("Usage: mlwb artifact add|get ...\n"
                      "  add --run ID PATH [--name NAME]  store a file with a run\n"
                      "  get --run ID NAME [-o FILE]      write a run's artifact out\n");
        return ExitOk;
    }
    return usage(ctx, sub.isEmpty() ? tr("expected add or get")
                                    : tr("unknown subcommand '%1'; expected add or get").arg(sub));
}

} // namespace mlwb::cli
