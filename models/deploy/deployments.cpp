#include "deployments.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr char kColumns[] =
    "id, model_name, model_version, model_hash, target, engine_socket, container_id, pid, "
    "image_id, image_size, port, url, status, created_at, healthy_at, stopped_at, "
    "time_to_healthy, stop_reason, who, error, replaces_id, removed_at, image_tag";

QVariant timeValue(const QDateTime &t) {
    return t.isValid() ? QVariant(double(t.toMSecsSinceEpoch()) / 1000.0) : QVariant();
}

QDateTime timeFrom(const store::Statement &s, int col) {
    if (s.isNull(col))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(s.real(col) * 1000.0), Qt::UTC);
}

Deployment fromRow(const store::Statement &s) {
    Deployment d;
    d.id = s.int64(0);
    d.modelName = s.text(1);
    d.modelVersion = s.text(2);
    d.modelHash = s.text(3);
    d.target = targetFromName(s.text(4)).value_or(Target::Process);
    d.engineSocket = s.text(5);
    d.containerId = s.text(6);
    d.pid = s.isNull(7) ? 0 : s.int64(7);
    d.imageId = s.text(8);
    d.imageSize = s.isNull(9) ? 0 : s.int64(9);
    d.port = int(s.int64(10));
    d.url = s.text(11);
    d.status = statusFromName(s.text(12)).value_or(DeploymentStatus::Failed);
    d.createdAt = timeFrom(s, 13);
    d.healthyAt = timeFrom(s, 14);
    d.stoppedAt = timeFrom(s, 15);
    d.timeToHealthy = s.isNull(16) ? -1 : s.real(16);
    d.stopReason = s.text(17);
    d.who = s.text(18);
    d.error = s.text(19);
    d.replacesId = s.isNull(20) ? 0 : s.int64(20);
    d.removedAt = timeFrom(s, 21);
    d.imageTag = s.text(22);
    return d;
}

void bindFields(store::Statement &s, const Deployment &d) {
    s.bind(1, d.modelName).bind(2, d.modelVersion).bind(3, d.modelHash);
    s.bind(4, targetName(d.target)).bind(5, d.engineSocket).bind(6, d.containerId);
    s.bind(7, d.pid > 0 ? QVariant(d.pid) : QVariant());
    s.bind(8, d.imageId).bind(9, d.imageSize > 0 ? QVariant(d.imageSize) : QVariant());
    s.bind(10, qint64(d.port)).bind(11, d.url).bind(12, statusName(d.status));
    s.bind(13, timeValue(d.createdAt)).bind(14, timeValue(d.healthyAt));
    s.bind(15, timeValue(d.stoppedAt));
    s.bind(16, d.timeToHealthy >= 0 ? QVariant(d.timeToHealthy) : QVariant());
    s.bind(17, d.stopReason).bind(18, d.who).bind(19, d.error);
    s.bind(20, d.replacesId > 0 ? QVariant(d.replacesId) : QVariant());
    s.bind(21, timeValue(d.removedAt));
    s.bind(22, d.imageTag);
}

} // namespace

QString targetName(Target t) {
    switch (t) {
    case Target::Docker:
        return QStringLiteral("docker");
    case Target::Podman:
        return QStringLiteral("podman");
    case Target::Process:
        break;
    }
    return QStringLiteral("process");
}

std::optional<Target> targetFromName(const QString &name) {
    for (Target t : {Target::Docker, Target::Podman, Target::Process})
        if (targetName(t) == name)
            return t;
    return std::nullopt;
}

QString statusName(DeploymentStatus s) {
    switch (s) {
    case DeploymentStatus::Starting:
        return QStringLiteral("starting");
    case DeploymentStatus::Healthy:
        return QStringLiteral("healthy");
    case DeploymentStatus::Unhealthy:
        return QStringLiteral("unhealthy");
    case DeploymentStatus::Stopped:
        return QStringLiteral("stopped");
    case DeploymentStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

std::optional<DeploymentStatus> statusFromName(const QString &name) {
    for (DeploymentStatus s :
         {DeploymentStatus::Starting, DeploymentStatus::Healthy, DeploymentStatus::Unhealthy,
          DeploymentStatus::Stopped, DeploymentStatus::Failed})
        if (statusName(s) == name)
            return s;
    return std::nullopt;
}

Result<qint64> DeploymentStore::insert(Deployment &d) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement s,
        m_db->prepare(QStringLiteral(
            "INSERT INTO deployments(model_name, model_version, model_hash, target, engine_socket, "
            "container_id, pid, image_id, image_size, port, url, status, created_at, healthy_at, "
            "stopped_at, time_to_healthy, stop_reason, who, error, replaces_id, removed_at, "
            "image_tag) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19, ?20, ?21, ?22)")));
    bindFields(s, d);
    MLWB_TRY(s.exec());
    d.id = m_db->lastInsertRowId();
    return d.id;
}

Status DeploymentStore::update(const Deployment &d) {
    MLWB_ASSIGN_OR_RETURN(
        store::Statement s,
        m_db->prepare(QStringLiteral(
            "UPDATE deployments SET model_name = ?1, model_version = ?2, model_hash = ?3, "
            "target = ?4, engine_socket = ?5, container_id = ?6, pid = ?7, image_id = ?8, "
            "image_size = ?9, port = ?10, url = ?11, status = ?12, created_at = ?13, "
            "healthy_at = ?14, stopped_at = ?15, time_to_healthy = ?16, stop_reason = ?17, "
            "who = ?18, error = ?19, replaces_id = ?20, removed_at = ?21, image_tag = ?22 WHERE id "
            "= ?23")));
    bindFields(s, d);
    s.bind(23, d.id);
    MLWB_TRY(s.exec());
    if (m_db->changes() == 0)
        return fail(tr("update deployment %1").arg(d.id), tr("there is no such deployment"));
    return {};
}

Result<Deployment> DeploymentStore::get(qint64 id) {
    MLWB_ASSIGN_OR_RETURN(store::Statement s,
                          m_db->prepare(QStringLiteral("SELECT %1 FROM deployments WHERE id = ?1")
                                            .arg(QLatin1String(kColumns))));
    s.bind(1, id);
    MLWB_ASSIGN_OR_RETURN(const bool row, s.step());
    if (!row)
        return fail(tr("find deployment %1").arg(id), tr("there is no such deployment"),
                    tr("see `mlwb deploy ls` for the ids"));
    return fromRow(s);
}

Result<QList<Deployment>> DeploymentStore::list(bool activeOnly) {
    QString sql = QStringLiteral("SELECT %1 FROM deployments").arg(QLatin1String(kColumns));
    if (activeOnly)
        sql += QStringLiteral(" WHERE status IN ('starting', 'healthy', 'unhealthy')");
    sql += QStringLiteral(" ORDER BY id DESC");
    MLWB_ASSIGN_OR_RETURN(store::Statement s, m_db->prepare(sql));
    QList<Deployment> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, s.step());
        if (!row)
            break;
        out.append(fromRow(s));
    }
    return out;
}

Result<std::optional<Deployment>> DeploymentStore::activeOnPort(int port) {
    MLWB_ASSIGN_OR_RETURN(const QList<Deployment> active, list(true));
    for (const Deployment &d : active)
        if (d.port == port)
            return std::optional<Deployment>(d);
    return std::optional<Deployment>();
}

QString currentUser() {
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace mlwb::deploy
