#pragma once

#include "syncedtablemodel.h"

#include "registrydata.h"

#include <QHash>

namespace mlwb::itemmodels {

// The versions of one registered model, newest first: number, aliases,
// created, source run, format, size and gate status. Archived versions are
// greyed, or left out unless setShowArchived(true). Updates of the same model
// keep the rows that stay.
class ModelVersionsModel : public SyncedTableModel {
    Q_OBJECT
public:
    enum Column {
        VersionColumn,
        AliasesColumn,
        CreatedColumn,
        RunColumn,
        FormatColumn,
        SizeColumn,
        GateColumn,
        ColumnCount
    };
    enum Role {
        VersionRole = Qt::UserRole + 1, // int
        VersionIdRole,
        ModelRole,
        AliasesRole,  // QStringList
        ArchivedRole, // bool
        GateRole,     // int(GateStatus)
        RunUuidRole,
    };

    using SyncedTableModel::SyncedTableModel;

    void setVersions(const QString &model, const QList<registry::ModelVersion> &versions,
                     const QHash<qint64, GateStatus> &gates = {});
    QString modelName() const { return m_model; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    int rowOf(int version) const;
    const registry::ModelVersion *versionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString gateStatusText(GateStatus status);

private:
    void sync();

    QString m_model;
    QHash<qint64, registry::ModelVersion> m_versions;
    QHash<qint64, GateStatus> m_gates;
    QList<qint64> m_order;
    QList<qint64> m_rows;
    bool m_showArchived = false;
};

} // namespace mlwb::itemmodels
