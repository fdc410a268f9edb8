#include "modelversionsmodel.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPalette>

namespace mlwb::itemmodels {

void ModelVersionsModel::setVersions(const QString &model,
                                     const QList<registry::ModelVersion> &versions,
                                     const QHash<qint64, GateStatus> &gates) {
    if (model != m_model) {
        beginResetModel();
        m_rows.clear();
        m_model = model;
        endResetModel();
    }
    m_versions.clear();
    m_order.clear();
    for (const registry::ModelVersion &v : versions) {
        m_versions.insert(v.id, v);
        m_order.append(v.id);
    }
    m_gates = gates;
    sync();
}

void ModelVersionsModel::setShowArchived(bool show) {
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    sync();
}

int ModelVersionsModel::rowOf(int version) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_versions.value(m_rows[row]).version == version)
            return row;
    }
    return -1;
}

const registry::ModelVersion *ModelVersionsModel::versionAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    auto it = m_versions.constFind(m_rows[row]);
    return it == m_versions.cend() ? nullptr : &it.value();
}

void ModelVersionsModel::sync() {
    QList<qint64> target;
    for (qint64 id : std::as_const(m_order)) {
        if (m_showArchived || !m_versions.value(id).archivedAt)
            target.append(id);
    }
    syncRows(m_rows, target);
}

int ModelVersionsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelVersionsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelVersionsModel::gateStatusText(GateStatus status) {
    switch (status) {
    case GateStatus::None:
        return {};
    case GateStatus::Passed:
        return tr("passed");
    case GateStatus::Failed:
        return tr("failed");
    case GateStatus::Error:
        return tr("error");
    }
    return {};
}

QVariant ModelVersionsModel::data(const QModelIndex &index, int role) const {
    const registry::ModelVersion *v = index.isValid() ? versionAt(index.row()) : nullptr;
    if (!v)
        return {};
    const GateStatus gate = m_gates.value(v->id, GateStatus::None);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return v->version;
        case AliasesColumn:
            return v->aliases.join(QStringLiteral(", "));
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(v->createdAt)),
                                      QLocale::ShortFormat);
        case RunColumn:
            return v->runUuid.isEmpty() ? QFileInfo(v->artifactPath).fileName()
                                        : v->runUuid.left(8);
        case FormatColumn:
            return registry::formatName(v->format);
        case SizeColumn:
            return QLocale().formattedDataSize(v->size);
        case GateColumn:
            return gateStatusText(gate);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RunColumn:
            return v->runUuid.isEmpty()
                       ? v->artifactPath
                       : tr("Run %1, artifact %2").arg(v->runUuid, v->artifactPath);
        case SizeColumn:
            return tr("%1 bytes, sha256 %2").arg(v->size).arg(v->hash);
        }
        return v->archivedAt ? tr("%1 (archived)").arg(v->ref()) : v->ref();
    case Qt::TextAlignmentRole:
        if (index.column() == VersionColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VersionRole:
        return v->version;
    case VersionIdRole:
        return v->id;
    case ModelRole:
        return v->model;
    case AliasesRole:
        return v->aliases;
    case ArchivedRole:
        return bool(v->archivedAt);
    case GateRole:
        return int(gate);
    case RunUuidRole:
        return v->runUuid;
    }
    return {};
}

QVariant ModelVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case AliasesColumn:
        return tr("Aliases");
    case CreatedColumn:
        return tr("Created");
    case RunColumn:
        return tr("Source");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case GateColumn:
        return tr("Gates");
    }
    return {};
}

} // namespace mlwb::itemmodels
