#pragma once

#include "datasets/folderdiff.h"

#include <QAbstractTableModel>

namespace mlwb::itemmodels {

// The per-folder (for image datasets: per-class) file counts of a folder diff, with
// a first row that totals every folder. FolderRole is the folder name, empty for the
// total row, so a view can filter files by it.
class ImageFolderCountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FolderColumn,
        FilesAColumn,
        FilesBColumn,
        DeltaColumn,
        AddedColumn,
        RemovedColumn,
        ChangedColumn,
        RenamedColumn,
        ColumnCount
    };
    enum Role { FolderRole = Qt::UserRole + 1, SortRole };

    explicit ImageFolderCountsModel(QObject *parent = nullptr);

    void setFolders(const QList<datasets::FolderCounts> &folders);
    const datasets::FolderCounts &counts(int row) const; // row 0: the total

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<datasets::FolderCounts> m_rows; // the total first
};

} // namespace mlwb::itemmodels
