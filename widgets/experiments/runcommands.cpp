#include "runcommands.h"

#include "runeditor.h"

#include <QCoreApplication>

namespace mlwb::widgets::experiments {

namespace {

QString tr(const char *s, int n = -1) {
    return QCoreApplication::translate("mlwb", s, nullptr, n);
}

} // namespace

TrashRunsCommand::TrashRunsCommand(RunEditor *editor, QList<qint64> runIds, bool restore)
    : QUndoCommand(restore ? tr("Restore %n run(s)", int(runIds.size()))
                           : tr("Move %n run(s) to the trash", int(runIds.size())))
    , m_editor(editor)
    , m_runIds(std::move(runIds))
    , m_restore(restore) {}

void TrashRunsCommand::redo() {
    apply(!m_restore);
}

void TrashRunsCommand::undo() {
    apply(m_restore);
}

void TrashRunsCommand::apply(bool toTrash) {
    m_editor->submit(m_runIds, RunEditor::Effect::MembershipChanged,
                     [ids = m_runIds, toTrash](tracking::TrackingStore &store) {
                         return toTrash ? store.trashRuns(ids) : store.restoreRuns(ids);
                     });
}

SetTagCommand::SetTagCommand(RunEditor *editor, QString key, QString value, Previous previous)
    : QUndoCommand(tr("Tag %n run(s)", int(previous.size())))
    , m_editor(editor)
    , m_key(std::move(key))
    , m_value(std::move(value))
    , m_previous(std::move(previous)) {}

void SetTagCommand::redo() {
    m_editor->submit(m_previous.keys(), RunEditor::Effect::RowsChanged,
                     [ids = m_previous.keys(), key = m_key,
                      value = m_value](tracking::TrackingStore &store) -> Status {
                         MLWB_ASSIGN_OR_RETURN(store::Transaction tx,
                                               store::Transaction::begin(store.database()));
                         for (qint64 id : ids)
                             MLWB_TRY(store.setTag(id, key, value));
                         return tx.commit();
                     });
}

void SetTagCommand::undo() {
    m_editor->submit(
        m_previous.keys(), RunEditor::Effect::RowsChanged,
        [previous = m_previous, key = m_key](tracking::TrackingStore &store) -> Status {
            MLWB_ASSIGN_OR_RETURN(store::Transaction tx,
                                  store::Transaction::begin(store.database()));
            for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
                if (it.value())
                    MLWB_TRY(store.setTag(it.key(), key, *it.value()));
                else
                    MLWB_TRY(store.removeTag(it.key(), key));
            }
            return tx.commit();
        });
}

} // namespace mlwb::widgets::experiments
