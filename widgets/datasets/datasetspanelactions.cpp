// The Datasets panel's actions, links between panels, file drops and the diff export.
#include "datasetspanel.h"
#include "shared/panelactions.h"

#include "datasets/tablediff.h"
#include "itemmodels/datasetversionsmodel.h"
#include "tablediffview.h"

#include <QAction>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMimeData>
#include <QSaveFile>
#include <QTabWidget>
#include <QTreeView>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::datasets {

using itemmodels::DatasetVersionsModel;

void DatasetsPanel::createActions() {
    const auto add = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addPanelAction(this, m_actions, text, key, slot);
    };
    add(tr("Compare latest two versions"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { compareLatestTwo(); });
    m_nextAction = add(tr("Next change"), QKeySequence(Qt::Key_F8), [this] {
        m_tabs->setCurrentWidget(m_table);
        m_table->nextChange();
    });
    m_previousAction = add(tr("Previous change"), QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] {
        m_tabs->setCurrentWidget(m_table);
        m_table->previousChange();
    });
    m_changesOnlyAction = add(tr("Show changed rows only"), QKeySequence(Qt::CTRL | Qt::Key_H),
                              [this](bool on) { m_table->setChangesOnly(on); });
    m_changesOnlyAction->setCheckable(true);
    connect(m_table->changesOnlyBox(), &QCheckBox::toggled, m_changesOnlyAction,
            &QAction::setChecked);
    m_exportCsvAction =
        add(tr("Export table diff as CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            [this] { askExport(false); });
    m_exportJsonAction =
        add(tr("Export table diff as JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J),
            [this] { askExport(true); });
    add(tr("Compare two files…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O),
        [this] { askCompareFiles(); });
    add(tr("Reload datasets"), QKeySequence(Qt::Key_F5), [this] { reload(); });
    m_cancelAction =
        add(tr("Cancel comparison"), QKeySequence(Qt::Key_Escape), [this] { cancelComparison(); });
    connect(&m_exportWatcher, &QFutureWatcherBase::finished, this, [this] {
        updateActions();
        const Status s = m_exportWatcher.result();
        if (!s) {
            showErrors({s.error()});
            Q_EMIT errorOccurred(s.error());
            return;
        }
        Q_EMIT exported(m_exportPath);
    });
}

void DatasetsPanel::updateActions() {
    const bool diff = m_result && m_result->diff;
    m_nextAction->setEnabled(diff);
    m_previousAction->setEnabled(diff);
    m_changesOnlyAction->setEnabled(diff);
    m_exportCsvAction->setEnabled(diff && !m_exportWatcher.isRunning());
    m_exportJsonAction->setEnabled(diff && !m_exportWatcher.isRunning());
    m_cancelAction->setEnabled(m_compareWatcher.isRunning());
}

void DatasetsPanel::askCompareFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Pick two versions of a table"), m_root,
        tr("Tables (*.csv *.tsv *.tab *.jsonl *.ndjson);;All files (*)"));
    if (files.size() != 2) {
        if (!files.isEmpty())
            showErrors(
                {Error{tr("compare files"), tr("%n file(s) picked", nullptr, int(files.size())),
                       tr("pick exactly two files: A, then B")}});
        return;
    }
    compareFiles(files[0], files[1]);
}

void DatasetsPanel::dragEnterEvent(QDragEnterEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 2 && urls[0].isLocalFile() && urls[1].isLocalFile())
        event->acceptProposedAction();
}

void DatasetsPanel::dropEvent(QDropEvent *event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 2)
        return;
    event->acceptProposedAction();
    compareFiles(urls[0].toLocalFile(), urls[1].toLocalFile());
}

void DatasetsPanel::askExport(bool json) {
    if (!m_result || !m_result->diff)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export table diff as JSON") : tr("Export table diff as CSV"), m_root,
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportDiff(path, json);
}

void DatasetsPanel::exportDiff(const QString &path, bool json) {
    if (!m_result || !m_result->diff || m_exportWatcher.isRunning())
        return;
    m_exportPath = path;
    m_exportWatcher.setFuture(QtConcurrent::run([diff = m_result->diff, path, json]() -> Status {
        const QByteArray bytes = json ? QJsonDocument(mlwb::datasets::toJson(*diff)).toJson()
                                      : mlwb::datasets::toHighlighterCsv(*diff);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QCoreApplication::translate("mlwb", "write %1").arg(path),
                        file.errorString(),
                        QCoreApplication::translate("mlwb", "pick a folder you can write to"));
        return {};
    }));
    updateActions();
}

void DatasetsPanel::showTab(const QString &name) {
    static const QStringList names{QStringLiteral("summary"), QStringLiteral("table"),
                                   QStringLiteral("profiles"), QStringLiteral("drift"),
                                   QStringLiteral("images")};
    const int tab = int(names.indexOf(name));
    if (tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

bool DatasetsPanel::openLink(const QUrl &link) {
    if (link.host() != panelId())
        return false;
    m_pendingLink = link;
    if (m_listWatcher.isRunning() || m_root.isEmpty()) {
        setLoading(true); // applied once the versions are read
        return true;
    }
    applyPendingLink();
    return m_pendingLink.isEmpty();
}

void DatasetsPanel::applyPendingLink() {
    const QUrl link = m_pendingLink;
    m_pendingLink.clear();
    QStringList parts = link.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QUrlQuery query(link);
    showTab(query.queryItemValue(QStringLiteral("tab")));
    if (parts.isEmpty()) {
        compareLatestTwo();
        return;
    }
    // The name may be a path with slashes: the last part is the version when it names one.
    QModelIndex b;
    if (parts.size() >= 2)
        b = m_versions->findVersion(parts.mid(0, parts.size() - 1).join(QLatin1Char('/')),
                                    parts.back());
    if (!b.isValid())
        b = m_versions->findVersion(parts.join(QLatin1Char('/')), QStringLiteral("latest"));
    if (!b.isValid()) {
        showErrors({Error{tr("open %1").arg(link.toString()),
                          tr("the project has no such dataset version"),
                          tr("pick a version from the list on the left")}});
        return;
    }
    const QString source = b.data(DatasetVersionsModel::SourceNameRole).toString();
    QModelIndex a;
    if (query.hasQueryItem(QStringLiteral("with")))
        a = m_versions->findVersion(source, query.queryItemValue(QStringLiteral("with")));
    if (!a.isValid()) {
        const int count = m_versions->rowCount(b.parent());
        if (count < 2) {
            selectPair(b, b);
            return;
        }
        a = b.row() + 1 < count ? b.sibling(b.row() + 1, 0) : b.sibling(b.row() - 1, 0);
        if (a.row() < b.row())
            std::swap(a, b);
    }
    selectPair(a, b);
}

} // namespace mlwb::widgets::datasets
