#include "registrypanel.h"

#include "gatesview.h"
#include "itemmodels/dataversionwatcher.h"
#include "itemmodels/modelversionsmodel.h"
#include "itemmodels/registrymodelsmodel.h"
#include "lineageview.h"
#include "registryeditor.h"
#include "registryitemdelegate.h"
#include "shared/iconprovider.h"
#include "shared/runinbackground.h"
#include "shared/settings.h"
#include "versioncompareview.h"
#include "versiondetailview.h"

#include "core/projectpaths.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mlwb::widgets::registry {

using itemmodels::ModelVersionsModel;
using itemmodels::RegistryModelsModel;

namespace {
const Setting<int> tabSetting{QStringLiteral("registry/tab"), 0};

void setupTable(QTableView *view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setHighlightSections(false);
}
} // namespace

RegistryPanel::RegistryPanel(QWidget *parent)
    : Panel(parent)
    , m_models(new RegistryModelsModel(this))
    , m_versions(new ModelVersionsModel(this))
    , m_modelsView(new QTableView)
    , m_versionsView(new QTableView)
    , m_showArchived(new QCheckBox(tr("Show a&rchived")))
    , m_emptyHint(new QLabel)
    , m_status(new QLabel)
    , m_error(new ErrorBanner)
    , m_tabs(new QTabWidget)
    , m_details(new VersionDetailView)
    , m_lineage(new LineageView)
    , m_compare(new VersionCompareView)
    , m_gates(new GatesView)
    , m_undo(new QUndoStack(this))
    , m_editor(new RegistryEditor(this)) {
    // Left: models above their versions.
    setupTable(m_modelsView);
    m_modelsView->setModel(m_models);
    m_modelsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_modelsView->setAccessibleName(tr("Registered models"));
    auto *modelDelegate = new RegistryItemDelegate(RegistryModelsModel::AliasesRole, m_modelsView);
    modelDelegate->setChipColumn(RegistryModelsModel::AliasesColumn);
    modelDelegate->setArchivedRole(RegistryModelsModel::ArchivedRole);
    m_modelsView->setItemDelegate(modelDelegate);
    m_modelsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_modelsView->horizontalHeader()->setStretchLastSection(true);

    setupTable(m_versionsView);
    m_versionsView->setModel(m_versions);
    m_versionsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_versionsView->setAccessibleName(tr("Versions of the selected model"));
    m_versionsView->setToolTip(tr("Ctrl+click a second version to compare them"));
    auto *versionDelegate =
        new RegistryItemDelegate(ModelVersionsModel::AliasesRole, m_versionsView);
    versionDelegate->setChipColumn(ModelVersionsModel::AliasesColumn);
    versionDelegate->setArchivedRole(ModelVersionsModel::ArchivedRole);
    versionDelegate->setGateColumn(ModelVersionsModel::GateColumn, ModelVersionsModel::GateRole,
                                   RegistryItemDelegate::GateKind::VersionStatus);
    m_versionsView->setItemDelegate(versionDelegate);
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionsView->horizontalHeader()->setStretchLastSection(true);

    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::RichText);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setText(tr("No registered models yet. Register one from a run's artifact or a "
                            "file:<br><code>mlwb model register NAME RUN:model.onnx --alias "
                            "champion</code>"));
    m_emptyHint->hide();
    m_showArchived->setToolTip(tr("List archived models and versions too, greyed (Ctrl+H)"));

    auto *left = new QSplitter(Qt::Vertical);
    auto *modelsBox = new QWidget;
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    auto *modelsHeader = new QHBoxLayout;
    auto *modelsTitle = new QLabel(tr("Models"));
    QFont bold = modelsTitle->font();
    bold.setBold(true);
    modelsTitle->setFont(bold);
    modelsHeader->addWidget(modelsTitle, 1);
    modelsHeader->addWidget(m_showArchived);
    modelsLayout->addLayout(modelsHeader);
    modelsLayout->addWidget(m_modelsView, 1);
    modelsLayout->addWidget(m_emptyHint);
    auto *versionsBox = new QWidget;
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *versionsTitle = new QLabel(tr("Versions"));
    versionsTitle->setFont(bold);
    versionsLayout->addWidget(versionsTitle);
    versionsLayout->addWidget(m_versionsView, 1);
    left->addWidget(modelsBox);
    left->addWidget(versionsBox);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);

    // Right: status, errors and the pages.
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_lineage, tr("Lineage"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_gates, tr("Gates"));
    m_tabs->setCurrentIndex(std::clamp(tabSetting.get(), 0, m_tabs->count() - 1));
    connect(m_tabs, &QTabWidget::currentChanged, this, [](int tab) { tabSetting.set(tab); });
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_status);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_modelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryPanel::onModelChanged);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryPanel::onVersionsChanged);
    connect(m_versionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryPanel::onVersionsChanged);
    connect(m_showArchived, &QCheckBox::toggled, this, &RegistryPanel::setShowArchived);
    connect(m_details, &VersionDetailView::linkActivated, this, &Panel::linkActivated);
    connect(m_lineage, &LineageView::linkActivated, this, &Panel::linkActivated);
    connect(m_compare, &VersionCompareView::linkActivated, this, &Panel::linkActivated);
    connect(m_editor, &RegistryEditor::applied, this, &RegistryPanel::reload);
    connect(m_editor, &RegistryEditor::failed, this, [this](const Error &e) { showError(e); });
    connect(&m_gateWatcher, &QFileSystemWatcher::fileChanged, this, &RegistryPanel::reload);
    connect(&m_gateWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watchGateFile();
        reload();
    });
    createActions();
    m_showArchived->setChecked(showArchivedSetting.get());
}

RegistryPanel::~RegistryPanel() {
    m_editor->waitForDone();
}

QString RegistryPanel::title() const {
    return tr("Registry");
}

QIcon RegistryPanel::icon() const {
    return IconProvider::icon(QStringLiteral("registry"));
}

void RegistryPanel::setProject(const QString &root) {
    m_editor->waitForDone();
    m_root = root;
    m_editor->setProjectRoot(root);
    m_undo->clear();
    m_snapshot = {};
    m_current.reset();
    m_models->setModels({});
    m_versions->setVersions({}, {});
    m_details->clear(tr("Select a model version on the left"));
    m_lineage->clear();
    m_compare->clear();
    m_gates->clear();
    showError(std::nullopt);
    delete m_watcher;
    m_watcher = nullptr;
    if (!m_gateWatcher.files().isEmpty())
        m_gateWatcher.removePaths(m_gateWatcher.files());
    if (!m_gateWatcher.directories().isEmpty())
        m_gateWatcher.removePaths(m_gateWatcher.directories());
    if (root.isEmpty()) {
        setLoading(false);
        return;
    }
    m_watcher = new itemmodels::DataVersionWatcher(ProjectPaths(root).database(),
                                                   std::chrono::milliseconds(250), this);
    connect(m_watcher, &itemmodels::DataVersionWatcher::changed, this, &RegistryPanel::reload);
    connect(m_watcher, &itemmodels::DataVersionWatcher::failed, this,
            [this](const Error &e) { showError(e); });
    m_gateWatcher.addPath(root);
    watchGateFile();
    setLoading(true);
    reload();
}

void RegistryPanel::watchGateFile() {
    const QString path = QDir(m_root).filePath(QString::fromLatin1(mlwb::registry::kGateFileName));
    if (QFileInfo::exists(path) && !m_gateWatcher.files().contains(path))
        m_gateWatcher.addPath(path);
}

void RegistryPanel::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void RegistryPanel::showError(const std::optional<Error> &error) {
    m_error->showText(error ? error->toString() : QString());
    Q_EMIT errorOccurred(*error);
}

void RegistryPanel::reload() {
    if (m_root.isEmpty())
        return;
    const quint64 generation = ++m_snapshotGeneration;
    runInBackground(
        this, [root = m_root] { return itemmodels::loadRegistry(root); },
        [this, generation](Result<itemmodels::RegistrySnapshot> snapshot) {
            if (generation != m_snapshotGeneration)
                return; // a newer read is on its way
            if (!snapshot) {
                showError(snapshot.error());
                setLoading(false);
                return;
            }
            applySnapshot(std::move(*snapshot));
        });
}

void RegistryPanel::applySnapshot(itemmodels::RegistrySnapshot snapshot) {
    m_snapshot = std::move(snapshot);
    showError(m_snapshot.gateFileError);
    const QString model = currentModel();
    m_applyingSelection = true;
    m_models->setModels(m_snapshot.models);
    m_applyingSelection = false;
    m_emptyHint->setVisible(m_snapshot.models.isEmpty());
    if (m_snapshot.models.isEmpty())
        m_details->clear(tr("Register a model to see its versions, lineage and gates here"));
    if (!m_pendingLink.isEmpty()) {
        applyPendingLink();
    } else if (currentModel().isEmpty() && m_models->rowCount() > 0) {
        m_modelsView->setCurrentIndex(m_models->index(0, 0));
    } else if (!model.isEmpty()) {
        // Same model: refresh its versions in place, keeping the selection.
        m_versions->setVersions(model, m_snapshot.versions.value(model), m_snapshot.gates);
        onVersionsChanged();
    }
    if (currentModel().isEmpty())
        setLoading(false);
    Q_EMIT refreshed();
}

const mlwb::registry::RegisteredModel *RegistryPanel::registeredModel(const QString &name) const {
    for (const auto &m : m_snapshot.models) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

QString RegistryPanel::currentModel() const {
    return m_modelsView->currentIndex().data(RegistryModelsModel::NameRole).toString();
}

std::optional<int> RegistryPanel::currentVersion() const {
    const QModelIndex current = m_versionsView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(ModelVersionsModel::VersionRole).toInt();
}

QList<int> RegistryPanel::selectedVersions() const {
    QList<int> versions;
    for (const QModelIndex &row : m_versionsView->selectionModel()->selectedRows())
        versions.append(row.data(ModelVersionsModel::VersionRole).toInt());
    std::sort(versions.begin(), versions.end());
    return versions;
}

void RegistryPanel::selectVersions(const QString &model, const QList<int> &versions) {
    const int row = m_models->rowOf(model);
    if (row < 0)
        return;
    m_pendingVersions = versions;
    if (currentModel() != model)
        m_modelsView->setCurrentIndex(m_models->index(row, 0)); // onModelChanged applies them
    else
        onModelChanged();
}

void RegistryPanel::onModelChanged() {
    if (m_applyingSelection)
        return;
    const QString model = currentModel();
    m_versions->setVersions(model, m_snapshot.versions.value(model), m_snapshot.gates);
    QList<int> wanted = m_pendingVersions;
    m_pendingVersions.clear();
    QItemSelection selection;
    int currentRow = -1;
    for (int v : wanted) {
        const int row = m_versions->rowOf(v);
        if (row < 0)
            continue;
        selection.select(m_versions->index(row, 0),
                         m_versions->index(row, ModelVersionsModel::ColumnCount - 1));
        if (currentRow < 0)
            currentRow = row;
    }
    if (selection.isEmpty() && m_versions->rowCount() > 0) {
        currentRow = 0;
        selection.select(m_versions->index(0, 0),
                         m_versions->index(0, ModelVersionsModel::ColumnCount - 1));
    }
    auto *sel = m_versionsView->selectionModel();
    m_applyingSelection = true;
    if (currentRow >= 0)
        sel->setCurrentIndex(m_versions->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    sel->select(selection, QItemSelectionModel::ClearAndSelect);
    m_applyingSelection = false;
    onVersionsChanged();
}

void RegistryPanel::onVersionsChanged() {
    if (m_applyingSelection)
        return;
    loadDetails();
    loadCompare();
}

void RegistryPanel::loadDetails() {
    const QString model = currentModel();
    const std::optional<int> version = currentVersion();
    const quint64 generation = ++m_detailsGeneration;
    if (model.isEmpty() || !version) {
        m_current.reset();
        m_details->clear(model.isEmpty() ? tr("Select a model on the left")
                                         : tr("%1 has no versions to show").arg(model));
        m_lineage->clear();
        m_gates->clear();
        setLoading(false);
        return;
    }
    runInBackground(
        this,
        [root = m_root, model, v = *version] {
            return itemmodels::loadVersionDetails(root, model, v);
        },
        [this, generation](Result<itemmodels::VersionDetails> details) {
            if (generation != m_detailsGeneration)
                return;
            if (!details) {
                showError(details.error());
                setLoading(false);
                return;
            }
            m_current = std::move(*details);
            const auto &v = m_current->lineage.version;
            const auto *model = registeredModel(v.model);
            m_details->setDetails(model ? *model : mlwb::registry::RegisteredModel{}, *m_current);
            m_lineage->setLineage(m_current->lineage);
            m_gates->setDetails(v.ref(), *m_current);
            if (selectedVersions().size() < 2)
                setLoading(false);
            Q_EMIT detailsShown();
        });
}

void RegistryPanel::loadCompare() {
    const QList<int> versions = selectedVersions();
    const quint64 generation = ++m_compareGeneration;
    if (versions.size() < 2) {
        m_compare->clear();
        return;
    }
    QStringList refs;
    for (int v : versions)
        refs.append(currentModel() + QLatin1Char('@') + QString::number(v));
    runInBackground(
        this, [root = m_root, refs] { return itemmodels::loadLineages(root, refs); },
        [this, generation](Result<QList<mlwb::registry::Lineage>> lineages) {
            if (generation != m_compareGeneration)
                return;
            if (!lineages)
                showError(lineages.error());
            else
                m_compare->setLineages(*lineages);
            setLoading(false);
            Q_EMIT compareShown();
        });
}

bool RegistryPanel::openLink(const QUrl &link) {
    if (link.host() != panelId())
        return false;
    m_pendingLink = link;
    if (!m_snapshot.models.isEmpty() || !m_loading)
        applyPendingLink();
    return true;
}

void RegistryPanel::applyPendingLink() {
    const QUrl link = std::exchange(m_pendingLink, QUrl());
    QStringList parts = link.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    bool isNumber = false;
    const int version = parts.last().toInt(&isNumber);
    if (isNumber && parts.size() > 1)
        parts.removeLast();
    const QString model = parts.join(QLatin1Char('/'));
    const QUrlQuery query(link);
    QList<int> versions;
    if (isNumber)
        versions.append(version);
    for (const QString &v : query.queryItemValue(QStringLiteral("compare"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!versions.contains(v.toInt()))
            versions.append(v.toInt());
    }
    const QString tab = query.queryItemValue(QStringLiteral("tab"));
    static const QStringList tabs{QStringLiteral("details"), QStringLiteral("lineage"),
                                  QStringLiteral("compare"), QStringLiteral("gates")};
    if (tabs.contains(tab))
        m_tabs->setCurrentIndex(int(tabs.indexOf(tab)));
    if (m_models->rowOf(model) < 0 && !m_showArchived->isChecked()) {
        if (const auto *m = registeredModel(model); m && m->archivedAt)
            m_showArchived->setChecked(true);
    }
    selectVersions(model, versions);
}

} // namespace mlwb::widgets::registry
