#include "deploytasks.h"

#include "deploy/registrysource.h"
#include "project/project.h"
#include "registry/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace mlwb::widgets::deploy {

using namespace mlwb::deploy;

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("mlwb", text);
}
} // namespace

Status withDeployer(const QString &root, const std::function<Status(Deployer &)> &work) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    Deployer deployer(project.db(), root);
    return work(deployer);
}

EngineStatus probeEngine() {
    auto client = EngineClient::connect();
    if (!client) {
        const Error &e = client.error();
        QString hint = e.hint;
        if (!hint.isEmpty())
            hint[0] = hint[0].toUpper();
        return {false, tr("No container engine (%1) — deployments run as local processes. %2")
                           .arg(e.why, hint)};
    }
    const EngineVersion &v = client->engineVersion();
    return {true, tr("%1 %2 (API %3) at %4 — found from %5")
                      .arg(v.kind == EngineKind::Podman ? tr("Podman") : tr("Docker"), v.version,
                           v.apiVersion, client->socket().path, client->socket().source)};
}

Result<QStringList> deployableRefs(const QString &root) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    registry::ModelRegistry reg(project);
    MLWB_ASSIGN_OR_RETURN(const QList<registry::RegisteredModel> models, reg.models(false));
    QStringList refs;
    for (const registry::RegisteredModel &m : models) {
        for (const auto &alias : m.aliases)
            refs.append(m.name + QLatin1Char('@') + alias.first);
        MLWB_ASSIGN_OR_RETURN(const QList<registry::ModelVersion> versions,
                              reg.versions(m.name, false));
        for (auto it = versions.crbegin(); it != versions.crend(); ++it)
            if (it->format == registry::ModelFormat::Onnx)
                refs.append(it->ref());
    }
    return refs;
}

Result<QJsonObject> signatureOf(const QString &root, const QString &model, const QString &version) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
    registry::ModelRegistry reg(project);
    MLWB_ASSIGN_OR_RETURN(const registry::ModelVersion v,
                          reg.resolve(model + QLatin1Char('@') + version));
    return v.signature;
}

QByteArray exampleRequest(const QJsonObject &signature, bool random) {
    QJsonObject inputs;
    const QJsonArray specs = signature.value(QLatin1String("inputs")).toArray();
    for (const QJsonValue &spec : specs) {
        const QJsonObject t = spec.toObject();
        QJsonArray shape;
        qint64 count = 1;
        for (const QJsonValue &dim : t.value(QLatin1String("shape")).toArray()) {
            const qint64 n = dim.isDouble() && dim.toInteger() > 0 ? dim.toInteger() : 1;
            shape.append(n);
            count *= n;
        }
        const bool integral = t.value(QLatin1String("type")).toString().startsWith(u"int");
        QJsonArray data;
        for (qint64 i = 0; i < std::min<qint64>(count, 100'000); ++i) {
            if (!random)
                data.append(0);
            else if (integral)
                data.append(QRandomGenerator::global()->bounded(10));
            else
                data.append(std::round(QRandomGenerator::global()->generateDouble() * 1000) / 1000);
        }
        inputs.insert(
            t.value(QLatin1String("name")).toString(),
            QJsonObject{{QStringLiteral("shape"), shape}, {QStringLiteral("data"), data}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("inputs"), inputs}})
        .toJson(QJsonDocument::Compact);
}

QString curlExample(const QString &url, const QByteArray &body) {
    if (body.size() > 2000) // too long for a command line one reads: a file instead
        return QStringLiteral("curl -s -X POST %1/v1/predict -H 'Content-Type: application/json' "
                              "-d @request.json")
            .arg(url);
    QString compact = QString::fromUtf8(body);
    compact.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QStringLiteral("curl -s -X POST %1/v1/predict -H 'Content-Type: application/json' "
                          "-d '%2'")
        .arg(url, compact);
}

DeployJob::DeployJob(QObject *parent)
    : QObject(parent) {
    m_thread.setMaxThreadCount(1);
}

DeployJob::~DeployJob() {
    cancel();
    m_future.waitForFinished();
}

void DeployJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void DeployJob::start(const QString &root, const QString &ref, qint64 replaceId) {
    cancel();
    m_future.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    m_future = QtConcurrent::run(&m_thread, [this, root, ref, replaceId, cancel = m_cancel] {
        const auto post = [this](auto fn) {
            QMetaObject::invokeMethod(this, fn, Qt::QueuedConnection);
        };
        Result<Deployment> result = [&]() -> Result<Deployment> {
            MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(root)));
            registry::ModelRegistry reg(project);
            MLWB_ASSIGN_OR_RETURN(DeployRequest request, requestForVersion(reg, ref));
            Deployer deployer(project.db(), root);
            MLWB_ASSIGN_OR_RETURN(const TargetChoice choice, deployer.chooseTarget(request.target));
            post([this, choice] { Q_EMIT targetChosen(choice); });
            const ProgressFn onProgress = [&](const DeployProgress &p) {
                post([this, p] { Q_EMIT progress(p); });
            };
            if (replaceId > 0)
                return deployer.replace(replaceId, request, onProgress, cancel.get());
            return deployer.deploy(request, onProgress, cancel.get());
        }();
        post([this, result] {
            m_running = false;
            m_result = result;
            Q_EMIT finished();
        });
    });
}

LogFollower::LogFollower(QObject *parent)
    : QObject(parent) {
    m_threads.setMaxThreadCount(4);
}

LogFollower::~LogFollower() {
    stop();
    for (QFuture<void> &reader : m_readers)
        reader.waitForFinished();
}

void LogFollower::stop() {
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
}

void LogFollower::start(const QString &root, qint64 id, bool follow, int tail) {
    stop();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    m_readers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    // The previous reader ends by itself once cancelled; its lines are dropped.
    m_readers.append(QtConcurrent::run(&m_threads, [this, root, id, follow, tail, generation,
                                                    cancel = m_cancel] {
        const auto post = [this, generation](auto fn) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, fn] {
                    if (generation == m_generation)
                        fn();
                },
                Qt::QueuedConnection);
        };
        const Status status = withDeployer(root, [&](Deployer &deployer) {
            return deployer.logs(
                id,
                [&](LogStream stream, const QString &text) {
                    post([this, stream, text] { Q_EMIT line(stream == LogStream::Stderr, text); });
                },
                follow, tail, cancel.get());
        });
        const QString error = status ? QString() : status.error().toString();
        post([this, error] { Q_EMIT ended(error); });
    }));
}

} // namespace mlwb::widgets::deploy
