#pragma once

#include "shared/panel.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

#include "core/error.h"
#include "vcs/repository.h"

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace mlwb::itemmodels {
class DataVersionWatcher;
class RunGroupsModel;
struct RunRow;
class RunsTableModel;
} // namespace mlwb::itemmodels

namespace mlwb::widgets::experiments {

class CompareCharts;
class CompareView;
class DiffView;
class NoteWriter;
class QueryEdit;
class RunDetailView;
class RunEditor;

// Runs of the project: a query filter and quick search over a live table,
// the current run's details, and the selected runs compared side by side,
// as curves and as a code diff between their commits.
class ExperimentsPanel : public Panel {
    Q_OBJECT
public:
    explicit ExperimentsPanel(QWidget *parent = nullptr);
    ~ExperimentsPanel() override;

    QString panelId() const override { return QStringLiteral("experiments"); }
    QString title() const override;
    QIcon icon() const override;
    QList<QAction *> panelActions() const override;
    void setProject(const QString &root) override;
    bool isLoading() const override { return m_loading; }
    // mlwb://experiments/run/<uuid> selects that run (?tab=overview, note, artifacts,
    // log or code picks its page); mlwb://experiments/charts,
    // .../compare and .../diff select the first runs (?runs=N, default 6) and
    // show that page. Applied once the rows are read; loading lasts until then.
    bool openLink(const QUrl &link) override;

    // For tests and the window's screenshot mode.
    QueryEdit *filterEdit() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *table() const { return m_table; }
    itemmodels::RunsTableModel *model() const { return m_model; }
    RunDetailView *details() const { return m_details; }
    CompareView *compareView() const { return m_compare; }
    CompareCharts *charts() const { return m_charts; }
    DiffView *codeDiff() const { return m_codeDiff; }
    QUndoStack *undoStack() const { return m_undo; }
    NoteWriter *noteWriter() const { return m_writer; }
    RunEditor *runEditor() const { return m_editor; }
    QLabel *sortLabel() const { return m_sortLabel; }
    QComboBox *viewsCombo() const { return m_views; }
    QToolButton *trashButton() const { return m_trashButton; }
    QComboBox *groupByCombo() const { return m_groupBy; }
    QTreeView *groupTree() const { return m_groupTree; }
    itemmodels::RunGroupsModel *groupsModel() const { return m_groups; }
    // The one watcher of the open project's database; the table, the groups
    // and the charts all follow it. nullptr without a project.
    itemmodels::DataVersionWatcher *dataWatcher() const { return m_watcher; }
    // Shown while a CSV export runs.
    QProgressBar *exportProgress() const { return m_exportProgress; }
    QToolButton *cancelExportButton() const { return m_cancelExport; }
    // Actions on selected runs, as the context menus of the table and the tree show them.
    QList<QAction *> runMenuActions() const;

    // Applies the filter and search text now instead of after the typing pause.
    void applyFilter();

    // A header click: sorts by the column alone, or adds it as the next key
    // (Shift+click); a second click on a key reverses it.
    void sortByColumn(int column, bool addKey);

    // Edits of the selected runs, each undoable through undoStack().
    void tagSelectedRuns(const QString &key, const QString &value);
    void trashSelectedRuns();
    void restoreSelectedRuns();
    void copySelectedRunIds();
    // Shows the trash (restorable runs) instead of the live runs.
    void setShowTrash(bool trash);

    // Named column layouts of this project.
    void saveView(const QString &name);
    void applyView(const QString &name); // empty: the default columns
    void deleteView(const QString &name);

    // Shows the runs grouped ("experiment" or "params.<key>") in a tree of
    // collapsible groups instead of the table; empty: the flat table.
    void setGroupBy(const QString &groupBy);

    // Writes every run matching the filter, in the table's order and columns,
    // in the background with progress; cancelExport() stops it.
    void exportCsv(const QString &path);
    void cancelExport();

Q_SIGNALS:
    void errorOccurred(const mlwb::Error &error);
    void exported(const QString &path, qint64 runs);
    void exportCancelled(const QString &path);

private:
    void createRunActions();
    void showRunMenu(QAbstractItemView *view, const QPoint &pos);
    bool isGrouped() const;
    const itemmodels::RunRow *runRow(qint64 runId) const;
    void updateRunActions();
    void askTag();
    void askExport();
    void askSaveView();
    void revealArtifacts();
    void onRunsEdited(const QList<qint64> &ids, bool membershipChanged);
    void updateSortIndicator();
    void restorePendingView();
    void reloadViewNames();
    void updateGroupChoices();
    void updateGroups();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setLoading(bool loading);
    void applyPendingLink();
    void finishLinkWhenShown(int page);
    void showError(const std::optional<Error> &error);
    void updateCount();
    void onCurrentChanged();
    void onSelectionChanged();
    void onRunsUpdated(const QList<qint64> &ids);
    void showHeaderMenu(const QPoint &pos);
    void loadCodeDiff(const QString &fromCommit, const QString &toCommit);
    QList<qint64> selectedRunIds() const;

    QString m_root;
    bool m_loading = false;
    itemmodels::RunsTableModel *m_model;
    QueryEdit *m_filter;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_error;
    QTableView *m_table;
    QUndoStack *m_undo;
    NoteWriter *m_writer;
    RunDetailView *m_details;
    CompareView *m_compare;
    CompareCharts *m_charts;
    DiffView *m_codeDiff;
    QTimer m_filterTimer;
    QTimer m_selectionTimer;
    QList<QAction *> m_actions;
    RunEditor *m_editor;
    QLabel *m_sortLabel;
    QComboBox *m_views;
    QToolButton *m_viewMenuButton;
    QToolButton *m_trashButton;
    QToolButton *m_exportButton;
    QComboBox *m_groupBy;
    QTreeView *m_groupTree;
    itemmodels::RunGroupsModel *m_groups;
    itemmodels::DataVersionWatcher *m_watcher = nullptr;
    int m_compareTab = -1;
    Qt::KeyboardModifiers m_headerModifiers;
    QString m_pendingView;
    QUrl m_pendingLink;
    bool m_waitingForCharts = false;
    QAction *m_openAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_exportAction = nullptr;
    QFutureWatcher<Result<qint64>> m_exportWatcher;
    QString m_exportPath;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QProgressBar *m_exportProgress;
    QToolButton *m_cancelExport;
    QFutureWatcher<Result<QList<vcs::FileDiff>>> m_diffWatcher;
    QPair<QString, QString> m_diffCommits;
};

} // namespace mlwb::widgets::experiments
