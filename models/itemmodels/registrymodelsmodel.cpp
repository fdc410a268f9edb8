#include "registrymodelsmodel.h"

#include <QPalette>

namespace mlwb::itemmodels {

void RegistryModelsModel::setModels(const QList<registry::RegisteredModel> &models) {
    m_models.clear();
    m_order.clear();
    for (const registry::RegisteredModel &m : models) {
        m_models.insert(m.name, m);
        m_order.append(m.name);
    }
    sync();
}

void RegistryModelsModel::setShowArchived(bool show) {
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    sync();
}

const registry::RegisteredModel *RegistryModelsModel::modelAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    auto it = m_models.constFind(m_rows[row]);
    return it == m_models.cend() ? nullptr : &it.value();
}

void RegistryModelsModel::sync() {
    QStringList target;
    for (const QString &name : std::as_const(m_order)) {
        if (m_showArchived || !m_models.value(name).archivedAt)
            target.append(name);
    }
    syncRows(m_rows, target);
}

int RegistryModelsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryModelsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryModelsModel::data(const QModelIndex &index, int role) const {
    const registry::RegisteredModel *m = index.isValid() ? modelAt(index.row()) : nullptr;
    if (!m)
        return {};
    QStringList aliases;
    for (const auto &[alias, version] : m->aliases)
        aliases.append(alias + QLatin1Char(':') + QString::number(version));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m->name;
        case VersionsColumn:
            return m->versionCount;
        case AliasesColumn:
            return aliases.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        return m->archivedAt ? tr("%1 (archived)").arg(m->name) : m->name;
    case Qt::TextAlignmentRole:
        if (index.column() == VersionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole:
        return m->name;
    case ArchivedRole:
        return bool(m->archivedAt);
    case AliasesRole:
        return aliases;
    case VersionCountRole:
        return m->versionCount;
    }
    return {};
}

QVariant RegistryModelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Model");
    case VersionsColumn:
        return tr("Versions");
    case AliasesColumn:
        return tr("Aliases");
    }
    return {};
}

} // namespace mlwb::itemmodels
