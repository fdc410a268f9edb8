#include "rundetailview.h"

#include "diffview.h"
#include "itemmodels/runcolumns.h"
#include "noteeditor.h"
#include "store/database.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::experiments {

namespace {

Result<itemmodels::RunDetails> readDetails(const QString &path, qint64 runId) {
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(path, store::Database::Mode::ReadOnly));
    return itemmodels::loadRunDetails(db, runId);
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
    , m_code(new DiffView(this)) {
    setDocumentMode(true);
    auto *artifactView = new QTableView(this);
    artifactView->setModel(m_artifacts);
    artifactView->horizontalHeader()->setStretchLastSection(true);
    artifactView->verticalHeader()->hide();
    artifactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    addTab(m_overview, tr("&Overview"));
    addTab(m_note, tr("&Note"));
    addTab(artifactView, tr("&Artifacts"));
    addTab(m_code, tr("Co&de"));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RunDetailView::onLoaded);
    showRun(0);
}

RunDetailView::~RunDetailView() {
    m_watcher.waitForFinished();
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

void RunDetailView::render(const itemmodels::RunDetails &d) {
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
    QList<std::pair<QString, QString>> params;
    for (const tracking::Param &p : d.params)
        params.append({p.key, tracking::toDisplayString(p.value)});
    QList<std::pair<QString, QString>> metrics;
    for (const tracking::MetricSummary &m : d.metrics)
        metrics.append(
            {m.key, tr("%1   (min %2, max %3, step %4, %n point(s))", nullptr, int(m.count))
                        .arg(itemmodels::formatMetric(m.last), itemmodels::formatMetric(m.min),
                             itemmodels::formatMetric(m.max))
                        .arg(m.lastStep)});
    QList<std::pair<QString, QString>> tags;
    for (const tracking::Tag &t : d.tags)
        tags.append({t.key, t.value});
    QString html = section(tr("Run"), run);
    if (!params.isEmpty())
        html += section(tr("Parameters"), params);
    if (!metrics.isEmpty())
        html += section(tr("Metrics"), metrics);
    if (!tags.isEmpty())
        html += section(tr("Tags"), tags);
    m_overview->setHtml(html);

    m_note->setRun(d.run.id, d.run.note);

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
