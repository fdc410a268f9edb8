#pragma once

#include "syncedtablemodel.h"

#include "core/error.h"
#include "deploy/deployments.h"
#include "deploy/engineclient.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace mlwb::itemmodels {

// The project's deployments that were not removed, newest first. Opens its own
// connection: call it from a worker thread.
Result<QList<deploy::Deployment>> loadDeployments(const QString &projectRoot);

// Deployments as a table: model@version, target, port, status, uptime and the
// engine's CPU/memory figures. Rows are kept by deployment id, so a reload
// moves, adds and removes rows instead of resetting the view.
class DeploymentsModel : public SyncedTableModel {
    Q_OBJECT
public:
    enum Column {
        ModelColumn,
        TargetColumn,
        PortColumn,
        StatusColumn,
        UptimeColumn,
        CpuColumn,
        MemoryColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, UrlRole };

    explicit DeploymentsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDeployments(const QList<deploy::Deployment> &deployments);
    // Engine figures for one deployment; dropped when it is no longer listed.
    void setStats(qint64 id, const deploy::ContainerStats &stats);
    // Uptime is measured up to this moment (the view refreshes it).
    void setNow(const QDateTime &now);

    const deploy::Deployment *deployment(int row) const;
    const deploy::Deployment *deploymentById(qint64 id) const;
    int rowOf(qint64 id) const;

    static QString uptimeText(qint64 seconds);

private:
    QList<qint64> m_ids;
    QHash<qint64, deploy::Deployment> m_rows;
    QHash<qint64, deploy::ContainerStats> m_stats;
    QDateTime m_now;
};

} // namespace mlwb::itemmodels
