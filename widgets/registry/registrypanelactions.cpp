// The Registry panel's edits and actions: aliases (with the gate check before
// a promotion), tags, descriptions, archive/restore, undo/redo.
#include "registrypanel.h"

#include "gatesview.h"
#include "itemmodels/modelversionsmodel.h"
#include "itemmodels/registrymodelsmodel.h"
#include "registrycommands.h"
#include "registryeditor.h"
#include "shared/panelactions.h"
#include "versiondetailview.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace mlwb::widgets::registry {

void RegistryPanel::createActions() {
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addPanelAction(this, m_actions, text, key, slot);
    };
    auto *undo = m_undo->createUndoAction(this, tr("Undo registry edit"));
    undo->setShortcut(QKeySequence::Undo);
    addPanelShortcut(this, m_actions, undo);
    auto *redo = m_undo->createRedoAction(this, tr("Redo registry edit"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addPanelShortcut(this, m_actions, redo);
    add(tr("Set champion to the selected version"), QKeySequence(Qt::CTRL | Qt::Key_P),
        [this] { promoteAlias(QStringLiteral("champion")); });
    add(tr("Set an alias…"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] { askNewAlias(); });
    add(tr("Tag the selected version…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { askTag(); });
    add(tr("Edit the model card"), QKeySequence(Qt::Key_F2), [this] {
        m_tabs->setCurrentIndex(DetailsTab);
        m_details->editDescription();
    });
    add(tr("Archive or restore the selected version"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        if (m_current)
            setArchived(!m_current->lineage.version.archivedAt);
    });
    add(tr("Show archived models and versions"), QKeySequence(Qt::CTRL | Qt::Key_H),
        [this] { m_showArchived->toggle(); });
    add(tr("Show version details"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { m_tabs->setCurrentIndex(DetailsTab); });
    add(tr("Show the lineage graph"), QKeySequence(Qt::ALT | Qt::Key_2),
        [this] { m_tabs->setCurrentIndex(LineageTab); });
    add(tr("Compare the selected versions"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { m_tabs->setCurrentIndex(CompareTab); });
    add(tr("Show the gate results"), QKeySequence(Qt::ALT | Qt::Key_4),
        [this] { m_tabs->setCurrentIndex(GatesTab); });
    add(tr("Reload the registry"), QKeySequence(Qt::Key_F5), [this] { reload(); });

    connect(m_details, &VersionDetailView::aliasRequested, this, &RegistryPanel::promoteAlias);
    connect(m_details, &VersionDetailView::aliasRemoveRequested, this, &RegistryPanel::removeAlias);
    connect(m_details, &VersionDetailView::newAliasRequested, this, &RegistryPanel::askNewAlias);
    connect(m_details, &VersionDetailView::tagRequested, this, &RegistryPanel::askTag);
    connect(m_details, &VersionDetailView::tagRemoveRequested, this,
            &RegistryPanel::removeVersionTag);
    connect(m_details, &VersionDetailView::descriptionSaved, this, &RegistryPanel::setDescription);
    connect(m_details, &VersionDetailView::archiveRequested, this, &RegistryPanel::setArchived);
}

void RegistryPanel::setShowArchived(bool show) {
    if (m_showArchived->isChecked() != show)
        m_showArchived->setChecked(show); // comes back here through toggled()
    showArchivedSetting.set(show);
    m_models->setShowArchived(show);
    m_versions->setShowArchived(show);
    if (currentModel().isEmpty() && m_models->rowCount() > 0)
        m_modelsView->setCurrentIndex(m_models->index(0, 0));
}

void RegistryPanel::promoteAlias(const QString &alias) {
    if (!m_current || alias.isEmpty())
        return;
    const auto &v = m_current->lineage.version;
    if (v.aliases.contains(alias))
        return;
    if (const Status ok = mlwb::registry::checkAliasName(alias); !ok) {
        showError(ok.error());
        return;
    }
    const int version = v.version;
    if (!m_current->gates || m_current->gates->passed()) {
        if (m_current->gates)
            m_status->setText(tr("%1; %2 set").arg(gateSummary(v.ref(), *m_current->gates), alias));
        pushAlias(alias, version);
        return;
    }
    // A failed gate: show which rules failed and let the user decide.
    const auto &report = *m_current->gates;
    QStringList failed;
    for (const auto &r : report.rules) {
        if (r.outcome == mlwb::registry::RuleOutcome::Pass)
            continue;
        failed.append(r.outcome == mlwb::registry::RuleOutcome::Error
                          ? tr("• %1 (line %2): %3").arg(r.rule).arg(r.line).arg(r.message)
                          : tr("• %1 (line %2): %3 %4 %5")
                                .arg(r.rule)
                                .arg(r.line)
                                .arg(r.left, r.op, r.right));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Gate failed"),
                                tr("%1. Set %2 anyway?").arg(gateSummary(v.ref(), report), alias),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("gateConfirmation"));
    box->setInformativeText(failed.join(QLatin1Char('\n')));
    auto *overrideButton = box->addButton(tr("Set %1 anyway").arg(alias), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString model = v.model;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, overrideButton, alias, model, version](QAbstractButton *button) {
                if (button != static_cast<QAbstractButton *>(overrideButton)) {
                    m_status->setText(tr("%1 was left where it was").arg(alias));
                    return;
                }
                if (currentModel() == model)
                    pushAlias(alias, version);
            });
    box->open();
}

void RegistryPanel::pushAlias(const QString &alias, int version) {
    m_undo->push(setAliasCommand(m_editor, currentModel(), alias, version));
}

void RegistryPanel::removeAlias(const QString &alias) {
    if (!currentModel().isEmpty())
        m_undo->push(removeAliasCommand(m_editor, currentModel(), alias));
}

void RegistryPanel::setVersionTag(const QString &key, const QString &value) {
    if (const auto v = currentVersion(); v && !key.isEmpty())
        m_undo->push(setTagCommand(m_editor, currentModel(), *v, key, value));
}

void RegistryPanel::removeVersionTag(const QString &key) {
    if (const auto v = currentVersion())
        m_undo->push(removeTagCommand(m_editor, currentModel(), *v, key));
}

void RegistryPanel::setDescription(const QString &markdown) {
    if (const auto v = currentVersion())
        m_undo->push(setDescriptionCommand(m_editor, currentModel(), *v, markdown));
}

void RegistryPanel::setArchived(bool archive) {
    if (const auto v = currentVersion())
        m_undo->push(archiveCommand(m_editor, currentModel(), *v, archive));
}

void RegistryPanel::askNewAlias() {
    if (!m_current)
        return;
    bool ok = false;
    const QString alias =
        QInputDialog::getText(this, tr("Set an alias"),
                              tr("Alias for %1 (moved here if another version has it):")
                                  .arg(m_current->lineage.version.ref()),
                              QLineEdit::Normal, QStringLiteral("champion"), &ok)
            .trimmed();
    if (ok)
        promoteAlias(alias);
}

void RegistryPanel::askTag() {
    if (!m_current)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Tag a version"),
                              tr("Tag for %1 as key=value:").arg(m_current->lineage.version.ref()),
                              QLineEdit::Normal, {}, &ok);
    const int eq = int(text.indexOf(QLatin1Char('=')));
    if (!ok || text.trimmed().isEmpty())
        return;
    if (eq < 0)
        setVersionTag(text.trimmed(), {});
    else
        setVersionTag(text.left(eq).trimmed(), text.mid(eq + 1).trimmed());
}

} // namespace mlwb::widgets::registry
