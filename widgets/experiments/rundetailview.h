#pragma once

#include "itemmodels/rundetails.h"
#include "vcs/repository.h"

#include <QFutureWatcher>
#include <QTabWidget>

class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace mlwb::widgets::experiments {

class DiffView;
class NoteEditor;
class NoteWriter;
class RunLogView;

// What the detail pane reads of a run in the background.
struct RunPageData {
    itemmodels::RunDetails details;
    std::optional<vcs::CommitInfo> commit; // when the project's repository has it
};

// The current run: Overview (params, metrics, system metrics, tags, git
// commit with message and author), its Note, its Artifacts (open, save as),
// its Log (stdout/stderr with search) and its Code (the uncommitted patch it
// ran with). Read on a worker thread; a newer selection drops an older answer.
class RunDetailView : public QTabWidget {
    Q_OBJECT
public:
    RunDetailView(QUndoStack *undoStack, NoteWriter *writer, QWidget *parent = nullptr);
    ~RunDetailView() override;

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    void showRun(qint64 runId); // 0 clears
    qint64 runId() const { return m_runId; }
    bool isLoading() const { return m_watcher.isRunning(); }
    NoteEditor *noteEditor() const { return m_note; }
    RunLogView *logView() const { return m_logs; }
    QTableView *artifactView() const { return m_artifactView; }
    QTextBrowser *overview() const { return m_overview; }
    // Copies an artifact of the shown run (row of artifactView()) out of the
    // object store, in the background; artifactSaved() or errorOccurred() follows.
    void saveArtifact(int row, const QString &destination);
    // Opens it with the desktop's application for its type (from a temporary copy).
    void openArtifact(int row);
    // Adds the compare pages after the run's own pages.
    int addComparePage(QWidget *page, const QString &title);

Q_SIGNALS:
    void loaded(qint64 runId);
    void artifactSaved(const QString &destination);
    void errorOccurred(const mlwb::Error &error);

private:
    void onLoaded();
    void render(const RunPageData &page);
    void showArtifactMenu(const QPoint &pos);
    void copyArtifact(int row, const QString &destination, bool open);

    QString m_dbPath;
    qint64 m_runId = 0;
    QTextBrowser *m_overview;
    NoteEditor *m_note;
    QStandardItemModel *m_artifacts;
    DiffView *m_code;
    QFutureWatcher<Result<RunPageData>> m_watcher;
    QList<tracking::Artifact> m_shownArtifacts;
    QFutureWatcher<Result<QString>> m_copyWatcher; // one artifact copy at a time
    bool m_openCopy = false;
    QTableView *m_artifactView;
    RunLogView *m_logs;
    qint64 m_loadingId = 0;
};

} // namespace mlwb::widgets::experiments
