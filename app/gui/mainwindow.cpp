#include "mainwindow.h"

#include "demojob.h"
#include "projectloader.h"
#include "recentprojects.h"
#include "startpage.h"

#include "shared/commandpalette.h"
#include "shared/iconprovider.h"
#include "shared/panel.h"
#include "shared/settings.h"
#include "shared/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace mlwb::gui {

namespace {

const widgets::Setting<QByteArray> geometrySetting{QStringLiteral("window/geometry"), {}};
const widgets::Setting<QByteArray> stateSetting{QStringLiteral("window/state"), {}};
const widgets::Setting<QString> lastPanelSetting{QStringLiteral("window/lastPanel"), {}};

QString errorDetails(const Error &error) {
    QString text = error.why;
    if (!error.hint.isEmpty())
        text += QStringLiteral("\n\n") + error.hint;
    return text;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new ProjectLoader(this))
    , m_recent(new RecentProjectsModel(this))
    , m_stack(new QStackedWidget(this))
    , m_sidebar(new QToolBar(this))
    , m_panelGroup(new QActionGroup(this))
    , m_palette(new widgets::CommandPalette(this))
    , m_projectLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(widgets::IconProvider::icon(QStringLiteral("app")));
    createActions();
    createMenus();

    m_sidebar->setObjectName(QStringLiteral("panelSidebar"));
    m_sidebar->setWindowTitle(tr("Panels"));
    m_sidebar->setMovable(false);
    m_sidebar->setFloatable(false);
    m_sidebar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->toggleViewAction()->setVisible(false);
    m_sidebar->hide(); // until a panel registers
    addToolBar(Qt::LeftToolBarArea, m_sidebar);

    m_startPage = new StartPage(m_recent, {m_openAction, m_newAction, m_demoAction}, this);
    m_stack->addWidget(m_startPage);
    setCentralWidget(m_stack);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openProject);

    m_projectLabel->setObjectName(QStringLiteral("projectPath"));
    m_projectLabel->setText(tr("No project open"));
    m_projectLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_projectLabel->setContentsMargins(8, 2, 8, 2);
    statusBar()->addWidget(m_projectLabel, 1);

    m_palette->setActionSource([this] { return allActions(); });

    connect(m_loader, &ProjectLoader::opened, this, &MainWindow::onProjectOpened);
    connect(m_loader, &ProjectLoader::failed, this, &MainWindow::onProjectFailed);
    connect(m_recent, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildRecentMenu);
    connect(m_recent, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    using widgets::IconProvider;
    m_newAction =
        new QAction(IconProvider::icon(QStringLiteral("new")), tr("&New Project\u2026"), this);
    m_newAction->setObjectName(QStringLiteral("newProject"));
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);

    m_openAction =
        new QAction(IconProvider::icon(QStringLiteral("open")), tr("&Open Project\u2026"), this);
    m_openAction->setObjectName(QStringLiteral("openProject"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);

    m_demoAction = new QAction(IconProvider::icon(QStringLiteral("demo")),
                               tr("&Generate Demo Project\u2026"), this);
    m_demoAction->setObjectName(QStringLiteral("generateDemo"));
    connect(m_demoAction, &QAction::triggered, this, [this] {
        const QString parentDir = QFileDialog::getExistingDirectory(
            this, tr("Choose where to create the demo project"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (parentDir.isEmpty())
            return;
        DemoJob *job = DemoJob::start(DemoJob::freeDemoDir(parentDir), this);
        connect(job, &DemoJob::finished, this, &MainWindow::openProject);
        connect(job, &DemoJob::failed, this, &MainWindow::onProjectFailed);
        connect(job, &DemoJob::canceled, this, [this](const QString &dir) {
            statusBar()->showMessage(
                tr("Demo generation cancelled; the partly written folder %1 was left as it is.")
                    .arg(dir));
        });
    });

    m_startPageAction = new QAction(tr("&Start Page"), this);
    m_startPageAction->setObjectName(QStringLiteral("startPage"));
    connect(m_startPageAction, &QAction::triggered, this, &MainWindow::showStartPage);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_paletteAction = new QAction(IconProvider::icon(QStringLiteral("search")),
                                  tr("&Command Palette\u2026"), this);
    m_paletteAction->setObjectName(QStringLiteral("commandPalette"));
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_paletteAction, &QAction::triggered, m_palette, &widgets::CommandPalette::popup);

    m_themeGroup = new QActionGroup(this);
    const std::pair<widgets::ThemeMode, QString> themes[] = {
        {widgets::ThemeMode::System, tr("&System")},
        {widgets::ThemeMode::Light, tr("&Light")},
        {widgets::ThemeMode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, label] : themes) {
        QAction *a = m_themeGroup->addAction(label);
        a->setObjectName(QStringLiteral("theme-") + widgets::toString(mode));
        a->setCheckable(true);
        a->setChecked(mode == widgets::currentThemeMode());
        connect(a, &QAction::triggered, this, [mode] {
            widgets::applyTheme(mode);
            widgets::themeSetting.set(widgets::toString(mode));
        });
    }

    m_aboutAction = new QAction(tr("&About ML Workbench"), this);
    m_aboutAction->setObjectName(QStringLiteral("about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About ML Workbench"),
            tr("<h3>ML Workbench %1</h3><p>Experiment tracking, datasets, a model registry, "
               "deployment and monitoring for local machine-learning projects, kept in a git "
               "repository and a SQLite database.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_startPageAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->addActions(m_themeGroup->actions());
    m_viewMenu->addAction(m_paletteAction);
    m_viewMenu->addSeparator();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        const QModelIndex index = m_recent->index(row);
        const QString path = index.data(RecentProjectsModel::PathRole).toString();
        QAction *a = m_recentMenu->addAction(index.data(RecentProjectsModel::NameRole).toString() +
                                             QStringLiteral("  \u2014  ") + path);
        a->setEnabled(!index.data(RecentProjectsModel::MissingRole).toBool());
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::addPanel(widgets::Panel *panel) {
    m_panels.append(panel);
    m_stack->addWidget(panel);
    QAction *a = m_sidebar->addAction(panel->icon(), panel->title());
    a->setObjectName(QStringLiteral("panel-") + panel->panelId());
    a->setCheckable(true);
    a->setData(panel->panelId());
    if (m_panels.size() <= 9)
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + m_panels.size())));
    m_panelGroup->addAction(a);
    m_viewMenu->addAction(a);
    connect(a, &QAction::triggered, this, [this, id = panel->panelId()] { showPanel(id); });
    connect(panel, &widgets::Panel::loadingChanged, this, &MainWindow::emitLoadingFinishedIfDone);
    connect(panel, &widgets::Panel::linkActivated, this, &MainWindow::openLink);
    m_sidebar->show();
    if (!m_projectRoot.isEmpty())
        panel->setProject(m_projectRoot);
}

bool MainWindow::showPanel(const QString &panelId) {
    for (widgets::Panel *panel : std::as_const(m_panels)) {
        if (panel->panelId() != panelId)
            continue;
        m_stack->setCurrentWidget(panel);
        for (QAction *a : m_panelGroup->actions())
            a->setChecked(a->data().toString() == panelId);
        lastPanelSetting.set(panelId);
        return true;
    }
    return false;
}

bool MainWindow::openLink(const QUrl &link) {
    if (link.scheme() != QLatin1String("mlwb"))
        return false;
    for (widgets::Panel *panel : std::as_const(m_panels)) {
        if (panel->panelId() == link.host())
            return showPanel(panel->panelId()) && panel->openLink(link);
    }
    return false;
}

void MainWindow::showStartPage() {
    m_stack->setCurrentWidget(m_startPage);
    if (QAction *checked = m_panelGroup->checkedAction())
        checked->setChecked(false);
}

void MainWindow::openProject(const QString &dir) {
    m_opening = true;
    statusBar()->showMessage(tr("Opening %1\u2026").arg(QDir::toNativeSeparators(dir)));
    m_loader->open(dir);
}

void MainWindow::createProject(const QString &dir) {
    m_opening = true;
    statusBar()->showMessage(tr("Creating a project in %1\u2026").arg(dir));
    m_loader->create(dir);
}

bool MainWindow::isLoading() const {
    if (m_opening)
        return true;
    const auto *panel = qobject_cast<const widgets::Panel *>(m_stack->currentWidget());
    return panel && panel->isLoading();
}

void MainWindow::onProjectOpened(const QString &root) {
    m_projectRoot = root;
    statusBar()->clearMessage();
    m_projectLabel->setText(QDir::toNativeSeparators(root));
    m_recent->touch(root);
    // Still "opening" while the panels start loading: a panel that reports
    // loadingChanged() from its setProject() must not end the wait for one
    // whose setProject() has not run yet.
    for (widgets::Panel *panel : std::as_const(m_panels))
        panel->setProject(root);
    m_opening = false;
    m_palette->setProject(root);
    if (m_stack->currentWidget() == m_startPage && !m_panels.isEmpty() &&
        !showPanel(lastPanelSetting.get()))
        showPanel(m_panels.first()->panelId());
    updateTitle();
    Q_EMIT projectOpened(root);
    emitLoadingFinishedIfDone();
}

void MainWindow::onProjectFailed(const Error &error) {
    m_opening = false;
    statusBar()->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Could not open the project"), error.what,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("projectErrorDialog"));
    box->setInformativeText(errorDetails(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT projectOpenFailed(error);
}

void MainWindow::emitLoadingFinishedIfDone() {
    if (!isLoading() && !m_projectRoot.isEmpty())
        Q_EMIT loadingFinished();
}

void MainWindow::chooseAndOpen() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open Project"),
        m_projectRoot.isEmpty() ? QDir::homePath() : QFileInfo(m_projectRoot).path());
    if (!dir.isEmpty())
        openProject(dir);
}

void MainWindow::chooseAndCreate() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose a folder for the new project (an existing git repository is adopted)"),
        QDir::homePath());
    if (!dir.isEmpty())
        createProject(dir);
}

QList<QAction *> MainWindow::allActions() const {
    QList<QAction *> actions = menuBar()->actions();
    for (const widgets::Panel *panel : m_panels)
        actions += panel->panelActions();
    return actions;
}

void MainWindow::updateTitle() {
    setWindowTitle(m_projectRoot.isEmpty()
                       ? tr("ML Workbench")
                       : tr("%1 \u2014 ML Workbench").arg(QFileInfo(m_projectRoot).fileName()));
}

void MainWindow::restoreState() {
    restoreGeometry(geometrySetting.get());
    QMainWindow::restoreState(stateSetting.get());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    geometrySetting.set(saveGeometry());
    stateSetting.set(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mlwb::gui
