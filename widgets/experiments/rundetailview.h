#pragma once

#include "itemmodels/rundetails.h"

#include <QFutureWatcher>
#include <QTabWidget>

class QStandardItemModel;
class QTextBrowser;
class QUndoStack;

namespace mlwb::widgets::experiments {

class DiffView;
class NoteEditor;
class NoteWriter;

// The current run: Overview (params, metrics, tags, git), its Note, its
// Artifacts and its Code (the uncommitted patch it ran with). Read on a
// worker thread; a newer selection drops an older answer.
class RunDetailView : public QTabWidget {
    Q_OBJECT
public:
    RunDetailView(QUndoStack *undoStack, NoteWriter *writer, QWidget *parent = nullptr);
    ~RunDetailView() override;

    void setDatabasePath(const QString &path) { m_dbPath = path; }
    void showRun(qint64 runId); // 0 clears
    qint64 runId() const { return m_runId; }
    NoteEditor *noteEditor() const { return m_note; }
    // Adds the compare pages after the run's own pages.
    int addComparePage(QWidget *page, const QString &title);

Q_SIGNALS:
    void loaded(qint64 runId);
    void errorOccurred(const mlwb::Error &error);

private:
    void onLoaded();
    void render(const itemmodels::RunDetails &d);

    QString m_dbPath;
    qint64 m_runId = 0;
    QTextBrowser *m_overview;
    NoteEditor *m_note;
    QStandardItemModel *m_artifacts;
    DiffView *m_code;
    QFutureWatcher<Result<itemmodels::RunDetails>> m_watcher;
    qint64 m_loadingId = 0;
};

} // namespace mlwb::widgets::experiments
