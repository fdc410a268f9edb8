#pragma once

#include "syncedtablemodel.h"

#include "registry/registry.h"

#include <QHash>

namespace mlwb::itemmodels {

// The registered models of a project: name, number of versions and aliases
// ("champion" → 3). Archived models are greyed, or left out unless
// setShowArchived(true). Updates keep the rows that stay (no reset).
class RegistryModelsModel : public SyncedTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, VersionsColumn, AliasesColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        ArchivedRole, // bool
        AliasesRole,  // QStringList of "alias:version"
        VersionCountRole,
    };

    using SyncedTableModel::SyncedTableModel;

    void setModels(const QList<registry::RegisteredModel> &models);
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // The row of a model, or -1 when it is not listed.
    int rowOf(const QString &name) const { return int(m_rows.indexOf(name)); }
    const registry::RegisteredModel *modelAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void sync();

    QHash<QString, registry::RegisteredModel> m_models;
    QStringList m_order; // every model by name
    QStringList m_rows;  // the listed ones
    bool m_showArchived = false;
};

} // namespace mlwb::itemmodels
