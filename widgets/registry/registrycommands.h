#pragma once

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace mlwb::widgets::registry {

class RegistryEditor;

// Undoable registry edits. Each redo runs through the editor and keeps what
// the edit replaced (the alias's earlier version, the earlier tag value or
// text, whether archiving changed anything); undo puts exactly that back.
// `version` empty: the edit is on the model itself.
QUndoCommand *setAliasCommand(RegistryEditor *editor, const QString &model, const QString &alias,
                              int version);
QUndoCommand *removeAliasCommand(RegistryEditor *editor, const QString &model,
                                 const QString &alias);
QUndoCommand *setTagCommand(RegistryEditor *editor, const QString &model,
                            std::optional<int> version, const QString &key, const QString &value);
QUndoCommand *removeTagCommand(RegistryEditor *editor, const QString &model,
                               std::optional<int> version, const QString &key);
QUndoCommand *setDescriptionCommand(RegistryEditor *editor, const QString &model,
                                    std::optional<int> version, const QString &markdown);
QUndoCommand *archiveCommand(RegistryEditor *editor, const QString &model,
                             std::optional<int> version, bool archive);

} // namespace mlwb::widgets::registry
