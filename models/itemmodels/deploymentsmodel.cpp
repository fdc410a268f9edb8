#include "deploymentsmodel.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mlwb::itemmodels {

Result<QList<deploy::Deployment>> loadDeployments(const QString &projectRoot) {
    MLWB_ASSIGN_OR_RETURN(Project project, Project::open(ProjectPaths(projectRoot)));
    deploy::DeploymentStore store(project.db());
    MLWB_ASSIGN_OR_RETURN(QList<deploy::Deployment> all, store.list(false));
    QList<deploy::Deployment> shown;
    for (deploy::Deployment &d : all)
        if (!d.removedAt.isValid())
            shown.append(std::move(d));
    return shown;
}

DeploymentsModel::DeploymentsModel(QObject *parent)
    : SyncedTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc()) {}

int DeploymentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DeploymentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentsModel::uptimeText(qint64 s) {
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const deploy::Deployment &d = m_rows[m_ids[index.row()]];
    if (role == IdRole)
        return d.id;
    if (role == StatusRole)
        return int(d.status);
    if (role == UrlRole)
        return d.url;
    if (role == Qt::ToolTipRole) {
        if (!d.error.isEmpty())
            return d.error;
        if (!d.stopReason.isEmpty())
            return tr("Stopped: %1").arg(d.stopReason);
        return d.url;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PortColumn &&
        index.column() != StatusColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const auto stats = m_stats.constFind(d.id);
    switch (index.column()) {
    case ModelColumn:
        return d.label();
    case TargetColumn:
        return deploy::targetName(d.target);
    case PortColumn:
        return d.port;
    case StatusColumn:
        return deploy::statusName(d.status);
    case UptimeColumn: {
        if (!d.isActive())
            return QString();
        const QDateTime since = d.healthyAt.isValid() ? d.healthyAt : d.createdAt;
        return since.isValid() ? uptimeText(std::max<qint64>(0, since.secsTo(m_now))) : QString();
    }
    case CpuColumn:
        return stats == m_stats.cend()
                   ? QString()
                   : QLocale().toString(stats->cpuPercent, 'f', 1) + QLatin1String(" %");
    case MemoryColumn:
        return stats == m_stats.cend() ? QString()
                                       : QLocale().formattedDataSize(stats->memoryBytes);
    default:
        return {};
    }
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case TargetColumn:
        return tr("Target");
    case PortColumn:
        return tr("Port");
    case StatusColumn:
        return tr("Status");
    case UptimeColumn:
        return tr("Uptime");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    default:
        return {};
    }
}

void DeploymentsModel::setDeployments(const QList<deploy::Deployment> &deployments) {
    QList<qint64> ids;
    ids.reserve(deployments.size());
    for (const deploy::Deployment &d : deployments)
        ids.append(d.id);
    QHash<qint64, deploy::Deployment> incoming;
    for (const deploy::Deployment &d : deployments)
        incoming.insert(d.id, d);
    // Rows must carry their data before the insert signals end.
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it)
        m_rows.insert(it.key(), it.value());
    syncRows(m_ids, ids);
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (!incoming.contains(it.key())) {
            m_stats.remove(it.key());
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
}

void DeploymentsModel::setStats(qint64 id, const deploy::ContainerStats &stats) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_stats.insert(id, stats);
    Q_EMIT dataChanged(index(row, CpuColumn), index(row, MemoryColumn));
}

void DeploymentsModel::setNow(const QDateTime &now) {
    m_now = now;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, UptimeColumn), index(int(m_ids.size()) - 1, UptimeColumn));
}

const deploy::Deployment *DeploymentsModel::deployment(int row) const {
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    return &m_rows.find(m_ids[row]).value();
}

const deploy::Deployment *DeploymentsModel::deploymentById(qint64 id) const {
    const auto it = m_rows.constFind(id);
    return it == m_rows.cend() || !m_ids.contains(id) ? nullptr : &it.value();
}

int DeploymentsModel::rowOf(qint64 id) const {
    return int(m_ids.indexOf(id));
}

} // namespace mlwb::itemmodels
