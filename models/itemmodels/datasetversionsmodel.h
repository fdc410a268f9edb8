#pragma once

#include "datasetcatalog.h"

#include <QAbstractItemModel>

namespace mlwb::itemmodels {

// The project's data sources as a tree: each source (snapshot dataset, git
// table file, DVC path) with its versions below it, newest first. Columns:
// name or version, date, message, files, size.
class DatasetVersionsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DateColumn, MessageColumn, FilesColumn, SizeColumn, ColumnCount };
    enum Role {
        SpecRole = Qt::UserRole + 1, // versions: what DataRefResolver resolves
        KindRole,                    // DataSourceKind as int
        SourceNameRole,              // the source's name, on sources and versions
        VersionLabelRole,            // versions: "3" or the short commit
    };

    using QAbstractItemModel::QAbstractItemModel;

    void setSources(const QList<DataSource> &sources);
    const QList<DataSource> &sources() const { return m_sources; }

    QModelIndex sourceIndex(int source, int column = 0) const;
    QModelIndex versionIndex(int source, int version, int column = 0) const;
    // The version a link names: the source's name (or path) and its version
    // label, number or commit prefix; invalid when there is none.
    QModelIndex findVersion(const QString &source, const QString &version) const;
    // The version item's source and version row; {-1, -1} for a source item.
    std::pair<int, int> position(const QModelIndex &index) const;
    const DataVersionInfo *version(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString sizeText(qint64 bytes);

private:
    QList<DataSource> m_sources;
};

} // namespace mlwb::itemmodels
