#pragma once

#include "core/error.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mlwb::deploy {

enum class Target { Docker, Podman, Process };
QString targetName(Target t); // "docker", "podman", "process"
std::optional<Target> targetFromName(const QString &name);

enum class DeploymentStatus { Starting, Healthy, Unhealthy, Stopped, Failed };
QString statusName(DeploymentStatus s);
std::optional<DeploymentStatus> statusFromName(const QString &name);

// One row of the deployments table.
struct Deployment {
    qint64 id = 0;
    QString modelName;
    QString modelVersion;
    QString modelHash;
    Target target = Target::Process;
    QString engineSocket;
    QString containerId;
    qint64 pid = 0; // process target
    QString imageId;
    QString imageTag; // repository:tag the image was built as
    qint64 imageSize = 0;
    int port = 0;
    QString url;
    DeploymentStatus status = DeploymentStatus::Starting;
    QDateTime createdAt;
    QDateTime healthyAt;
    QDateTime stoppedAt;
    double timeToHealthy = -1; // seconds, -1 when never healthy
    QString stopReason;
    QString who;
    QString error;
    qint64 replacesId = 0;
    QDateTime removedAt;

    bool isActive() const {
        return status == DeploymentStatus::Starting || status == DeploymentStatus::Healthy ||
               status == DeploymentStatus::Unhealthy;
    }
    QString label() const { return modelName + QLatin1Char('@') + modelVersion; }
};

// The deployments table of project.db. Use on the connection's thread.
class DeploymentStore {
public:
    explicit DeploymentStore(store::Database &db)
        : m_db(&db) {}

    // Inserts and returns the new id (also set in `d`).
    Result<qint64> insert(Deployment &d);
    Status update(const Deployment &d);
    Result<Deployment> get(qint64 id);
    // Newest first; removed ones too unless `activeOnly`.
    Result<QList<Deployment>> list(bool activeOnly = false);
    // The active deployment that holds `port`, if any.
    Result<std::optional<Deployment>> activeOnPort(int port);

private:
    store::Database *m_db;
};

// The OS user name, for the record.
QString currentUser();

} // namespace mlwb::deploy
