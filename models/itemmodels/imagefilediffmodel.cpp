#include "imagefilediffmodel.h"

#include "datasets/imagediff.h"
#include "store/contentstore.h"
#include "thumbnailloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString statusText(ImageFileStatus status) {
    switch (status) {
    case ImageFileStatus::Added:
        return tr("added");
    case ImageFileStatus::Removed:
        return tr("removed");
    case ImageFileStatus::Changed:
        return tr("changed");
    case ImageFileStatus::Renamed:
        return tr("renamed");
    case ImageFileStatus::Unchanged:
        return tr("unchanged");
    }
    return {};
}

datasets::Manifest imagesOf(const datasets::Manifest &m) {
    datasets::Manifest out;
    out.folder = m.folder;
    for (const datasets::ManifestEntry &e : m.entries) {
        if (datasets::isImageFile(e.path))
            out.entries.append(e);
    }
    return out;
}

using ScanResult = Result<std::pair<datasets::Manifest, datasets::Manifest>>;

} // namespace

QString toString(ImageFileStatus status) {
    switch (status) {
    case ImageFileStatus::Added:
        return QStringLiteral("added");
    case ImageFileStatus::Removed:
        return QStringLiteral("removed");
    case ImageFileStatus::Changed:
        return QStringLiteral("changed");
    case ImageFileStatus::Renamed:
        return QStringLiteral("renamed");
    case ImageFileStatus::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

FileLocator folderLocator(const QString &root) {
    return [dir = QDir(root)](const datasets::ManifestEntry &e) { return dir.filePath(e.path); };
}

FileLocator objectStoreLocator(const QString &objectsDir) {
    return [store = store::ContentStore(objectsDir)](const datasets::ManifestEntry &e) {
        return store.pathOf(e.hash);
    };
}

ImageFileDiffModel::ImageFileDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(std::make_unique<ThumbnailLoader>(kThumbnailSide)) {
    connect(m_thumbnails.get(), &ThumbnailLoader::thumbnailReady, this,
            [this](const QString &path) { onThumbnailReady(path); });
    connect(m_thumbnails.get(), &ThumbnailLoader::thumbnailFailed, this,
            [this](const QString &path, const QString &error) {
                m_thumbnailErrors.insert(path, error);
                onThumbnailReady(path);
            });
}

ImageFileDiffModel::~ImageFileDiffModel() {
    if (m_cancel)
        *m_cancel = true;
}

void ImageFileDiffModel::setManifests(const datasets::Manifest &a, const datasets::Manifest &b,
                                      FileLocator locateA, FileLocator locateB, bool imagesOnly) {
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_a = imagesOnly ? imagesOf(a) : a;
    m_b = imagesOnly ? imagesOf(b) : b;
    m_a.sort();
    m_b.sort();
    m_locateA = std::move(locateA);
    m_locateB = std::move(locateB);
    m_diff = datasets::diffManifests(m_a, m_b);
    m_thumbnails->clear();
    m_thumbnailErrors.clear();
    rebuildRows();
    setLoading(false);
}

void ImageFileDiffModel::setFolderDiff(const datasets::FolderDiff &diff, const QString &rootA,
                                       const QString &rootB, bool imagesOnly) {
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_a = {};
    m_b = {};
    m_locateA = folderLocator(rootA);
    m_locateB = folderLocator(rootB);
    m_diff = diff;
    if (imagesOnly) {
        auto notImage = [](const QString &p) { return !datasets::isImageFile(p); };
        m_diff.added.removeIf(notImage);
        m_diff.removed.removeIf(notImage);
        m_diff.changed.removeIf([&](const datasets::FileChange &c) { return notImage(c.path); });
        m_diff.renamed.removeIf([&](const datasets::FileRename &r) { return notImage(r.to); });
    }
    m_thumbnails->clear();
    m_thumbnailErrors.clear();
    rebuildRows();
    setLoading(false);
}

void ImageFileDiffModel::setFolders(const QString &dirA, const QString &dirB) {
    const quint64 generation = ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    delete m_scanWatcher;
    auto *watcher = new QFutureWatcher<ScanResult>(this);
    m_scanWatcher = watcher;
    connect(watcher, &QFutureWatcher<ScanResult>::finished, this,
            [this, watcher, generation, dirA, dirB] {
                if (m_scanWatcher == watcher)
                    m_scanWatcher = nullptr;
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const ScanResult result = watcher->result();
                if (!result) {
                    setLoading(false);
                    Q_EMIT loadFailed(result.error().toString());
                    return;
                }
                setManifests(result->first, result->second, folderLocator(dirA),
                             folderLocator(dirB));
                Q_EMIT loaded();
            });
    setLoading(true);
    watcher->setFuture(QtConcurrent::run([dirA, dirB, cancel = m_cancel]() -> ScanResult {
        MLWB_ASSIGN_OR_RETURN(datasets::Manifest a, datasets::scanFolder(dirA, cancel.get()));
        MLWB_ASSIGN_OR_RETURN(datasets::Manifest b, datasets::scanFolder(dirB, cancel.get()));
        return std::pair{std::move(a), std::move(b)};
    }));
}

void ImageFileDiffModel::clear() {
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_a = {};
    m_b = {};
    m_diff = {};
    m_thumbnails->clear();
    m_thumbnailErrors.clear();
    rebuildRows();
    setLoading(false);
}

void ImageFileDiffModel::setSideLabels(const QString &labelA, const QString &labelB) {
    m_labelA = labelA;
    m_labelB = labelB;
    Q_EMIT headerDataChanged(Qt::Horizontal, SizeAColumn, SizeBColumn);
}

void ImageFileDiffModel::setShowUnchanged(bool show) {
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    rebuildRows();
}

void ImageFileDiffModel::rebuildRows() {
    beginResetModel();
    m_rows.clear();
    m_rowOfPath.clear();
    m_rowsOfThumbnail.clear();
    // Sizes and hashes from the manifests when there are some, else from the files.
    auto entryOf = [](const datasets::Manifest &m, const FileLocator &locate, const QString &path,
                      const QString &hash, qint64 size) {
        if (const datasets::ManifestEntry *e = m.find(path))
            return *e;
        datasets::ManifestEntry e;
        e.path = path;
        e.hash = hash;
        e.size = size;
        if (size < 0)
            e.size = locate ? QFileInfo(locate(e)).size() : 0;
        return e;
    };
    auto add = [&](ImageFileStatus status, const QString &path, const QString &oldPath,
                   const QString &hashA = {}, const QString &hashB = {}, qint64 sizeA = -1,
                   qint64 sizeB = -1) {
        ImageFileRow row;
        row.status = status;
        row.path = path;
        row.oldPath = oldPath;
        row.folder = datasets::topLevelFolder(path);
        if (status != ImageFileStatus::Added) {
            const datasets::ManifestEntry ea =
                entryOf(m_a, m_locateA, oldPath.isEmpty() ? path : oldPath, hashA, sizeA);
            row.sizeA = ea.size;
            row.fileA = m_locateA ? m_locateA(ea) : QString();
        }
        if (status != ImageFileStatus::Removed) {
            const datasets::ManifestEntry eb = entryOf(m_b, m_locateB, path, hashB, sizeB);
            row.sizeB = eb.size;
            row.fileB = m_locateB ? m_locateB(eb) : QString();
        }
        m_rows.append(std::move(row));
    };
    for (const QString &p : std::as_const(m_diff.added))
        add(ImageFileStatus::Added, p, {});
    for (const QString &p : std::as_const(m_diff.removed))
        add(ImageFileStatus::Removed, p, {});
    for (const datasets::FileChange &c : std::as_const(m_diff.changed))
        add(ImageFileStatus::Changed, c.path, {}, c.hashA, c.hashB, c.sizeA, c.sizeB);
    for (const datasets::FileRename &r : std::as_const(m_diff.renamed))
        add(ImageFileStatus::Renamed, r.to, r.from, r.hash, r.hash);
    if (m_showUnchanged) {
        for (const datasets::ManifestEntry &e : std::as_const(m_a.entries)) {
            const datasets::ManifestEntry *eb = m_b.find(e.path);
            if (eb && eb->hash == e.hash)
                add(ImageFileStatus::Unchanged, e.path, {});
        }
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const ImageFileRow &x, const ImageFileRow &y) { return x.path < y.path; });
    for (int i = 0; i < m_rows.size(); ++i) {
        // A removed file and an added one may share a path only across renames; first wins.
        m_rowOfPath.insert(m_rows[i].path, i);
        m_rowsOfThumbnail.insert(thumbnailPath(m_rows[i]), i);
    }
    endResetModel();
}

void ImageFileDiffModel::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

QString ImageFileDiffModel::thumbnailPath(const ImageFileRow &row) const {
    return row.fileB.isEmpty() ? row.fileA : row.fileB;
}

void ImageFileDiffModel::onThumbnailReady(const QString &path) {
    const QList<int> rows = m_rowsOfThumbnail.values(path);
    for (int row : rows) {
        const QModelIndex i = index(row, FileColumn);
        Q_EMIT dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

int ImageFileDiffModel::rowOfPath(const QString &path) const {
    return m_rowOfPath.value(path, -1);
}

void ImageFileDiffModel::setVisibleRows(const QList<int> &rows) {
    QSet<QString> keep;
    keep.reserve(rows.size());
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size())
            keep.insert(thumbnailPath(m_rows[row]));
    }
    m_thumbnails->keepOnly(keep);
}

int ImageFileDiffModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageFileDiffModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageFileDiffModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageFileRow &row = m_rows.at(index.row());
    switch (role) {
    case StatusRole:
        return int(row.status);
    case PathRole:
        return row.path;
    case OldPathRole:
        return row.oldPath;
    case FolderRole:
        return row.folder;
    case FileARole:
        return row.fileA;
    case FileBRole:
        return row.fileB;
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case FileColumn:
            return row.path;
        case StatusColumn:
            return role == SortRole ? QVariant(int(row.status)) : QVariant(statusText(row.status));
        case FolderColumn:
            return row.folder;
        case SizeAColumn:
        case SizeBColumn: {
            const bool exists = column == SizeAColumn ? row.status != ImageFileStatus::Added
                                                      : row.status != ImageFileStatus::Removed;
            const qint64 size = column == SizeAColumn ? row.sizeA : row.sizeB;
            if (role == SortRole)
                return exists ? size : qint64(-1);
            if (!exists)
                return QStringLiteral("—");
            return QLocale().formattedDataSize(size);
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == FileColumn) {
        const QString path = thumbnailPath(row);
        const QImage image = m_thumbnails->thumbnail(path);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (role == Qt::ToolTipRole && column == FileColumn) {
        QString tip = row.path;
        if (row.status == ImageFileStatus::Renamed)
            tip += QLatin1Char('\n') + tr("renamed from %1").arg(row.oldPath);
        if (const QString error = m_thumbnailErrors.value(thumbnailPath(row)); !error.isEmpty())
            tip += QLatin1Char('\n') + error;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (column == SizeAColumn || column == SizeBColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImageFileDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == SizeAColumn || section == SizeBColumn))
        return tr("Size in %1").arg(section == SizeAColumn ? m_labelA : m_labelB);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case FolderColumn:
        return tr("Folder");
    case SizeAColumn:
        return tr("Size A");
    case SizeBColumn:
        return tr("Size B");
    default:
        return {};
    }
}

} // namespace mlwb::itemmodels
