#include "commands.h"

#include "core/contenthash.h"
#include "deploy/deployer.h"
#include "deploy/manifests.h"
#include "deploy/registrysource.h"
#include "registry/registry.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <atomic>
#include <csignal>

namespace mlwb::cli {

namespace {

using namespace mlwb::deploy;

std::atomic_bool g_cancelled{false};

extern "C" void cancelOnSignal(int) {
    g_cancelled.store(true);
}

QJsonObject toJson(const Deployment &d) {
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("model"), d.modelName},
                  {QStringLiteral("version"), d.modelVersion},
                  {QStringLiteral("model_hash"), d.modelHash},
                  {QStringLiteral("target"), targetName(d.target)},
                  {QStringLiteral("status"), statusName(d.status)},
                  {QStringLiteral("url"), d.url},
                  {QStringLiteral("port"), d.port},
                  {QStringLiteral("image_size"), d.imageSize},
                  {QStringLiteral("image"), d.imageTag},
                  {QStringLiteral("image_id"), d.imageId},
                  {QStringLiteral("container_id"), d.containerId},
                  {QStringLiteral("engine_socket"), d.engineSocket},
                  {QStringLiteral("created_at"), time(d.createdAt)},
                  {QStringLiteral("healthy_at"), time(d.healthyAt)},
                  {QStringLiteral("stopped_at"), time(d.stoppedAt)},
                  {QStringLiteral("stop_reason"), d.stopReason},
                  {QStringLiteral("who"), d.who},
                  {QStringLiteral("error"), d.error}};
    o.insert(QStringLiteral("pid"), d.pid > 0 ? QJsonValue(d.pid) : QJsonValue());
    o.insert(QStringLiteral("time_to_healthy"),
             d.timeToHealthy >= 0 ? QJsonValue(d.timeToHealthy) : QJsonValue());
    o.insert(QStringLiteral("replaces"),
             d.replacesId > 0 ? QJsonValue(d.replacesId) : QJsonValue());
    return o;
}

void printJson(CommandContext &ctx, const QJsonDocument &doc) {
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

Result<qint64> parseId(const QString &text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("read deployment id '%1'").arg(text), tr("not a positive number"),
                    tr("see `mlwb deploy ls` for the ids"));
    return id;
}

// The one deployment id the command takes, or the exit code of what was wrong with it.
std::expected<qint64, int> deploymentIdArgument(CommandContext &ctx,
                                                const QCommandLineParser &args) {
    if (args.positionalArguments().size() != 1)
        return std::unexpected(usage(ctx, tr("expected one deployment id")));
    auto id = parseId(args.positionalArguments().first());
    if (!id)
        return std::unexpected(report(ctx, id.error()));
    return *id;
}

struct Opened {
    explicit Opened(Project p)
        : project(std::move(p))
        , deployer(project.db(), project.paths().root()) {}
    Project project;
    Deployer deployer;
};

Result<std::unique_ptr<Opened>> open(const CommandContext &ctx) {
    MLWB_ASSIGN_OR_RETURN(Project project, openProject(ctx));
    return std::make_unique<Opened>(std::move(project));
}

void addSourceOptions(CommandParser &p) {
    p.addOption({QStringLiteral("model-file"),
                 tr("Deploy this ONNX file instead of a registered "
                    "version."),
                 tr("FILE")});
    p.addOption({QStringLiteral("name"),
                 tr("The model name for --model-file (default: the file "
                    "name)."),
                 tr("NAME")});
    p.addOption({QStringLiteral("version"),
                 tr("The version label for --model-file (default: the start of its hash)."),
                 tr("V")});
    p.addOption({QStringLiteral("target"),
                 tr("docker, podman or process (default: an engine when one is found, else a "
                    "process)."),
                 tr("TARGET")});
    p.addOption(
        {QStringLiteral("timeout"), tr("Seconds to wait for health (default 30)."), tr("S")});
    p.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, tr("Print the build log.")});
    p.addOption({QStringLiteral("json"), tr("Print the deployment as JSON once healthy.")});
}

// The request from REF (a registered version) or --model-file.
Result<DeployRequest> requestFrom(Opened &o, const QCommandLineParser &args,
                                  const QStringList &pos) {
    DeployRequest r;
    if (args.isSet(QStringLiteral("model-file"))) {
        if (!pos.isEmpty())
            return fail(tr("read the arguments"),
                        tr("give MODEL@VERSION or --model-file, not both"));
        r.modelFile = args.value(QStringLiteral("model-file"));
        r.modelName = args.isSet(QStringLiteral("name"))
                          ? args.value(QStringLiteral("name"))
                          : QFileInfo(r.modelFile).completeBaseName();
        if (QFileInfo(r.modelFile).isFile()) {
            MLWB_ASSIGN_OR_RETURN(r.modelHash, contentHashOfFile(r.modelFile));
        }
        r.modelVersion =
            args.isSet(QStringLiteral("version"))
                ? args.value(QStringLiteral("version"))
                : (r.modelHash.isEmpty() ? QStringLiteral("file") : r.modelHash.left(8));
    } else {
        if (pos.size() != 1)
            return fail(tr("read the arguments"), tr("expected one MODEL@VERSION or MODEL@ALIAS"),
                        tr("or give --model-file FILE"));
        registry::ModelRegistry reg(o.project);
        MLWB_ASSIGN_OR_RETURN(r, requestForVersion(reg, pos.first()));
    }
    if (args.isSet(QStringLiteral("target"))) {
        const auto t = targetFromName(args.value(QStringLiteral("target")));
        if (!t)
            return fail(tr("read --target '%1'").arg(args.value(QStringLiteral("target"))),
                        tr("not a target"), tr("use docker, podman or process"));
        r.target = t;
    }
    if (args.isSet(QStringLiteral("port"))) {
        bool ok = false;
        r.port = args.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || r.port <= 0 || r.port > 65535)
            return fail(tr("read --port '%1'").arg(args.value(QStringLiteral("port"))),
                        tr("not a port number (1-65535)"));
    }
    if (args.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = args.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || s <= 0)
            return fail(tr("read --timeout '%1'").arg(args.value(QStringLiteral("timeout"))),
                        tr("not a positive number of seconds"));
        r.healthTimeout = std::chrono::milliseconds(qint64(s * 1000));
    }
    return r;
}

ProgressFn progressPrinter(CommandContext &ctx, bool verbose) {
    return [&ctx, verbose](const DeployProgress &p) {
        if (p.logLine && !verbose)
            return;
        ctx.err << (p.logLine ? QStringLiteral("  ")
                              : QStringLiteral("[%1] ").arg(stageName(p.stage)))
                << p.message << '\n';
        ctx.err.flush();
    };
}

int finish(CommandContext &ctx, const QCommandLineParser &args, const Result<Deployment> &d) {
    if (!d)
        return report(ctx, d.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(ctx, QJsonDocument(toJson(*d)));
    else
        ctx.out << tr("%1 is healthy at %2 (%3, %4 s)")
                       .arg(d->label(), d->url, targetName(d->target))
                       .arg(d->timeToHealthy, 0, 'f', 1)
                << '\n'
                << tr("try: curl %1/v2/models/%2").arg(d->url, d->modelName) << '\n';
    return ExitOk;
}

int deployModel(CommandContext &ctx) {
    CommandParser p(ctx, tr("MODEL@VERSION|MODEL@ALIAS|--model-file FILE [options]"),
                    tr("Builds an image of mlwb-serve with the model (FROM scratch, offline), "
                       "starts it on 127.0.0.1 and waits until it is healthy. Without a "
                       "container engine the model is served by a local process."));
    addSourceOptions(p);
    p.addOption({QStringLiteral("port"),
                 tr("The port on 127.0.0.1 (default: the next free one "
                    "from 8080)."),
                 tr("P")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    auto request = requestFrom(**o, args, args.positionalArguments());
    if (!request)
        return report(ctx, request.error());
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
    auto d = (*o)->deployer.deploy(
        *request, progressPrinter(ctx, args.isSet(QStringLiteral("verbose"))), &g_cancelled);
    return finish(ctx, args, d);
}

int replaceDeployment(CommandContext &ctx) {
    CommandParser p(ctx, tr("ID MODEL@VERSION|--model-file FILE [options]"),
                    tr("Redeploys another version on the port of deployment ID. If the new one "
                       "does not become healthy, the old one is started again."));
    addSourceOptions(p);
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    QStringList pos = args.positionalArguments();
    if (pos.isEmpty())
        return usage(ctx, tr("expected the id of the deployment to replace"));
    auto id = parseId(pos.takeFirst());
    if (!id)
        return report(ctx, id.error());
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    auto request = requestFrom(**o, args, pos);
    if (!request)
        return report(ctx, request.error());
    auto d = (*o)->deployer.replace(*id, *request,
                                    progressPrinter(ctx, args.isSet(QStringLiteral("verbose"))));
    return finish(ctx, args, d);
}

int listDeployments(CommandContext &ctx) {
    CommandParser p(ctx, tr("[--all] [--json]"),
                    tr("Lists the running deployments (all of them with --all), after checking "
                       "them against the container engine and live processes."));
    p.addOption({QStringLiteral("all"), tr("Also stopped, failed and removed deployments.")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    auto reattached = (*o)->deployer.reattach();
    if (!reattached)
        return report(ctx, reattached.error());
    for (const QString &note : reattached->notes)
        ctx.err << "mlwb: " << note << '\n';
    auto list = (*o)->deployer.records().list(!args.isSet(QStringLiteral("all")));
    if (!list)
        return report(ctx, list.error());
    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const Deployment &d : *list)
            a.append(toJson(d));
        printJson(ctx, QJsonDocument(a));
        return ExitOk;
    }
    if (list->isEmpty()) {
        ctx.out << tr("no deployments") << '\n';
        return ExitOk;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(tr("ID").leftJustified(5), tr("MODEL").leftJustified(24),
                        tr("TARGET").leftJustified(8), tr("STATUS").leftJustified(10), tr("URL"));
    for (const Deployment &d : *list)
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                       .arg(QString::number(d.id).leftJustified(5), d.label().leftJustified(24),
                            targetName(d.target).leftJustified(8),
                            statusName(d.status).leftJustified(10), d.url);
    return ExitOk;
}

int stopDeployment(CommandContext &ctx, bool removeToo) {
    CommandParser p(ctx, tr("ID [--json]"),
                    removeToo ? tr("Stops a deployment and removes its container and image.")
                              : tr("Stops a deployment; its record stays."));
    p.addOption({QStringLiteral("json"), tr("Print the deployment as JSON.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const auto id = deploymentIdArgument(ctx, args);
    if (!id)
        return id.error();
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    auto done = removeToo ? (*o)->deployer.remove(*id) : (*o)->deployer.stop(*id);
    if (!done)
        return report(ctx, done.error());
    auto d = (*o)->deployer.records().get(*id);
    if (!d)
        return report(ctx, d.error());
    if (args.isSet(QStringLiteral("json")))
        printJson(ctx, QJsonDocument(toJson(*d)));
    else
        ctx.out << (removeToo ? tr("removed %1 (#%2)") : tr("stopped %1 (#%2)"))
                       .arg(d->label())
                       .arg(d->id)
                << '\n';
    return ExitOk;
}

int showLogs(CommandContext &ctx) {
    CommandParser p(ctx, tr("ID [--follow] [--tail N] [--json]"),
                    tr("Prints a deployment's output (stdout and stderr)."));
    p.addOption({{QStringLiteral("f"), QStringLiteral("follow")}, tr("Keep printing new lines.")});
    p.addOption({QStringLiteral("tail"), tr("Only the last N lines."), tr("N")});
    p.addOption({QStringLiteral("json"), tr("One JSON object per line: stream, line.")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const auto id = deploymentIdArgument(ctx, args);
    if (!id)
        return id.error();
    int tail = -1;
    if (args.isSet(QStringLiteral("tail"))) {
        bool ok = false;
        tail = args.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || tail < 0)
            return usage(ctx, tr("--tail takes a number of lines"));
    }
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    const bool json = args.isSet(QStringLiteral("json"));
    auto ok = (*o)->deployer.logs(
        *id,
        [&](LogStream stream, const QString &line) {
            if (json) {
                const QJsonObject obj{{QStringLiteral("stream"), stream == LogStream::Stderr
                                                                     ? QStringLiteral("stderr")
                                                                     : QStringLiteral("stdout")},
                                      {QStringLiteral("line"), line}};
                ctx.out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact))
                        << '\n';
            } else {
                ctx.out << line << '\n';
            }
            ctx.out.flush();
        },
        args.isSet(QStringLiteral("follow")), tail);
    if (!ok)
        return report(ctx, ok.error());
    return ExitOk;
}

int exportDeployment(CommandContext &ctx) {
    CommandParser p(ctx, tr("ID --compose|--k8s [-o FILE]"),
                    tr("Writes a deployment as compose.yaml or as Kubernetes Deployment and "
                       "Service manifests."));
    p.addOption({QStringLiteral("compose"), tr("compose.yaml")});
    p.addOption({QStringLiteral("k8s"), tr("Kubernetes Deployment + Service")});
    p.addOption(
        {{QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), tr("FILE")});
    if (auto rc = p.parse())
        return *rc;
    const QCommandLineParser &args = p.parser();
    const auto id = deploymentIdArgument(ctx, args);
    if (!id)
        return id.error();
    if (args.isSet(QStringLiteral("compose")) == args.isSet(QStringLiteral("k8s")))
        return usage(ctx, tr("choose one of --compose and --k8s"));
    auto o = open(ctx);
    if (!o)
        return report(ctx, o.error());
    auto d = (*o)->deployer.records().get(*id);
    if (!d)
        return report(ctx, d.error());
    const QString text =
        args.isSet(QStringLiteral("compose")) ? composeYaml(*d) : kubernetesYaml(*d);
    const QString output = args.value(QStringLiteral("output"));
    if (output.isEmpty() || output == QStringLiteral("-")) {
        ctx.out << text;
        return ExitOk;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
        return report(ctx, {tr("write %1").arg(output), f.errorString(),
                            tr("check the folder exists and is writable")});
    return ExitOk;
}

} // namespace

int deployCommand(CommandContext &ctx) {
    const QString sub = ctx.args.value(0);
    const auto subcommand = [&](const QString &name) {
        ctx.args = ctx.args.mid(1);
        ctx.command = QStringLiteral("deploy ") + name;
    };
    if (sub == QStringLiteral("ls")) {
        subcommand(sub);
        return listDeployments(ctx);
    }
    if (sub == QStringLiteral("stop") || sub == QStringLiteral("rm")) {
        subcommand(sub);
        return stopDeployment(ctx, sub == QStringLiteral("rm"));
    }
    if (sub == QStringLiteral("logs")) {
        subcommand(sub);
        return showLogs(ctx);
    }
    if (sub == QStringLiteral("export")) {
        subcommand(sub);
        return exportDeployment(ctx);
    }
    if (sub == QStringLiteral("replace")) {
        subcommand(sub);
        return replaceDeployment(ctx);
    }
    return deployModel(ctx);
}

} // namespace mlwb::cli
