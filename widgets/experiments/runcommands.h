#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace mlwb::widgets::experiments {

class RunEditor;

// Moves runs to the trash; undo restores them.
class TrashRunsCommand : public QUndoCommand {
public:
    TrashRunsCommand(RunEditor *editor, QList<qint64> runIds, bool restore = false);
    void redo() override;
    void undo() override;

private:
    void apply(bool toTrash);
    RunEditor *m_editor;
    QList<qint64> m_runIds;
    bool m_restore; // the command restores from the trash instead
};

// Sets one tag on runs; undo puts back each run's earlier value, or removes
// the tag where it was absent.
class SetTagCommand : public QUndoCommand {
public:
    using Previous = QHash<qint64, std::optional<QString>>; // run id -> earlier value
    SetTagCommand(RunEditor *editor, QString key, QString value, Previous previous);
    void redo() override;
    void undo() override;

private:
    RunEditor *m_editor;
    QString m_key;
    QString m_value;
    Previous m_previous;
};

} // namespace mlwb::widgets::experiments
