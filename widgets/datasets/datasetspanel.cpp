#include "datasetspanel.h"

#include "comparisonsummaryview.h"
#include "driftview.h"
#include "imagediffpane.h"
#include "itemmodels/datasetversionsmodel.h"
#include "profileview.h"
#include "shared/iconprovider.h"
#include "shared/settings.h"
#include "shared/theme.h"
#include "tablediffview.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace mlwb::widgets::datasets {

using itemmodels::DatasetVersionsModel;

namespace {
const Setting<int> tabSetting{QStringLiteral("datasets/tab"), 0};

QString versionLabel(const QModelIndex &index) {
    const QString source = index.data(DatasetVersionsModel::SourceNameRole).toString();
    return QStringLiteral("%1@%2").arg(
        source, index.data(DatasetVersionsModel::VersionLabelRole).toString());
}
} // namespace

DatasetsPanel::DatasetsPanel(QWidget *parent)
    : Panel(parent)
    , m_versions(new DatasetVersionsModel(this))
    , m_tree(new QTreeView)
    , m_emptyHint(new QLabel)
    , m_pair(new QLabel)
    , m_error(new ErrorBanner)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton)
    , m_tableFile(new QComboBox)
    , m_tableFileLabel(new QLabel(tr("T&able file:")))
    , m_tabs(new QTabWidget)
    , m_summary(new ComparisonSummaryView)
    , m_table(new TableDiffView)
    , m_profiles(new ProfileView)
    , m_drift(new DriftView)
    , m_images(new ImageDiffPane) {
    setAcceptDrops(true);

    // Left: data sources and their versions.
    m_tree->setModel(m_versions);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Datasets and versions"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DatasetVersionsModel::MessageColumn,
                                           QHeaderView::Stretch);
    m_tree->setToolTip(tr("Select two versions to compare them (Ctrl+click), or one to compare "
                          "it with the version before it"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(
        tr("No datasets yet. Snapshot data with <code>mlwb data add PATH</code>, commit a CSV "
           "file to git, or open a DVC repository. Two files dropped here are compared too."));
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->hide();
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_emptyHint);

    // Right: the pair, progress, errors, and the tabs.
    QFont pairFont = m_pair->font();
    pairFont.setBold(true);
    m_pair->setFont(pairFont);
    m_pair->setText(tr("Pick two versions on the left"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Comparing… %v of %m"));
    m_progress->setAccessibleName(tr("Comparison progress"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop this comparison (Esc)"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_tableFileLabel->setBuddy(m_tableFile);
    m_tableFile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tableFileLabel->hide();
    m_tableFile->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_pair, 1);
    header->addWidget(m_tableFileLabel);
    header->addWidget(m_tableFile);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);

    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->addTab(m_profiles, tr("Profiles"));
    m_tabs->addTab(m_drift, tr("Drift"));
    m_tabs->addTab(m_images, tr("Images"));
    connect(m_images, &ImageDiffPane::loadingChanged, this,
            [this] { Q_EMIT loadingChanged(isLoading()); });
    m_tabs->setTabVisible(ImagesTab, false); // for versions that are folders
    m_tabs->setDocumentMode(true);
    m_tabs->setCurrentIndex(std::clamp(tabSetting.get(), 0, m_tabs->count() - 1));
    m_summary->showMessage(tr("Pick two versions of a dataset on the left to see what changed."));

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({340, 1100});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetsPanel::onSelectionChanged);
    connect(m_cancel, &QToolButton::clicked, this, &DatasetsPanel::cancelComparison);
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int tab) { tabSetting.set(tab); });
    connect(m_summary, &ComparisonSummaryView::tabRequested, this, &DatasetsPanel::showTab);
    connect(m_drift, &DriftView::columnActivated, this, [this](const QString &column) {
        if (m_profiles->showColumn(column))
            m_tabs->setCurrentWidget(m_profiles);
    });
    connect(m_table, &TableDiffView::optionsChanged, this, &DatasetsPanel::rerun);
    connect(m_tableFile, &QComboBox::activated, this, &DatasetsPanel::rerun);
    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, &DatasetsPanel::onSourcesLoaded);
    connect(&m_compareWatcher, &QFutureWatcherBase::finished, this,
            &DatasetsPanel::onComparisonFinished);
    connect(&m_compareWatcher, &QFutureWatcherBase::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_compareWatcher, &QFutureWatcherBase::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    createActions();
    updateActions();
}

DatasetsPanel::~DatasetsPanel() {
    if (m_listCancel)
        m_listCancel->store(true);
    m_request.cancel->store(true);
    m_compareWatcher.cancel();
    m_listWatcher.waitForFinished();
    m_compareWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

QString DatasetsPanel::title() const {
    return tr("Datasets");
}

QIcon DatasetsPanel::icon() const {
    return IconProvider::icon(QStringLiteral("datasets"));
}

bool DatasetsPanel::isLoading() const {
    return m_loading || (m_tabs->isTabVisible(ImagesTab) && m_images->isLoading());
}

void DatasetsPanel::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(isLoading());
}

void DatasetsPanel::setProject(const QString &root) {
    cancelComparison();
    m_root = root;
    m_result.reset();
    m_versions->setSources({});
    m_table->resetOptions();
    m_table->clear(tr("Pick two versions of a table to see what changed between them."));
    m_profiles->clear(tr("Pick two versions of a table to compare its columns."));
    m_drift->clear(tr("Pick two versions of a table to test its columns for drift."));
    m_images->clear();
    m_tabs->setTabVisible(ImagesTab, false);
    m_summary->showMessage(tr("Pick two versions of a dataset on the left to see what changed."));
    m_pair->setText(tr("Pick two versions on the left"));
    showErrors({});
    reload();
}

void DatasetsPanel::reload() {
    if (m_listCancel)
        m_listCancel->store(true);
    if (m_root.isEmpty()) {
        setLoading(false);
        return;
    }
    setLoading(true);
    m_listCancel = std::make_shared<std::atomic<bool>>(false);
    m_listWatcher.setFuture(QtConcurrent::run([root = m_root, cancel = m_listCancel] {
        return itemmodels::listDataSources(root, cancel.get());
    }));
}

void DatasetsPanel::onSourcesLoaded() {
    const Result<QList<itemmodels::DataSource>> sources = m_listWatcher.result();
    if (!sources) {
        showErrors({sources.error()});
        Q_EMIT errorOccurred(sources.error());
        setLoading(false);
        return;
    }
    m_versions->setSources(*sources);
    m_tree->expandAll();
    for (int c = 0; c < DatasetVersionsModel::ColumnCount; ++c) {
        if (c != DatasetVersionsModel::MessageColumn)
            m_tree->resizeColumnToContents(c);
    }
    m_emptyHint->setVisible(sources->isEmpty());
    if (!m_pendingLink.isEmpty()) {
        applyPendingLink();
    } else if (!m_result && !isComparing()) {
        compareLatestTwo();
    }
    if (!isComparing())
        setLoading(false);
}

void DatasetsPanel::onSelectionChanged() {
    if (m_selecting)
        return;
    QModelIndexList versions;
    QModelIndex source;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows()) {
        if (m_versions->version(i))
            versions.append(i);
        else
            source = i;
    }
    if (versions.size() == 2) {
        const auto *va = m_versions->version(versions[0]);
        const auto *vb = m_versions->version(versions[1]);
        const bool firstOlder =
            va->time != vb->time ? va->time < vb->time : versions[0].row() > versions[1].row();
        const QModelIndex a = firstOlder ? versions[0] : versions[1];
        const QModelIndex b = firstOlder ? versions[1] : versions[0];
        compare(a.data(DatasetVersionsModel::SpecRole).toString(),
                b.data(DatasetVersionsModel::SpecRole).toString(), versionLabel(a),
                versionLabel(b));
        return;
    }
    if (versions.size() == 1) {
        const QModelIndex v = versions.front();
        const int count = m_versions->rowCount(v.parent());
        if (count < 2)
            return;
        // Versions are newest first: the one below is the one before.
        const bool oldest = v.row() + 1 >= count;
        const QModelIndex a = oldest ? v : v.sibling(v.row() + 1, 0);
        const QModelIndex b = oldest ? v.sibling(v.row() - 1, 0) : v;
        compare(a.data(DatasetVersionsModel::SpecRole).toString(),
                b.data(DatasetVersionsModel::SpecRole).toString(), versionLabel(a),
                versionLabel(b));
        return;
    }
    if (versions.isEmpty() && source.isValid() && m_versions->rowCount(source) >= 2) {
        const QModelIndex b = m_versions->index(0, 0, source);
        const QModelIndex a = m_versions->index(1, 0, source);
        compare(a.data(DatasetVersionsModel::SpecRole).toString(),
                b.data(DatasetVersionsModel::SpecRole).toString(), versionLabel(a),
                versionLabel(b));
    }
}

void DatasetsPanel::selectPair(const QModelIndex &a, const QModelIndex &b) {
    m_selecting = true;
    QItemSelectionModel *sel = m_tree->selectionModel();
    sel->clearSelection();
    const auto rows = QItemSelectionModel::Select | QItemSelectionModel::Rows;
    sel->select(a, rows);
    sel->select(b, rows);
    sel->setCurrentIndex(b, QItemSelectionModel::NoUpdate);
    m_tree->scrollTo(b);
    m_selecting = false;
    compare(a.data(DatasetVersionsModel::SpecRole).toString(),
            b.data(DatasetVersionsModel::SpecRole).toString(), versionLabel(a), versionLabel(b));
}

void DatasetsPanel::compareLatestTwo() {
    QModelIndex source = m_tree->currentIndex();
    if (source.parent().isValid())
        source = source.parent();
    source = source.sibling(source.row(), 0);
    if (!source.isValid() || m_versions->rowCount(source) < 2) {
        source = {};
        for (int s = 0; s < m_versions->rowCount(); ++s) {
            if (m_versions->rowCount(m_versions->index(s, 0)) >= 2) {
                source = m_versions->index(s, 0);
                break;
            }
        }
    }
    if (!source.isValid())
        return;
    selectPair(m_versions->index(1, 0, source), m_versions->index(0, 0, source));
}

void DatasetsPanel::compareFiles(const QString &fileA, const QString &fileB) {
    m_selecting = true;
    m_tree->selectionModel()->clearSelection();
    m_selecting = false;
    compare(fileA, fileB, QFileInfo(fileA).fileName(), QFileInfo(fileB).fileName());
}

void DatasetsPanel::compare(const QString &specA, const QString &specB, const QString &labelA,
                            const QString &labelB) {
    itemmodels::ComparisonRequest request;
    request.projectRoot = m_root;
    request.specA = specA;
    request.specB = specB;
    request.labelA = labelA.isEmpty() ? specA : labelA;
    request.labelB = labelB.isEmpty() ? specB : labelB;
    const bool samePair = m_request.specA == specA && m_request.specB == specB;
    if (samePair) {
        request.tableFile = m_request.tableFile;
    } else {
        m_table->resetOptions();
    }
    startComparison(std::move(request));
}

void DatasetsPanel::rerun() {
    if (m_request.specA.isEmpty())
        return;
    itemmodels::ComparisonRequest request = m_request;
    request.cancel = std::make_shared<std::atomic<bool>>(false);
    request.tableFile = m_tableFile->currentText();
    startComparison(std::move(request));
}

void DatasetsPanel::startComparison(itemmodels::ComparisonRequest request) {
    // The job running for the previous pair stops; its result is never shown.
    m_request.cancel->store(true);
    m_compareWatcher.cancel();
    request.keyColumns = m_table->keyColumns();
    request.unkeyed = m_table->unkeyed();
    request.tolerance = m_table->tolerance();
    m_request = request;
    m_pair->setText(tr("A: %1  →  B: %2").arg(request.labelA, request.labelB));
    showErrors({});
    m_progress->setRange(0, itemmodels::comparisonSteps);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    setLoading(true);
    m_compareWatcher.setFuture(QtConcurrent::run(
        [](QPromise<itemmodels::DatasetComparison> &promise,
           const itemmodels::ComparisonRequest &r) { itemmodels::compareDatasets(promise, r); },
        std::move(request)));
    updateActions();
}

void DatasetsPanel::cancelComparison() {
    if (!m_compareWatcher.isRunning())
        return;
    m_request.cancel->store(true);
    m_compareWatcher.cancel();
}

void DatasetsPanel::onComparisonFinished() {
    m_progress->hide();
    m_cancel->hide();
    const QFuture<itemmodels::DatasetComparison> future = m_compareWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        if (!m_listWatcher.isRunning())
            setLoading(false);
        m_pair->setText(tr("A: %1  →  B: %2 (cancelled)").arg(m_request.labelA, m_request.labelB));
        updateActions();
        Q_EMIT comparisonCancelled();
        return;
    }
    m_result = std::make_shared<const itemmodels::DatasetComparison>(future.result());
    const itemmodels::DatasetComparison &c = *m_result;
    showErrors(c.errors);
    m_tableFile->clear();
    m_tableFile->addItems(c.tableFiles);
    m_tableFile->setCurrentText(c.tableFile);
    m_tableFile->setVisible(c.tableFiles.size() > 1);
    m_tableFileLabel->setVisible(c.tableFiles.size() > 1);
    m_summary->setComparison(c);
    m_table->setComparison(c);
    m_profiles->setComparison(c);
    m_drift->setComparison(c);
    if (c.files) {
        m_images->showFolderDiff(*c.files, c.pathA, c.pathB, c.labelA, c.labelB);
    } else {
        m_images->clear();
    }
    m_tabs->setTabVisible(ImagesTab, c.files.has_value());
    // Folders without a table: the images and the summary are what there is.
    if (!c.diff && c.files && m_tabs->currentIndex() != SummaryTab)
        m_tabs->setCurrentIndex(ImagesTab);
    m_tabs->setTabText(TableTab, c.diff && !c.diff->isSame() ? tr("Table •") : tr("Table"));
    m_tabs->setTabText(DriftTab, c.drift && c.drift->anyDrift() ? tr("Drift •") : tr("Drift"));
    if (!m_listWatcher.isRunning())
        setLoading(false);
    updateActions();
    Q_EMIT comparisonFinished();
}

void DatasetsPanel::showErrors(const QList<Error> &errors) {
    if (errors.isEmpty()) {
        m_error->hide();
        m_error->clear();
        return;
    }
    QStringList lines;
    for (const Error &e : errors)
        lines << e.toString();
    m_error->showText(lines.join(QLatin1Char('\n')));
}

} // namespace mlwb::widgets::datasets
