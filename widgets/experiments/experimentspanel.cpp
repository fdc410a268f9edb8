#include "experimentspanel.h"

#include "comparecharts.h"
#include "compareview.h"
#include "core/projectpaths.h"
#include "diffview.h"
#include "exploredata.h"
#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/rungroupsmodel.h"
#include "itemmodels/runstablemodel.h"
#include "noteeditor.h"
#include "notewriter.h"
#include "queryedit.h"
#include "rundetailview.h"
#include "runeditor.h"
#include "runstatusdelegate.h"
#include "shared/iconprovider.h"
#include "shared/panelactions.h"
#include "tracking/query/runquery.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::experiments {

namespace {

using itemmodels::RunColumn;
using itemmodels::RunsTableModel;

// A query-language string literal for `text`.
QString literal(const QString &text) {
    QString s = text;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Result<QList<vcs::FileDiff>> diffCommits(const QString &root, const QString &from,
                                         const QString &to) {
    MLWB_ASSIGN_OR_RETURN(vcs::Repository repo, vcs::Repository::discover(root));
    return repo.diff(from, to);
}

} // namespace

ExperimentsPanel::ExperimentsPanel(QWidget *parent)
    : Panel(parent)
    , m_model(new RunsTableModel(this))
    , m_filter(new QueryEdit(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_undo(new QUndoStack(this))
    , m_writer(new NoteWriter(this))
    , m_details(new RunDetailView(m_undo, m_writer, this))
    , m_compare(new CompareView(this))
    , m_charts(new CompareCharts(this))
    , m_codeDiff(new DiffView(this))
    , m_editor(new RunEditor(this))
    , m_sortLabel(new QLabel(this))
    , m_views(new QComboBox(this))
    , m_viewMenuButton(new QToolButton(this))
    , m_trashButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_groupBy(new QComboBox(this))
    , m_groupTree(new QTreeView(this))
    , m_groups(new itemmodels::RunGroupsModel(this))
    , m_exportProgress(new QProgressBar(this))
    , m_cancelExport(new QToolButton(this)) {
    m_filter->setPlaceholderText(
        tr("Filter runs, e.g. metrics.val_loss < 0.2 and params.lr = 0.01   (Ctrl+L)"));
    m_filter->setAccessibleName(tr("Run filter"));
    m_search->setPlaceholderText(tr("Search names (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(260);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(new RunStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Header clicks are handled here, not by QTableView's sorting, so that
    // Shift+click adds keys and the start shows the query's own order.
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        sortByColumn(section, m_headerModifiers.testFlag(Qt::ShiftModifier));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showRunMenu(m_table, pos); });
    m_sortLabel->setForegroundRole(QPalette::PlaceholderText);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ExperimentsPanel::showHeaderMenu);

    m_compareTab = m_details->addComparePage(m_compare, tr("Co&mpare"));
    m_details->addComparePage(m_charts, tr("C&harts"));
    m_details->addComparePage(m_codeDiff, tr("Code di&ff"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_search);
    bar->addWidget(m_count);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_views);
    tools->addWidget(m_viewMenuButton);
    tools->addWidget(m_groupBy);
    tools->addWidget(m_sortLabel, 1);
    tools->addWidget(m_trashButton);
    tools->addWidget(m_exportButton);
    tools->addWidget(m_exportProgress);
    tools->addWidget(m_cancelExport);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addLayout(tools);
    topLayout->addWidget(m_error);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_groupTree, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(300);
    connect(&m_filterTimer, &QTimer::timeout, this, &ExperimentsPanel::applyFilter);
    connect(m_filter, &QLineEdit::textEdited, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &ExperimentsPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    // Brushing in Compare > Explore replaces its earlier condition in the filter.
    connect(m_compare, &CompareView::filterRequested, this,
            [this](const QString &previous, const QString &condition) {
                m_filter->setText(combineFilter(m_filter->text(), previous, condition));
                applyFilter();
            });
    m_selectionTimer.setSingleShot(true);
    m_selectionTimer.setInterval(50);
    connect(&m_selectionTimer, &QTimer::timeout, this, &ExperimentsPanel::onSelectionChanged);

    connect(m_model, &RunsTableModel::queryFinished, this, [this] {
        updateCount();
        m_filter->setKeys(m_model->metricKeys(), m_model->paramKeys(), m_model->tagKeys());
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString id = m_model->columnAt(c).id();
            if (id == QLatin1String("name") || id == QLatin1String("start"))
                m_table->horizontalHeader()->resizeSection(c, id.size() == 4 ? 220 : 150);
        }
        restorePendingView();
        updateSortIndicator();
        updateGroupChoices();
        updateGroups();
        if (!m_pendingLink.isEmpty())
            applyPendingLink();
        else if (m_model->rowCount() == 0 || !m_loading)
            setLoading(false);
        else
            (void)m_model->index(0, 0).data(); // reads the first page
    });
    // On opening, the first run becomes current once its row is read; loading
    // ends when its details are shown.
    connect(m_model, &RunsTableModel::runsUpdated, this, [this] {
        if (!m_pendingLink.isEmpty())
            applyPendingLink();
        else if (m_loading && !m_table->selectionModel()->hasSelection() && m_model->cachedRow(0))
            m_table->selectRow(0);
    });
    connect(m_details, &RunDetailView::loaded, this, [this] {
        if (m_pendingLink.isEmpty() && !m_waitingForCharts)
            setLoading(false);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ExperimentsPanel::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExperimentsPanel::updateCount);
    connect(m_model, &RunsTableModel::errorOccurred, this, [this](const Error &e) {
        showError(e);
        setLoading(false);
    });
    connect(m_model, &RunsTableModel::runsUpdated, this, &ExperimentsPanel::onRunsUpdated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExperimentsPanel::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, &m_selectionTimer,
            qOverload<>(&QTimer::start));
    connect(m_writer, &NoteWriter::failed, this, &ExperimentsPanel::errorOccurred);
    connect(m_details, &RunDetailView::errorOccurred, this, &ExperimentsPanel::errorOccurred);
    connect(&m_diffWatcher, &QFutureWatcherBase::finished, this, [this] {
        auto r = m_diffWatcher.result();
        if (r)
            m_codeDiff->setDiff(*r);
        else
            m_codeDiff->setMessage(r.error().toString());
    });

    const auto panelAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        return addPanelAction(this, m_actions, text, key, slot);
    };
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    for (QAction *a : {undo, redo})
        addPanelShortcut(this, m_actions, a);
    panelAction(tr("Filter runs"), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    panelAction(tr("Search run names"), QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    panelAction(tr("Refresh runs"), QKeySequence(Qt::Key_F5), [this] { m_model->refresh(); });
    QAction *live = panelAction(tr("Live updates"), QKeySequence(),
                                [this](bool on) { m_model->setLiveUpdates(on); });
    live->setCheckable(true);
    live->setChecked(true);
    createRunActions();
    connect(m_editor, &RunEditor::applied, this,
            [this](const QList<qint64> &ids, RunEditor::Effect effect) {
                onRunsEdited(ids, effect == RunEditor::Effect::MembershipChanged);
            });
    connect(m_editor, &RunEditor::failed, this, [this](const Error &e) {
        showError(e);
        Q_EMIT errorOccurred(e);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExperimentsPanel::updateRunActions);
    updateRunActions();
    updateSortIndicator();

    m_groupTree->setModel(m_groups);
    m_groupTree->setItemDelegate(new RunStatusDelegate(m_groupTree));
    m_groupTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groupTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_groupTree, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showRunMenu(m_groupTree, pos); });
    for (QAction *a : {m_openAction, m_trashAction, m_copyAction})
        m_groupTree->addAction(a);
    connect(m_groupTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExperimentsPanel::onCurrentChanged);
    connect(m_groupTree->selectionModel(), &QItemSelectionModel::selectionChanged,
            &m_selectionTimer, qOverload<>(&QTimer::start));
    connect(m_groupTree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExperimentsPanel::updateRunActions);
    // Live changes reach the compare views of runs selected in the tree.
    connect(m_groups, &itemmodels::RunGroupsModel::groupsUpdated, this, [this] {
        if (isGrouped() && m_groupTree->selectionModel()->hasSelection())
            m_selectionTimer.start();
    });
    m_groupTree->setUniformRowHeights(true);
    m_groupTree->setAlternatingRowColors(true);
    m_groupTree->setAccessibleName(tr("Grouped runs"));
    m_groupTree->hide();
    m_groupBy->setToolTip(tr("Group runs by experiment or a parameter"));
    m_groupBy->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateGroupChoices();
    connect(m_groupBy, &QComboBox::activated, this,
            [this] { setGroupBy(m_groupBy->currentData().toString()); });
    connect(m_groups, &itemmodels::RunGroupsModel::groupsLoaded, this, [this] {
        for (int r = 0; r < m_groups->rowCount(); ++r)
            m_groupTree->setFirstColumnSpanned(r, {}, true);
    });
    connect(m_groups, &itemmodels::RunGroupsModel::errorOccurred, this,
            [this](const Error &e) { showError(e); });
}

ExperimentsPanel::~ExperimentsPanel() {
    m_details->noteEditor()->commit();
    m_diffWatcher.waitForFinished();
    cancelExport(); // its file is left as it was
    m_exportWatcher.waitForFinished();
    m_writer->waitForDone();
    m_editor->waitForDone();
}

QString ExperimentsPanel::title() const {
    return tr("Experiments");
}

QIcon ExperimentsPanel::icon() const {
    return IconProvider::icon(QStringLiteral("experiments"));
}

QList<QAction *> ExperimentsPanel::panelActions() const {
    return m_actions;
}

void ExperimentsPanel::setProject(const QString &root) {
    m_details->noteEditor()->commit();
    m_writer->waitForDone();
    m_editor->waitForDone();
    m_undo->clear();
    m_root = root;
    const QString db = root.isEmpty() ? QString() : ProjectPaths(root).database();
    delete m_watcher;
    m_watcher = nullptr;
    if (!db.isEmpty()) {
        m_watcher = new itemmodels::DataVersionWatcher(db, std::chrono::milliseconds(250), this);
        connect(m_watcher, &itemmodels::DataVersionWatcher::failed, this, [this](const Error &e) {
            showError(e);
            Q_EMIT errorOccurred(e);
        });
    }
    m_model->setDataVersionWatcher(m_watcher);
    m_groups->setDataVersionWatcher(m_watcher);
    m_charts->setDataVersionWatcher(m_watcher);
    m_writer->setDatabasePath(db);
    m_editor->setDatabasePath(db);
    reloadViewNames();
    m_details->setDatabasePath(db);
    m_charts->setDatabasePath(db);
    m_groups->setDatabasePath(db);
    m_details->showRun(0);
    m_compare->setRuns({});
    m_charts->setRuns({}, {});
    setLoading(!root.isEmpty());
    m_model->setDatabasePath(db);
    updateCount();
}

void ExperimentsPanel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ExperimentsPanel::applyFilter() {
    m_filterTimer.stop();
    const QString filter = m_filter->text().trimmed();
    // Columns in an error refer to what the user typed, so that is checked alone.
    if (auto r = tracking::RunQuery::parse(filter); !r) {
        showError(r.error());
        return;
    }
    QString combined = filter;
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty()) {
        const QString pattern =
            literal(QStringLiteral("(?i)") + QRegularExpression::escape(search));
        const QString match = QStringLiteral("(name ~ %1 or experiment ~ %1)").arg(pattern);
        combined = filter.isEmpty() ? match : QStringLiteral("(%1) and %2").arg(filter, match);
    }
    if (auto r = m_model->setFilter(combined); !r) {
        showError(r.error());
        return;
    }
    showError(std::nullopt);
}

void ExperimentsPanel::showError(const std::optional<Error> &error) {
    m_filter->setError(error);
    if (!error) {
        m_error->hide();
        return;
    }
    const int column = QueryEdit::errorColumnOf(*error);
    QString text = column > 0 ? tr("Filter, column %1: %2").arg(column).arg(error->why)
                              : error->what + QStringLiteral(": ") + error->why;
    if (!error->hint.isEmpty())
        text += QStringLiteral(" — ") + error->hint;
    m_error->setText(text);
    m_error->setForegroundRole(QPalette::Text);
    m_error->show();
}

void ExperimentsPanel::updateCount() {
    const int n = m_model->rowCount();
    m_count->setText(m_root.isEmpty() ? QString() : tr("%n run(s)", nullptr, n));
}

bool ExperimentsPanel::isGrouped() const {
    return !m_groupBy->currentData().toString().isEmpty();
}

const itemmodels::RunRow *ExperimentsPanel::runRow(qint64 runId) const {
    if (const itemmodels::RunRow *row = m_model->cachedRow(m_model->rowOfRun(runId)))
        return row;
    return m_groups->cachedRun(runId);
}

QList<qint64> ExperimentsPanel::selectedRunIds() const {
    if (isGrouped()) {
        QList<qint64> ids;
        // Visual order: groups top to bottom, runs within them.
        QModelIndexList rows = m_groupTree->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
            const int pa = a.parent().isValid() ? a.parent().row() : a.row();
            const int pb = b.parent().isValid() ? b.parent().row() : b.row();
            return std::pair(pa, a.parent().isValid() ? a.row() : -1) <
                   std::pair(pb, b.parent().isValid() ? b.row() : -1);
        });
        for (const QModelIndex &i : rows) {
            if (const qint64 id = m_groups->runIdAt(i); id != 0 && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    }
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        ids.append(m_model->runIdAt(r));
    return ids;
}

void ExperimentsPanel::onCurrentChanged() {
    if (isGrouped()) {
        const qint64 id = m_groups->runIdAt(m_groupTree->selectionModel()->currentIndex());
        if (id != 0)
            m_details->showRun(id);
        return;
    }
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->showRun(current.isValid() ? m_model->runIdAt(current.row()) : 0);
}

void ExperimentsPanel::onSelectionChanged() {
    QList<itemmodels::RunRow> rows;
    QList<std::pair<qint64, QString>> runs;
    QStringList metricKeys;
    for (qint64 id : selectedRunIds()) {
        const itemmodels::RunRow *row = runRow(id);
        if (!row)
            continue;
        rows.append(*row);
        runs.append({row->id, row->name});
        for (auto it = row->metrics.cbegin(); it != row->metrics.cend(); ++it) {
            if (!metricKeys.contains(it.key()))
                metricKeys.append(it.key());
        }
    }
    metricKeys.sort();
    m_compare->setRuns(rows);
    m_charts->setRuns(runs, metricKeys);
    if (rows.size() == 2 && !rows[0].gitCommit.isEmpty() && !rows[1].gitCommit.isEmpty()) {
        // Older run first, so the diff reads as "what changed since".
        const auto &[a, b] = rows[0].startTime <= rows[1].startTime ? std::pair(rows[0], rows[1])
                                                                    : std::pair(rows[1], rows[0]);
        if (a.gitCommit == b.gitCommit)
            m_codeDiff->setMessage(
                tr("Both runs started from commit %1.").arg(a.gitCommit.left(12)));
        else
            loadCodeDiff(a.gitCommit, b.gitCommit);
    } else {
        m_codeDiff->setMessage(
            tr("Select two runs started from git commits to compare their code."));
    }
}

void ExperimentsPanel::loadCodeDiff(const QString &fromCommit, const QString &toCommit) {
    if (m_diffWatcher.isRunning() || m_diffCommits == qMakePair(fromCommit, toCommit))
        return;
    m_diffCommits = qMakePair(fromCommit, toCommit);
    m_codeDiff->setMessage(tr("Reading the diff…"));
    m_diffWatcher.setFuture(QtConcurrent::run(diffCommits, m_root, fromCommit, toCommit));
}

void ExperimentsPanel::onRunsUpdated(const QList<qint64> &ids) {
    const QList<qint64> selected = selectedRunIds();
    for (qint64 id : ids) {
        if (selected.contains(id)) {
            m_selectionTimer.start();
            break;
        }
    }
    if (ids.contains(m_details->runId()))
        m_details->showRun(m_details->runId());
}

void ExperimentsPanel::showHeaderMenu(const QPoint &pos) {
    QMenu menu(this);
    QMenu *params = menu.addMenu(tr("Parameters"));
    QMenu *metrics = menu.addMenu(tr("Metrics"));
    for (const RunColumn &c : m_model->availableColumns()) {
        QMenu *into = &menu;
        if (c.kind == RunColumn::Kind::Param)
            into = params;
        else if (c.kind == RunColumn::Kind::MetricLast || c.kind == RunColumn::Kind::MetricMin ||
                 c.kind == RunColumn::Kind::MetricMax)
            into = metrics;
        QAction *a = into->addAction(c.title());
        a->setCheckable(true);
        a->setChecked(m_model->isColumnVisible(c.id()));
        const QString id = c.id();
        connect(a, &QAction::toggled, this,
                [this, id](bool on) { m_model->setColumnVisible(id, on); });
    }
    params->setEnabled(!params->isEmpty());
    metrics->setEnabled(!metrics->isEmpty());
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

} // namespace mlwb::widgets::experiments
