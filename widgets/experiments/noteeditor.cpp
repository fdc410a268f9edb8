#include "noteeditor.h"

#include "notewriter.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSplitter>
#include <QTextBrowser>
#include <QUndoCommand>
#include <QUndoStack>

namespace mlwb::widgets::experiments {

namespace {

class SetNoteCommand : public QUndoCommand {
public:
    SetNoteCommand(NoteEditor *editor, NoteWriter *writer, qint64 runId, QString before,
                   QString after)
        : QUndoCommand(QCoreApplication::translate("mlwb", "Edit note"))
        , m_editor(editor)
        , m_writer(writer)
        , m_runId(runId)
        , m_before(std::move(before))
        , m_after(std::move(after)) {}

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QString &text) {
        if (m_writer)
            m_writer->write(m_runId, text);
        if (m_editor)
            m_editor->noteChanged(m_runId, text);
    }

    QPointer<NoteEditor> m_editor;
    QPointer<NoteWriter> m_writer;
    qint64 m_runId;
    QString m_before;
    QString m_after;
};

} // namespace

NoteEditor::NoteEditor(QUndoStack *undoStack, NoteWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_stack(undoStack)
    , m_writer(writer)
    , m_edit(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this)) {
    m_edit->setUndoRedoEnabled(false); // the panel's stack undoes, across runs
    m_edit->setPlaceholderText(tr("Write a note about this run in Markdown…"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_preview->setOpenExternalLinks(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_edit);
    split->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(700);
    connect(&m_commitTimer, &QTimer::timeout, this, &NoteEditor::commit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updatePreview();
        if (!m_applying && m_runId)
            m_commitTimer.start();
    });
    setEnabled(false);
}

void NoteEditor::setRun(qint64 runId, const QString &note) {
    if (runId == m_runId && m_edit->toPlainText() != m_saved)
        return; // keep what the user is typing
    commit();
    m_runId = runId;
    m_saved = note;
    m_applying = true;
    m_edit->setPlainText(note);
    m_applying = false;
    setEnabled(runId != 0);
}

void NoteEditor::clear() {
    setRun(0, {});
}

QString NoteEditor::text() const {
    return m_edit->toPlainText();
}

void NoteEditor::commit() {
    m_commitTimer.stop();
    const QString now = m_edit->toPlainText();
    if (!m_runId || now == m_saved)
        return;
    const QString before = m_saved;
    m_saved = now;
    m_stack->push(new SetNoteCommand(this, m_writer, m_runId, before, now));
}

void NoteEditor::noteChanged(qint64 runId, const QString &text) {
    if (runId != m_runId)
        return;
    m_saved = text;
    if (m_edit->toPlainText() == text)
        return;
    m_applying = true;
    m_edit->setPlainText(text);
    m_applying = false;
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event) {
    // The text edit claims Ctrl+Z for its own (disabled) undo; leave it to the
    // panel's stack, after committing what was typed so it is undone first.
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence seq(key->keyCombination());
        const bool undoRedo = key->matches(QKeySequence::Undo) ||
                              key->matches(QKeySequence::Redo) ||
                              seq == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        if (undoRedo) {
            commit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::updatePreview() {
    m_preview->setMarkdown(m_edit->toPlainText());
}

} // namespace mlwb::widgets::experiments
