#pragma once

#include "shared/errorbanner.h"

#include "shared/panel.h"

#include "core/error.h"
#include "itemmodels/datasetcatalog.h"
#include "itemmodels/datasetcomparison.h"

#include <QFutureWatcher>
#include <QUrl>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace mlwb::itemmodels {
class DatasetVersionsModel;
}

namespace mlwb::widgets::datasets {

class ComparisonSummaryView;
class DriftView;
class ImageDiffPane;
class ProfileView;
class TableDiffView;

// The project's data (snapshots, tables in git, DVC-tracked paths) with their
// versions on the left; for the two versions picked (A and B) what changed
// between them: a summary, the table diff, column profiles and drift. Every
// comparison runs in the background with progress and can be cancelled;
// picking another pair cancels the one running.
class DatasetsPanel : public Panel {
    Q_OBJECT
public:
    enum Tab { SummaryTab, TableTab, ProfilesTab, DriftTab, ImagesTab };

    explicit DatasetsPanel(QWidget *parent = nullptr);
    ~DatasetsPanel() override;

    QString panelId() const override { return QStringLiteral("datasets"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> panelActions() const override { return m_actions; }
    void setProject(const QString &root) override;
    // Listing, comparing, or the Images tab still decoding its first pair.
    bool isLoading() const override;
    // mlwb://datasets/<name>/<version> compares that version with the one
    // before it (?with=<version> picks A); mlwb://datasets/<name> its latest
    // two. ?tab=summary|table|profiles|drift|images shows that tab.
    bool openLink(const QUrl &link) override;

    // Compares two versions given as DataRefResolver specs (NAME@N, PATH@REV, files).
    void compare(const QString &specA, const QString &specB, const QString &labelA = {},
                 const QString &labelB = {});
    // The two newest versions of the current (else the first) data source.
    void compareLatestTwo();
    void compareFiles(const QString &fileA, const QString &fileB);
    void cancelComparison();
    void reload();
    // Writes the current table diff as a highlighter CSV or as JSON, in the background.
    void exportDiff(const QString &path, bool json);

    // For tests and the screenshot mode.
    QTreeView *versionsView() const { return m_tree; }
    itemmodels::DatasetVersionsModel *versionsModel() const { return m_versions; }
    QTabWidget *tabs() const { return m_tabs; }
    ComparisonSummaryView *summaryView() const { return m_summary; }
    TableDiffView *tableView() const { return m_table; }
    ProfileView *profileView() const { return m_profiles; }
    DriftView *driftView() const { return m_drift; }
    ImageDiffPane *imagesView() const { return m_images; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *pairLabel() const { return m_pair; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    QComboBox *tableFileCombo() const { return m_tableFile; }
    const itemmodels::DatasetComparison *comparison() const { return m_result.get(); }
    bool isComparing() const { return m_compareWatcher.isRunning(); }

Q_SIGNALS:
    void comparisonFinished();
    void comparisonCancelled();
    void exported(const QString &path);
    void errorOccurred(const mlwb::Error &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void askCompareFiles();
    void askExport(bool json);
    void startComparison(itemmodels::ComparisonRequest request);
    void rerun();
    void onSourcesLoaded();
    void onComparisonFinished();
    void onSelectionChanged();
    void setLoading(bool loading);
    void showErrors(const QList<Error> &errors);
    void applyPendingLink();
    void selectPair(const QModelIndex &a, const QModelIndex &b);
    void showTab(const QString &name);
    void updateActions();

    QString m_root;
    bool m_loading = false;
    itemmodels::DatasetVersionsModel *m_versions;
    QTreeView *m_tree;
    QLabel *m_emptyHint;
    QLabel *m_pair;
    ErrorBanner *m_error;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QComboBox *m_tableFile;
    QLabel *m_tableFileLabel;
    QTabWidget *m_tabs;
    ComparisonSummaryView *m_summary;
    TableDiffView *m_table;
    ProfileView *m_profiles;
    DriftView *m_drift;
    ImageDiffPane *m_images;
    QList<QAction *> m_actions;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_changesOnlyAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_cancelAction = nullptr;

    QFutureWatcher<Result<QList<itemmodels::DataSource>>> m_listWatcher;
    std::shared_ptr<std::atomic<bool>> m_listCancel;
    QFutureWatcher<itemmodels::DatasetComparison> m_compareWatcher;
    itemmodels::ComparisonRequest m_request;
    std::shared_ptr<const itemmodels::DatasetComparison> m_result;
    QFutureWatcher<Status> m_exportWatcher;
    QString m_exportPath;
    QUrl m_pendingLink;
    bool m_selecting = false; // selection changes made by the panel itself
};

} // namespace mlwb::widgets::datasets
