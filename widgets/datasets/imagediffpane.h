#pragma once

#include "itemmodels/imagefilediffmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace mlwb::itemmodels {
class ImageFolderCountsModel;
}

namespace mlwb::widgets::datasets {

class ImageCompareView;
class ImageFileFilter;

// What changed between two versions of an image dataset: the per-folder (class)
// counts, the added/removed/changed/renamed images with thumbnails (filterable by
// folder, status and name), and the selected image compared pixel by pixel.
class ImageDiffPane : public QWidget {
    Q_OBJECT
public:
    explicit ImageDiffPane(QWidget *parent = nullptr);
    ~ImageDiffPane() override;

    // Two local folders: listed and hashed in the background.
    void compareFolders(const QString &dirA, const QString &dirB, const QString &labelA,
                        const QString &labelB);
    // A folder diff already made (e.g. by the dataset comparison); no re-hashing.
    void showFolderDiff(const mlwb::datasets::FolderDiff &diff, const QString &dirA,
                        const QString &dirB, const QString &labelA, const QString &labelB);
    // Two snapshots' manifests, their files read where `locateA`/`locateB` say.
    void compareManifests(const mlwb::datasets::Manifest &a, const mlwb::datasets::Manifest &b,
                          itemmodels::FileLocator locateA, itemmodels::FileLocator locateB,
                          const QString &labelA, const QString &labelB);
    // Shows the empty state with `message` (or the default advice).
    void clear(const QString &message = {});

    bool isLoading() const;
    // Selects a file by its path in the dataset; false when it is not listed.
    bool selectFile(const QString &path);
    QString currentFile() const;
    void setFolderFilter(const QString &folder); // empty: every folder
    void setStatusFilter(int statusOrMinusOne);  // ImageFileStatus as int, -1: every change
    void setTextFilter(const QString &text);

    itemmodels::ImageFileDiffModel *model() const { return m_model; }
    QTableView *fileView() const { return m_files; }
    QTableView *folderView() const { return m_folders; }
    ImageCompareView *compareView() const { return m_compare; }
    QString summaryText() const;
    QList<QAction *> paneActions() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void currentFileChanged(const QString &path);

private:
    QWidget *buildFileList();
    void onModelLoaded();
    void onCurrentChanged(const QModelIndex &current);
    void updateVisibleRows();
    void updateSummary();
    void showEmpty(const QString &message);
    void fitFolderList();

    itemmodels::ImageFileDiffModel *m_model;
    itemmodels::ImageFolderCountsModel *m_folderCounts;
    ImageFileFilter *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    QTableView *m_folders;
    QSplitter *m_leftSplit = nullptr;
    QTableView *m_files;
    QLineEdit *m_search;
    QComboBox *m_status;
    ImageCompareView *m_compare;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QString m_labelA;
    QString m_labelB;
};

} // namespace mlwb::widgets::datasets
