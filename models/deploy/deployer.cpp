#include "deployer.h"

#include "buildcontext.h"
#include "core/contenthash.h"
#include "localports.h"
#include "processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QDateTime now() {
    return QDateTime::currentDateTimeUtc();
}

// Image names allow [a-z0-9._-]; tags [A-Za-z0-9_.-].
QString imageComponent(QString s, bool tag) {
    if (!tag)
        s = s.toLower();
    s.replace(QRegularExpression(tag ? QStringLiteral("[^A-Za-z0-9_.-]")
                                     : QStringLiteral("[^a-z0-9._-]")),
              QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('.')) || s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("model") : s.left(60);
}

void report(const ProgressFn &progress, Stage stage, const QString &message, bool logLine = false) {
    if (progress)
        progress({stage, message, logLine});
}

QString megabytes(qint64 bytes) {
    return QString::number(double(bytes) / 1e6, 'f', 1) + QStringLiteral(" MB");
}

} // namespace

QString stageName(Stage stage) {
    switch (stage) {
    case Stage::Context:
        return tr("build context");
    case Stage::Build:
        return tr("build");
    case Stage::Start:
        return tr("start");
    case Stage::Health:
        return tr("health");
    case Stage::Done:
        break;
    }
    return tr("done");
}

QString findServeBinary() {
    if (const QString env = qEnvironmentVariable("MLWB_SERVE"); !env.isEmpty())
        return env;
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {appDir + QStringLiteral("/mlwb-serve"), appDir + QStringLiteral("/../serve/mlwb-serve"),
          appDir + QStringLiteral("/../app/serve/mlwb-serve")}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("mlwb-serve"));
}

Deployer::Deployer(store::Database &db, QString projectRoot)
    : m_records(db)
    , m_root(std::move(projectRoot)) {}

QString Deployer::projectLabel() const {
    const QString canonical = QFileInfo(m_root).canonicalFilePath();
    const QByteArray bytes = (canonical.isEmpty() ? m_root : canonical).toUtf8();
    return contentHash({bytes.constData(), size_t(bytes.size())}).left(16);
}

QString Deployer::processLogPath(qint64 id) const {
    return m_root + QStringLiteral("/.mlwb/deploy/%1.log").arg(id);
}

Result<TargetChoice> Deployer::chooseTarget(std::optional<Target> wanted,
                                            const QString &socket) const {
    if (wanted == Target::Process)
        return TargetChoice{Target::Process, tr("the process target was asked for"), {}};
    auto client = EngineClient::connect(socket);
    if (!client) {
        if (wanted)
            return std::unexpected(
                withContext(client.error(), tr("use the %1 target").arg(targetName(*wanted))));
        return TargetChoice{
            Target::Process, tr("no container engine: %1").arg(client.error().why), {}};
    }
    const EngineVersion &v = client->engineVersion();
    const Target found = v.kind == EngineKind::Podman ? Target::Podman : Target::Docker;
    if (wanted && *wanted != found)
        return fail(tr("use the %1 target").arg(targetName(*wanted)),
                    tr("the engine at %1 is %2, not %3")
                        .arg(client->socket().path, targetName(found), targetName(*wanted)),
                    tr("give --target %1, or point DOCKER_HOST at a %2 socket")
                        .arg(targetName(found), targetName(*wanted)));
    return TargetChoice{
        found,
        tr("%1 %2 found at %3 (%4)")
            .arg(targetName(found), v.version, client->socket().path, client->socket().source),
        client->socket().path};
}

Result<Deployment> Deployer::markFailed(Deployment &d, const Error &error) {
    d.status = DeploymentStatus::Failed;
    d.error = error.toString();
    d.stoppedAt = now();
    if (d.id > 0)
        MLWB_TRY(m_records.update(d));
    return std::unexpected(error);
}

Result<Deployment> Deployer::deploy(const DeployRequest &request, const ProgressFn &progress,
                                    const std::atomic_bool *cancel) {
    const QString what = tr("deploy %1@%2").arg(request.modelName, request.modelVersion);
    report(progress, Stage::Context, tr("checking the model file and the port"));
    if (!QFileInfo(request.modelFile).isFile())
        return fail(what, tr("the model file %1 is missing").arg(request.modelFile),
                    tr("check the model version's file in the store, or register it again"));
    int port = request.port;
    if (port == 0) {
        MLWB_ASSIGN_OR_RETURN(port, nextFreePort());
    } else if (!portIsFree(port)) {
        return fail(what, tr("port %1 on 127.0.0.1 is already taken").arg(port),
                    tr("stop what listens there, pick another --port, or leave --port out "
                       "for the next free one"));
    }
    MLWB_ASSIGN_OR_RETURN(const TargetChoice choice,
                          chooseTarget(request.target, request.engineSocket));
    report(progress, Stage::Context,
           tr("target %1: %2").arg(targetName(choice.target), choice.reason));

    Deployment d;
    d.modelName = request.modelName;
    d.modelVersion = request.modelVersion;
    d.modelHash = request.modelHash;
    if (d.modelHash.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(d.modelHash, contentHashOfFile(request.modelFile));
    }
    d.target = choice.target;
    d.engineSocket = choice.socket;
    d.port = port;
    d.url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    d.status = DeploymentStatus::Starting;
    d.createdAt = now();
    d.who = currentUser();
    MLWB_TRY(m_records.insert(d));

    DeployRequest resolved = request;
    if (resolved.serveBinary.isEmpty())
        resolved.serveBinary = findServeBinary();
    if (resolved.serveBinary.isEmpty())
        return markFailed(d, Error{what, tr("mlwb-serve is not found"),
                                   tr("build or install mlwb-serve, or set MLWB_SERVE to it")});
    QElapsedTimer clock;
    clock.start();
    auto result = choice.target == Target::Process
                      ? deployProcess(d, resolved, progress, cancel)
                      : deployEngine(d, resolved, choice, progress, cancel);
    if (!result)
        return result;
    d.status = DeploymentStatus::Healthy;
    d.healthyAt = now();
    d.timeToHealthy =
        double(d.healthyAt.toMSecsSinceEpoch() - d.createdAt.toMSecsSinceEpoch()) / 1000.0;
    MLWB_TRY(m_records.update(d));
    report(
        progress, Stage::Done,
        tr("%1 is healthy at %2 after %3 s").arg(d.label(), d.url).arg(d.timeToHealthy, 0, 'f', 1));
    return d;
}

Result<Deployment> Deployer::deployEngine(Deployment &d, const DeployRequest &request,
                                          const TargetChoice &choice, const ProgressFn &progress,
                                          const std::atomic_bool *cancel) {
    auto client = EngineClient::connect(choice.socket);
    if (!client)
        return markFailed(d, client.error());
    const QMap<QString, QString> labels{
        {QStringLiteral("mlwb.project"), projectLabel()},
        {QStringLiteral("mlwb.deployment"), QString::number(d.id)},
        {QStringLiteral("mlwb.model"), d.modelName},
        {QStringLiteral("mlwb.version"), d.modelVersion},
        {QStringLiteral("mlwb.port"), QString::number(d.port)},
    };
    auto context = BuildContext::create(
        {request.serveBinary, request.modelFile, d.modelName, d.modelVersion, labels});
    if (!context)
        return markFailed(d, context.error());
    report(progress, Stage::Context,
           tr("context: %1 files, %2")
               .arg(context->tar().entries().size())
               .arg(megabytes(context->size())));

    const QString tag = QStringLiteral("mlwb/%1:%2-%3-%4")
                            .arg(imageComponent(d.modelName, false),
                                 imageComponent(d.modelVersion, true), projectLabel().left(8))
                            .arg(d.id);
    report(progress, Stage::Build, tr("building image %1").arg(tag));
    auto image = client->buildImage(
        context->upload(), tag, labels,
        [&](const QString &line) { report(progress, Stage::Build, line, true); }, cancel);
    if (!image) {
        client->removeImage(tag, true); // a half-tagged image, if any
        return markFailed(d, image.error());
    }
    d.imageId = *image;
    d.imageTag = tag;
    if (auto info = client->inspectImage(d.imageId))
        d.imageSize = info->size;
    MLWB_TRY(m_records.update(d));
    report(progress, Stage::Build,
           tr("image %1, %2").arg(d.imageId.left(19), megabytes(d.imageSize)));

    const auto cleanUp = [&](const Error &error) {
        if (!d.containerId.isEmpty())
            client->removeContainer(d.containerId, true);
        client->removeImage(d.imageId, true);
        return markFailed(d, error);
    };
    report(progress, Stage::Start, tr("starting a container on 127.0.0.1:%1").arg(d.port));
    ContainerSpec spec;
    spec.image = d.imageId;
    spec.name = QStringLiteral("mlwb-%1-%2").arg(projectLabel().left(8)).arg(d.id);
    spec.labels = labels;
    spec.hostPort = d.port;
    auto container = client->createContainer(spec);
    if (!container)
        return cleanUp(container.error());
    d.containerId = *container;
    MLWB_TRY(m_records.update(d));
    if (auto started = startAndWait(d, request.healthTimeout, cancel); !started)
        return cleanUp(started.error());
    Q_UNUSED(progress);
    return d;
}

Status Deployer::startAndWait(Deployment &d, std::chrono::milliseconds timeout,
                              const std::atomic_bool *cancel) {
    const QString what = tr("start %1").arg(d.label());
    if (d.target == Target::Process) {
        const auto alive = [&]() -> Status {
            if (processAlive(d.pid))
                return {};
            return fail(what,
                        tr("mlwb-serve exited at start; its last lines:\n%1")
                            .arg(tailLines(processLogPath(d.id), 20).join(QLatin1Char('\n'))),
                        tr("see the log in %1").arg(processLogPath(d.id)));
        };
        return waitHealthy(d.port, timeout, alive, cancel);
    }
    MLWB_ASSIGN_OR_RETURN(EngineClient client, engineFor(d));
    MLWB_TRY(client.startContainer(d.containerId));
    QElapsedTimer sinceInspect;
    sinceInspect.start();
    const auto alive = [&]() -> Status {
        if (sinceInspect.elapsed() < 250)
            return {};
        sinceInspect.restart();
        MLWB_ASSIGN_OR_RETURN(const ContainerState state, client.inspectContainer(d.containerId));
        if (state.running)
            return {};
        const QStringList last = client.lastLogLines(d.containerId, 20).value_or(QStringList{});
        return fail(
            what,
            tr("the container exited with code %1 at start%2; its last log lines:\n%3")
                .arg(state.exitCode)
                .arg(state.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(state.error),
                     last.join(QLatin1Char('\n'))),
            tr("see `mlwb deploy logs %1`").arg(d.id));
    };
    return waitHealthy(d.port, timeout, alive, cancel);
}

Result<Deployment> Deployer::deployProcess(Deployment &d, const DeployRequest &request,
                                           const ProgressFn &progress,
                                           const std::atomic_bool *cancel) {
    report(progress, Stage::Start,
           tr("starting %1 on 127.0.0.1:%2").arg(request.serveBinary).arg(d.port));
    auto pid =
        startServeProcess({request.serveBinary, QFileInfo(request.modelFile).absoluteFilePath(),
                           d.modelName, d.modelVersion, d.port, processLogPath(d.id)});
    if (!pid)
        return markFailed(d, pid.error());
    d.pid = *pid;
    MLWB_TRY(m_records.update(d));
    report(progress, Stage::Health, tr("waiting for GET /v2/health/ready"));
    if (auto healthy = startAndWait(d, request.healthTimeout, cancel); !healthy) {
        stopProcess(d.pid, 2000);
        return markFailed(d, healthy.error());
    }
    return d;
}

Result<EngineClient> Deployer::engineFor(const Deployment &d) const {
    return EngineClient::connect(d.engineSocket);
}

Status Deployer::stop(qint64 id, const QString &reason) {
    MLWB_ASSIGN_OR_RETURN(Deployment d, m_records.get(id));
    if (d.target == Target::Process) {
        MLWB_TRY(stopProcess(d.pid));
    } else if (!d.containerId.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(EngineClient client, engineFor(d));
        MLWB_TRY(client.stopContainer(d.containerId));
    }
    if (d.isActive()) {
        d.status = DeploymentStatus::Stopped;
        d.stoppedAt = now();
        d.stopReason = reason.isEmpty() ? tr("stopped by %1").arg(currentUser()) : reason;
    }
    return m_records.update(d);
}

Result<Deployment> Deployer::restart(qint64 id, std::chrono::milliseconds healthTimeout) {
    MLWB_ASSIGN_OR_RETURN(Deployment d, m_records.get(id));
    if (d.removedAt.isValid())
        return fail(tr("restart %1").arg(d.label()), tr("its container was removed"),
                    tr("deploy the model version again"));
    if (!portIsFree(d.port))
        return fail(tr("restart %1").arg(d.label()), tr("port %1 is taken").arg(d.port),
                    tr("stop what listens there first"));
    if (d.target == Target::Process)
        return fail(tr("restart %1").arg(d.label()),
                    tr("a process deployment is not kept after it stops"),
                    tr("deploy the model version again"));
    d.status = DeploymentStatus::Starting;
    d.stoppedAt = {};
    d.stopReason.clear();
    d.error.clear();
    MLWB_TRY(m_records.update(d));
    if (auto ok = startAndWait(d, healthTimeout, nullptr); !ok) {
        d.status = DeploymentStatus::Failed;
        d.error = ok.error().toString();
        d.stoppedAt = now();
        MLWB_TRY(m_records.update(d));
        return std::unexpected(ok.error());
    }
    d.status = DeploymentStatus::Healthy;
    d.healthyAt = now();
    MLWB_TRY(m_records.update(d));
    return d;
}

Status Deployer::remove(qint64 id) {
    MLWB_ASSIGN_OR_RETURN(Deployment d, m_records.get(id));
    if (d.isActive())
        MLWB_TRY(stop(id, tr("removed by %1").arg(currentUser())));
    MLWB_ASSIGN_OR_RETURN(d, m_records.get(id));
    if (d.target != Target::Process) {
        MLWB_ASSIGN_OR_RETURN(EngineClient client, engineFor(d));
        if (!d.containerId.isEmpty())
            MLWB_TRY(client.removeContainer(d.containerId, true));
        if (!d.imageId.isEmpty()) {
            if (auto removed = client.removeImage(d.imageId, true);
                !removed && client.inspectImage(d.imageId))
                return removed;
        }
    }
    d.removedAt = now();
    return m_records.update(d);
}

Result<Deployment> Deployer::replace(qint64 id, DeployRequest request, const ProgressFn &progress,
                                     const std::atomic_bool *cancel) {
    MLWB_ASSIGN_OR_RETURN(const Deployment old, m_records.get(id));
    const QString what = tr("replace %1 by %2@%3 on port %4")
                             .arg(old.label(), request.modelName, request.modelVersion)
                             .arg(old.port);
    request.port = old.port;
    if (!request.target)
        request.target = old.target;
    if (request.engineSocket.isEmpty())
        request.engineSocket = old.engineSocket;
    if (old.isActive())
        MLWB_TRY(stop(id, tr("replaced by %1@%2").arg(request.modelName, request.modelVersion)));
    auto fresh = deploy(request, progress, cancel);
    if (fresh) {
        fresh->replacesId = id;
        MLWB_TRY(m_records.update(*fresh));
        if (old.target != Target::Process)
            remove(id); // the old container and image are no longer needed
        return fresh;
    }
    Error error = withContext(fresh.error(), what);
    if (!old.isActive()) {
        error.hint = tr("the old deployment was not running and stays stopped");
        return std::unexpected(error);
    }
    auto back = restart(id, request.healthTimeout);
    error.hint = back ? tr("rolled back: %1 runs again on port %2").arg(old.label()).arg(old.port)
                      : tr("rollback failed too: %1").arg(back.error().toString());
    return std::unexpected(error);
}

Status Deployer::logs(qint64 id, const EngineClient::LogFn &onLine, bool follow, int tail,
                      const std::atomic_bool *cancel) {
    MLWB_ASSIGN_OR_RETURN(const Deployment d, m_records.get(id));
    if (d.target == Target::Process) {
        const qint64 pid = d.pid;
        return readLogFile(
            processLogPath(id), onLine, follow, tail, [pid] { return processAlive(pid); }, cancel);
    }
    if (d.containerId.isEmpty())
        return fail(tr("read logs of %1").arg(d.label()), tr("it has no container"));
    MLWB_ASSIGN_OR_RETURN(EngineClient client, engineFor(d));
    return client.logs(d.containerId, onLine, follow, tail, cancel);
}

Result<ContainerStats> Deployer::stats(qint64 id) {
    MLWB_ASSIGN_OR_RETURN(const Deployment d, m_records.get(id));
    if (d.target == Target::Process)
        return processStats(d.pid);
    MLWB_ASSIGN_OR_RETURN(EngineClient client, engineFor(d));
    return client.stats(d.containerId);
}

} // namespace mlwb::deploy
