#include "registrycommands.h"

#include "registryeditor.h"

#include <QCoreApplication>

#include <memory>

namespace mlwb::widgets::registry {

using mlwb::registry::ModelRegistry;

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString refOf(const QString &model, std::optional<int> version) {
    return version ? model + QLatin1Char('@') + QString::number(*version) : model;
}

// Runs `redo` and `undo` through the editor; both share what redo recorded.
class EditCommand : public QUndoCommand {
public:
    EditCommand(RegistryEditor *editor, const QString &text, RegistryEditor::Edit redo,
                RegistryEditor::Edit undo)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo)) {}
    void redo() override { m_editor->submit(m_redo); }
    void undo() override { m_editor->submit(m_undo); }

private:
    RegistryEditor *m_editor;
    RegistryEditor::Edit m_redo;
    RegistryEditor::Edit m_undo;
};

// Puts an alias back where it pointed before, or removes it when it was new.
Status restoreAlias(ModelRegistry &r, const QString &model, const QString &alias,
                    std::optional<int> previous) {
    if (previous) {
        MLWB_TRY(r.setAlias(model, alias, *previous));
    } else {
        MLWB_TRY(r.removeAlias(model, alias));
    }
    return {};
}

Status restoreTag(ModelRegistry &r, const QString &model, std::optional<int> version,
                  const QString &key, const std::optional<QString> &previous) {
    if (previous) {
        if (version) {
            MLWB_TRY(r.setVersionTag(model, *version, key, *previous));
        } else {
            MLWB_TRY(r.setModelTag(model, key, *previous));
        }
    } else if (version) {
        MLWB_TRY(r.removeVersionTag(model, *version, key));
    } else {
        MLWB_TRY(r.removeModelTag(model, key));
    }
    return {};
}

} // namespace

QUndoCommand *setAliasCommand(RegistryEditor *editor, const QString &model, const QString &alias,
                              int version) {
    auto previous = std::make_shared<std::optional<int>>();
    return new EditCommand(
        editor, tr("Set alias %1 to %2").arg(alias, refOf(model, version)),
        [=](ModelRegistry &r) -> Status {
            MLWB_ASSIGN_OR_RETURN(*previous, r.setAlias(model, alias, version));
            return {};
        },
        [=](ModelRegistry &r) { return restoreAlias(r, model, alias, *previous); });
}

QUndoCommand *removeAliasCommand(RegistryEditor *editor, const QString &model,
                                 const QString &alias) {
    auto previous = std::make_shared<std::optional<int>>();
    return new EditCommand(
        editor, tr("Remove alias %1 of %2").arg(alias, model),
        [=](ModelRegistry &r) -> Status {
            MLWB_ASSIGN_OR_RETURN(*previous, r.removeAlias(model, alias));
            return {};
        },
        [=](ModelRegistry &r) -> Status {
            if (*previous)
                MLWB_TRY(r.setAlias(model, alias, **previous));
            return {};
        });
}

QUndoCommand *setTagCommand(RegistryEditor *editor, const QString &model,
                            std::optional<int> version, const QString &key, const QString &value) {
    auto previous = std::make_shared<std::optional<QString>>();
    return new EditCommand(
        editor, tr("Tag %1 with %2").arg(refOf(model, version), key),
        [=](ModelRegistry &r) -> Status {
            if (version) {
                MLWB_ASSIGN_OR_RETURN(*previous, r.setVersionTag(model, *version, key, value));
            } else {
                MLWB_ASSIGN_OR_RETURN(*previous, r.setModelTag(model, key, value));
            }
            return {};
        },
        [=](ModelRegistry &r) { return restoreTag(r, model, version, key, *previous); });
}

QUndoCommand *removeTagCommand(RegistryEditor *editor, const QString &model,
                               std::optional<int> version, const QString &key) {
    auto previous = std::make_shared<std::optional<QString>>();
    return new EditCommand(
        editor, tr("Remove tag %1 of %2").arg(key, refOf(model, version)),
        [=](ModelRegistry &r) -> Status {
            if (version) {
                MLWB_ASSIGN_OR_RETURN(*previous, r.removeVersionTag(model, *version, key));
            } else {
                MLWB_ASSIGN_OR_RETURN(*previous, r.removeModelTag(model, key));
            }
            return {};
        },
        [=](ModelRegistry &r) { return restoreTag(r, model, version, key, *previous); });
}

QUndoCommand *setDescriptionCommand(RegistryEditor *editor, const QString &model,
                                    std::optional<int> version, const QString &markdown) {
    auto previous = std::make_shared<QString>();
    const auto set = [model, version](ModelRegistry &r, const QString &text) {
        return version ? r.setVersionDescription(model, *version, text)
                       : r.setModelDescription(model, text);
    };
    return new EditCommand(
        editor, tr("Edit the description of %1").arg(refOf(model, version)),
        [=](ModelRegistry &r) -> Status {
            MLWB_ASSIGN_OR_RETURN(*previous, set(r, markdown));
            return {};
        },
        [=](ModelRegistry &r) -> Status {
            MLWB_TRY(set(r, *previous));
            return {};
        });
}

QUndoCommand *archiveCommand(RegistryEditor *editor, const QString &model,
                             std::optional<int> version, bool archive) {
    auto changed = std::make_shared<bool>(false);
    const auto apply = [model, version](ModelRegistry &r, bool toArchive) -> Result<bool> {
        if (version)
            return toArchive ? r.archiveVersion(model, *version)
                             : r.restoreVersion(model, *version);
        return toArchive ? r.archiveModel(model) : r.restoreModel(model);
    };
    return new EditCommand(
        editor, (archive ? tr("Archive %1") : tr("Restore %1")).arg(refOf(model, version)),
        [=](ModelRegistry &r) -> Status {
            MLWB_ASSIGN_OR_RETURN(*changed, apply(r, archive));
            return {};
        },
        [=](ModelRegistry &r) -> Status {
            if (*changed)
                MLWB_TRY(apply(r, !archive));
            return {};
        });
}

} // namespace mlwb::widgets::registry
