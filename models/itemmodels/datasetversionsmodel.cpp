#include "datasetversionsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace mlwb::itemmodels {

// Version items point at their source through internalId = source + 1; sources use 0.

void DatasetVersionsModel::setSources(const QList<DataSource> &sources) {
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

QModelIndex DatasetVersionsModel::sourceIndex(int source, int column) const {
    return index(source, column);
}

QModelIndex DatasetVersionsModel::versionIndex(int source, int version, int column) const {
    return index(version, column, sourceIndex(source));
}

QModelIndex DatasetVersionsModel::findVersion(const QString &source, const QString &version) const {
    for (int s = 0; s < m_sources.size(); ++s) {
        const DataSource &src = m_sources[s];
        if (src.name != source && src.path != source)
            continue;
        for (int v = 0; v < src.versions.size(); ++v) {
            const DataVersionInfo &info = src.versions[v];
            const bool latest = version == QLatin1String("latest") && v == 0;
            if (latest || info.label == version ||
                (version.size() >= 4 && info.commit.startsWith(version) &&
                 src.kind != DataSourceKind::Snapshot))
                return versionIndex(s, v);
        }
    }
    return {};
}

std::pair<int, int> DatasetVersionsModel::position(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == 0)
        return {-1, -1};
    return {int(index.internalId()) - 1, index.row()};
}

const DataVersionInfo *DatasetVersionsModel::version(const QModelIndex &index) const {
    const auto [s, v] = position(index);
    if (s < 0 || s >= m_sources.size() || v >= m_sources[s].versions.size())
        return nullptr;
    return &m_sources[s].versions[v];
}

QModelIndex DatasetVersionsModel::index(int row, int column, const QModelIndex &parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sources.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_sources.size())
        return {};
    if (row >= m_sources[parent.row()].versions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DatasetVersionsModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int DatasetVersionsModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_sources.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_sources[parent.row()].versions.size());
}

int DatasetVersionsModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QString DatasetVersionsModel::sizeText(qint64 bytes) {
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant DatasetVersionsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const DataSource &s = m_sources[index.row()];
        if (role == KindRole)
            return int(s.kind);
        if (role == SourceNameRole)
            return s.name;
        if (index.column() == NameColumn && role == Qt::DisplayRole)
            return s.name;
        if (index.column() == MessageColumn && role == Qt::DisplayRole) {
            switch (s.kind) {
            case DataSourceKind::Snapshot:
                return tr("snapshot, %n version(s)", nullptr, int(s.versions.size()));
            case DataSourceKind::GitFile:
                return tr("git, %n commit(s)", nullptr, int(s.versions.size()));
            case DataSourceKind::Dvc:
                return tr("DVC, %n version(s)", nullptr, int(s.versions.size()));
            }
        }
        if (role == Qt::ToolTipRole)
            return s.path;
        return {};
    }
    const DataSource &s = m_sources[int(index.internalId()) - 1];
    const DataVersionInfo &v = s.versions[index.row()];
    switch (role) {
    case SpecRole:
        return v.spec;
    case KindRole:
        return int(s.kind);
    case SourceNameRole:
        return s.name;
    case VersionLabelRole:
        return v.label;
    case Qt::ToolTipRole:
        return v.commit.isEmpty() ? v.message : v.commit + QLatin1Char('\n') + v.message;
    case Qt::TextAlignmentRole:
        return index.column() >= FilesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.kind == DataSourceKind::Snapshot ? tr("v%1").arg(v.label) : v.label;
        case DateColumn:
            return v.time > 0
                       ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(v.time * 1000)),
                                            QLocale::ShortFormat)
                       : QString();
        case MessageColumn:
            return v.message;
        case FilesColumn:
            return v.files >= 0 ? QLocale().toString(v.files) : QString();
        case SizeColumn:
            return sizeText(v.bytes);
        }
        return {};
    default:
        return {};
    }
}

QVariant DatasetVersionsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Dataset / version");
    case DateColumn:
        return tr("Date");
    case MessageColumn:
        return tr("Message");
    case FilesColumn:
        return tr("Files");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

} // namespace mlwb::itemmodels
