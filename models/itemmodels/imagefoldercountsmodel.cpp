#include "imagefoldercountsmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace mlwb::itemmodels {

namespace {

qint64 valueOf(const datasets::FolderCounts &c, int column) {
    switch (column) {
    case ImageFolderCountsModel::FilesAColumn:
        return c.filesA;
    case ImageFolderCountsModel::FilesBColumn:
        return c.filesB;
    case ImageFolderCountsModel::DeltaColumn:
        return c.filesB - c.filesA;
    case ImageFolderCountsModel::AddedColumn:
        return c.added;
    case ImageFolderCountsModel::RemovedColumn:
        return c.removed;
    case ImageFolderCountsModel::ChangedColumn:
        return c.changed;
    case ImageFolderCountsModel::RenamedColumn:
        return c.renamedIn + c.renamedOut;
    default:
        return 0;
    }
}

} // namespace

ImageFolderCountsModel::ImageFolderCountsModel(QObject *parent)
    : QAbstractTableModel(parent) {
    setFolders({});
}

void ImageFolderCountsModel::setFolders(const QList<datasets::FolderCounts> &folders) {
    beginResetModel();
    datasets::FolderCounts total;
    for (const datasets::FolderCounts &f : folders) {
        total.filesA += f.filesA;
        total.filesB += f.filesB;
        total.added += f.added;
        total.removed += f.removed;
        total.changed += f.changed;
        total.renamedIn += f.renamedIn;
        total.renamedOut += f.renamedOut;
    }
    // A rename counts in and out of folders; in the total it is one file.
    total.renamedOut = 0;
    m_rows = {total};
    m_rows.append(folders);
    endResetModel();
}

const datasets::FolderCounts &ImageFolderCountsModel::counts(int row) const {
    return m_rows.at(row);
}

int ImageFolderCountsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageFolderCountsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageFolderCountsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const datasets::FolderCounts &c = m_rows.at(index.row());
    const bool total = index.row() == 0;
    const int column = index.column();
    if (role == FolderRole)
        return total ? QString() : c.folder;
    if (role == SortRole)
        return column == FolderColumn ? QVariant(total ? QString() : c.folder)
                                      : QVariant(valueOf(c, column));
    if (role == Qt::DisplayRole) {
        if (column == FolderColumn)
            return total ? tr("All folders") : c.folder;
        const qint64 v = valueOf(c, column);
        if (column == DeltaColumn)
            return v > 0   ? QStringLiteral("+%1").arg(QLocale().toString(v))
                   : v < 0 ? QStringLiteral("−%1").arg(QLocale().toString(-v))
                           : QStringLiteral("0");
        if (column >= AddedColumn && v == 0)
            return QString();
        return QLocale().toString(v);
    }
    if (role == Qt::TextAlignmentRole && column != FolderColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == FolderColumn && !total)
        return tr("%1: %2 files before, %3 after").arg(c.folder).arg(c.filesA).arg(c.filesB);
    return {};
}

QVariant ImageFolderCountsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == DeltaColumn)
        return tr("Change in the number of files");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FolderColumn:
        return tr("Folder");
    case FilesAColumn:
        return tr("Before");
    case FilesBColumn:
        return tr("After");
    case DeltaColumn:
        return tr("Δ");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    case ChangedColumn:
        return tr("Changed");
    case RenamedColumn:
        return tr("Renamed");
    default:
        return {};
    }
}

} // namespace mlwb::itemmodels
