#pragma once

#include <QTimer>
#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;
class QUndoStack;

namespace mlwb::widgets::experiments {

class NoteWriter;

// A run's markdown note: the source beside its rendered preview. Typing is
// committed after a short pause as one undoable edit on the panel's stack;
// undo and redo write the note back to the project.
class NoteEditor : public QWidget {
    Q_OBJECT
public:
    NoteEditor(QUndoStack *undoStack, NoteWriter *writer, QWidget *parent = nullptr);

    // Shows a run's stored note; a pending edit of the previous run is committed first.
    void setRun(qint64 runId, const QString &note);
    void clear();
    qint64 runId() const { return m_runId; }
    QString text() const;
    // Pushes the edit typed since the last commit, if any.
    void commit();
    QPlainTextEdit *editor() const { return m_edit; }

    // Called by the undo commands: the note of `runId` is now `text`.
    void noteChanged(qint64 runId, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updatePreview();

    QUndoStack *m_stack;
    NoteWriter *m_writer;
    QPlainTextEdit *m_edit;
    QTextBrowser *m_preview;
    QTimer m_commitTimer;
    qint64 m_runId = 0;
    QString m_saved; // the note as stored
    bool m_applying = false;
};

} // namespace mlwb::widgets::experiments
