#include "rundetailview.h"

#include "diffview.h"
#include "itemmodels/runcolumns.h"
#include "noteeditor.h"
#include "runlogview.h"
#include "store/contentstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::experiments {

namespace {

// <root> of <root>/.mlwb/project.db.
QString projectRoot(const QString &dbPath) {
    QDir dir = QFileInfo(dbPath).absoluteDir();
    dir.cdUp();
    return dir.absolutePath();
}

QString objectsDir(const QString &dbPath) {
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("objects"));
}

Result<RunPageData> readDetails(const QString &path, qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(path, store::Database::Mode::ReadOnly));
    RunPageData page;
    MLWB_ASSIGN_OR_RETURN(page.details, itemmodels::loadRunDetails(db, runId));
    MLWB_ASSIGN_OR_RETURN(page.details.logs,
                          itemmodels::loadRunLogs(page.details.artifacts, objectsDir(path)));
    // The commit's message and author, if the project's repository has the commit.
    if (const QString commit = page.details.run.git.commit; !commit.isEmpty()) {
        if (auto repo = vcs::Repository::discover(projectRoot(path)); repo) {
            if (auto info = repo->commit(commit); info)
                page.commit = *info;
        }
    }
    return page;
}

Result<QString> copyOut(const QString &source, const QString &destination) {
    const QString what = QCoreApplication::translate("mlwb", "Save the artifact as %1")
                             .arg(QDir::toNativeSeparators(destination));
    QDir().mkpath(QFileInfo(destination).absolutePath());
    if (QFile::exists(destination) && !QFile::remove(destination))
        return fail(what,
                    QCoreApplication::translate("mlwb", "the file exists and cannot be "
                                                        "replaced"),
                    QCoreApplication::translate("mlwb", "Choose another name or folder."));
    QFile in(source);
    if (!in.copy(destination))
        return fail(what, in.errorString(),
                    QCoreApplication::translate("mlwb", "Check that %1 exists and the folder is "
                                                        "writable.")
                        .arg(QDir::toNativeSeparators(source)));
    return destination;
}

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString section(const QString &title, const QList<std::pair<QString, QString>> &rows) {
    QString html =
        QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(esc(title));
    for (const auto &[k, v] : rows)
        html += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(k), esc(v));
    return html + QStringLiteral("</table>");
}

} // namespace

RunDetailView::RunDetailView(QUndoStack *undoStack, NoteWriter *writer, QWidget *parent)
    : QTabWidget(parent)
    , m_overview(new QTextBrowser(this))
    , m_note(new NoteEditor(undoStack, writer, this))
    , m_artifacts(new QStandardItemModel(this))
    , m_code(new DiffView(this))
    , m_artifactView(new QTableView(this))
    , m_logs(new RunLogView(this)) {
    setDocumentMode(true);
    m_artifactView->setModel(m_artifacts);
    m_artifactView->horizontalHeader()->setStretchLastSection(true);
    m_artifactView->verticalHeader()->hide();
    m_artifactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_artifactView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_artifactView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_artifactView->setToolTip(tr("Double-click to open; right-click to save a copy"));
    connect(m_artifactView, &QWidget::customContextMenuRequested, this,
            &RunDetailView::showArtifactMenu);
    connect(m_artifactView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openArtifact(index.row()); });
    addTab(m_overview, tr("&Overview"));
    addTab(m_note, tr("&Note"));
    addTab(m_artifactView, tr("&Artifacts"));
    addTab(m_logs, tr("&Log"));
    addTab(m_code, tr("Co&de"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RunDetailView::onLoaded);
    connect(&m_copyWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<QString> r = m_copyWatcher.result();
        if (!r) {
            Q_EMIT errorOccurred(r.error());
            return;
        }
        if (m_openCopy)
            QDesktopServices::openUrl(QUrl::fromLocalFile(*r));
        else
            Q_EMIT artifactSaved(*r);
    });
    showRun(0);
}

RunDetailView::~RunDetailView() {
    m_watcher.waitForFinished();
    m_copyWatcher.waitForFinished();
}

void RunDetailView::showArtifactMenu(const QPoint &pos) {
    const QModelIndex index = m_artifactView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, row = index.row()] { openArtifact(row); });
    menu.addAction(tr("&Save as…"), this, [this, row = index.row()] {
        const QString name = QFileInfo(m_shownArtifacts.value(row).path).fileName();
        const QString dest = QFileDialog::getSaveFileName(this, tr("Save artifact as"),
                                                          QDir(QDir::homePath()).filePath(name));
        if (!dest.isEmpty())
            saveArtifact(row, dest);
    });
    menu.exec(m_artifactView->viewport()->mapToGlobal(pos));
}

void RunDetailView::saveArtifact(int row, const QString &destination) {
    copyArtifact(row, destination, false);
}

void RunDetailView::openArtifact(int row) {
    const tracking::Artifact a = m_shownArtifacts.value(row);
    if (a.hash.isEmpty())
        return;
    // Named like the artifact, so the desktop picks the application by its type.
    const QString dest = QDir::temp().filePath(
        QStringLiteral("mlwb-artifacts/%1/%2").arg(a.hash.left(16), QFileInfo(a.path).fileName()));
    copyArtifact(row, dest, true);
}

void RunDetailView::copyArtifact(int row, const QString &destination, bool open) {
    const tracking::Artifact a = m_shownArtifacts.value(row);
    if (a.hash.isEmpty() || m_copyWatcher.isRunning())
        return;
    m_openCopy = open;
    const QString source = store::ContentStore(objectsDir(m_dbPath)).pathOf(a.hash);
    m_copyWatcher.setFuture(QtConcurrent::run(copyOut, source, destination));
}

int RunDetailView::addComparePage(QWidget *page, const QString &title) {
    return addTab(page, title);
}

void RunDetailView::showRun(qint64 runId) {
    m_runId = runId;
    if (!runId) {
        m_overview->setHtml(QStringLiteral("<p>%1</p>")
                                .arg(esc(tr("Select a run to see its details. Select several "
                                            "to compare them."))));
        m_note->clear();
        m_artifacts->clear();
        m_shownArtifacts.clear();
        m_logs->setLogs({});
        m_code->setMessage(tr("No run selected."));
        return;
    }
    if (m_watcher.isRunning())
        return; // onLoaded() reads the newest run next
    m_loadingId = runId;
    m_watcher.setFuture(QtConcurrent::run(readDetails, m_dbPath, runId));
}

void RunDetailView::onLoaded() {
    auto r = m_watcher.result();
    if (m_loadingId != m_runId) {
        showRun(m_runId);
        return;
    }
    if (!r) {
        Q_EMIT errorOccurred(r.error());
        return;
    }
    render(*r);
    Q_EMIT loaded(m_runId);
}

void RunDetailView::render(const RunPageData &page) {
    const itemmodels::RunDetails &d = page.details;
    const QLocale loc;
    const auto time = [&](double t) {
        return loc.toString(QDateTime::fromMSecsSinceEpoch(qint64(t * 1000)), QLocale::ShortFormat);
    };
    QList<std::pair<QString, QString>> run{
        {tr("Name"), d.run.name},
        {tr("Run id"), d.run.uuid},
        {tr("Experiment"), d.run.experiment},
        {tr("Status"), tracking::toString(d.run.status)},
        {tr("Started"), time(d.run.startTime)},
    };
    if (d.run.endTime)
        run.append({tr("Duration"), itemmodels::formatDuration(*d.run.endTime - d.run.startTime)});
    if (!d.run.command.isEmpty())
        run.append({tr("Command"), d.run.command});
    if (!d.run.host.isEmpty())
        run.append({tr("Host"), d.run.host});
    if (d.run.exitCode)
        run.append({tr("Exit code"), QString::number(*d.run.exitCode)});
    run.append({tr("Git commit"),
                d.run.git.commit.isEmpty()
                    ? tr("none")
                    : d.run.git.commit.left(12) +
                          (d.run.git.dirty ? tr(" (with uncommitted changes)") : QString())});
    if (page.commit) {
        run.append({tr("Commit message"), page.commit->summary});
        run.append({tr("Commit author"),
                    page.commit->email.isEmpty()
                        ? page.commit->author
                        : QStringLiteral("%1 <%2>").arg(page.commit->author, page.commit->email)});
    }
    QList<std::pair<QString, QString>> params;
    for (const tracking::Param &p : d.params)
        params.append({p.key, tracking::toDisplayString(p.value)});
    const auto summaries = [this](const QList<tracking::MetricSummary> &list) {
        QList<std::pair<QString, QString>> rows;
        for (const tracking::MetricSummary &m : list)
            rows.append(
                {m.key, tr("%1   (min %2, max %3, step %4, %n point(s))", nullptr, int(m.count))
                            .arg(itemmodels::formatMetric(m.last), itemmodels::formatMetric(m.min),
                                 itemmodels::formatMetric(m.max))
                            .arg(m.lastStep)});
        return rows;
    };
    const QList<std::pair<QString, QString>> metrics = summaries(d.metrics);
    const QList<std::pair<QString, QString>> system = summaries(d.systemMetrics);
    QList<std::pair<QString, QString>> tags;
    for (const tracking::Tag &t : d.tags)
        tags.append({t.key, t.value});
    QString html = section(tr("Run"), run);
    if (!params.isEmpty())
        html += section(tr("Parameters"), params);
    if (!metrics.isEmpty())
        html += section(tr("Metrics"), metrics);
    if (!system.isEmpty())
        html += section(tr("System"), system);
    if (!tags.isEmpty())
        html += section(tr("Tags"), tags);
    m_overview->setHtml(html);

    m_note->setRun(d.run.id, d.run.note);

    m_shownArtifacts = d.artifacts;
    m_logs->setLogs(d.logs);
    m_artifacts->clear();
    m_artifacts->setHorizontalHeaderLabels({tr("Path"), tr("Size"), tr("Hash")});
    for (const tracking::Artifact &a : d.artifacts) {
        auto *size = new QStandardItem(loc.formattedDataSize(a.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_artifacts->appendRow(
            {new QStandardItem(a.path), size, new QStandardItem(a.hash.left(16))});
    }

    if (d.run.git.patch.isEmpty()) {
        m_code->setMessage(d.run.git.commit.isEmpty()
                               ? tr("This run was not started in a git repository.")
                               : tr("The run started from commit %1 with no uncommitted changes.")
                                     .arg(d.run.git.commit.left(12)));
    } else if (auto files = vcs::Repository::parsePatch(d.run.git.patch); files) {
        m_code->setDiff(*files);
    } else {
        m_code->setMessage(files.error().toString());
    }
}

} // namespace mlwb::widgets::experiments
