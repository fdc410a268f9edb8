#include "deployer.h"
#include "localports.h"
#include "processrunner.h"

#include <QCoreApplication>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

Result<ReattachReport> Deployer::reattach() {
    ReattachReport report;
    MLWB_ASSIGN_OR_RETURN(QList<Deployment> rows, m_records.list(false));
    const auto settle = [&](Deployment &d, DeploymentStatus status,
                            const QString &reason) -> Status {
        d.status = status;
        d.stoppedAt = QDateTime::currentDateTimeUtc();
        d.stopReason = reason;
        report.notes.append(tr("%1 (#%2): %3").arg(d.label()).arg(d.id).arg(reason));
        return m_records.update(d);
    };

    // Engine deployments: one listing per engine socket used.
    QMap<QString, QList<ContainerSummary>> bySocket;
    QSet<QString> unreachable;
    QSet<qint64> known;
    for (const Deployment &d : rows)
        known.insert(d.id);
    for (Deployment &d : rows) {
        if (d.target == Target::Process) {
            if (!d.isActive())
                continue;
            if (!processAlive(d.pid))
                MLWB_TRY(settle(d, DeploymentStatus::Stopped, tr("its process ended")));
            else {
                const auto status =
                    healthReady(d.port) ? DeploymentStatus::Healthy : DeploymentStatus::Unhealthy;
                if (status != d.status) {
                    d.status = status;
                    MLWB_TRY(m_records.update(d));
                }
                report.deployments.append(d);
            }
            continue;
        }
        if (d.removedAt.isValid() || unreachable.contains(d.engineSocket))
            continue;
        if (!bySocket.contains(d.engineSocket)) {
            auto client = EngineClient::connect(d.engineSocket);
            auto list = client ? client->listContainers(
                                     {QStringLiteral("mlwb.project=%1").arg(projectLabel())})
                               : Result<QList<ContainerSummary>>(std::unexpected(client.error()));
            if (!list) {
                unreachable.insert(d.engineSocket);
                report.notes.append(
                    tr("engine at %1 not reachable: %2").arg(d.engineSocket, list.error().why));
                continue;
            }
            bySocket.insert(d.engineSocket, *list);
        }
        const QList<ContainerSummary> &containers = bySocket.value(d.engineSocket);
        const auto it =
            std::find_if(containers.begin(), containers.end(),
                         [&](const ContainerSummary &c) { return c.id == d.containerId; });
        if (it == containers.end()) {
            if (d.isActive())
                MLWB_TRY(settle(d, DeploymentStatus::Stopped,
                                tr("its container was removed outside ML Workbench")));
            d.removedAt = QDateTime::currentDateTimeUtc();
            MLWB_TRY(m_records.update(d));
            continue;
        }
        if (it->state == QStringLiteral("running")) {
            const auto status =
                healthReady(d.port) ? DeploymentStatus::Healthy : DeploymentStatus::Unhealthy;
            if (status != d.status) {
                if (!d.isActive())
                    report.notes.append(tr("%1 (#%2) runs again").arg(d.label()).arg(d.id));
                d.status = status;
                d.stoppedAt = {};
                MLWB_TRY(m_records.update(d));
            }
            report.deployments.append(d);
        } else if (d.isActive()) {
            MLWB_TRY(
                settle(d, DeploymentStatus::Stopped,
                       tr("its container stopped (%1) while the app was closed").arg(it->state)));
        }
    }

    // Containers of this project that the table does not know (e.g. a database
    // restored from a backup) are recorded from their labels.
    QStringList sockets = bySocket.keys();
    if (auto found = findEngineSocket();
        found && !sockets.contains(found->path) && !unreachable.contains(found->path)) {
        if (auto client = EngineClient::connect(found->path)) {
            if (auto list = client->listContainers(
                    {QStringLiteral("mlwb.project=%1").arg(projectLabel())})) {
                bySocket.insert(found->path, *list);
            }
        }
    }
    for (auto s = bySocket.begin(); s != bySocket.end(); ++s) {
        for (const ContainerSummary &c : s.value()) {
            const qint64 id = c.labels.value(QStringLiteral("mlwb.deployment")).toLongLong();
            if (known.contains(id))
                continue;
            Deployment d;
            d.modelName = c.labels.value(QStringLiteral("mlwb.model"));
            d.modelVersion = c.labels.value(QStringLiteral("mlwb.version"));
            d.port = c.labels.value(QStringLiteral("mlwb.port")).toInt();
            d.url = QStringLiteral("http://127.0.0.1:%1").arg(d.port);
            d.containerId = c.id;
            d.imageId = c.image;
            d.engineSocket = s.key();
            if (auto client = EngineClient::connect(s.key()))
                d.target = client->engineVersion().kind == EngineKind::Podman ? Target::Podman
                                                                              : Target::Docker;
            d.createdAt = QDateTime::currentDateTimeUtc();
            d.who = currentUser();
            const bool running = c.state == QStringLiteral("running");
            d.status = running ? (healthReady(d.port) ? DeploymentStatus::Healthy
                                                      : DeploymentStatus::Unhealthy)
                               : DeploymentStatus::Stopped;
            MLWB_TRY(m_records.insert(d));
            report.notes.append(tr("found container %1 of %2 and recorded it as #%3")
                                    .arg(c.name, d.label())
                                    .arg(d.id));
            if (running)
                report.deployments.append(d);
        }
    }
    return report;
}

} // namespace mlwb::deploy
