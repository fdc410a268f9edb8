#pragma once

#include "core/error.h"
#include "datasets/folderdiff.h"
#include "datasets/manifest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMultiHash>

#include <atomic>
#include <functional>
#include <memory>

namespace mlwb::itemmodels {

class ThumbnailLoader;

enum class ImageFileStatus { Added, Removed, Changed, Renamed, Unchanged };
QString toString(ImageFileStatus status); // "added", "removed", ... (not translated)

// One file of an image dataset diff.
struct ImageFileRow {
    ImageFileStatus status = ImageFileStatus::Unchanged;
    QString path;    // in B; in A for a removed file
    QString oldPath; // a renamed file's path in A
    QString folder;  // top-level folder of `path` ("." for the root), usually the class
    qint64 sizeA = 0;
    qint64 sizeB = 0;
    QString fileA; // where side A's bytes are read from; empty for an added file
    QString fileB; // where side B's bytes are read from; empty for a removed file
};

// Where a version's files are read from: the files of a folder on disk, or the
// content-addressed objects of a snapshot (no restore needed).
using FileLocator = std::function<QString(const datasets::ManifestEntry &)>;
FileLocator folderLocator(const QString &root);
FileLocator objectStoreLocator(const QString &objectsDir);

// The file-level diff of two versions of an image dataset: one row per added,
// removed, changed or renamed image (and, on request, per unchanged one), plus the
// per-folder (class) counts. Thumbnails are decoded in the background only for rows a
// view paints; DecorationRole of the file column is filled when they are ready.
class ImageFileDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kThumbnailSide = 48;

    enum Column { FileColumn, StatusColumn, FolderColumn, SizeAColumn, SizeBColumn, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // ImageFileStatus as int
        PathRole,
        OldPathRole,
        FolderRole,
        FileARole, // absolute path of side A's bytes
        FileBRole,
        SortRole, // raw value of the column: sizes as numbers
    };

    explicit ImageFileDiffModel(QObject *parent = nullptr);
    ~ImageFileDiffModel() override;

    // Compares two manifests at once (in memory, fast even for 100k files). With
    // `imagesOnly`, files that are not images by extension are left out.
    void setManifests(const datasets::Manifest &a, const datasets::Manifest &b, FileLocator locateA,
                      FileLocator locateB, bool imagesOnly = true);
    // A diff already made of two folders (rows read their sizes from the files);
    // the unchanged files are not known, so setShowUnchanged() adds none.
    void setFolderDiff(const datasets::FolderDiff &diff, const QString &rootA, const QString &rootB,
                       bool imagesOnly = true);
    // Lists and hashes two folders in the background; loaded() or loadFailed()
    // follows. A newer call or clear() cancels an unfinished one.
    void setFolders(const QString &dirA, const QString &dirB);
    void clear();
    bool isLoading() const { return m_loading; }

    void setSideLabels(const QString &labelA, const QString &labelB);
    QString labelA() const { return m_labelA; }
    QString labelB() const { return m_labelB; }

    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }

    const datasets::FolderDiff &diff() const { return m_diff; }
    const ImageFileRow &fileRow(int row) const { return m_rows.at(row); }
    int rowOfPath(const QString &path) const; // -1 when absent

    // Only these rows keep their queued thumbnail requests (call on scroll).
    void setVisibleRows(const QList<int> &rows);
    ThumbnailLoader *thumbnails() const { return m_thumbnails.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);

private:
    void rebuildRows();
    void setLoading(bool loading);
    void onThumbnailReady(const QString &path);
    QString thumbnailPath(const ImageFileRow &row) const;

    datasets::Manifest m_a;
    datasets::Manifest m_b;
    FileLocator m_locateA;
    FileLocator m_locateB;
    datasets::FolderDiff m_diff;
    QList<ImageFileRow> m_rows;
    QHash<QString, int> m_rowOfPath;
    QMultiHash<QString, int> m_rowsOfThumbnail;
    QHash<QString, QString> m_thumbnailErrors;
    QString m_labelA = QStringLiteral("A");
    QString m_labelB = QStringLiteral("B");
    bool m_showUnchanged = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QObject *m_scanWatcher = nullptr;
    std::unique_ptr<ThumbnailLoader> m_thumbnails;
};

} // namespace mlwb::itemmodels
