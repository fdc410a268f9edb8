// The Experiments panel's actions on selected runs: open, compare, tag,
// trash and restore, copy ids, reveal artifacts, and the CSV export.
#include "experimentspanel.h"

#include "core/projectpaths.h"
#include "itemmodels/runscsvexport.h"
#include "itemmodels/runstablemodel.h"
#include "runcommands.h"
#include "rundetailview.h"
#include "runeditor.h"
#include "shared/panelactions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::experiments {

void ExperimentsPanel::createRunActions() {
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addPanelAction(this, m_actions, text, key, slot);
    };
    m_openAction = add(tr("Open run"), QKeySequence(Qt::Key_Return), [this] {
        onCurrentChanged();
        m_details->setCurrentIndex(0);
        m_details->setFocus();
    });
    // Return belongs to the table alone: editors use it themselves.
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_openAction);
    m_compareAction = add(tr("Compare runs"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        onSelectionChanged();
        m_details->setCurrentIndex(m_compareTab);
    });
    m_tagAction = add(tr("Add tag…"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { askTag(); });
    m_trashAction =
        add(tr("Move to trash"), QKeySequence(Qt::Key_Delete), [this] { trashSelectedRuns(); });
    m_trashAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_trashAction);
    m_restoreAction = add(tr("Restore from trash"), QKeySequence(Qt::CTRL | Qt::Key_R),
                          [this] { restoreSelectedRuns(); });
    m_copyAction = add(tr("Copy run id(s)"), QKeySequence(Qt::CTRL | Qt::Key_C),
                       [this] { copySelectedRunIds(); });
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_copyAction);
    m_revealAction = add(tr("Reveal artifacts"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                         [this] { revealArtifacts(); });
    m_exportAction = add(tr("Export runs as CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                         [this] { askExport(); });
    auto *trash = add(tr("Show trash"), QKeySequence(), [this](bool on) { setShowTrash(on); });
    trash->setCheckable(true);
    m_trashButton->setDefaultAction(trash);
    m_trashButton->setText(tr("Trash"));
    m_trashButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_trashButton->setAutoRaise(true);
    m_exportButton->setDefaultAction(m_exportAction);
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setAutoRaise(true);

    m_exportProgress->setMaximumWidth(160);
    m_exportProgress->setFormat(tr("%v of %m runs"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->hide();
    m_cancelExport->setText(tr("Cancel"));
    m_cancelExport->setToolTip(tr("Stop the export; the file is left as it was"));
    m_cancelExport->setAutoRaise(true);
    m_cancelExport->hide();
    connect(m_cancelExport, &QToolButton::clicked, this, &ExperimentsPanel::cancelExport);
    connect(&m_exportWatcher, &QFutureWatcherBase::progressRangeChanged, m_exportProgress,
            &QProgressBar::setRange);
    connect(&m_exportWatcher, &QFutureWatcherBase::progressValueChanged, m_exportProgress,
            &QProgressBar::setValue);
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_exportAction->setEnabled(true);
        m_exportProgress->hide();
        m_cancelExport->hide();
        const Result<qint64> r = m_exportWatcher.result();
        if (!r && m_exportCancel && m_exportCancel->load()) {
            m_count->setText(tr("Export cancelled"));
            Q_EMIT exportCancelled(m_exportPath);
            return;
        }
        if (!r) {
            showError(r.error());
            Q_EMIT errorOccurred(r.error());
            return;
        }
        m_count->setText(tr("%n run(s) exported", nullptr, int(*r)));
        Q_EMIT exported(m_exportPath, *r);
    });
}

void ExperimentsPanel::updateRunActions() {
    const bool any = !selectedRunIds().isEmpty();
    const bool trash = m_model->showsTrashed();
    m_openAction->setEnabled(any);
    m_compareAction->setEnabled(any);
    m_tagAction->setEnabled(any && !trash);
    m_trashAction->setEnabled(any && !trash);
    m_restoreAction->setEnabled(any && trash);
    m_restoreAction->setVisible(trash);
    m_trashAction->setVisible(!trash);
    m_copyAction->setEnabled(any);
    m_revealAction->setEnabled(!m_root.isEmpty());
}

QList<QAction *> ExperimentsPanel::runMenuActions() const {
    return {m_openAction,
            m_compareAction,
            nullptr,
            m_tagAction,
            m_model->showsTrashed() ? m_restoreAction : m_trashAction,
            nullptr,
            m_copyAction,
            m_revealAction};
}

void ExperimentsPanel::showRunMenu(QAbstractItemView *view, const QPoint &pos) {
    if (!view->indexAt(pos).isValid())
        return;
    updateRunActions();
    QMenu menu(this);
    for (QAction *a : runMenuActions()) {
        if (a)
            menu.addAction(a);
        else
            menu.addSeparator();
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void ExperimentsPanel::askTag() {
    if (selectedRunIds().isEmpty())
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Add tag"), tr("Tag for the selected runs (key=value):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || text.isEmpty())
        return;
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString key = (eq < 0 ? text : text.left(eq)).trimmed();
    const QString value = eq < 0 ? QString() : text.mid(eq + 1).trimmed();
    if (key.isEmpty()) {
        showError(Error{tr("Add tag"), tr("the key before '=' is empty"),
                        tr("Write the tag as key=value, e.g. stage=baseline.")});
        return;
    }
    tagSelectedRuns(key, value);
}

void ExperimentsPanel::tagSelectedRuns(const QString &key, const QString &value) {
    SetTagCommand::Previous previous;
    for (qint64 id : selectedRunIds()) {
        const itemmodels::RunRow *row = runRow(id);
        if (!row)
            continue; // not read yet: its earlier value is unknown, so it is left alone
        std::optional<QString> before;
        for (const tracking::Tag &t : row->tags) {
            if (t.key == key)
                before = t.value;
        }
        previous.insert(id, before);
    }
    if (!previous.isEmpty())
        m_undo->push(new SetTagCommand(m_editor, key, value, previous));
}

void ExperimentsPanel::trashSelectedRuns() {
    const QList<qint64> ids = selectedRunIds();
    if (!ids.isEmpty() && !m_model->showsTrashed())
        m_undo->push(new TrashRunsCommand(m_editor, ids));
}

void ExperimentsPanel::restoreSelectedRuns() {
    const QList<qint64> ids = selectedRunIds();
    if (!ids.isEmpty() && m_model->showsTrashed())
        m_undo->push(new TrashRunsCommand(m_editor, ids, true));
}

void ExperimentsPanel::copySelectedRunIds() {
    QStringList uuids;
    for (qint64 id : selectedRunIds()) {
        if (const itemmodels::RunRow *row = runRow(id))
            uuids.append(row->uuid);
    }
    if (!uuids.isEmpty())
        QApplication::clipboard()->setText(uuids.join(QLatin1Char('\n')));
}

void ExperimentsPanel::setShowTrash(bool trash) {
    m_trashButton->defaultAction()->setChecked(trash);
    m_table->selectionModel()->clearSelection();
    m_groupTree->selectionModel()->clearSelection();
    m_model->setShowTrashed(trash);
    updateRunActions();
}

void ExperimentsPanel::revealArtifacts() {
    if (m_root.isEmpty())
        return;
    // Artifacts live content-addressed in the project's object store.
    const QString dir = ProjectPaths(m_root).objectsDir();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        QApplication::clipboard()->setText(QDir::toNativeSeparators(dir));
}

void ExperimentsPanel::onRunsEdited(const QList<qint64> &ids, bool membershipChanged) {
    if (membershipChanged)
        m_model->refresh();
    else
        m_model->reloadRuns(ids);
}

void ExperimentsPanel::askExport() {
    if (m_root.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export runs as CSV"), QDir(m_root).filePath(QStringLiteral("runs.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ExperimentsPanel::exportCsv(const QString &path) {
    if (m_root.isEmpty() || m_exportWatcher.isRunning())
        return;
    itemmodels::RunsCsvExport request;
    request.databasePath = ProjectPaths(m_root).database();
    request.filter = m_model->filter();
    request.sort = m_model->sortText();
    request.trashed = m_model->showsTrashed();
    request.outputPath = path;
    // Visible columns in the order the user arranged them.
    const QHeaderView *header = m_table->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            request.columns.append(m_model->columnAt(logical));
    }
    m_exportPath = path;
    m_exportAction->setEnabled(false);
    m_count->setText(tr("Exporting…"));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setValue(0);
    m_exportProgress->show();
    m_cancelExport->show();
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    m_exportWatcher.setFuture(
        QtConcurrent::run([request, cancel = m_exportCancel](QPromise<Result<qint64>> &promise) {
            promise.addResult(itemmodels::exportRunsCsv(
                request, cancel.get(), [&promise](qint64 written, qint64 total) {
                    promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                    promise.setProgressValue(int(qMin<qint64>(written, INT_MAX)));
                }));
        }));
}

void ExperimentsPanel::cancelExport() {
    if (m_exportCancel && m_exportWatcher.isRunning())
        m_exportCancel->store(true);
}

} // namespace mlwb::widgets::experiments
